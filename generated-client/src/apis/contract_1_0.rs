// @generated from api-spec/contract_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能合同 (Contract)：合同解析、审查与相对方风险。
//!
//! 59 operations, methods of [`Api`] (`client.contract_1_0()`), behind the cargo feature `contract_1_0`; its paths start with `/v1.0/contract/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `contract_1_0`. Get it with `client.contract_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 相对方交易风险分析
    ///
    /// `POST /v1.0/contract/subjects/transaction-risks/analyze`: DingTalk's `AnalyzeSubjectTransactionRisk` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnalyzeSubjectTransactionRisk")]
    #[doc(alias = "/v1.0/contract/subjects/transaction-risks/analyze")]
    #[doc(alias = "POST /v1.0/contract/subjects/transaction-risks/analyze")]
    pub fn analyze_subject_transaction_risk(
        &self,
        request: &AnalyzeSubjectTransactionRiskRequest,
    ) -> rt::Call<
        AnalyzeSubjectTransactionRiskResponseBody,
        AnalyzeSubjectTransactionRiskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnalyzeSubjectTransactionRisk",
            rt::Method::Post,
            "/v1.0/contract/subjects/transaction-risks/analyze",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 异步发起合同解析
    ///
    /// `POST /v1.0/contract/review/asyncCreateContractAnalysis`: DingTalk's `AsyncCreateContractAnalysis` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AsyncCreateContractAnalysis")]
    #[doc(alias = "/v1.0/contract/review/asyncCreateContractAnalysis")]
    #[doc(alias = "POST /v1.0/contract/review/asyncCreateContractAnalysis")]
    pub fn async_create_contract_analysis(
        &self,
        request: &AsyncCreateContractAnalysisRequest,
    ) -> rt::Call<
        AsyncCreateContractAnalysisResponseBody,
        AsyncCreateContractAnalysisError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AsyncCreateContractAnalysis",
            rt::Method::Post,
            "/v1.0/contract/review/asyncCreateContractAnalysis",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能法务取消合同审查
    ///
    /// `POST /v1.0/contract/review/cancel`: DingTalk's `CancelContractReview` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelContractReview")]
    #[doc(alias = "/v1.0/contract/review/cancel")]
    #[doc(alias = "POST /v1.0/contract/review/cancel")]
    pub fn cancel_contract_review(
        &self,
        request: &CancelContractReviewRequest,
    ) -> rt::Call<CancelContractReviewResponseBody, CancelContractReviewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelContractReview",
            rt::Method::Post,
            "/v1.0/contract/review/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消审查工单接口
    ///
    /// `POST /v1.0/contract/reviews/cancel`: DingTalk's `CancelReviewOrder` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelReviewOrder")]
    #[doc(alias = "/v1.0/contract/reviews/cancel")]
    #[doc(alias = "POST /v1.0/contract/reviews/cancel")]
    pub fn cancel_review_order(
        &self,
        request: &CancelReviewOrderRequest,
    ) -> rt::Call<CancelReviewOrderResponseBody, CancelReviewOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelReviewOrder",
            rt::Method::Post,
            "/v1.0/contract/reviews/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询esign文件是否正常
    ///
    /// `POST /v1.0/contract/esignFiles/check`: DingTalk's `CheckEsignFile` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckEsignFile")]
    #[doc(alias = "/v1.0/contract/esignFiles/check")]
    #[doc(alias = "POST /v1.0/contract/esignFiles/check")]
    pub fn check_esign_file(
        &self,
        request: &CheckEsignFileRequest,
    ) -> rt::Call<CheckEsignFileResponseBody, CheckEsignFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckEsignFile",
            rt::Method::Post,
            "/v1.0/contract/esignFiles/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 确认发起合同审查
    ///
    /// `POST /v1.0/contract/api/review/confirm`: DingTalk's `ConfirmContractReview` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConfirmContractReview")]
    #[doc(alias = "/v1.0/contract/api/review/confirm")]
    #[doc(alias = "POST /v1.0/contract/api/review/confirm")]
    pub fn confirm_contract_review(
        &self,
        request: &ConfirmContractReviewRequest,
    ) -> rt::Call<ConfirmContractReviewResponseBody, ConfirmContractReviewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmContractReview",
            rt::Method::Post,
            "/v1.0/contract/api/review/confirm",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ai合同审查结果回调
    ///
    /// `POST /v1.0/contract/aiReviews/results/notify`: DingTalk's `ContractAiReviewResultNotify` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ContractAiReviewResultNotify")]
    #[doc(alias = "/v1.0/contract/aiReviews/results/notify")]
    #[doc(alias = "POST /v1.0/contract/aiReviews/results/notify")]
    pub fn contract_ai_review_result_notify(
        &self,
        request: &ContractAiReviewResultNotifyRequest,
    ) -> rt::Call<
        ContractAiReviewResultNotifyResponseBody,
        ContractAiReviewResultNotifyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ContractAiReviewResultNotify",
            rt::Method::Post,
            "/v1.0/contract/aiReviews/results/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 合同权益核销
    ///
    /// `POST /v1.0/contract/benefits/consume`: DingTalk's `ContractBenefitConsume` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ContractBenefitConsume")]
    #[doc(alias = "/v1.0/contract/benefits/consume")]
    #[doc(alias = "POST /v1.0/contract/benefits/consume")]
    pub fn contract_benefit_consume(
        &self,
        request: &ContractBenefitConsumeRequest,
    ) -> rt::Call<ContractBenefitConsumeResponseBody, ContractBenefitConsumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ContractBenefitConsume",
            rt::Method::Post,
            "/v1.0/contract/benefits/consume",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 在审查清单里创建自定义规则
    ///
    /// `POST /v1.0/contract/api/review-rules/checklists/{checklistId}/rules`: DingTalk's `CreateChecklistRule` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateChecklistRule")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules")]
    #[doc(alias = "POST /v1.0/contract/api/review-rules/checklists/{checklistId}/rules")]
    pub fn create_checklist_rule(
        &self,
        checklist_id: &str,
        request: &CreateChecklistRuleRequest,
    ) -> rt::Call<CreateChecklistRuleResponseBody, CreateChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateChecklistRule",
            rt::Method::Post,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], request)
    }
    /// 创建合同比对任务
    ///
    /// `POST /v1.0/contract/apps/comparisonTasks`: DingTalk's `CreateContractAppsCompareTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractAppsCompareTask")]
    #[doc(alias = "/v1.0/contract/apps/comparisonTasks")]
    #[doc(alias = "POST /v1.0/contract/apps/comparisonTasks")]
    pub fn create_contract_apps_compare_task(
        &self,
        request: &CreateContractAppsCompareTaskRequest,
    ) -> rt::Call<
        CreateContractAppsCompareTaskResponseBody,
        CreateContractAppsCompareTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractAppsCompareTask",
            rt::Method::Post,
            "/v1.0/contract/apps/comparisonTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同提取任务
    ///
    /// `POST /v1.0/contract/apps/extractTasks`: DingTalk's `CreateContractAppsExtractTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractAppsExtractTask")]
    #[doc(alias = "/v1.0/contract/apps/extractTasks")]
    #[doc(alias = "POST /v1.0/contract/apps/extractTasks")]
    pub fn create_contract_apps_extract_task(
        &self,
        request: &CreateContractAppsExtractTaskRequest,
    ) -> rt::Call<
        CreateContractAppsExtractTaskResponseBody,
        CreateContractAppsExtractTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractAppsExtractTask",
            rt::Method::Post,
            "/v1.0/contract/apps/extractTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同审查任务
    ///
    /// `POST /v1.0/contract/apps/reviewTasks`: DingTalk's `CreateContractAppsReviewTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractAppsReviewTask")]
    #[doc(alias = "/v1.0/contract/apps/reviewTasks")]
    #[doc(alias = "POST /v1.0/contract/apps/reviewTasks")]
    pub fn create_contract_apps_review_task(
        &self,
        request: &CreateContractAppsReviewTaskRequest,
    ) -> rt::Call<
        CreateContractAppsReviewTaskResponseBody,
        CreateContractAppsReviewTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractAppsReviewTask",
            rt::Method::Post,
            "/v1.0/contract/apps/reviewTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同条款抽取任务
    ///
    /// `POST /v1.0/contract/apps/termsExtractTasks`: DingTalk's `CreateContractAppsTermsExtractEask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractAppsTermsExtractEask")]
    #[doc(alias = "/v1.0/contract/apps/termsExtractTasks")]
    #[doc(alias = "POST /v1.0/contract/apps/termsExtractTasks")]
    pub fn create_contract_apps_terms_extract_eask(
        &self,
        request: &CreateContractAppsTermsExtractEaskRequest,
    ) -> rt::Call<
        CreateContractAppsTermsExtractEaskResponseBody,
        CreateContractAppsTermsExtractEaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractAppsTermsExtractEask",
            rt::Method::Post,
            "/v1.0/contract/apps/termsExtractTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同比对任务
    ///
    /// `POST /v1.0/contract/comparisonTasks`: DingTalk's `CreateContractCompareTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractCompareTask")]
    #[doc(alias = "/v1.0/contract/comparisonTasks")]
    #[doc(alias = "POST /v1.0/contract/comparisonTasks")]
    pub fn create_contract_compare_task(
        &self,
        request: &CreateContractCompareTaskRequest,
    ) -> rt::Call<
        CreateContractCompareTaskResponseBody,
        CreateContractCompareTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractCompareTask",
            rt::Method::Post,
            "/v1.0/contract/comparisonTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同提取任务
    ///
    /// `POST /v1.0/contract/extractTasks`: DingTalk's `CreateContractExtractTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractExtractTask")]
    #[doc(alias = "/v1.0/contract/extractTasks")]
    #[doc(alias = "POST /v1.0/contract/extractTasks")]
    pub fn create_contract_extract_task(
        &self,
        request: &CreateContractExtractTaskRequest,
    ) -> rt::Call<
        CreateContractExtractTaskResponseBody,
        CreateContractExtractTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractExtractTask",
            rt::Method::Post,
            "/v1.0/contract/extractTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能法务发起合同审查
    ///
    /// `POST /v1.0/contract/review/create`: DingTalk's `CreateContractReview` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractReview")]
    #[doc(alias = "/v1.0/contract/review/create")]
    #[doc(alias = "POST /v1.0/contract/review/create")]
    pub fn create_contract_review(
        &self,
        request: &CreateContractReviewRequest,
    ) -> rt::Call<CreateContractReviewResponseBody, CreateContractReviewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractReview",
            rt::Method::Post,
            "/v1.0/contract/review/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合同审查任务
    ///
    /// `POST /v1.0/contract/reviewTasks`: DingTalk's `CreateContractReviewTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateContractReviewTask")]
    #[doc(alias = "/v1.0/contract/reviewTasks")]
    #[doc(alias = "POST /v1.0/contract/reviewTasks")]
    pub fn create_contract_review_task(
        &self,
        request: &CreateContractReviewTaskRequest,
    ) -> rt::Call<CreateContractReviewTaskResponseBody, CreateContractReviewTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateContractReviewTask",
            rt::Method::Post,
            "/v1.0/contract/reviewTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建自定义审查清单
    ///
    /// `POST /v1.0/contract/api/review-rules/checklists`: DingTalk's `CreateReviewChecklist` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateReviewChecklist")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists")]
    #[doc(alias = "POST /v1.0/contract/api/review-rules/checklists")]
    pub fn create_review_checklist(
        &self,
        request: &CreateReviewChecklistRequest,
    ) -> rt::Call<CreateReviewChecklistResponseBody, CreateReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateReviewChecklist",
            rt::Method::Post,
            "/v1.0/contract/api/review-rules/checklists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建签署流程
    ///
    /// `POST /v1.0/contract/dingEsign/signFlow`: DingTalk's `CreateSignFlow` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSignFlow")]
    #[doc(alias = "/v1.0/contract/dingEsign/signFlow")]
    #[doc(alias = "POST /v1.0/contract/dingEsign/signFlow")]
    pub fn create_sign_flow(
        &self,
        request: &CreateSignFlowRequest,
    ) -> rt::Call<CreateSignFlowResponseBody, CreateSignFlowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSignFlow",
            rt::Method::Post,
            "/v1.0/contract/dingEsign/signFlow",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 模版合成文件任务创建接口
    ///
    /// `POST /v1.0/contract/template/file/createTask`: DingTalk's `CreateTemplateProcessTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTemplateProcessTask")]
    #[doc(alias = "/v1.0/contract/template/file/createTask")]
    #[doc(alias = "POST /v1.0/contract/template/file/createTask")]
    pub fn create_template_process_task(
        &self,
        request: &CreateTemplateProcessTaskRequest,
    ) -> rt::Call<
        CreateTemplateProcessTaskResponseBody,
        CreateTemplateProcessTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTemplateProcessTask",
            rt::Method::Post,
            "/v1.0/contract/template/file/createTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除审查清单里的自定义规则
    ///
    /// `DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}`: DingTalk's `DeleteChecklistRule` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    /// - `rule_id`: `{ruleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteChecklistRule")]
    #[doc(
        alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}"
    )]
    pub fn delete_checklist_rule(
        &self,
        checklist_id: &str,
        rule_id: &str,
    ) -> rt::Call<DeleteChecklistRuleResponseBody, DeleteChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteChecklistRule",
            rt::Method::Delete,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id, rule_id], &())
    }
    /// 删除自定义审查清单
    ///
    /// `DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}`: DingTalk's `DeleteReviewChecklist` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteReviewChecklist")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}")]
    #[doc(alias = "DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}")]
    pub fn delete_review_checklist(
        &self,
        checklist_id: &str,
    ) -> rt::Call<DeleteReviewChecklistResponseBody, DeleteReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteReviewChecklist",
            rt::Method::Delete,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], &())
    }
    /// 天谷侧查询审批单
    ///
    /// `POST /v1.0/contract/esign/approvalInfos/query`: DingTalk's `EsignQueryApprovalInfo` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignQueryApprovalInfo")]
    #[doc(alias = "/v1.0/contract/esign/approvalInfos/query")]
    #[doc(alias = "POST /v1.0/contract/esign/approvalInfos/query")]
    pub fn esign_query_approval_info(
        &self,
        request: &EsignQueryApprovalInfoRequest,
    ) -> rt::Call<EsignQueryApprovalInfoResponseBody, EsignQueryApprovalInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignQueryApprovalInfo",
            rt::Method::Post,
            "/v1.0/contract/esign/approvalInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 天谷侧查询授权信息接口
    ///
    /// `POST /v1.0/contract/esign/anthInfos/query`: DingTalk's `EsignQueryGrantInfo` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignQueryGrantInfo")]
    #[doc(alias = "/v1.0/contract/esign/anthInfos/query")]
    #[doc(alias = "POST /v1.0/contract/esign/anthInfos/query")]
    pub fn esign_query_grant_info(
        &self,
        request: &EsignQueryGrantInfoRequest,
    ) -> rt::Call<EsignQueryGrantInfoResponseBody, EsignQueryGrantInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignQueryGrantInfo",
            rt::Method::Post,
            "/v1.0/contract/esign/anthInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 天谷侧查询获取免登信息
    ///
    /// `POST /v1.0/contract/esign/tickets/identities/query`: DingTalk's `EsignQueryIdentityByTicket` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignQueryIdentityByTicket")]
    #[doc(alias = "/v1.0/contract/esign/tickets/identities/query")]
    #[doc(alias = "POST /v1.0/contract/esign/tickets/identities/query")]
    pub fn esign_query_identity_by_ticket(
        &self,
        request: &EsignQueryIdentityByTicketRequest,
    ) -> rt::Call<
        EsignQueryIdentityByTicketResponseBody,
        EsignQueryIdentityByTicketError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignQueryIdentityByTicket",
            rt::Method::Post,
            "/v1.0/contract/esign/tickets/identities/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// e签宝电子签事件同步回传接口
    ///
    /// `POST /v1.0/contract/esign/events/sync`: DingTalk's `EsignSyncEvent` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignSyncEvent")]
    #[doc(alias = "/v1.0/contract/esign/events/sync")]
    #[doc(alias = "POST /v1.0/contract/esign/events/sync")]
    pub fn esign_sync_event(
        &self,
        request: &EsignSyncEventRequest,
    ) -> rt::Call<EsignSyncEventResponseBody, EsignSyncEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignSyncEvent",
            rt::Method::Post,
            "/v1.0/contract/esign/events/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 校验钉钉用户能否访问e签宝页面接口
    ///
    /// `POST /v1.0/contract/esign/user/verify`: DingTalk's `EsignUserVerify` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignUserVerify")]
    #[doc(alias = "/v1.0/contract/esign/user/verify")]
    #[doc(alias = "POST /v1.0/contract/esign/user/verify")]
    pub fn esign_user_verify(
        &self,
        request: &EsignUserVerifyRequest,
    ) -> rt::Call<EsignUserVerifyResponseBody, EsignUserVerifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignUserVerify",
            rt::Method::Post,
            "/v1.0/contract/esign/user/verify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 完成工单审查接口
    ///
    /// `POST /v1.0/contract/reviews/finish`: DingTalk's `FinishReviewOrder` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FinishReviewOrder")]
    #[doc(alias = "/v1.0/contract/reviews/finish")]
    #[doc(alias = "POST /v1.0/contract/reviews/finish")]
    pub fn finish_review_order(
        &self,
        request: &FinishReviewOrderRequest,
    ) -> rt::Call<FinishReviewOrderResponseBody, FinishReviewOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FinishReviewOrder",
            rt::Method::Post,
            "/v1.0/contract/reviews/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 异步发起合同解析结果
    ///
    /// `POST /v1.0/contract/review/getAsyncContractAnalysisResult`: DingTalk's `GetAsyncCreateContractAnalysis` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAsyncCreateContractAnalysis")]
    #[doc(alias = "/v1.0/contract/review/getAsyncContractAnalysisResult")]
    #[doc(alias = "POST /v1.0/contract/review/getAsyncContractAnalysisResult")]
    pub fn get_async_create_contract_analysis(
        &self,
        request: &GetAsyncCreateContractAnalysisRequest,
    ) -> rt::Call<
        GetAsyncCreateContractAnalysisResponseBody,
        GetAsyncCreateContractAnalysisError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAsyncCreateContractAnalysis",
            rt::Method::Post,
            "/v1.0/contract/review/getAsyncContractAnalysisResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取合同解析结果
    ///
    /// `POST /v1.0/contract/review/getContractAnalysisResult`: DingTalk's `GetContractAnalysisResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractAnalysisResult")]
    #[doc(alias = "/v1.0/contract/review/getContractAnalysisResult")]
    #[doc(alias = "POST /v1.0/contract/review/getContractAnalysisResult")]
    pub fn get_contract_analysis_result(
        &self,
        request: &GetContractAnalysisResultRequest,
    ) -> rt::Call<
        GetContractAnalysisResultResponseBody,
        GetContractAnalysisResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractAnalysisResult",
            rt::Method::Post,
            "/v1.0/contract/review/getContractAnalysisResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能法务查询合同审查权益
    ///
    /// `POST /v1.0/contract/review/getBenefit`: DingTalk's `GetContractReviewBenefit` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractReviewBenefit")]
    #[doc(alias = "/v1.0/contract/review/getBenefit")]
    #[doc(alias = "POST /v1.0/contract/review/getBenefit")]
    pub fn get_contract_review_benefit(
        &self,
        request: &GetContractReviewBenefitRequest,
    ) -> rt::Call<GetContractReviewBenefitResponseBody, GetContractReviewBenefitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractReviewBenefit",
            rt::Method::Post,
            "/v1.0/contract/review/getBenefit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能法务查询合同审查结果
    ///
    /// `POST /v1.0/contract/review/getResult`: DingTalk's `GetContractReviewResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractReviewResult")]
    #[doc(alias = "/v1.0/contract/review/getResult")]
    #[doc(alias = "POST /v1.0/contract/review/getResult")]
    pub fn get_contract_review_result(
        &self,
        request: &GetContractReviewResultRequest,
    ) -> rt::Call<GetContractReviewResultResponseBody, GetContractReviewResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractReviewResult",
            rt::Method::Post,
            "/v1.0/contract/review/getResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取合同的审查结果
    ///
    /// `GET /v1.0/contract/api/review/result`: DingTalk's `GetContractReviewResults` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractReviewResults")]
    #[doc(alias = "/v1.0/contract/api/review/result")]
    #[doc(alias = "GET /v1.0/contract/api/review/result")]
    pub fn get_contract_review_results(
        &self,
        request: &GetContractReviewResultsRequest,
    ) -> rt::Call<GetContractReviewResultsResponseBody, GetContractReviewResultsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractReviewResults",
            rt::Method::Get,
            "/v1.0/contract/api/review/result",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取合同的审查状态
    ///
    /// `GET /v1.0/contract/api/review/status`: DingTalk's `GetContractReviewStatus` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractReviewStatus")]
    #[doc(alias = "/v1.0/contract/api/review/status")]
    #[doc(alias = "GET /v1.0/contract/api/review/status")]
    pub fn get_contract_review_status(
        &self,
        request: &GetContractReviewStatusRequest,
    ) -> rt::Call<GetContractReviewStatusResponseBody, GetContractReviewStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractReviewStatus",
            rt::Method::Get,
            "/v1.0/contract/api/review/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取合同主体风险结果
    ///
    /// `POST /v1.0/contract/review/getSubjectRiskResult`: DingTalk's `GetContractSubjectRiskResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractSubjectRiskResult")]
    #[doc(alias = "/v1.0/contract/review/getSubjectRiskResult")]
    #[doc(alias = "POST /v1.0/contract/review/getSubjectRiskResult")]
    pub fn get_contract_subject_risk_result(
        &self,
        request: &GetContractSubjectRiskResultRequest,
    ) -> rt::Call<
        GetContractSubjectRiskResultResponseBody,
        GetContractSubjectRiskResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractSubjectRiskResult",
            rt::Method::Post,
            "/v1.0/contract/review/getSubjectRiskResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程文件下载地址
    ///
    /// `POST /v1.0/contract/dingEsign/signFlow/files/downloadUrls`: DingTalk's `GetFileDownloadUrl` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileDownloadUrl")]
    #[doc(alias = "/v1.0/contract/dingEsign/signFlow/files/downloadUrls")]
    #[doc(alias = "POST /v1.0/contract/dingEsign/signFlow/files/downloadUrls")]
    pub fn get_file_download_url(
        &self,
        request: &GetFileDownloadUrlRequest,
    ) -> rt::Call<GetFileDownloadUrlResponseBody, GetFileDownloadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileDownloadUrl",
            rt::Method::Post,
            "/v1.0/contract/dingEsign/signFlow/files/downloadUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取自定义审查清单
    ///
    /// `GET /v1.0/contract/api/review-rules/checklists/{checklistId}`: DingTalk's `GetReviewChecklist` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetReviewChecklist")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}")]
    #[doc(alias = "GET /v1.0/contract/api/review-rules/checklists/{checklistId}")]
    pub fn get_review_checklist(
        &self,
        checklist_id: &str,
    ) -> rt::Call<GetReviewChecklistResponseBody, GetReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetReviewChecklist",
            rt::Method::Get,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], &())
    }
    /// 列出企业审查清单
    ///
    /// `GET /v1.0/contract/api/review-rules/checklists`: DingTalk's `ListReviewChecklists` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListReviewChecklists")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists")]
    #[doc(alias = "GET /v1.0/contract/api/review-rules/checklists")]
    pub fn list_review_checklists(
        &self,
    ) -> rt::Call<ListReviewChecklistsResponseBody, ListReviewChecklistsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListReviewChecklists",
            rt::Method::Get,
            "/v1.0/contract/api/review-rules/checklists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 开通电子签免费试用
    ///
    /// `POST /v1.0/contract/openEsignFreeTrail`: DingTalk's `OpenEsignFreeTrail` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenEsignFreeTrail")]
    #[doc(alias = "/v1.0/contract/openEsignFreeTrail")]
    #[doc(alias = "POST /v1.0/contract/openEsignFreeTrail")]
    pub fn open_esign_free_trail(
        &self,
        request: &OpenEsignFreeTrailRequest,
    ) -> rt::Call<OpenEsignFreeTrailResponseBody, OpenEsignFreeTrailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenEsignFreeTrail",
            rt::Method::Post,
            "/v1.0/contract/openEsignFreeTrail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// e签宝查询智能合同版本接口
    ///
    /// `POST /v1.0/contract/versions/query`: DingTalk's `QueryAdvancedContractVersion` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAdvancedContractVersion")]
    #[doc(alias = "/v1.0/contract/versions/query")]
    #[doc(alias = "POST /v1.0/contract/versions/query")]
    pub fn query_advanced_contract_version(
        &self,
        request: &QueryAdvancedContractVersionRequest,
    ) -> rt::Call<
        QueryAdvancedContractVersionResponseBody,
        QueryAdvancedContractVersionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAdvancedContractVersion",
            rt::Method::Post,
            "/v1.0/contract/versions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同比对结果
    ///
    /// `POST /v1.0/contract/apps/comparisonResults/query`: DingTalk's `QueryContractAppsCompareResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractAppsCompareResult")]
    #[doc(alias = "/v1.0/contract/apps/comparisonResults/query")]
    #[doc(alias = "POST /v1.0/contract/apps/comparisonResults/query")]
    pub fn query_contract_apps_compare_result(
        &self,
        request: &QueryContractAppsCompareResultRequest,
    ) -> rt::Call<
        QueryContractAppsCompareResultResponseBody,
        QueryContractAppsCompareResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractAppsCompareResult",
            rt::Method::Post,
            "/v1.0/contract/apps/comparisonResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同提取结果
    ///
    /// `POST /v1.0/contract/apps/extractResults/query`: DingTalk's `QueryContractAppsExtractResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractAppsExtractResult")]
    #[doc(alias = "/v1.0/contract/apps/extractResults/query")]
    #[doc(alias = "POST /v1.0/contract/apps/extractResults/query")]
    pub fn query_contract_apps_extract_result(
        &self,
        request: &QueryContractAppsExtractResultRequest,
    ) -> rt::Call<
        QueryContractAppsExtractResultResponseBody,
        QueryContractAppsExtractResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractAppsExtractResult",
            rt::Method::Post,
            "/v1.0/contract/apps/extractResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同审查结果
    ///
    /// `POST /v1.0/contract/apps/reviewResults/query`: DingTalk's `QueryContractAppsReviewResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractAppsReviewResult")]
    #[doc(alias = "/v1.0/contract/apps/reviewResults/query")]
    #[doc(alias = "POST /v1.0/contract/apps/reviewResults/query")]
    pub fn query_contract_apps_review_result(
        &self,
        request: &QueryContractAppsReviewResultRequest,
    ) -> rt::Call<
        QueryContractAppsReviewResultResponseBody,
        QueryContractAppsReviewResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractAppsReviewResult",
            rt::Method::Post,
            "/v1.0/contract/apps/reviewResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同条款抽取结果
    ///
    /// `POST /v1.0/contract/apps/termsExtractResults/query`: DingTalk's `QueryContractAppsTermsExtractResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractAppsTermsExtractResult")]
    #[doc(alias = "/v1.0/contract/apps/termsExtractResults/query")]
    #[doc(alias = "POST /v1.0/contract/apps/termsExtractResults/query")]
    pub fn query_contract_apps_terms_extract_result(
        &self,
        request: &QueryContractAppsTermsExtractResultRequest,
    ) -> rt::Call<
        QueryContractAppsTermsExtractResultResponseBody,
        QueryContractAppsTermsExtractResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractAppsTermsExtractResult",
            rt::Method::Post,
            "/v1.0/contract/apps/termsExtractResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同比对任务列表
    ///
    /// `POST /v1.0/contract/comparisonResults/queryList`: DingTalk's `QueryContractCompareList` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractCompareList")]
    #[doc(alias = "/v1.0/contract/comparisonResults/queryList")]
    #[doc(alias = "POST /v1.0/contract/comparisonResults/queryList")]
    pub fn query_contract_compare_list(
        &self,
        request: &QueryContractCompareListRequest,
    ) -> rt::Call<QueryContractCompareListResponseBody, QueryContractCompareListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractCompareList",
            rt::Method::Post,
            "/v1.0/contract/comparisonResults/queryList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同比对结果
    ///
    /// `POST /v1.0/contract/comparisonResults/query`: DingTalk's `QueryContractCompareResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractCompareResult")]
    #[doc(alias = "/v1.0/contract/comparisonResults/query")]
    #[doc(alias = "POST /v1.0/contract/comparisonResults/query")]
    pub fn query_contract_compare_result(
        &self,
        request: &QueryContractCompareResultRequest,
    ) -> rt::Call<
        QueryContractCompareResultResponseBody,
        QueryContractCompareResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractCompareResult",
            rt::Method::Post,
            "/v1.0/contract/comparisonResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同提取结果
    ///
    /// `POST /v1.0/contract/extractResults/query`: DingTalk's `QueryContractExtractResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractExtractResult")]
    #[doc(alias = "/v1.0/contract/extractResults/query")]
    #[doc(alias = "POST /v1.0/contract/extractResults/query")]
    pub fn query_contract_extract_result(
        &self,
        request: &QueryContractExtractResultRequest,
    ) -> rt::Call<
        QueryContractExtractResultResponseBody,
        QueryContractExtractResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractExtractResult",
            rt::Method::Post,
            "/v1.0/contract/extractResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同审查结果
    ///
    /// `POST /v1.0/contract/reviewResults/query`: DingTalk's `QueryContractReviewResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractReviewResult")]
    #[doc(alias = "/v1.0/contract/reviewResults/query")]
    #[doc(alias = "POST /v1.0/contract/reviewResults/query")]
    pub fn query_contract_review_result(
        &self,
        request: &QueryContractReviewResultRequest,
    ) -> rt::Call<
        QueryContractReviewResultResponseBody,
        QueryContractReviewResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractReviewResult",
            rt::Method::Post,
            "/v1.0/contract/reviewResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询合同电子签相关信息
    ///
    /// `POST /v1.0/contract/queryContractSignInfo`: DingTalk's `QueryContractSignInfo` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryContractSignInfo")]
    #[doc(alias = "/v1.0/contract/queryContractSignInfo")]
    #[doc(alias = "POST /v1.0/contract/queryContractSignInfo")]
    pub fn query_contract_sign_info(
        &self,
        request: &QueryContractSignInfoRequest,
    ) -> rt::Call<QueryContractSignInfoResponseBody, QueryContractSignInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryContractSignInfo",
            rt::Method::Post,
            "/v1.0/contract/queryContractSignInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文件合成结果
    ///
    /// `POST /v1.0/contract/template/file/queryResult`: DingTalk's `QueryFileProcessResult` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFileProcessResult")]
    #[doc(alias = "/v1.0/contract/template/file/queryResult")]
    #[doc(alias = "POST /v1.0/contract/template/file/queryResult")]
    pub fn query_file_process_result(
        &self,
        request: &QueryFileProcessResultRequest,
    ) -> rt::Call<QueryFileProcessResultResponseBody, QueryFileProcessResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFileProcessResult",
            rt::Method::Post,
            "/v1.0/contract/template/file/queryResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询签署流程详情
    ///
    /// `POST /v1.0/contract/dingEsign/signFlow/detail`: DingTalk's `QuerySignFlowDetail` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySignFlowDetail")]
    #[doc(alias = "/v1.0/contract/dingEsign/signFlow/detail")]
    #[doc(alias = "POST /v1.0/contract/dingEsign/signFlow/detail")]
    pub fn query_sign_flow_detail(
        &self,
        request: &QuerySignFlowDetailRequest,
    ) -> rt::Call<QuerySignFlowDetailResponseBody, QuerySignFlowDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySignFlowDetail",
            rt::Method::Post,
            "/v1.0/contract/dingEsign/signFlow/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询签署任务
    ///
    /// `POST /v1.0/contract/dingEsign/signTask/detail`: DingTalk's `QuerySignTask` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySignTask")]
    #[doc(alias = "/v1.0/contract/dingEsign/signTask/detail")]
    #[doc(alias = "POST /v1.0/contract/dingEsign/signTask/detail")]
    pub fn query_sign_task(
        &self,
        request: &QuerySignTaskRequest,
    ) -> rt::Call<QuerySignTaskResponseBody, QuerySignTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySignTask",
            rt::Method::Post,
            "/v1.0/contract/dingEsign/signTask/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 相对方企业风险查询
    ///
    /// `POST /v1.0/contract/subjects/risks/query`: DingTalk's `QuerySubjectPublicRisk` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySubjectPublicRisk")]
    #[doc(alias = "/v1.0/contract/subjects/risks/query")]
    #[doc(alias = "POST /v1.0/contract/subjects/risks/query")]
    pub fn query_subject_public_risk(
        &self,
        request: &QuerySubjectPublicRiskRequest,
    ) -> rt::Call<QuerySubjectPublicRiskResponseBody, QuerySubjectPublicRiskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySubjectPublicRisk",
            rt::Method::Post,
            "/v1.0/contract/subjects/risks/query",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文件关键字位置
    ///
    /// `POST /v1.0/contract/dingEsign/files/keywordPositions`: DingTalk's `SearchFileKeywordPositions` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchFileKeywordPositions")]
    #[doc(alias = "/v1.0/contract/dingEsign/files/keywordPositions")]
    #[doc(alias = "POST /v1.0/contract/dingEsign/files/keywordPositions")]
    pub fn search_file_keyword_positions(
        &self,
        request: &SearchFileKeywordPositionsRequest,
    ) -> rt::Call<
        SearchFileKeywordPositionsResponseBody,
        SearchFileKeywordPositionsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFileKeywordPositions",
            rt::Method::Post,
            "/v1.0/contract/dingEsign/files/keywordPositions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送合同相关卡片
    ///
    /// `POST /v1.0/contract/cards/send`: DingTalk's `SendContractCard` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendContractCard")]
    #[doc(alias = "/v1.0/contract/cards/send")]
    #[doc(alias = "POST /v1.0/contract/cards/send")]
    pub fn send_contract_card(
        &self,
        request: &SendContractCardRequest,
    ) -> rt::Call<SendContractCardResponseBody, SendContractCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendContractCard",
            rt::Method::Post,
            "/v1.0/contract/cards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步签署事件
    ///
    /// `POST /v1.0/contract/syncSignEvent`: DingTalk's `SyncSignEvent` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncSignEvent")]
    #[doc(alias = "/v1.0/contract/syncSignEvent")]
    #[doc(alias = "POST /v1.0/contract/syncSignEvent")]
    pub fn sync_sign_event(
        &self,
        request: &SyncSignEventRequest,
    ) -> rt::Call<SyncSignEventResponseBody, SyncSignEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncSignEvent",
            rt::Method::Post,
            "/v1.0/contract/syncSignEvent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改更新审查清单里的自定义规则
    ///
    /// `PUT /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}`: DingTalk's `UpdateChecklistRule` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    /// - `rule_id`: `{ruleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateChecklistRule")]
    #[doc(
        alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}"
    )]
    #[doc(
        alias = "PUT /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}"
    )]
    pub fn update_checklist_rule(
        &self,
        checklist_id: &str,
        rule_id: &str,
        request: &UpdateChecklistRuleRequest,
    ) -> rt::Call<UpdateChecklistRuleResponseBody, UpdateChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateChecklistRule",
            rt::Method::Put,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id, rule_id], request)
    }
    /// 更新修改自定义审查清单
    ///
    /// `PUT /v1.0/contract/api/review-rules/checklists/{checklistId}`: DingTalk's `UpdateReviewChecklist` (module feature `contract_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id`: `{checklistId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateReviewChecklist")]
    #[doc(alias = "/v1.0/contract/api/review-rules/checklists/{checklistId}")]
    #[doc(alias = "PUT /v1.0/contract/api/review-rules/checklists/{checklistId}")]
    pub fn update_review_checklist(
        &self,
        checklist_id: &str,
        request: &UpdateReviewChecklistRequest,
    ) -> rt::Call<UpdateReviewChecklistResponseBody, UpdateReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateReviewChecklist",
            rt::Method::Put,
            "/v1.0/contract/api/review-rules/checklists/{checklistId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], request)
    }
    /// 用户上传合同文件，发起解析
    ///
    /// `POST /v1.0/contract/api/review/upload-by-url`: DingTalk's `UploadContractReviewByUrl` (module feature `contract_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadContractReviewByUrl")]
    #[doc(alias = "/v1.0/contract/api/review/upload-by-url")]
    #[doc(alias = "POST /v1.0/contract/api/review/upload-by-url")]
    pub fn upload_contract_review_by_url(
        &self,
        request: &UploadContractReviewByUrlRequest,
    ) -> rt::Call<
        UploadContractReviewByUrlResponseBody,
        UploadContractReviewByUrlError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadContractReviewByUrl",
            rt::Method::Post,
            "/v1.0/contract/api/review/upload-by-url",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBody {
    /// `result`.
    pub result: Option<AnalyzeSubjectTransactionRiskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `AsyncCreateContractAnalysisRequestFileInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AsyncCreateContractAnalysisRequestFileInfo {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl AsyncCreateContractAnalysisRequestFileInfo {
    /// An empty `AsyncCreateContractAnalysisRequestFileInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AsyncCreateContractAnalysisRequestFileInfo { "fileId" => optional(file_id),
    "fileName" => optional(file_name), "fileType" => optional(file_type), "spaceId" =>
    optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AsyncCreateContractAnalysisRequestFileInfo { "fileId" => read_field(file_id),
    "fileName" => read_field(file_name), "fileType" => read_field(file_type), "spaceId"
    => read_field(space_id) }
}
/// `AsyncCreateContractAnalysisResponseBody`, a model several operations share: also named [`CancelContractReviewResponseBody`], [`CheckEsignFileResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AsyncCreateContractAnalysisResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AsyncCreateContractAnalysisResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AsyncCreateContractAnalysisResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CancelContractReviewResponseBody`: the same model as [`AsyncCreateContractAnalysisResponseBody`].
pub type CancelContractReviewResponseBody = AsyncCreateContractAnalysisResponseBody;
/// `CancelReviewOrderRequestEndFiles`, a model several operations share: also named [`FinishReviewOrderRequestEndFiles`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelReviewOrderRequestEndFiles {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `fileVersion`.
    pub file_version: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
impl CancelReviewOrderRequestEndFiles {
    /// An empty `CancelReviewOrderRequestEndFiles`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: impl Into<String>) -> Self {
        self.file_size = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `fileVersion`.
    pub fn file_version(mut self, value: i64) -> Self {
        self.file_version = Some(value);
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CancelReviewOrderRequestEndFiles { "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "fileVersion" =>
    optional(file_version), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelReviewOrderRequestEndFiles { "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "fileVersion" =>
    read_field(file_version), "url" => read_field(url) }
}
/// `CancelReviewOrderResponseBody`, a model several operations share: also named [`ContractAiReviewResultNotifyResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelReviewOrderResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CancelReviewOrderResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelReviewOrderResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CheckEsignFileResponseBody`: the same model as [`AsyncCreateContractAnalysisResponseBody`].
pub type CheckEsignFileResponseBody = AsyncCreateContractAnalysisResponseBody;
/// `ConfirmContractReviewRequestCustomRules`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmContractReviewRequestCustomRules {
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `items`.
    pub items: Option<Vec<ConfirmContractReviewRequestCustomRulesItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `risk_level`.
    pub risk_level: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
impl ConfirmContractReviewRequestCustomRules {
    /// An empty `ConfirmContractReviewRequestCustomRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contract_type`.
    pub fn contract_type(mut self, value: impl Into<String>) -> Self {
        self.contract_type = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = ConfirmContractReviewRequestCustomRulesItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `risk_level`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConfirmContractReviewRequestCustomRules { "contract_type" => optional(contract_type),
    "description" => optional(description), "id" => optional(id), "items" =>
    optional(items), "name" => optional(name), "risk_level" => optional(risk_level),
    "standpoint" => optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConfirmContractReviewRequestCustomRules { "contract_type" =>
    read_field(contract_type), "description" => read_field(description), "id" =>
    read_field(id), "items" => read_field(items), "name" => read_field(name),
    "risk_level" => read_field(risk_level), "standpoint" => read_field(standpoint) }
}
/// `ConfirmContractReviewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBody {
    /// `data`.
    pub data: Option<ConfirmContractReviewResponseBodyData>,
}
rt::impl_deserialize! {
    ConfirmContractReviewResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmContractReviewResponseBody { "data" => optional(data) }
}
/// `ContractAiReviewResultNotifyRequestAnnotations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractAiReviewResultNotifyRequestAnnotations {
    /// `commentTexts`.
    pub comment_texts: Option<
        Vec<ContractAiReviewResultNotifyRequestAnnotationsCommentTexts>,
    >,
    /// `id`.
    pub id: Option<i64>,
    /// `originalText`.
    pub original_text: Option<String>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
}
impl ContractAiReviewResultNotifyRequestAnnotations {
    /// An empty `ContractAiReviewResultNotifyRequestAnnotations`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `commentTexts`.
    pub fn comment_texts(
        mut self,
        value: impl IntoIterator<
            Item = ContractAiReviewResultNotifyRequestAnnotationsCommentTexts,
        >,
    ) -> Self {
        self.comment_texts = Some(value.into_iter().collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `originalText`.
    pub fn original_text(mut self, value: impl Into<String>) -> Self {
        self.original_text = Some(value.into());
        self
    }
    /// Sets `paragraph`.
    pub fn paragraph(mut self, value: impl Into<String>) -> Self {
        self.paragraph = Some(value.into());
        self
    }
    /// Sets `riskLevel`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ContractAiReviewResultNotifyRequestAnnotations { "commentTexts" =>
    optional(comment_texts), "id" => optional(id), "originalText" =>
    optional(original_text), "paragraph" => optional(paragraph), "riskLevel" =>
    optional(risk_level) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ContractAiReviewResultNotifyRequestAnnotations { "commentTexts" =>
    read_field(comment_texts), "id" => read_field(id), "originalText" =>
    read_field(original_text), "paragraph" => read_field(paragraph), "riskLevel" =>
    read_field(risk_level) }
}
/// `ContractAiReviewResultNotifyResponseBody`: the same model as [`CancelReviewOrderResponseBody`].
pub type ContractAiReviewResultNotifyResponseBody = CancelReviewOrderResponseBody;
/// `ContractBenefitConsumeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ContractBenefitConsumeResponseBody {
    /// `result`.
    pub result: Option<ContractBenefitConsumeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ContractBenefitConsumeResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ContractBenefitConsumeResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateChecklistRuleRequestItems`, a model several operations share: also named [`ConfirmContractReviewRequestCustomRulesItems`], [`CreateReviewChecklistRequestRulesItems`], [`UpdateReviewChecklistRequestRulesItems`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateChecklistRuleRequestItems {
    /// `criteria`.
    pub criteria: Option<String>,
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `severity`.
    pub severity: Option<String>,
}
impl CreateChecklistRuleRequestItems {
    /// An empty `CreateChecklistRuleRequestItems`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `criteria`.
    pub fn criteria(mut self, value: impl Into<String>) -> Self {
        self.criteria = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `severity`.
    pub fn severity(mut self, value: impl Into<String>) -> Self {
        self.severity = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateChecklistRuleRequestItems { "criteria" => optional(criteria), "enabled" =>
    optional(enabled), "id" => optional(id), "name" => optional(name), "severity" =>
    optional(severity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateChecklistRuleRequestItems { "criteria" => read_field(criteria), "enabled" =>
    read_field(enabled), "id" => read_field(id), "name" => read_field(name), "severity"
    => read_field(severity) }
}
/// `CreateChecklistRuleResponseBody`, a model several operations share: also named [`UpdateChecklistRuleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBody {
    /// `data`.
    pub data: Option<CreateChecklistRuleResponseBodyData>,
}
rt::impl_deserialize! {
    CreateChecklistRuleResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateChecklistRuleResponseBody { "data" => optional(data) }
}
/// `CreateContractAppsCompareTaskRequestComparativeFile`, a model several operations share: also named [`CreateContractAppsCompareTaskRequestStandardFile`], [`CreateContractAppsExtractTaskRequestContractFile`], [`CreateContractAppsReviewTaskRequestContractFile`], [`CreateContractAppsTermsExtractEaskRequestContractFile`], [`CreateContractCompareTaskRequestComparativeFile`], [`CreateContractCompareTaskRequestStandardFile`], [`CreateContractExtractTaskRequestContractFile`], [`CreateContractReviewTaskRequestContractFile`], [`GetAsyncCreateContractAnalysisRequestFileInfo`], [`GetContractAnalysisResultRequestFileInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskRequestComparativeFile {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl CreateContractAppsCompareTaskRequestComparativeFile {
    /// An empty `CreateContractAppsCompareTaskRequestComparativeFile`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsCompareTaskRequestComparativeFile { "fileId" => optional(file_id),
    "fileName" => optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsCompareTaskRequestComparativeFile { "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "spaceId" =>
    read_field(space_id) }
}
/// `CreateContractAppsCompareTaskRequestStandardFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsCompareTaskRequestStandardFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsCompareTaskResponseBody`, a model several operations share: also named [`CreateContractCompareTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsCompareTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateContractAppsCompareTaskResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsCompareTaskResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `CreateContractAppsExtractTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsExtractTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsExtractTaskResponseBody`, a model several operations share: also named [`CreateContractAppsTermsExtractEaskResponseBody`], [`CreateContractExtractTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsExtractTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateContractAppsExtractTaskResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsExtractTaskResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `CreateContractAppsReviewTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsReviewTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsReviewTaskRequestReviewCustomRules`, a model several operations share: also named [`CreateContractReviewTaskRequestReviewCustomRules`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskRequestReviewCustomRules {
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `ruleDesc`.
    pub rule_desc: Option<String>,
    /// `ruleSequence`.
    pub rule_sequence: Option<String>,
    /// `ruleTag`.
    pub rule_tag: Option<String>,
    /// `ruleTitle`.
    pub rule_title: Option<String>,
}
impl CreateContractAppsReviewTaskRequestReviewCustomRules {
    /// An empty `CreateContractAppsReviewTaskRequestReviewCustomRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `riskLevel`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `ruleDesc`.
    pub fn rule_desc(mut self, value: impl Into<String>) -> Self {
        self.rule_desc = Some(value.into());
        self
    }
    /// Sets `ruleSequence`.
    pub fn rule_sequence(mut self, value: impl Into<String>) -> Self {
        self.rule_sequence = Some(value.into());
        self
    }
    /// Sets `ruleTag`.
    pub fn rule_tag(mut self, value: impl Into<String>) -> Self {
        self.rule_tag = Some(value.into());
        self
    }
    /// Sets `ruleTitle`.
    pub fn rule_title(mut self, value: impl Into<String>) -> Self {
        self.rule_title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsReviewTaskRequestReviewCustomRules { "riskLevel" =>
    optional(risk_level), "ruleDesc" => optional(rule_desc), "ruleSequence" =>
    optional(rule_sequence), "ruleTag" => optional(rule_tag), "ruleTitle" =>
    optional(rule_title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsReviewTaskRequestReviewCustomRules { "riskLevel" =>
    read_field(risk_level), "ruleDesc" => read_field(rule_desc), "ruleSequence" =>
    read_field(rule_sequence), "ruleTag" => read_field(rule_tag), "ruleTitle" =>
    read_field(rule_title) }
}
/// `CreateContractAppsReviewTaskResponseBody`, a model several operations share: also named [`CreateContractReviewTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsReviewTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateContractAppsReviewTaskResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsReviewTaskResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateContractAppsTermsExtractEaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsTermsExtractEaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsTermsExtractEaskRequestExtractRules`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsTermsExtractEaskRequestExtractRules {
    /// `ruleCategory`.
    pub rule_category: Option<String>,
    /// `termRules`.
    pub term_rules: Option<
        Vec<CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules>,
    >,
}
impl CreateContractAppsTermsExtractEaskRequestExtractRules {
    /// An empty `CreateContractAppsTermsExtractEaskRequestExtractRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ruleCategory`.
    pub fn rule_category(mut self, value: impl Into<String>) -> Self {
        self.rule_category = Some(value.into());
        self
    }
    /// Sets `termRules`.
    pub fn term_rules(
        mut self,
        value: impl IntoIterator<
            Item = CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules,
        >,
    ) -> Self {
        self.term_rules = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsTermsExtractEaskRequestExtractRules { "ruleCategory" =>
    optional(rule_category), "termRules" => optional(term_rules) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsTermsExtractEaskRequestExtractRules { "ruleCategory" =>
    read_field(rule_category), "termRules" => read_field(term_rules) }
}
/// `CreateContractAppsTermsExtractEaskResponseBody`: the same model as [`CreateContractAppsExtractTaskResponseBody`].
pub type CreateContractAppsTermsExtractEaskResponseBody = CreateContractAppsExtractTaskResponseBody;
/// `CreateContractCompareTaskRequestComparativeFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractCompareTaskRequestComparativeFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractCompareTaskRequestStandardFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractCompareTaskRequestStandardFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractCompareTaskResponseBody`: the same model as [`CreateContractAppsCompareTaskResponseBody`].
pub type CreateContractCompareTaskResponseBody = CreateContractAppsCompareTaskResponseBody;
/// `CreateContractExtractTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractExtractTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractExtractTaskResponseBody`: the same model as [`CreateContractAppsExtractTaskResponseBody`].
pub type CreateContractExtractTaskResponseBody = CreateContractAppsExtractTaskResponseBody;
/// `CreateContractReviewRequestFileInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractReviewRequestFileInfo {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: String,
}
/// The required fields of [`CreateContractReviewRequestFileInfo`], each named where it is set: `CreateContractReviewRequestFileInfo::new(CreateContractReviewRequestFileInfoRequired { .. })`.
pub struct CreateContractReviewRequestFileInfoRequired {
    /// `fileId`: see [`CreateContractReviewRequestFileInfo::file_id`].
    pub file_id: String,
    /// `spaceId`: see [`CreateContractReviewRequestFileInfo::space_id`].
    pub space_id: String,
}
impl CreateContractReviewRequestFileInfo {
    /// A `CreateContractReviewRequestFileInfo` with its required fields (`fileId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: CreateContractReviewRequestFileInfoRequired) -> Self {
        let CreateContractReviewRequestFileInfoRequired { file_id, space_id } = required;
        Self {
            file_id,
            file_name: None,
            file_size: None,
            file_type: None,
            space_id,
        }
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: impl Into<String>) -> Self {
        self.file_size = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractReviewRequestFileInfo { "fileId" => field(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractReviewRequestFileInfo { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "spaceId" => read_field(space_id) }
}
/// `CreateContractReviewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractReviewResponseBody {
    /// `result`.
    pub result: Option<CreateContractReviewResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateContractReviewResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractReviewResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateContractReviewTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractReviewTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractReviewTaskRequestReviewCustomRules`: the same model as [`CreateContractAppsReviewTaskRequestReviewCustomRules`].
pub type CreateContractReviewTaskRequestReviewCustomRules = CreateContractAppsReviewTaskRequestReviewCustomRules;
/// `CreateContractReviewTaskResponseBody`: the same model as [`CreateContractAppsReviewTaskResponseBody`].
pub type CreateContractReviewTaskResponseBody = CreateContractAppsReviewTaskResponseBody;
/// `CreateReviewChecklistRequestRules`, a model several operations share: also named [`UpdateReviewChecklistRequestRules`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateReviewChecklistRequestRules {
    /// `custom`.
    pub custom: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `items`.
    pub items: Option<Vec<CreateReviewChecklistRequestRulesItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `risk_level`.
    pub risk_level: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
impl CreateReviewChecklistRequestRules {
    /// An empty `CreateReviewChecklistRequestRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `custom`.
    pub fn custom(mut self, value: bool) -> Self {
        self.custom = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = CreateReviewChecklistRequestRulesItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `risk_level`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateReviewChecklistRequestRules { "custom" => optional(custom), "description" =>
    optional(description), "id" => optional(id), "items" => optional(items), "name" =>
    optional(name), "risk_level" => optional(risk_level), "standpoint" =>
    optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateReviewChecklistRequestRules { "custom" => read_field(custom), "description" =>
    read_field(description), "id" => read_field(id), "items" => read_field(items), "name"
    => read_field(name), "risk_level" => read_field(risk_level), "standpoint" =>
    read_field(standpoint) }
}
/// `CreateReviewChecklistResponseBody`, a model several operations share: also named [`GetReviewChecklistResponseBody`], [`UpdateReviewChecklistResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateReviewChecklistResponseBody {
    /// `data`.
    pub data: Option<CreateReviewChecklistResponseBodyData>,
}
rt::impl_deserialize! {
    CreateReviewChecklistResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateReviewChecklistResponseBody { "data" => optional(data) }
}
/// `CreateSignFlowRequestSignDocs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignDocs {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl CreateSignFlowRequestSignDocs {
    /// An empty `CreateSignFlowRequestSignDocs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: i64) -> Self {
        self.space_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignDocs { "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignDocs { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "spaceId" => read_field(space_id) }
}
/// `CreateSignFlowRequestSignFlowConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignFlowConfig {
    /// `autoStart`.
    pub auto_start: Option<bool>,
    /// `isOrderedSign`.
    pub is_ordered_sign: Option<bool>,
    /// `signFlowName`.
    pub sign_flow_name: Option<String>,
}
impl CreateSignFlowRequestSignFlowConfig {
    /// An empty `CreateSignFlowRequestSignFlowConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `autoStart`.
    pub fn auto_start(mut self, value: bool) -> Self {
        self.auto_start = Some(value);
        self
    }
    /// Sets `isOrderedSign`.
    pub fn is_ordered_sign(mut self, value: bool) -> Self {
        self.is_ordered_sign = Some(value);
        self
    }
    /// Sets `signFlowName`.
    pub fn sign_flow_name(mut self, value: impl Into<String>) -> Self {
        self.sign_flow_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignFlowConfig { "autoStart" => optional(auto_start),
    "isOrderedSign" => optional(is_ordered_sign), "signFlowName" =>
    optional(sign_flow_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignFlowConfig { "autoStart" => read_field(auto_start),
    "isOrderedSign" => read_field(is_ordered_sign), "signFlowName" =>
    read_field(sign_flow_name) }
}
/// `CreateSignFlowRequestSignFlowInitiator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignFlowInitiator {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateSignFlowRequestSignFlowInitiator {
    /// An empty `CreateSignFlowRequestSignFlowInitiator`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyId`.
    pub fn company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignFlowInitiator { "companyId" => optional(company_id),
    "orgName" => optional(org_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignFlowInitiator { "companyId" => read_field(company_id),
    "orgName" => read_field(org_name), "userId" => read_field(user_id) }
}
/// `CreateSignFlowRequestSigners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSigners {
    /// `bizTaskId`.
    pub biz_task_id: Option<String>,
    /// `orgInfo`.
    pub org_info: Option<CreateSignFlowRequestSignersOrgInfo>,
    /// `signComponentConfig`.
    pub sign_component_config: Option<
        Vec<CreateSignFlowRequestSignersSignComponentConfig>,
    >,
    /// `signConfig`.
    pub sign_config: Option<CreateSignFlowRequestSignersSignConfig>,
    /// `signerInfo`.
    pub signer_info: Option<CreateSignFlowRequestSignersSignerInfo>,
    /// `signerType`.
    pub signer_type: Option<String>,
}
impl CreateSignFlowRequestSigners {
    /// An empty `CreateSignFlowRequestSigners`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTaskId`.
    pub fn biz_task_id(mut self, value: impl Into<String>) -> Self {
        self.biz_task_id = Some(value.into());
        self
    }
    /// Sets `orgInfo`.
    pub fn org_info(mut self, value: CreateSignFlowRequestSignersOrgInfo) -> Self {
        self.org_info = Some(value);
        self
    }
    /// Sets `signComponentConfig`.
    pub fn sign_component_config(
        mut self,
        value: impl IntoIterator<Item = CreateSignFlowRequestSignersSignComponentConfig>,
    ) -> Self {
        self.sign_component_config = Some(value.into_iter().collect());
        self
    }
    /// Sets `signConfig`.
    pub fn sign_config(mut self, value: CreateSignFlowRequestSignersSignConfig) -> Self {
        self.sign_config = Some(value);
        self
    }
    /// Sets `signerInfo`.
    pub fn signer_info(mut self, value: CreateSignFlowRequestSignersSignerInfo) -> Self {
        self.signer_info = Some(value);
        self
    }
    /// Sets `signerType`.
    pub fn signer_type(mut self, value: impl Into<String>) -> Self {
        self.signer_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSigners { "bizTaskId" => optional(biz_task_id), "orgInfo" =>
    optional(org_info), "signComponentConfig" => optional(sign_component_config),
    "signConfig" => optional(sign_config), "signerInfo" => optional(signer_info),
    "signerType" => optional(signer_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSigners { "bizTaskId" => read_field(biz_task_id), "orgInfo" =>
    read_field(org_info), "signComponentConfig" => read_field(sign_component_config),
    "signConfig" => read_field(sign_config), "signerInfo" => read_field(signer_info),
    "signerType" => read_field(signer_type) }
}
/// `CreateSignFlowResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSignFlowResponseBody {
    /// `result`.
    pub result: Option<CreateSignFlowResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateSignFlowResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSignFlowResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateTemplateProcessTaskRequestFillData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplateProcessTaskRequestFillData {
    /// `structKey`.
    pub struct_key: Option<String>,
    /// `structValue`.
    pub struct_value: Option<String>,
}
impl CreateTemplateProcessTaskRequestFillData {
    /// An empty `CreateTemplateProcessTaskRequestFillData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `structKey`.
    pub fn struct_key(mut self, value: impl Into<String>) -> Self {
        self.struct_key = Some(value.into());
        self
    }
    /// Sets `structValue`.
    pub fn struct_value(mut self, value: impl Into<String>) -> Self {
        self.struct_value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTemplateProcessTaskRequestFillData { "structKey" => optional(struct_key),
    "structValue" => optional(struct_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplateProcessTaskRequestFillData { "structKey" => read_field(struct_key),
    "structValue" => read_field(struct_value) }
}
/// `CreateTemplateProcessTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTemplateProcessTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<CreateTemplateProcessTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateTemplateProcessTaskResponseBody { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTemplateProcessTaskResponseBody { "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeleteChecklistRuleResponseBody`, a model several operations share: also named [`DeleteReviewChecklistResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteChecklistRuleResponseBody {
    /// `data`.
    pub data: Option<String>,
}
rt::impl_deserialize! {
    DeleteChecklistRuleResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteChecklistRuleResponseBody { "data" => optional(data) }
}
/// `DeleteReviewChecklistResponseBody`: the same model as [`DeleteChecklistRuleResponseBody`].
pub type DeleteReviewChecklistResponseBody = DeleteChecklistRuleResponseBody;
/// `EsignQueryApprovalInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryApprovalInfoResponseBody {
    /// `result`.
    pub result: Option<EsignQueryApprovalInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EsignQueryApprovalInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryApprovalInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `EsignQueryGrantInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryGrantInfoResponseBody {
    /// `result`.
    pub result: Option<EsignQueryGrantInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EsignQueryGrantInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryGrantInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `EsignQueryIdentityByTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketResponseBody {
    /// `result`.
    pub result: Option<EsignQueryIdentityByTicketResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EsignQueryIdentityByTicketResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryIdentityByTicketResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `EsignSyncEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignSyncEventResponseBody {
    /// `result`.
    pub result: Option<EsignSyncEventResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EsignSyncEventResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignSyncEventResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `EsignUserVerifyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignUserVerifyResponseBody {
    /// `result`.
    pub result: Option<EsignUserVerifyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EsignUserVerifyResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignUserVerifyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `FinishReviewOrderRequestEndFiles`: the same model as [`CancelReviewOrderRequestEndFiles`].
pub type FinishReviewOrderRequestEndFiles = CancelReviewOrderRequestEndFiles;
/// `FinishReviewOrderResponseBody`, a model several operations share: also named [`SendContractCardResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FinishReviewOrderResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    FinishReviewOrderResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FinishReviewOrderResponseBody { "success" => optional(success) }
}
/// `GetAsyncCreateContractAnalysisRequestFileInfo`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type GetAsyncCreateContractAnalysisRequestFileInfo = CreateContractAppsCompareTaskRequestComparativeFile;
/// `GetAsyncCreateContractAnalysisResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAsyncCreateContractAnalysisResponseBody {
    /// `analysisStatus`.
    pub analysis_status: Option<String>,
    /// `companyList`.
    pub company_list: Option<Vec<String>>,
    /// `reviewPositions`.
    pub review_positions: Option<Vec<String>>,
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `wordCount`.
    pub word_count: Option<i64>,
}
rt::impl_deserialize! {
    GetAsyncCreateContractAnalysisResponseBody { "analysisStatus" =>
    read_field(analysis_status), "companyList" => read_field(company_list),
    "reviewPositions" => read_field(review_positions), "reviewType" =>
    read_field(review_type), "wordCount" => read_field(word_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsyncCreateContractAnalysisResponseBody { "analysisStatus" =>
    optional(analysis_status), "companyList" => optional(company_list), "reviewPositions"
    => optional(review_positions), "reviewType" => optional(review_type), "wordCount" =>
    optional(word_count) }
}
/// `GetContractAnalysisResultRequestFileInfo`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type GetContractAnalysisResultRequestFileInfo = CreateContractAppsCompareTaskRequestComparativeFile;
/// `GetContractAnalysisResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractAnalysisResultResponseBody {
    /// `companyList`.
    pub company_list: Option<Vec<String>>,
    /// `reviewPositions`.
    pub review_positions: Option<Vec<String>>,
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `wordCount`.
    pub word_count: Option<i64>,
}
rt::impl_deserialize! {
    GetContractAnalysisResultResponseBody { "companyList" => read_field(company_list),
    "reviewPositions" => read_field(review_positions), "reviewType" =>
    read_field(review_type), "wordCount" => read_field(word_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractAnalysisResultResponseBody { "companyList" => optional(company_list),
    "reviewPositions" => optional(review_positions), "reviewType" =>
    optional(review_type), "wordCount" => optional(word_count) }
}
/// `GetContractReviewBenefitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBody {
    /// `result`.
    pub result: Option<GetContractReviewBenefitResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetContractReviewBenefitResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewBenefitResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetContractReviewResultRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewResultRequestBody {
    /// `reviewType`.
    pub review_type: String,
    /// `taskId`.
    pub task_id: String,
}
/// The required fields of [`GetContractReviewResultRequestBody`], each named where it is set: `GetContractReviewResultRequestBody::new(GetContractReviewResultRequestBodyRequired { .. })`.
pub struct GetContractReviewResultRequestBodyRequired {
    /// `reviewType`: see [`GetContractReviewResultRequestBody::review_type`].
    pub review_type: String,
    /// `taskId`: see [`GetContractReviewResultRequestBody::task_id`].
    pub task_id: String,
}
impl GetContractReviewResultRequestBody {
    /// A `GetContractReviewResultRequestBody` with its required fields (`reviewType`, `taskId`); set the others with the methods named after them.
    pub fn new(required: GetContractReviewResultRequestBodyRequired) -> Self {
        let GetContractReviewResultRequestBodyRequired { review_type, task_id } = required;
        Self { review_type, task_id }
    }
}
rt::impl_serialize! {
    GetContractReviewResultRequestBody { "reviewType" => field(review_type), "taskId" =>
    field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractReviewResultRequestBody { "reviewType" => read_field(review_type),
    "taskId" => read_field(task_id) }
}
/// `GetContractReviewResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBody {
    /// `result`.
    pub result: Option<GetContractReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetContractReviewResultResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetContractReviewResultsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBody {
    /// `data`.
    pub data: Option<GetContractReviewResultsResponseBodyData>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBody { "data" => optional(data) }
}
/// `GetContractReviewStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewStatusResponseBody {
    /// `data`.
    pub data: Option<GetContractReviewStatusResponseBodyData>,
}
rt::impl_deserialize! {
    GetContractReviewStatusResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewStatusResponseBody { "data" => optional(data) }
}
/// `GetContractSubjectRiskResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBody {
    /// `subjectRiskResponses`.
    pub subject_risk_responses: Option<
        Vec<GetContractSubjectRiskResultResponseBodySubjectRiskResponses>,
    >,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetContractSubjectRiskResultResponseBody { "subjectRiskResponses" =>
    read_field(subject_risk_responses), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractSubjectRiskResultResponseBody { "subjectRiskResponses" =>
    optional(subject_risk_responses), "success" => optional(success) }
}
/// `GetFileDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBody {
    /// `result`.
    pub result: Option<GetFileDownloadUrlResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFileDownloadUrlResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadUrlResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetReviewChecklistResponseBody`: the same model as [`CreateReviewChecklistResponseBody`].
pub type GetReviewChecklistResponseBody = CreateReviewChecklistResponseBody;
/// `ListReviewChecklistsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListReviewChecklistsResponseBody {
    /// `data`.
    pub data: Option<ListReviewChecklistsResponseBodyData>,
}
rt::impl_deserialize! {
    ListReviewChecklistsResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListReviewChecklistsResponseBody { "data" => optional(data) }
}
/// `OpenEsignFreeTrailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenEsignFreeTrailResponseBody {
    /// `result`.
    pub result: Option<OpenEsignFreeTrailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenEsignFreeTrailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenEsignFreeTrailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryAdvancedContractVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAdvancedContractVersionResponseBody {
    /// `result`.
    pub result: Option<QueryAdvancedContractVersionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryAdvancedContractVersionResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAdvancedContractVersionResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryContractAppsCompareResultResponseBody`, a model several operations share: also named [`QueryContractCompareResultResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsCompareResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `QueryContractAppsExtractResultResponseBody`, a model several operations share: also named [`QueryContractExtractResultResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsExtractResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractAppsExtractResultResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsExtractResultResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `QueryContractAppsReviewResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `QueryContractAppsTermsExtractResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsTermsExtractResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `QueryContractCompareListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractCompareListResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<QueryContractCompareListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractCompareListResponseBody { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractCompareListResponseBody { "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryContractCompareResultResponseBody`: the same model as [`QueryContractAppsCompareResultResponseBody`].
pub type QueryContractCompareResultResponseBody = QueryContractAppsCompareResultResponseBody;
/// `QueryContractExtractResultResponseBody`: the same model as [`QueryContractAppsExtractResultResponseBody`].
pub type QueryContractExtractResultResponseBody = QueryContractAppsExtractResultResponseBody;
/// `QueryContractReviewResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractReviewResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractReviewResultResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractReviewResultResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryContractSignInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBody {
    /// `result`.
    pub result: Option<QueryContractSignInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryContractSignInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractSignInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryFileProcessResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFileProcessResultResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<QueryFileProcessResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryFileProcessResultResponseBody { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFileProcessResultResponseBody { "errorCode" => optional(error_code), "errorMsg"
    => optional(error_msg), "result" => optional(result), "success" => optional(success)
    }
}
/// `QuerySignFlowDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBody {
    /// `result`.
    pub result: Option<QuerySignFlowDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QuerySignTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignTaskResponseBody {
    /// `result`.
    pub result: Option<QuerySignTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QuerySignTaskResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignTaskResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QuerySubjectPublicRiskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBody {
    /// `result`.
    pub result: Option<QuerySubjectPublicRiskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SearchFileKeywordPositionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBody {
    /// `result`.
    pub result: Option<SearchFileKeywordPositionsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SearchFileKeywordPositionsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFileKeywordPositionsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SendContractCardRequestContractInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendContractCardRequestContractInfo {
    /// `contractCode`.
    pub contract_code: Option<String>,
    /// `contractName`.
    pub contract_name: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `signUserName`.
    pub sign_user_name: Option<String>,
}
impl SendContractCardRequestContractInfo {
    /// An empty `SendContractCardRequestContractInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contractCode`.
    pub fn contract_code(mut self, value: impl Into<String>) -> Self {
        self.contract_code = Some(value.into());
        self
    }
    /// Sets `contractName`.
    pub fn contract_name(mut self, value: impl Into<String>) -> Self {
        self.contract_name = Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `signUserName`.
    pub fn sign_user_name(mut self, value: impl Into<String>) -> Self {
        self.sign_user_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendContractCardRequestContractInfo { "contractCode" => optional(contract_code),
    "contractName" => optional(contract_name), "createTime" => optional(create_time),
    "signUserName" => optional(sign_user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendContractCardRequestContractInfo { "contractCode" => read_field(contract_code),
    "contractName" => read_field(contract_name), "createTime" => read_field(create_time),
    "signUserName" => read_field(sign_user_name) }
}
/// `SendContractCardRequestReceivers`, a model several operations share: also named [`SendContractCardRequestSender`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendContractCardRequestReceivers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userType`.
    pub user_type: Option<String>,
}
impl SendContractCardRequestReceivers {
    /// An empty `SendContractCardRequestReceivers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userType`.
    pub fn user_type(mut self, value: impl Into<String>) -> Self {
        self.user_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendContractCardRequestReceivers { "corpId" => optional(corp_id), "userId" =>
    optional(user_id), "userType" => optional(user_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendContractCardRequestReceivers { "corpId" => read_field(corp_id), "userId" =>
    read_field(user_id), "userType" => read_field(user_type) }
}
/// `SendContractCardRequestSender`: the same model as [`SendContractCardRequestReceivers`].
pub type SendContractCardRequestSender = SendContractCardRequestReceivers;
/// `SendContractCardResponseBody`: the same model as [`FinishReviewOrderResponseBody`].
pub type SendContractCardResponseBody = FinishReviewOrderResponseBody;
/// `SyncSignEventRequestSignFileList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncSignEventRequestSignFileList {
    /// `fileDownloadUrl`.
    pub file_download_url: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl SyncSignEventRequestSignFileList {
    /// An empty `SyncSignEventRequestSignFileList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileDownloadUrl`.
    pub fn file_download_url(mut self, value: impl Into<String>) -> Self {
        self.file_download_url = Some(value.into());
        self
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncSignEventRequestSignFileList { "fileDownloadUrl" => optional(file_download_url),
    "fileId" => optional(file_id), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "spaceId" =>
    optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncSignEventRequestSignFileList { "fileDownloadUrl" =>
    read_field(file_download_url), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "spaceId" => read_field(space_id) }
}
/// `SyncSignEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncSignEventResponseBody {
    /// `result`.
    pub result: Option<SyncSignEventResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncSignEventResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncSignEventResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `UpdateChecklistRuleResponseBody`: the same model as [`CreateChecklistRuleResponseBody`].
pub type UpdateChecklistRuleResponseBody = CreateChecklistRuleResponseBody;
/// `UpdateReviewChecklistRequestRules`: the same model as [`CreateReviewChecklistRequestRules`].
pub type UpdateReviewChecklistRequestRules = CreateReviewChecklistRequestRules;
/// `UpdateReviewChecklistResponseBody`: the same model as [`CreateReviewChecklistResponseBody`].
pub type UpdateReviewChecklistResponseBody = CreateReviewChecklistResponseBody;
/// `UploadContractReviewByUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlResponseBody {
    /// `data`.
    pub data: Option<UploadContractReviewByUrlResponseBodyData>,
}
rt::impl_deserialize! {
    UploadContractReviewByUrlResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadContractReviewByUrlResponseBody { "data" => optional(data) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResult {
    /// `aiAnalysis`.
    pub ai_analysis: Option<AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis>,
    /// `currentContract`.
    pub current_contract: Option<
        AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract,
    >,
    /// `dataStatus`.
    pub data_status: Option<String>,
    /// `historyCooperation`.
    pub history_cooperation: Option<
        AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation,
    >,
    /// `subjectInfo`.
    pub subject_info: Option<AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResult { "aiAnalysis" =>
    read_field(ai_analysis), "currentContract" => read_field(current_contract),
    "dataStatus" => read_field(data_status), "historyCooperation" =>
    read_field(history_cooperation), "subjectInfo" => read_field(subject_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResult { "aiAnalysis" =>
    optional(ai_analysis), "currentContract" => optional(current_contract), "dataStatus"
    => optional(data_status), "historyCooperation" => optional(history_cooperation),
    "subjectInfo" => optional(subject_info) }
}
/// `ConfirmContractReviewRequestCustomRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type ConfirmContractReviewRequestCustomRulesItems = CreateChecklistRuleRequestItems;
/// `ConfirmContractReviewResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBodyData {
    /// `recommended`.
    pub recommended: Option<ConfirmContractReviewResponseBodyDataRecommended>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ConfirmContractReviewResponseBodyData { "recommended" => read_field(recommended),
    "review_id" => read_field(review_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmContractReviewResponseBodyData { "recommended" => optional(recommended),
    "review_id" => optional(review_id), "status" => optional(status) }
}
/// `ContractAiReviewResultNotifyRequestAnnotationsCommentTexts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractAiReviewResultNotifyRequestAnnotationsCommentTexts {
    /// `remark`.
    pub remark: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl ContractAiReviewResultNotifyRequestAnnotationsCommentTexts {
    /// An empty `ContractAiReviewResultNotifyRequestAnnotationsCommentTexts`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `riskLevel`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ContractAiReviewResultNotifyRequestAnnotationsCommentTexts { "remark" =>
    optional(remark), "riskLevel" => optional(risk_level), "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ContractAiReviewResultNotifyRequestAnnotationsCommentTexts { "remark" =>
    read_field(remark), "riskLevel" => read_field(risk_level), "text" => read_field(text)
    }
}
/// `ContractBenefitConsumeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ContractBenefitConsumeResponseBodyResult {
    /// `consumeResult`.
    pub consume_result: Option<bool>,
}
rt::impl_deserialize! {
    ContractBenefitConsumeResponseBodyResult { "consumeResult" =>
    read_field(consume_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ContractBenefitConsumeResponseBodyResult { "consumeResult" =>
    optional(consume_result) }
}
/// `CreateChecklistRuleResponseBodyData`, a model several operations share: also named [`UpdateChecklistRuleResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBodyData {
    /// `rule`.
    pub rule: Option<CreateChecklistRuleResponseBodyDataRule>,
}
rt::impl_deserialize! {
    CreateChecklistRuleResponseBodyData { "rule" => read_field(rule) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateChecklistRuleResponseBodyData { "rule" => optional(rule) }
}
/// `CreateContractAppsCompareTaskResponseBodyResult`, a model several operations share: also named [`CreateContractCompareTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsCompareTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsCompareTaskResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsCompareTaskResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `CreateContractAppsExtractTaskResponseBodyResult`, a model several operations share: also named [`CreateContractAppsTermsExtractEaskResponseBodyResult`], [`CreateContractExtractTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsExtractTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsExtractTaskResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsExtractTaskResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `CreateContractAppsReviewTaskResponseBodyResult`, a model several operations share: also named [`CreateContractReviewTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsReviewTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsReviewTaskResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsReviewTaskResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules {
    /// `description`.
    pub description: Option<String>,
    /// `termCategory`.
    pub term_category: Option<String>,
}
impl CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules {
    /// An empty `CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `termCategory`.
    pub fn term_category(mut self, value: impl Into<String>) -> Self {
        self.term_category = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules { "description" =>
    optional(description), "termCategory" => optional(term_category) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules { "description" =>
    read_field(description), "termCategory" => read_field(term_category) }
}
/// `CreateContractAppsTermsExtractEaskResponseBodyResult`: the same model as [`CreateContractAppsExtractTaskResponseBodyResult`].
pub type CreateContractAppsTermsExtractEaskResponseBodyResult = CreateContractAppsExtractTaskResponseBodyResult;
/// `CreateContractCompareTaskResponseBodyResult`: the same model as [`CreateContractAppsCompareTaskResponseBodyResult`].
pub type CreateContractCompareTaskResponseBodyResult = CreateContractAppsCompareTaskResponseBodyResult;
/// `CreateContractExtractTaskResponseBodyResult`: the same model as [`CreateContractAppsExtractTaskResponseBodyResult`].
pub type CreateContractExtractTaskResponseBodyResult = CreateContractAppsExtractTaskResponseBodyResult;
/// `CreateContractReviewResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractReviewResponseBodyResult {
    /// `planFinishTime`.
    pub plan_finish_time: Option<i64>,
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractReviewResponseBodyResult { "planFinishTime" =>
    read_field(plan_finish_time), "reviewType" => read_field(review_type), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractReviewResponseBodyResult { "planFinishTime" =>
    optional(plan_finish_time), "reviewType" => optional(review_type), "taskId" =>
    optional(task_id) }
}
/// `CreateContractReviewTaskResponseBodyResult`: the same model as [`CreateContractAppsReviewTaskResponseBodyResult`].
pub type CreateContractReviewTaskResponseBodyResult = CreateContractAppsReviewTaskResponseBodyResult;
/// `CreateReviewChecklistRequestRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type CreateReviewChecklistRequestRulesItems = CreateChecklistRuleRequestItems;
/// `CreateReviewChecklistResponseBodyData`, a model several operations share: also named [`GetReviewChecklistResponseBodyData`], [`UpdateReviewChecklistResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateReviewChecklistResponseBodyData {
    /// `checklist`.
    pub checklist: Option<CreateReviewChecklistResponseBodyDataChecklist>,
}
rt::impl_deserialize! {
    CreateReviewChecklistResponseBodyData { "checklist" => read_field(checklist) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateReviewChecklistResponseBodyData { "checklist" => optional(checklist) }
}
/// `CreateSignFlowRequestSignersOrgInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersOrgInfo {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
impl CreateSignFlowRequestSignersOrgInfo {
    /// An empty `CreateSignFlowRequestSignersOrgInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyId`.
    pub fn company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersOrgInfo { "companyId" => optional(company_id), "orgName"
    => optional(org_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersOrgInfo { "companyId" => read_field(company_id),
    "orgName" => read_field(org_name) }
}
/// `CreateSignFlowRequestSignersSignComponentConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignComponentConfig {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `signFieldComponentConfig`.
    pub sign_field_component_config: Option<
        CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig,
    >,
}
impl CreateSignFlowRequestSignersSignComponentConfig {
    /// An empty `CreateSignFlowRequestSignersSignComponentConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `signFieldComponentConfig`.
    pub fn sign_field_component_config(
        mut self,
        value: CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig,
    ) -> Self {
        self.sign_field_component_config = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignComponentConfig { "fileId" => optional(file_id),
    "signFieldComponentConfig" => optional(sign_field_component_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignComponentConfig { "fileId" => read_field(file_id),
    "signFieldComponentConfig" => read_field(sign_field_component_config) }
}
/// `CreateSignFlowRequestSignersSignConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignConfig {
    /// `signOrder`.
    pub sign_order: Option<i64>,
}
impl CreateSignFlowRequestSignersSignConfig {
    /// An empty `CreateSignFlowRequestSignersSignConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `signOrder`.
    pub fn sign_order(mut self, value: i64) -> Self {
        self.sign_order = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignConfig { "signOrder" => optional(sign_order) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignConfig { "signOrder" => read_field(sign_order) }
}
/// `CreateSignFlowRequestSignersSignerInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignerInfo {
    /// `psnMobile`.
    pub psn_mobile: Option<String>,
    /// `psnName`.
    pub psn_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateSignFlowRequestSignersSignerInfo {
    /// An empty `CreateSignFlowRequestSignersSignerInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `psnMobile`.
    pub fn psn_mobile(mut self, value: impl Into<String>) -> Self {
        self.psn_mobile = Some(value.into());
        self
    }
    /// Sets `psnName`.
    pub fn psn_name(mut self, value: impl Into<String>) -> Self {
        self.psn_name = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignerInfo { "psnMobile" => optional(psn_mobile),
    "psnName" => optional(psn_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignerInfo { "psnMobile" => read_field(psn_mobile),
    "psnName" => read_field(psn_name), "userId" => read_field(user_id) }
}
/// `CreateSignFlowResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSignFlowResponseBodyResult {
    /// `data`.
    pub data: Option<CreateSignFlowResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateSignFlowResponseBodyResult { "data" => read_field(data), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSignFlowResponseBodyResult { "data" => optional(data), "requestId" =>
    optional(request_id) }
}
/// `CreateTemplateProcessTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTemplateProcessTaskResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fillTaskId`.
    pub fill_task_id: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
    /// `renderTaskId`.
    pub render_task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTemplateProcessTaskResponseBodyResult { "downloadUrl" =>
    read_field(download_url), "fillTaskId" => read_field(fill_task_id), "mode" =>
    read_field(mode), "renderTaskId" => read_field(render_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTemplateProcessTaskResponseBodyResult { "downloadUrl" =>
    optional(download_url), "fillTaskId" => optional(fill_task_id), "mode" =>
    optional(mode), "renderTaskId" => optional(render_task_id) }
}
/// `EsignQueryApprovalInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryApprovalInfoResponseBodyResult {
    /// `bpmsProcessBusinessId`.
    pub bpms_process_business_id: Option<String>,
    /// `bpmsProcessInstanceId`.
    pub bpms_process_instance_id: Option<String>,
    /// `bpmsProcessInstanceUrl`.
    pub bpms_process_instance_url: Option<String>,
}
rt::impl_deserialize! {
    EsignQueryApprovalInfoResponseBodyResult { "bpmsProcessBusinessId" =>
    read_field(bpms_process_business_id), "bpmsProcessInstanceId" =>
    read_field(bpms_process_instance_id), "bpmsProcessInstanceUrl" =>
    read_field(bpms_process_instance_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryApprovalInfoResponseBodyResult { "bpmsProcessBusinessId" =>
    optional(bpms_process_business_id), "bpmsProcessInstanceId" =>
    optional(bpms_process_instance_id), "bpmsProcessInstanceUrl" =>
    optional(bpms_process_instance_url) }
}
/// `EsignQueryGrantInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryGrantInfoResponseBodyResult {
    /// `legalPerson`.
    pub legal_person: Option<String>,
    /// `mobilePhoneNumber`.
    pub mobile_phone_number: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
    /// `unifiedSocialCredit`.
    pub unified_social_credit: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    EsignQueryGrantInfoResponseBodyResult { "legalPerson" => read_field(legal_person),
    "mobilePhoneNumber" => read_field(mobile_phone_number), "orgName" =>
    read_field(org_name), "stateCode" => read_field(state_code), "unifiedSocialCredit" =>
    read_field(unified_social_credit), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryGrantInfoResponseBodyResult { "legalPerson" => optional(legal_person),
    "mobilePhoneNumber" => optional(mobile_phone_number), "orgName" =>
    optional(org_name), "stateCode" => optional(state_code), "unifiedSocialCredit" =>
    optional(unified_social_credit), "userName" => optional(user_name) }
}
/// `EsignQueryIdentityByTicketResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketResponseBodyResult {
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    EsignQueryIdentityByTicketResponseBodyResult { "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignQueryIdentityByTicketResponseBodyResult { "unionId" => optional(union_id) }
}
/// `EsignSyncEventResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignSyncEventResponseBodyResult {
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    EsignSyncEventResponseBodyResult { "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignSyncEventResponseBodyResult { "message" => optional(message) }
}
/// `EsignUserVerifyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignUserVerifyResponseBodyResult {
    /// `canAccess`.
    pub can_access: Option<bool>,
}
rt::impl_deserialize! {
    EsignUserVerifyResponseBodyResult { "canAccess" => read_field(can_access) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignUserVerifyResponseBodyResult { "canAccess" => optional(can_access) }
}
/// `GetContractReviewBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBodyResult {
    /// `benefitResponses`.
    pub benefit_responses: Option<
        Vec<GetContractReviewBenefitResponseBodyResultBenefitResponses>,
    >,
}
rt::impl_deserialize! {
    GetContractReviewBenefitResponseBodyResult { "benefitResponses" =>
    read_field(benefit_responses) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewBenefitResponseBodyResult { "benefitResponses" =>
    optional(benefit_responses) }
}
/// `GetContractReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResult {
    /// `annotations`.
    pub annotations: Option<Vec<GetContractReviewResultResponseBodyResultAnnotations>>,
    /// `clearWordPath`.
    pub clear_word_path: Option<String>,
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<GetContractReviewResultResponseBodyResultSummary>,
    /// `wordPath`.
    pub word_path: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultResponseBodyResult { "annotations" => read_field(annotations),
    "clearWordPath" => read_field(clear_word_path), "reviewType" =>
    read_field(review_type), "status" => read_field(status), "summary" =>
    read_field(summary), "wordPath" => read_field(word_path) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultResponseBodyResult { "annotations" => optional(annotations),
    "clearWordPath" => optional(clear_word_path), "reviewType" => optional(review_type),
    "status" => optional(status), "summary" => optional(summary), "wordPath" =>
    optional(word_path) }
}
/// `GetContractReviewResultsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyData {
    /// `annotated_export_url`.
    pub annotated_export_url: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `report`.
    pub report: Option<GetContractReviewResultsResponseBodyDataReport>,
    /// `report_export_url`.
    pub report_export_url: Option<String>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `risk_counts`.
    pub risk_counts: Option<GetContractReviewResultsResponseBodyDataRiskCounts>,
    /// `status`.
    pub status: Option<String>,
    /// `total_risks`.
    pub total_risks: Option<i64>,
    /// `weboffice_url`.
    pub weboffice_url: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBodyData { "annotated_export_url" =>
    read_field(annotated_export_url), "message" => read_field(message), "report" =>
    read_field(report), "report_export_url" => read_field(report_export_url), "review_id"
    => read_field(review_id), "risk_counts" => read_field(risk_counts), "status" =>
    read_field(status), "total_risks" => read_field(total_risks), "weboffice_url" =>
    read_field(weboffice_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBodyData { "annotated_export_url" =>
    optional(annotated_export_url), "message" => optional(message), "report" =>
    optional(report), "report_export_url" => optional(report_export_url), "review_id" =>
    optional(review_id), "risk_counts" => optional(risk_counts), "status" =>
    optional(status), "total_risks" => optional(total_risks), "weboffice_url" =>
    optional(weboffice_url) }
}
/// `GetContractReviewStatusResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewStatusResponseBodyData {
    /// `message`.
    pub message: Option<String>,
    /// `progress_pct`.
    pub progress_pct: Option<i64>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `risk_counts`.
    pub risk_counts: Option<GetContractReviewStatusResponseBodyDataRiskCounts>,
    /// `status`.
    pub status: Option<String>,
    /// `top_risks`.
    pub top_risks: Option<Vec<GetContractReviewStatusResponseBodyDataTopRisks>>,
    /// `weboffice_url`.
    pub weboffice_url: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewStatusResponseBodyData { "message" => read_field(message),
    "progress_pct" => read_field(progress_pct), "review_id" => read_field(review_id),
    "risk_counts" => read_field(risk_counts), "status" => read_field(status), "top_risks"
    => read_field(top_risks), "weboffice_url" => read_field(weboffice_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewStatusResponseBodyData { "message" => optional(message),
    "progress_pct" => optional(progress_pct), "review_id" => optional(review_id),
    "risk_counts" => optional(risk_counts), "status" => optional(status), "top_risks" =>
    optional(top_risks), "weboffice_url" => optional(weboffice_url) }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponses`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    /// `subjectBaseInfoResponse`.
    pub subject_base_info_response: Option<
        GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse,
    >,
    /// `subjectName`.
    pub subject_name: Option<String>,
    /// `subjectRiskListResponse`.
    pub subject_risk_list_response: Option<
        GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse,
    >,
}
rt::impl_deserialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    "subjectBaseInfoResponse" => read_field(subject_base_info_response), "subjectName" =>
    read_field(subject_name), "subjectRiskListResponse" =>
    read_field(subject_risk_list_response) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    "subjectBaseInfoResponse" => optional(subject_base_info_response), "subjectName" =>
    optional(subject_name), "subjectRiskListResponse" =>
    optional(subject_risk_list_response) }
}
/// `GetFileDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBodyResult {
    /// `data`.
    pub data: Option<GetFileDownloadUrlResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetFileDownloadUrlResponseBodyResult { "data" => read_field(data), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadUrlResponseBodyResult { "data" => optional(data), "requestId" =>
    optional(request_id) }
}
/// `GetReviewChecklistResponseBodyData`: the same model as [`CreateReviewChecklistResponseBodyData`].
pub type GetReviewChecklistResponseBodyData = CreateReviewChecklistResponseBodyData;
/// `ListReviewChecklistsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListReviewChecklistsResponseBodyData {
    /// `checklists`.
    pub checklists: Option<Vec<ListReviewChecklistsResponseBodyDataChecklists>>,
    /// `corp_id`.
    pub corp_id: Option<String>,
}
rt::impl_deserialize! {
    ListReviewChecklistsResponseBodyData { "checklists" => read_field(checklists),
    "corp_id" => read_field(corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListReviewChecklistsResponseBodyData { "checklists" => optional(checklists),
    "corp_id" => optional(corp_id) }
}
/// `OpenEsignFreeTrailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenEsignFreeTrailResponseBodyResult {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenEsignFreeTrailResponseBodyResult { "message" => read_field(message), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenEsignFreeTrailResponseBodyResult { "message" => optional(message), "success" =>
    optional(success) }
}
/// `QueryAdvancedContractVersionResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAdvancedContractVersionResponseBodyResult {
    /// `enableEsignAttachmentSign`.
    pub enable_esign_attachment_sign: Option<bool>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    QueryAdvancedContractVersionResponseBodyResult { "enableEsignAttachmentSign" =>
    read_field(enable_esign_attachment_sign), "extension" => read_field(extension),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAdvancedContractVersionResponseBodyResult { "enableEsignAttachmentSign" =>
    optional(enable_esign_attachment_sign), "extension" => optional(extension), "version"
    => optional(version) }
}
/// `QueryContractAppsCompareResultResponseBodyResult`, a model several operations share: also named [`QueryContractCompareResultResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsCompareResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `QueryContractAppsExtractResultResponseBodyResult`, a model several operations share: also named [`QueryContractExtractResultResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsExtractResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsExtractResultResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsExtractResultResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `QueryContractAppsReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsReviewResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsTermsExtractResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultResponseBodyResult { "data" => optional(data),
    "requestId" => optional(request_id) }
}
/// `QueryContractCompareListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractCompareListResponseBodyResult {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<QueryContractCompareListResponseBodyResultData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryContractCompareListResponseBodyResult { "currentPage" =>
    read_field(current_page), "data" => read_field(data), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractCompareListResponseBodyResult { "currentPage" => optional(current_page),
    "data" => optional(data), "totalCount" => optional(total_count) }
}
/// `QueryContractCompareResultResponseBodyResult`: the same model as [`QueryContractAppsCompareResultResponseBodyResult`].
pub type QueryContractCompareResultResponseBodyResult = QueryContractAppsCompareResultResponseBodyResult;
/// `QueryContractExtractResultResponseBodyResult`: the same model as [`QueryContractAppsExtractResultResponseBodyResult`].
pub type QueryContractExtractResultResponseBodyResult = QueryContractAppsExtractResultResponseBodyResult;
/// `QueryContractReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractReviewResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractReviewResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractReviewResultResponseBodyResult { "data" => read_field(data), "requestId"
    => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractReviewResultResponseBodyResult { "data" => optional(data), "requestId"
    => optional(request_id) }
}
/// `QueryContractSignInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBodyResult {
    /// `actualOriginator`.
    pub actual_originator: Option<
        QueryContractSignInfoResponseBodyResultActualOriginator,
    >,
    /// `amountType`.
    pub amount_type: Option<String>,
    /// `applicantDate`.
    pub applicant_date: Option<i64>,
    /// `approveTime`.
    pub approve_time: Option<i64>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `contractAmount`.
    pub contract_amount: Option<String>,
    /// `contractAmountMethod`.
    pub contract_amount_method: Option<String>,
    /// `contractAttachmentFiles`.
    pub contract_attachment_files: Option<
        Vec<QueryContractSignInfoResponseBodyResultContractAttachmentFiles>,
    >,
    /// `contractContentFiles`.
    pub contract_content_files: Option<
        Vec<QueryContractSignInfoResponseBodyResultContractContentFiles>,
    >,
    /// `contractEndDate`.
    pub contract_end_date: Option<i64>,
    /// `contractId`.
    pub contract_id: Option<i64>,
    /// `contractName`.
    pub contract_name: Option<String>,
    /// `contractNo`.
    pub contract_no: Option<String>,
    /// `contractRemark`.
    pub contract_remark: Option<String>,
    /// `contractStartDate`.
    pub contract_start_date: Option<i64>,
    /// `contractStatus`.
    pub contract_status: Option<String>,
    /// `contractTermType`.
    pub contract_term_type: Option<String>,
    /// `currencyCode`.
    pub currency_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `directoryName`.
    pub directory_name: Option<String>,
    /// `effectiveStatus`.
    pub effective_status: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `oppositeParties`.
    pub opposite_parties: Option<
        Vec<QueryContractSignInfoResponseBodyResultOppositeParties>,
    >,
    /// `ourParties`.
    pub our_parties: Option<Vec<QueryContractSignInfoResponseBodyResultOurParties>>,
    /// `ownerName`.
    pub owner_name: Option<String>,
    /// `ownerStaffId`.
    pub owner_staff_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `signers`.
    pub signers: Option<Vec<QueryContractSignInfoResponseBodyResultSigners>>,
}
rt::impl_deserialize! {
    QueryContractSignInfoResponseBodyResult { "actualOriginator" =>
    read_field(actual_originator), "amountType" => read_field(amount_type),
    "applicantDate" => read_field(applicant_date), "approveTime" =>
    read_field(approve_time), "bizId" => read_field(biz_id), "contractAmount" =>
    read_field(contract_amount), "contractAmountMethod" =>
    read_field(contract_amount_method), "contractAttachmentFiles" =>
    read_field(contract_attachment_files), "contractContentFiles" =>
    read_field(contract_content_files), "contractEndDate" =>
    read_field(contract_end_date), "contractId" => read_field(contract_id),
    "contractName" => read_field(contract_name), "contractNo" => read_field(contract_no),
    "contractRemark" => read_field(contract_remark), "contractStartDate" =>
    read_field(contract_start_date), "contractStatus" => read_field(contract_status),
    "contractTermType" => read_field(contract_term_type), "currencyCode" =>
    read_field(currency_code), "deptName" => read_field(dept_name), "directoryName" =>
    read_field(directory_name), "effectiveStatus" => read_field(effective_status),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "oppositeParties" => read_field(opposite_parties), "ourParties" =>
    read_field(our_parties), "ownerName" => read_field(owner_name), "ownerStaffId" =>
    read_field(owner_staff_id), "processInstanceId" => read_field(process_instance_id),
    "signers" => read_field(signers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractSignInfoResponseBodyResult { "actualOriginator" =>
    optional(actual_originator), "amountType" => optional(amount_type), "applicantDate"
    => optional(applicant_date), "approveTime" => optional(approve_time), "bizId" =>
    optional(biz_id), "contractAmount" => optional(contract_amount),
    "contractAmountMethod" => optional(contract_amount_method), "contractAttachmentFiles"
    => optional(contract_attachment_files), "contractContentFiles" =>
    optional(contract_content_files), "contractEndDate" => optional(contract_end_date),
    "contractId" => optional(contract_id), "contractName" => optional(contract_name),
    "contractNo" => optional(contract_no), "contractRemark" => optional(contract_remark),
    "contractStartDate" => optional(contract_start_date), "contractStatus" =>
    optional(contract_status), "contractTermType" => optional(contract_term_type),
    "currencyCode" => optional(currency_code), "deptName" => optional(dept_name),
    "directoryName" => optional(directory_name), "effectiveStatus" =>
    optional(effective_status), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "oppositeParties" => optional(opposite_parties), "ourParties"
    => optional(our_parties), "ownerName" => optional(owner_name), "ownerStaffId" =>
    optional(owner_staff_id), "processInstanceId" => optional(process_instance_id),
    "signers" => optional(signers) }
}
/// `QueryFileProcessResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFileProcessResultResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `pdfStatus`.
    pub pdf_status: Option<String>,
    /// `renderTaskId`.
    pub render_task_id: Option<String>,
}
rt::impl_deserialize! {
    QueryFileProcessResultResponseBodyResult { "downloadUrl" => read_field(download_url),
    "pdfStatus" => read_field(pdf_status), "renderTaskId" => read_field(render_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFileProcessResultResponseBodyResult { "downloadUrl" => optional(download_url),
    "pdfStatus" => optional(pdf_status), "renderTaskId" => optional(render_task_id) }
}
/// `QuerySignFlowDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResult {
    /// `data`.
    pub data: Option<QuerySignFlowDetailResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResult { "data" => read_field(data), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResult { "data" => optional(data), "requestId" =>
    optional(request_id) }
}
/// `QuerySignTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignTaskResponseBodyResult {
    /// `data`.
    pub data: Option<QuerySignTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySignTaskResponseBodyResult { "data" => read_field(data), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignTaskResponseBodyResult { "data" => optional(data), "requestId" =>
    optional(request_id) }
}
/// `QuerySubjectPublicRiskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResult {
    /// `aiRiskSummary`.
    pub ai_risk_summary: Option<String>,
    /// `aiSampleRiskCount`.
    pub ai_sample_risk_count: Option<i64>,
    /// `aiSummaryStatus`.
    pub ai_summary_status: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `companyInfo`.
    pub company_info: Option<QuerySubjectPublicRiskResponseBodyResultCompanyInfo>,
    /// `dataStatus`.
    pub data_status: Option<String>,
    /// `dataUpdatedAt`.
    pub data_updated_at: Option<i64>,
    /// `freeBenefitRestEnough`.
    pub free_benefit_rest_enough: Option<bool>,
    /// `riskTypes`.
    pub risk_types: Option<Vec<String>>,
    /// `risks`.
    pub risks: Option<QuerySubjectPublicRiskResponseBodyResultRisks>,
    /// `subjectExist`.
    pub subject_exist: Option<bool>,
    /// `totalRiskNumber`.
    pub total_risk_number: Option<i64>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResult { "aiRiskSummary" =>
    read_field(ai_risk_summary), "aiSampleRiskCount" => read_field(ai_sample_risk_count),
    "aiSummaryStatus" => read_field(ai_summary_status), "bizId" => read_field(biz_id),
    "companyInfo" => read_field(company_info), "dataStatus" => read_field(data_status),
    "dataUpdatedAt" => read_field(data_updated_at), "freeBenefitRestEnough" =>
    read_field(free_benefit_rest_enough), "riskTypes" => read_field(risk_types), "risks"
    => read_field(risks), "subjectExist" => read_field(subject_exist), "totalRiskNumber"
    => read_field(total_risk_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResult { "aiRiskSummary" =>
    optional(ai_risk_summary), "aiSampleRiskCount" => optional(ai_sample_risk_count),
    "aiSummaryStatus" => optional(ai_summary_status), "bizId" => optional(biz_id),
    "companyInfo" => optional(company_info), "dataStatus" => optional(data_status),
    "dataUpdatedAt" => optional(data_updated_at), "freeBenefitRestEnough" =>
    optional(free_benefit_rest_enough), "riskTypes" => optional(risk_types), "risks" =>
    optional(risks), "subjectExist" => optional(subject_exist), "totalRiskNumber" =>
    optional(total_risk_number) }
}
/// `SearchFileKeywordPositionsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBodyResult {
    /// `data`.
    pub data: Option<SearchFileKeywordPositionsResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    SearchFileKeywordPositionsResponseBodyResult { "data" => read_field(data),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFileKeywordPositionsResponseBodyResult { "data" => optional(data), "requestId"
    => optional(request_id) }
}
/// `SyncSignEventResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncSignEventResponseBodyResult {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    SyncSignEventResponseBodyResult { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncSignEventResponseBodyResult { "result" => optional(result) }
}
/// `UpdateChecklistRuleResponseBodyData`: the same model as [`CreateChecklistRuleResponseBodyData`].
pub type UpdateChecklistRuleResponseBodyData = CreateChecklistRuleResponseBodyData;
/// `UpdateReviewChecklistRequestRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type UpdateReviewChecklistRequestRulesItems = CreateChecklistRuleRequestItems;
/// `UpdateReviewChecklistResponseBodyData`: the same model as [`CreateReviewChecklistResponseBodyData`].
pub type UpdateReviewChecklistResponseBodyData = CreateReviewChecklistResponseBodyData;
/// `UploadContractReviewByUrlResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlResponseBodyData {
    /// `overview_summary`.
    pub overview_summary: Option<String>,
    /// `recommendation_fallback`.
    pub recommendation_fallback: Option<bool>,
    /// `recommended`.
    pub recommended: Option<UploadContractReviewByUrlResponseBodyDataRecommended>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `weboffice`.
    pub weboffice: Option<UploadContractReviewByUrlResponseBodyDataWeboffice>,
}
rt::impl_deserialize! {
    UploadContractReviewByUrlResponseBodyData { "overview_summary" =>
    read_field(overview_summary), "recommendation_fallback" =>
    read_field(recommendation_fallback), "recommended" => read_field(recommended),
    "review_id" => read_field(review_id), "weboffice" => read_field(weboffice) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadContractReviewByUrlResponseBodyData { "overview_summary" =>
    optional(overview_summary), "recommendation_fallback" =>
    optional(recommendation_fallback), "recommended" => optional(recommended),
    "review_id" => optional(review_id), "weboffice" => optional(weboffice) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis {
    /// `keyRisks`.
    pub key_risks: Option<
        Vec<AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks>,
    >,
    /// `limitations`.
    pub limitations: Option<Vec<String>>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis { "keyRisks" =>
    read_field(key_risks), "limitations" => read_field(limitations), "status" =>
    read_field(status), "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis { "keyRisks" =>
    optional(key_risks), "limitations" => optional(limitations), "status" =>
    optional(status), "summary" => optional(summary) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract {
    /// `acceptanceTerms`.
    pub acceptance_terms: Option<String>,
    /// `breachLiability`.
    pub breach_liability: Option<String>,
    /// `contractAmount`.
    pub contract_amount: Option<String>,
    /// `contractId`.
    pub contract_id: Option<i64>,
    /// `contractName`.
    pub contract_name: Option<String>,
    /// `contractSubject`.
    pub contract_subject: Option<String>,
    /// `contractType`.
    pub contract_type: Option<String>,
    /// `contractVersion`.
    pub contract_version: Option<i64>,
    /// `currency`.
    pub currency: Option<String>,
    /// `dataStatus`.
    pub data_status: Option<String>,
    /// `deliveryTerms`.
    pub delivery_terms: Option<String>,
    /// `disputeResolution`.
    pub dispute_resolution: Option<String>,
    /// `guaranteeTerms`.
    pub guarantee_terms: Option<String>,
    /// `missingFields`.
    pub missing_fields: Option<Vec<String>>,
    /// `paymentTerms`.
    pub payment_terms: Option<String>,
    /// `performancePeriod`.
    pub performance_period: Option<String>,
    /// `terminationTerms`.
    pub termination_terms: Option<String>,
    /// `transactionDirection`.
    pub transaction_direction: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract { "acceptanceTerms" =>
    read_field(acceptance_terms), "breachLiability" => read_field(breach_liability),
    "contractAmount" => read_field(contract_amount), "contractId" =>
    read_field(contract_id), "contractName" => read_field(contract_name),
    "contractSubject" => read_field(contract_subject), "contractType" =>
    read_field(contract_type), "contractVersion" => read_field(contract_version),
    "currency" => read_field(currency), "dataStatus" => read_field(data_status),
    "deliveryTerms" => read_field(delivery_terms), "disputeResolution" =>
    read_field(dispute_resolution), "guaranteeTerms" => read_field(guarantee_terms),
    "missingFields" => read_field(missing_fields), "paymentTerms" =>
    read_field(payment_terms), "performancePeriod" => read_field(performance_period),
    "terminationTerms" => read_field(termination_terms), "transactionDirection" =>
    read_field(transaction_direction) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract { "acceptanceTerms" =>
    optional(acceptance_terms), "breachLiability" => optional(breach_liability),
    "contractAmount" => optional(contract_amount), "contractId" => optional(contract_id),
    "contractName" => optional(contract_name), "contractSubject" =>
    optional(contract_subject), "contractType" => optional(contract_type),
    "contractVersion" => optional(contract_version), "currency" => optional(currency),
    "dataStatus" => optional(data_status), "deliveryTerms" => optional(delivery_terms),
    "disputeResolution" => optional(dispute_resolution), "guaranteeTerms" =>
    optional(guarantee_terms), "missingFields" => optional(missing_fields),
    "paymentTerms" => optional(payment_terms), "performancePeriod" =>
    optional(performance_period), "terminationTerms" => optional(termination_terms),
    "transactionDirection" => optional(transaction_direction) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation {
    /// `expenseAmounts`.
    pub expense_amounts: Option<
        AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts,
    >,
    /// `historyDataStatus`.
    pub history_data_status: Option<String>,
    /// `historyEndTime`.
    pub history_end_time: Option<i64>,
    /// `historyStartTime`.
    pub history_start_time: Option<i64>,
    /// `incomeAmounts`.
    pub income_amounts: Option<
        AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts,
    >,
    /// `performanceAnomalies`.
    pub performance_anomalies: Option<Vec<String>>,
    /// `performanceDataStatus`.
    pub performance_data_status: Option<String>,
    /// `periodContractCount`.
    pub period_contract_count: Option<i64>,
    /// `relatedContracts`.
    pub related_contracts: Option<
        Vec<
            AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts,
        >,
    >,
    /// `totalRelatedContractCount`.
    pub total_related_contract_count: Option<i64>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation { "expenseAmounts"
    => read_field(expense_amounts), "historyDataStatus" =>
    read_field(history_data_status), "historyEndTime" => read_field(history_end_time),
    "historyStartTime" => read_field(history_start_time), "incomeAmounts" =>
    read_field(income_amounts), "performanceAnomalies" =>
    read_field(performance_anomalies), "performanceDataStatus" =>
    read_field(performance_data_status), "periodContractCount" =>
    read_field(period_contract_count), "relatedContracts" =>
    read_field(related_contracts), "totalRelatedContractCount" =>
    read_field(total_related_contract_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation { "expenseAmounts"
    => optional(expense_amounts), "historyDataStatus" => optional(history_data_status),
    "historyEndTime" => optional(history_end_time), "historyStartTime" =>
    optional(history_start_time), "incomeAmounts" => optional(income_amounts),
    "performanceAnomalies" => optional(performance_anomalies), "performanceDataStatus" =>
    optional(performance_data_status), "periodContractCount" =>
    optional(period_contract_count), "relatedContracts" => optional(related_contracts),
    "totalRelatedContractCount" => optional(total_related_contract_count) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo {
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `relatedOwnSubjects`.
    pub related_own_subjects: Option<Vec<String>>,
    /// `subjectName`.
    pub subject_name: Option<String>,
    /// `subjectTags`.
    pub subject_tags: Option<Vec<String>>,
    /// `uniqueCode`.
    pub unique_code: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo { "creditCode" =>
    read_field(credit_code), "relatedOwnSubjects" => read_field(related_own_subjects),
    "subjectName" => read_field(subject_name), "subjectTags" => read_field(subject_tags),
    "uniqueCode" => read_field(unique_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo { "creditCode" =>
    optional(credit_code), "relatedOwnSubjects" => optional(related_own_subjects),
    "subjectName" => optional(subject_name), "subjectTags" => optional(subject_tags),
    "uniqueCode" => optional(unique_code) }
}
/// `ConfirmContractReviewResponseBodyDataRecommended`, a model several operations share: also named [`UploadContractReviewByUrlResponseBodyDataRecommended`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBodyDataRecommended {
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `scale`.
    pub scale: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
rt::impl_deserialize! {
    ConfirmContractReviewResponseBodyDataRecommended { "contract_type" =>
    read_field(contract_type), "scale" => read_field(scale), "standpoint" =>
    read_field(standpoint) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmContractReviewResponseBodyDataRecommended { "contract_type" =>
    optional(contract_type), "scale" => optional(scale), "standpoint" =>
    optional(standpoint) }
}
/// `CreateChecklistRuleResponseBodyDataRule`, a model several operations share: also named [`UpdateChecklistRuleResponseBodyDataRule`], [`CreateReviewChecklistResponseBodyDataChecklistRules`], [`GetReviewChecklistResponseBodyDataChecklistRules`], [`ListReviewChecklistsResponseBodyDataChecklistsRules`], [`UpdateReviewChecklistResponseBodyDataChecklistRules`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBodyDataRule {
    /// `custom`.
    pub custom: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `items`.
    pub items: Option<Vec<CreateChecklistRuleResponseBodyDataRuleItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `risk_level`.
    pub risk_level: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
rt::impl_deserialize! {
    CreateChecklistRuleResponseBodyDataRule { "custom" => read_field(custom),
    "description" => read_field(description), "id" => read_field(id), "items" =>
    read_field(items), "name" => read_field(name), "risk_level" =>
    read_field(risk_level), "standpoint" => read_field(standpoint) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateChecklistRuleResponseBodyDataRule { "custom" => optional(custom), "description"
    => optional(description), "id" => optional(id), "items" => optional(items), "name" =>
    optional(name), "risk_level" => optional(risk_level), "standpoint" =>
    optional(standpoint) }
}
/// `CreateContractAppsCompareTaskResponseBodyResultData`, a model several operations share: also named [`CreateContractCompareTaskResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBodyResultData {
    /// `compareTaskId`.
    pub compare_task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsCompareTaskResponseBodyResultData { "compareTaskId" =>
    read_field(compare_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsCompareTaskResponseBodyResultData { "compareTaskId" =>
    optional(compare_task_id) }
}
/// `CreateContractAppsExtractTaskResponseBodyResultData`, a model several operations share: also named [`CreateContractAppsTermsExtractEaskResponseBodyResultData`], [`CreateContractExtractTaskResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBodyResultData {
    /// `extractTaskId`.
    pub extract_task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsExtractTaskResponseBodyResultData { "extractTaskId" =>
    read_field(extract_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsExtractTaskResponseBodyResultData { "extractTaskId" =>
    optional(extract_task_id) }
}
/// `CreateContractAppsReviewTaskResponseBodyResultData`, a model several operations share: also named [`CreateContractReviewTaskResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBodyResultData {
    /// `reviewTaskId`.
    pub review_task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateContractAppsReviewTaskResponseBodyResultData { "reviewTaskId" =>
    read_field(review_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateContractAppsReviewTaskResponseBodyResultData { "reviewTaskId" =>
    optional(review_task_id) }
}
/// `CreateContractAppsTermsExtractEaskResponseBodyResultData`: the same model as [`CreateContractAppsExtractTaskResponseBodyResultData`].
pub type CreateContractAppsTermsExtractEaskResponseBodyResultData = CreateContractAppsExtractTaskResponseBodyResultData;
/// `CreateContractCompareTaskResponseBodyResultData`: the same model as [`CreateContractAppsCompareTaskResponseBodyResultData`].
pub type CreateContractCompareTaskResponseBodyResultData = CreateContractAppsCompareTaskResponseBodyResultData;
/// `CreateContractExtractTaskResponseBodyResultData`: the same model as [`CreateContractAppsExtractTaskResponseBodyResultData`].
pub type CreateContractExtractTaskResponseBodyResultData = CreateContractAppsExtractTaskResponseBodyResultData;
/// `CreateContractReviewTaskResponseBodyResultData`: the same model as [`CreateContractAppsReviewTaskResponseBodyResultData`].
pub type CreateContractReviewTaskResponseBodyResultData = CreateContractAppsReviewTaskResponseBodyResultData;
/// `CreateReviewChecklistResponseBodyDataChecklist`, a model several operations share: also named [`GetReviewChecklistResponseBodyDataChecklist`], [`ListReviewChecklistsResponseBodyDataChecklists`], [`UpdateReviewChecklistResponseBodyDataChecklist`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateReviewChecklistResponseBodyDataChecklist {
    /// `created_at`.
    pub created_at: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `rules`.
    pub rules: Option<Vec<CreateReviewChecklistResponseBodyDataChecklistRules>>,
    /// `updated_at`.
    pub updated_at: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    CreateReviewChecklistResponseBodyDataChecklist { "created_at" =>
    read_field(created_at), "id" => read_field(id), "name" => read_field(name), "rules"
    => read_field(rules), "updated_at" => read_field(updated_at), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateReviewChecklistResponseBodyDataChecklist { "created_at" =>
    optional(created_at), "id" => optional(id), "name" => optional(name), "rules" =>
    optional(rules), "updated_at" => optional(updated_at), "version" => optional(version)
    }
}
/// `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    /// `availableOrgSealTypes`.
    pub available_org_seal_types: Option<Vec<String>>,
    /// `availablePsnSealTypes`.
    pub available_psn_seal_types: Option<Vec<String>>,
    /// `crossPageType`.
    pub cross_page_type: Option<String>,
    /// `signDateConfig`.
    pub sign_date_config: Option<
        CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig,
    >,
    /// `signPositionConfig`.
    pub sign_position_config: Option<
        CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig,
    >,
}
impl CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    /// An empty `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `availableOrgSealTypes`.
    pub fn available_org_seal_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.available_org_seal_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `availablePsnSealTypes`.
    pub fn available_psn_seal_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.available_psn_seal_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `crossPageType`.
    pub fn cross_page_type(mut self, value: impl Into<String>) -> Self {
        self.cross_page_type = Some(value.into());
        self
    }
    /// Sets `signDateConfig`.
    pub fn sign_date_config(
        mut self,
        value: CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig,
    ) -> Self {
        self.sign_date_config = Some(value);
        self
    }
    /// Sets `signPositionConfig`.
    pub fn sign_position_config(
        mut self,
        value: CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig,
    ) -> Self {
        self.sign_position_config = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    "availableOrgSealTypes" => optional(available_org_seal_types),
    "availablePsnSealTypes" => optional(available_psn_seal_types), "crossPageType" =>
    optional(cross_page_type), "signDateConfig" => optional(sign_date_config),
    "signPositionConfig" => optional(sign_position_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    "availableOrgSealTypes" => read_field(available_org_seal_types),
    "availablePsnSealTypes" => read_field(available_psn_seal_types), "crossPageType" =>
    read_field(cross_page_type), "signDateConfig" => read_field(sign_date_config),
    "signPositionConfig" => read_field(sign_position_config) }
}
/// `CreateSignFlowResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSignFlowResponseBodyResultData {
    /// `autoStartErrorMsg`.
    pub auto_start_error_msg: Option<String>,
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `initiateUrl`.
    pub initiate_url: Option<String>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
    /// `signFlowStatus`.
    pub sign_flow_status: Option<String>,
}
rt::impl_deserialize! {
    CreateSignFlowResponseBodyResultData { "autoStartErrorMsg" =>
    read_field(auto_start_error_msg), "bizFlowId" => read_field(biz_flow_id),
    "initiateUrl" => read_field(initiate_url), "signFlowId" => read_field(sign_flow_id),
    "signFlowStatus" => read_field(sign_flow_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSignFlowResponseBodyResultData { "autoStartErrorMsg" =>
    optional(auto_start_error_msg), "bizFlowId" => optional(biz_flow_id), "initiateUrl"
    => optional(initiate_url), "signFlowId" => optional(sign_flow_id), "signFlowStatus"
    => optional(sign_flow_status) }
}
/// `GetContractReviewBenefitResponseBodyResultBenefitResponses`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBodyResultBenefitResponses {
    /// `code`.
    pub code: Option<String>,
    /// `restBenefit`.
    pub rest_benefit: Option<i64>,
    /// `usedBenefit`.
    pub used_benefit: Option<i64>,
}
rt::impl_deserialize! {
    GetContractReviewBenefitResponseBodyResultBenefitResponses { "code" =>
    read_field(code), "restBenefit" => read_field(rest_benefit), "usedBenefit" =>
    read_field(used_benefit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewBenefitResponseBodyResultBenefitResponses { "code" =>
    optional(code), "restBenefit" => optional(rest_benefit), "usedBenefit" =>
    optional(used_benefit) }
}
/// `GetContractReviewResultResponseBodyResultAnnotations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResultAnnotations {
    /// `commentTexts`.
    pub comment_texts: Option<
        Vec<GetContractReviewResultResponseBodyResultAnnotationsCommentTexts>,
    >,
    /// `id`.
    pub id: Option<i64>,
    /// `originalText`.
    pub original_text: Option<String>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `status`.
    pub status: Option<bool>,
}
rt::impl_deserialize! {
    GetContractReviewResultResponseBodyResultAnnotations { "commentTexts" =>
    read_field(comment_texts), "id" => read_field(id), "originalText" =>
    read_field(original_text), "paragraph" => read_field(paragraph), "riskLevel" =>
    read_field(risk_level), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultResponseBodyResultAnnotations { "commentTexts" =>
    optional(comment_texts), "id" => optional(id), "originalText" =>
    optional(original_text), "paragraph" => optional(paragraph), "riskLevel" =>
    optional(risk_level), "status" => optional(status) }
}
/// `GetContractReviewResultResponseBodyResultSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResultSummary {
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultResponseBodyResultSummary { "riskLevel" =>
    read_field(risk_level), "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultResponseBodyResultSummary { "riskLevel" =>
    optional(risk_level), "summary" => optional(summary) }
}
/// `GetContractReviewResultsResponseBodyDataReport`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyDataReport {
    /// `all_issues`.
    pub all_issues: Option<Vec<GetContractReviewResultsResponseBodyDataReportAllIssues>>,
    /// `conclusion`.
    pub conclusion: Option<String>,
    /// `cross_clause_findings`.
    pub cross_clause_findings: Option<Vec<String>>,
    /// `deterministic_findings`.
    pub deterministic_findings: Option<Vec<String>>,
    /// `file_name`.
    pub file_name: Option<String>,
    /// `generated_at`.
    pub generated_at: Option<String>,
    /// `missing_clauses`.
    pub missing_clauses: Option<Vec<String>>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `risk_issues`.
    pub risk_issues: Option<Vec<String>>,
    /// `summary`.
    pub summary: Option<GetContractReviewResultsResponseBodyDataReportSummary>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBodyDataReport { "all_issues" =>
    read_field(all_issues), "conclusion" => read_field(conclusion),
    "cross_clause_findings" => read_field(cross_clause_findings),
    "deterministic_findings" => read_field(deterministic_findings), "file_name" =>
    read_field(file_name), "generated_at" => read_field(generated_at), "missing_clauses"
    => read_field(missing_clauses), "review_id" => read_field(review_id), "risk_issues"
    => read_field(risk_issues), "summary" => read_field(summary), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBodyDataReport { "all_issues" =>
    optional(all_issues), "conclusion" => optional(conclusion), "cross_clause_findings"
    => optional(cross_clause_findings), "deterministic_findings" =>
    optional(deterministic_findings), "file_name" => optional(file_name), "generated_at"
    => optional(generated_at), "missing_clauses" => optional(missing_clauses),
    "review_id" => optional(review_id), "risk_issues" => optional(risk_issues), "summary"
    => optional(summary), "version" => optional(version) }
}
/// `GetContractReviewResultsResponseBodyDataRiskCounts`, a model several operations share: also named [`GetContractReviewStatusResponseBodyDataRiskCounts`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyDataRiskCounts {
    /// `high`.
    pub high: Option<i64>,
    /// `low`.
    pub low: Option<i64>,
    /// `medium`.
    pub medium: Option<i64>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBodyDataRiskCounts { "high" => read_field(high),
    "low" => read_field(low), "medium" => read_field(medium) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBodyDataRiskCounts { "high" => optional(high), "low"
    => optional(low), "medium" => optional(medium) }
}
/// `GetContractReviewStatusResponseBodyDataRiskCounts`: the same model as [`GetContractReviewResultsResponseBodyDataRiskCounts`].
pub type GetContractReviewStatusResponseBodyDataRiskCounts = GetContractReviewResultsResponseBodyDataRiskCounts;
/// `GetContractReviewStatusResponseBodyDataTopRisks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewStatusResponseBodyDataTopRisks {
    /// `level`.
    pub level: Option<String>,
    /// `suggestion`.
    pub suggestion: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewStatusResponseBodyDataTopRisks { "level" => read_field(level),
    "suggestion" => read_field(suggestion), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewStatusResponseBodyDataTopRisks { "level" => optional(level),
    "suggestion" => optional(suggestion), "title" => optional(title) }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    /// `aboveScale`.
    pub above_scale: Option<String>,
    /// `actualCapital`.
    pub actual_capital: Option<String>,
    /// `actualCapitalCurrency`.
    pub actual_capital_currency: Option<String>,
    /// `alias`.
    pub alias: Option<String>,
    /// `approvedTime`.
    pub approved_time: Option<i64>,
    /// `base`.
    pub base: Option<String>,
    /// `benNumber`.
    pub ben_number: Option<String>,
    /// `bondName`.
    pub bond_name: Option<String>,
    /// `bondNum`.
    pub bond_num: Option<String>,
    /// `bondType`.
    pub bond_type: Option<String>,
    /// `businessScope`.
    pub business_scope: Option<String>,
    /// `cancelDate`.
    pub cancel_date: Option<i64>,
    /// `cancelReason`.
    pub cancel_reason: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `companyOrgType`.
    pub company_org_type: Option<String>,
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `district`.
    pub district: Option<String>,
    /// `districtCode`.
    pub district_code: Option<String>,
    /// `economicFunctionZone1`.
    pub economic_function_zone1: Option<String>,
    /// `economicFunctionZone2`.
    pub economic_function_zone2: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `emailList`.
    pub email_list: Option<String>,
    /// `establishTime`.
    pub establish_time: Option<i64>,
    /// `fromTime`.
    pub from_time: Option<i64>,
    /// `historyNameList`.
    pub history_name_list: Option<Vec<String>>,
    /// `historyNames`.
    pub history_names: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `industry`.
    pub industry: Option<String>,
    /// `industryAll`.
    pub industry_all: Option<
        GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll,
    >,
    /// `isMicroEnt`.
    pub is_micro_ent: Option<i64>,
    /// `legalPersonName`.
    pub legal_person_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `numberSource`.
    pub number_source: Option<String>,
    /// `numberType`.
    pub number_type: Option<String>,
    /// `orgNumber`.
    pub org_number: Option<String>,
    /// `percentileScore`.
    pub percentile_score: Option<i64>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
    /// `property3`.
    pub property3: Option<String>,
    /// `regCapital`.
    pub reg_capital: Option<String>,
    /// `regCapitalCurrency`.
    pub reg_capital_currency: Option<String>,
    /// `regInstitute`.
    pub reg_institute: Option<String>,
    /// `regLocation`.
    pub reg_location: Option<String>,
    /// `regLocationHalfWidth`.
    pub reg_location_half_width: Option<String>,
    /// `regNumber`.
    pub reg_number: Option<String>,
    /// `regStatus`.
    pub reg_status: Option<String>,
    /// `revokeDate`.
    pub revoke_date: Option<i64>,
    /// `revokeReason`.
    pub revoke_reason: Option<String>,
    /// `socialStaffNum`.
    pub social_staff_num: Option<i64>,
    /// `staffNumRange`.
    pub staff_num_range: Option<String>,
    /// `tags`.
    pub tags: Option<String>,
    /// `taxNumber`.
    pub tax_number: Option<String>,
    /// `toTime`.
    pub to_time: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `updateTimes`.
    pub update_times: Option<i64>,
    /// `usedBondName`.
    pub used_bond_name: Option<String>,
    /// `websiteList`.
    pub website_list: Option<String>,
}
rt::impl_deserialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    "aboveScale" => read_field(above_scale), "actualCapital" =>
    read_field(actual_capital), "actualCapitalCurrency" =>
    read_field(actual_capital_currency), "alias" => read_field(alias), "approvedTime" =>
    read_field(approved_time), "base" => read_field(base), "benNumber" =>
    read_field(ben_number), "bondName" => read_field(bond_name), "bondNum" =>
    read_field(bond_num), "bondType" => read_field(bond_type), "businessScope" =>
    read_field(business_scope), "cancelDate" => read_field(cancel_date), "cancelReason"
    => read_field(cancel_reason), "city" => read_field(city), "companyOrgType" =>
    read_field(company_org_type), "creditCode" => read_field(credit_code), "district" =>
    read_field(district), "districtCode" => read_field(district_code),
    "economicFunctionZone1" => read_field(economic_function_zone1),
    "economicFunctionZone2" => read_field(economic_function_zone2), "email" =>
    read_field(email), "emailList" => read_field(email_list), "establishTime" =>
    read_field(establish_time), "fromTime" => read_field(from_time), "historyNameList" =>
    read_field(history_name_list), "historyNames" => read_field(history_names), "id" =>
    read_field(id), "industry" => read_field(industry), "industryAll" =>
    read_field(industry_all), "isMicroEnt" => read_field(is_micro_ent), "legalPersonName"
    => read_field(legal_person_name), "name" => read_field(name), "numberSource" =>
    read_field(number_source), "numberType" => read_field(number_type), "orgNumber" =>
    read_field(org_number), "percentileScore" => read_field(percentile_score),
    "phoneNumber" => read_field(phone_number), "property3" => read_field(property3),
    "regCapital" => read_field(reg_capital), "regCapitalCurrency" =>
    read_field(reg_capital_currency), "regInstitute" => read_field(reg_institute),
    "regLocation" => read_field(reg_location), "regLocationHalfWidth" =>
    read_field(reg_location_half_width), "regNumber" => read_field(reg_number),
    "regStatus" => read_field(reg_status), "revokeDate" => read_field(revoke_date),
    "revokeReason" => read_field(revoke_reason), "socialStaffNum" =>
    read_field(social_staff_num), "staffNumRange" => read_field(staff_num_range), "tags"
    => read_field(tags), "taxNumber" => read_field(tax_number), "toTime" =>
    read_field(to_time), "type" => read_field(r#type), "updateTimes" =>
    read_field(update_times), "usedBondName" => read_field(used_bond_name), "websiteList"
    => read_field(website_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    "aboveScale" => optional(above_scale), "actualCapital" => optional(actual_capital),
    "actualCapitalCurrency" => optional(actual_capital_currency), "alias" =>
    optional(alias), "approvedTime" => optional(approved_time), "base" => optional(base),
    "benNumber" => optional(ben_number), "bondName" => optional(bond_name), "bondNum" =>
    optional(bond_num), "bondType" => optional(bond_type), "businessScope" =>
    optional(business_scope), "cancelDate" => optional(cancel_date), "cancelReason" =>
    optional(cancel_reason), "city" => optional(city), "companyOrgType" =>
    optional(company_org_type), "creditCode" => optional(credit_code), "district" =>
    optional(district), "districtCode" => optional(district_code),
    "economicFunctionZone1" => optional(economic_function_zone1), "economicFunctionZone2"
    => optional(economic_function_zone2), "email" => optional(email), "emailList" =>
    optional(email_list), "establishTime" => optional(establish_time), "fromTime" =>
    optional(from_time), "historyNameList" => optional(history_name_list), "historyNames"
    => optional(history_names), "id" => optional(id), "industry" => optional(industry),
    "industryAll" => optional(industry_all), "isMicroEnt" => optional(is_micro_ent),
    "legalPersonName" => optional(legal_person_name), "name" => optional(name),
    "numberSource" => optional(number_source), "numberType" => optional(number_type),
    "orgNumber" => optional(org_number), "percentileScore" => optional(percentile_score),
    "phoneNumber" => optional(phone_number), "property3" => optional(property3),
    "regCapital" => optional(reg_capital), "regCapitalCurrency" =>
    optional(reg_capital_currency), "regInstitute" => optional(reg_institute),
    "regLocation" => optional(reg_location), "regLocationHalfWidth" =>
    optional(reg_location_half_width), "regNumber" => optional(reg_number), "regStatus"
    => optional(reg_status), "revokeDate" => optional(revoke_date), "revokeReason" =>
    optional(revoke_reason), "socialStaffNum" => optional(social_staff_num),
    "staffNumRange" => optional(staff_num_range), "tags" => optional(tags), "taxNumber"
    => optional(tax_number), "toTime" => optional(to_time), "type" => optional(r#type),
    "updateTimes" => optional(update_times), "usedBondName" => optional(used_bond_name),
    "websiteList" => optional(website_list) }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    /// `isSubjectExist`.
    pub is_subject_exist: Option<bool>,
    /// `riskTypes`.
    pub risk_types: Option<Vec<String>>,
    /// `risks`.
    pub risks: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `totalRiskNumber`.
    pub total_risk_number: Option<i64>,
}
rt::impl_deserialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    "isSubjectExist" => read_field(is_subject_exist), "riskTypes" =>
    read_field(risk_types), "risks" => read_field(risks), "totalRiskNumber" =>
    read_field(total_risk_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    "isSubjectExist" => optional(is_subject_exist), "riskTypes" => optional(risk_types),
    "risks" => optional(risks), "totalRiskNumber" => optional(total_risk_number) }
}
/// `GetFileDownloadUrlResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBodyResultData {
    /// `attachment`.
    pub attachment: Option<Vec<GetFileDownloadUrlResponseBodyResultDataAttachment>>,
    /// `signDocs`.
    pub sign_docs: Option<Vec<GetFileDownloadUrlResponseBodyResultDataSignDocs>>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
}
rt::impl_deserialize! {
    GetFileDownloadUrlResponseBodyResultData { "attachment" => read_field(attachment),
    "signDocs" => read_field(sign_docs), "signFlowId" => read_field(sign_flow_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadUrlResponseBodyResultData { "attachment" => optional(attachment),
    "signDocs" => optional(sign_docs), "signFlowId" => optional(sign_flow_id) }
}
/// `GetReviewChecklistResponseBodyDataChecklist`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type GetReviewChecklistResponseBodyDataChecklist = CreateReviewChecklistResponseBodyDataChecklist;
/// `ListReviewChecklistsResponseBodyDataChecklists`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type ListReviewChecklistsResponseBodyDataChecklists = CreateReviewChecklistResponseBodyDataChecklist;
/// `QueryContractAppsCompareResultResponseBodyResultData`, a model several operations share: also named [`QueryContractCompareResultResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResultData {
    /// `compareDetail`.
    pub compare_detail: Option<
        QueryContractAppsCompareResultResponseBodyResultDataCompareDetail,
    >,
    /// `compareDetailUrl`.
    pub compare_detail_url: Option<String>,
    /// `compareStatus`.
    pub compare_status: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBodyResultData { "compareDetail" =>
    read_field(compare_detail), "compareDetailUrl" => read_field(compare_detail_url),
    "compareStatus" => read_field(compare_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBodyResultData { "compareDetail" =>
    optional(compare_detail), "compareDetailUrl" => optional(compare_detail_url),
    "compareStatus" => optional(compare_status) }
}
/// `QueryContractAppsExtractResultResponseBodyResultData`, a model several operations share: also named [`QueryContractExtractResultResponseBodyResultData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResultData {
    /// `extractEntities`.
    pub extract_entities: Option<
        Vec<QueryContractAppsExtractResultResponseBodyResultDataExtractEntities>,
    >,
    /// `extractStatus`.
    pub extract_status: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsExtractResultResponseBodyResultData { "extractEntities" =>
    read_field(extract_entities), "extractStatus" => read_field(extract_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsExtractResultResponseBodyResultData { "extractEntities" =>
    optional(extract_entities), "extractStatus" => optional(extract_status) }
}
/// `QueryContractAppsReviewResultResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResultData {
    /// `reviewDetailUrl`.
    pub review_detail_url: Option<String>,
    /// `reviewRiskDetail`.
    pub review_risk_detail: Option<
        Vec<QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail>,
    >,
    /// `reviewRiskOverview`.
    pub review_risk_overview: Option<
        QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview,
    >,
    /// `reviewStatus`.
    pub review_status: Option<
        QueryContractAppsReviewResultResponseBodyResultDataReviewStatus,
    >,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResultData { "reviewDetailUrl" =>
    read_field(review_detail_url), "reviewRiskDetail" => read_field(review_risk_detail),
    "reviewRiskOverview" => read_field(review_risk_overview), "reviewStatus" =>
    read_field(review_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResultData { "reviewDetailUrl" =>
    optional(review_detail_url), "reviewRiskDetail" => optional(review_risk_detail),
    "reviewRiskOverview" => optional(review_risk_overview), "reviewStatus" =>
    optional(review_status) }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResultData {
    /// `extractedContents`.
    pub extracted_contents: Option<
        Vec<QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents>,
    >,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultData { "extractedContents" =>
    read_field(extracted_contents), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultData { "extractedContents" =>
    optional(extracted_contents), "status" => optional(status) }
}
/// `QueryContractCompareListResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractCompareListResponseBodyResultData {
    /// `comparativeFileName`.
    pub comparative_file_name: Option<String>,
    /// `compareStatus`.
    pub compare_status: Option<String>,
    /// `compareTaskId`.
    pub compare_task_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `initiatorUid`.
    pub initiator_uid: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `standardFileName`.
    pub standard_file_name: Option<String>,
}
rt::impl_deserialize! {
    QueryContractCompareListResponseBodyResultData { "comparativeFileName" =>
    read_field(comparative_file_name), "compareStatus" => read_field(compare_status),
    "compareTaskId" => read_field(compare_task_id), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "initiatorUid" =>
    read_field(initiator_uid), "requestId" => read_field(request_id), "result" =>
    read_field(result), "standardFileName" => read_field(standard_file_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractCompareListResponseBodyResultData { "comparativeFileName" =>
    optional(comparative_file_name), "compareStatus" => optional(compare_status),
    "compareTaskId" => optional(compare_task_id), "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "initiatorUid" => optional(initiator_uid),
    "requestId" => optional(request_id), "result" => optional(result), "standardFileName"
    => optional(standard_file_name) }
}
/// `QueryContractCompareResultResponseBodyResultData`: the same model as [`QueryContractAppsCompareResultResponseBodyResultData`].
pub type QueryContractCompareResultResponseBodyResultData = QueryContractAppsCompareResultResponseBodyResultData;
/// `QueryContractExtractResultResponseBodyResultData`: the same model as [`QueryContractAppsExtractResultResponseBodyResultData`].
pub type QueryContractExtractResultResponseBodyResultData = QueryContractAppsExtractResultResponseBodyResultData;
/// `QueryContractReviewResultResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractReviewResultResponseBodyResultData {
    /// `reviewRiskDetail`.
    pub review_risk_detail: Option<
        Vec<QueryContractReviewResultResponseBodyResultDataReviewRiskDetail>,
    >,
    /// `reviewRiskOverview`.
    pub review_risk_overview: Option<
        QueryContractReviewResultResponseBodyResultDataReviewRiskOverview,
    >,
    /// `reviewStatus`.
    pub review_status: Option<
        QueryContractReviewResultResponseBodyResultDataReviewStatus,
    >,
}
rt::impl_deserialize! {
    QueryContractReviewResultResponseBodyResultData { "reviewRiskDetail" =>
    read_field(review_risk_detail), "reviewRiskOverview" =>
    read_field(review_risk_overview), "reviewStatus" => read_field(review_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractReviewResultResponseBodyResultData { "reviewRiskDetail" =>
    optional(review_risk_detail), "reviewRiskOverview" => optional(review_risk_overview),
    "reviewStatus" => optional(review_status) }
}
/// `QueryContractSignInfoResponseBodyResultActualOriginator`, a model several operations share: also named [`QueryContractSignInfoResponseBodyResultSigners`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBodyResultActualOriginator {
    /// `name`.
    pub name: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
rt::impl_deserialize! {
    QueryContractSignInfoResponseBodyResultActualOriginator { "name" => read_field(name),
    "staffId" => read_field(staff_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractSignInfoResponseBodyResultActualOriginator { "name" => optional(name),
    "staffId" => optional(staff_id) }
}
/// `QueryContractSignInfoResponseBodyResultContractAttachmentFiles`, a model several operations share: also named [`QueryContractSignInfoResponseBodyResultContractContentFiles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBodyResultContractAttachmentFiles {
    /// `fileDownloadUrl`.
    pub file_download_url: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryContractSignInfoResponseBodyResultContractAttachmentFiles { "fileDownloadUrl" =>
    read_field(file_download_url), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractSignInfoResponseBodyResultContractAttachmentFiles { "fileDownloadUrl" =>
    optional(file_download_url), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => optional(space_id) }
}
/// `QueryContractSignInfoResponseBodyResultContractContentFiles`: the same model as [`QueryContractSignInfoResponseBodyResultContractAttachmentFiles`].
pub type QueryContractSignInfoResponseBodyResultContractContentFiles = QueryContractSignInfoResponseBodyResultContractAttachmentFiles;
/// `QueryContractSignInfoResponseBodyResultOppositeParties`, a model several operations share: also named [`QueryContractSignInfoResponseBodyResultOurParties`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBodyResultOppositeParties {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uniqueCode`.
    pub unique_code: Option<String>,
}
rt::impl_deserialize! {
    QueryContractSignInfoResponseBodyResultOppositeParties { "code" => read_field(code),
    "name" => read_field(name), "owner" => read_field(owner), "phoneNumber" =>
    read_field(phone_number), "type" => read_field(r#type), "uniqueCode" =>
    read_field(unique_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractSignInfoResponseBodyResultOppositeParties { "code" => optional(code),
    "name" => optional(name), "owner" => optional(owner), "phoneNumber" =>
    optional(phone_number), "type" => optional(r#type), "uniqueCode" =>
    optional(unique_code) }
}
/// `QueryContractSignInfoResponseBodyResultOurParties`: the same model as [`QueryContractSignInfoResponseBodyResultOppositeParties`].
pub type QueryContractSignInfoResponseBodyResultOurParties = QueryContractSignInfoResponseBodyResultOppositeParties;
/// `QueryContractSignInfoResponseBodyResultSigners`: the same model as [`QueryContractSignInfoResponseBodyResultActualOriginator`].
pub type QueryContractSignInfoResponseBodyResultSigners = QueryContractSignInfoResponseBodyResultActualOriginator;
/// `QuerySignFlowDetailResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultData {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `initiateUrl`.
    pub initiate_url: Option<String>,
    /// `signDocs`.
    pub sign_docs: Option<Vec<QuerySignFlowDetailResponseBodyResultDataSignDocs>>,
    /// `signFlowConfig`.
    pub sign_flow_config: Option<
        QuerySignFlowDetailResponseBodyResultDataSignFlowConfig,
    >,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
    /// `signFlowInitiator`.
    pub sign_flow_initiator: Option<
        QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator,
    >,
    /// `signFlowStatus`.
    pub sign_flow_status: Option<String>,
    /// `signTasks`.
    pub sign_tasks: Option<Vec<QuerySignFlowDetailResponseBodyResultDataSignTasks>>,
    /// `signers`.
    pub signers: Option<Vec<QuerySignFlowDetailResponseBodyResultDataSigners>>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultData { "bizFlowId" => read_field(biz_flow_id),
    "createTime" => read_field(create_time), "finishTime" => read_field(finish_time),
    "initiateUrl" => read_field(initiate_url), "signDocs" => read_field(sign_docs),
    "signFlowConfig" => read_field(sign_flow_config), "signFlowId" =>
    read_field(sign_flow_id), "signFlowInitiator" => read_field(sign_flow_initiator),
    "signFlowStatus" => read_field(sign_flow_status), "signTasks" =>
    read_field(sign_tasks), "signers" => read_field(signers), "startTime" =>
    read_field(start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultData { "bizFlowId" => optional(biz_flow_id),
    "createTime" => optional(create_time), "finishTime" => optional(finish_time),
    "initiateUrl" => optional(initiate_url), "signDocs" => optional(sign_docs),
    "signFlowConfig" => optional(sign_flow_config), "signFlowId" =>
    optional(sign_flow_id), "signFlowInitiator" => optional(sign_flow_initiator),
    "signFlowStatus" => optional(sign_flow_status), "signTasks" => optional(sign_tasks),
    "signers" => optional(signers), "startTime" => optional(start_time) }
}
/// `QuerySignTaskResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignTaskResponseBodyResultData {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
    /// `signFlowStatus`.
    pub sign_flow_status: Option<String>,
    /// `signTasks`.
    pub sign_tasks: Option<Vec<QuerySignTaskResponseBodyResultDataSignTasks>>,
}
rt::impl_deserialize! {
    QuerySignTaskResponseBodyResultData { "bizFlowId" => read_field(biz_flow_id),
    "signFlowId" => read_field(sign_flow_id), "signFlowStatus" =>
    read_field(sign_flow_status), "signTasks" => read_field(sign_tasks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignTaskResponseBodyResultData { "bizFlowId" => optional(biz_flow_id),
    "signFlowId" => optional(sign_flow_id), "signFlowStatus" =>
    optional(sign_flow_status), "signTasks" => optional(sign_tasks) }
}
/// `QuerySubjectPublicRiskResponseBodyResultCompanyInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultCompanyInfo {
    /// `bankAccountName`.
    pub bank_account_name: Option<String>,
    /// `bankAccountNumber`.
    pub bank_account_number: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `companyName`.
    pub company_name: Option<String>,
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `legalPersonName`.
    pub legal_person_name: Option<String>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
    /// `regLocation`.
    pub reg_location: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `taxNumber`.
    pub tax_number: Option<String>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultCompanyInfo { "bankAccountName" =>
    read_field(bank_account_name), "bankAccountNumber" =>
    read_field(bank_account_number), "bankName" => read_field(bank_name), "companyName"
    => read_field(company_name), "creditCode" => read_field(credit_code),
    "legalPersonName" => read_field(legal_person_name), "phoneNumber" =>
    read_field(phone_number), "regLocation" => read_field(reg_location), "remark" =>
    read_field(remark), "taxNumber" => read_field(tax_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultCompanyInfo { "bankAccountName" =>
    optional(bank_account_name), "bankAccountNumber" => optional(bank_account_number),
    "bankName" => optional(bank_name), "companyName" => optional(company_name),
    "creditCode" => optional(credit_code), "legalPersonName" =>
    optional(legal_person_name), "phoneNumber" => optional(phone_number), "regLocation"
    => optional(reg_location), "remark" => optional(remark), "taxNumber" =>
    optional(tax_number) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisks {
    /// `business_risk`.
    pub business_risk: Option<QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk>,
    /// `justice_risk`.
    pub justice_risk: Option<QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisks { "business_risk" =>
    read_field(business_risk), "justice_risk" => read_field(justice_risk) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisks { "business_risk" =>
    optional(business_risk), "justice_risk" => optional(justice_risk) }
}
/// `SearchFileKeywordPositionsResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBodyResultData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `keyword`.
    pub keyword: Option<String>,
    /// `positions`.
    pub positions: Option<
        Vec<SearchFileKeywordPositionsResponseBodyResultDataPositions>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchFileKeywordPositionsResponseBodyResultData { "fileId" => read_field(file_id),
    "keyword" => read_field(keyword), "positions" => read_field(positions), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFileKeywordPositionsResponseBodyResultData { "fileId" => optional(file_id),
    "keyword" => optional(keyword), "positions" => optional(positions), "totalCount" =>
    optional(total_count) }
}
/// `UpdateChecklistRuleResponseBodyDataRule`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type UpdateChecklistRuleResponseBodyDataRule = CreateChecklistRuleResponseBodyDataRule;
/// `UpdateReviewChecklistResponseBodyDataChecklist`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type UpdateReviewChecklistResponseBodyDataChecklist = CreateReviewChecklistResponseBodyDataChecklist;
/// `UploadContractReviewByUrlResponseBodyDataRecommended`: the same model as [`ConfirmContractReviewResponseBodyDataRecommended`].
pub type UploadContractReviewByUrlResponseBodyDataRecommended = ConfirmContractReviewResponseBodyDataRecommended;
/// `UploadContractReviewByUrlResponseBodyDataWeboffice`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlResponseBodyDataWeboffice {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    UploadContractReviewByUrlResponseBodyDataWeboffice { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadContractReviewByUrlResponseBodyDataWeboffice { "url" => optional(url) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks {
    /// `evidence`.
    pub evidence: Option<String>,
    /// `impact`.
    pub impact: Option<String>,
    /// `riskName`.
    pub risk_name: Option<String>,
    /// `suggestion`.
    pub suggestion: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks { "evidence" =>
    read_field(evidence), "impact" => read_field(impact), "riskName" =>
    read_field(risk_name), "suggestion" => read_field(suggestion) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks { "evidence" =>
    optional(evidence), "impact" => optional(impact), "riskName" => optional(risk_name),
    "suggestion" => optional(suggestion) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts`, a model several operations share: also named [`AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    /// `cNY`.
    pub c_ny: Option<String>,
    /// `uSD`.
    pub u_sd: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    "cNY" => read_field(c_ny), "uSD" => read_field(u_sd) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    "cNY" => optional(c_ny), "uSD" => optional(u_sd) }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts`: the same model as [`AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts`].
pub type AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts = AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts;
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    /// `contractAmount`.
    pub contract_amount: Option<String>,
    /// `contractId`.
    pub contract_id: Option<i64>,
    /// `contractName`.
    pub contract_name: Option<String>,
    /// `contractType`.
    pub contract_type: Option<String>,
    /// `currency`.
    pub currency: Option<String>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `startDate`.
    pub start_date: Option<i64>,
    /// `transactionDirection`.
    pub transaction_direction: Option<String>,
}
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    "contractAmount" => read_field(contract_amount), "contractId" =>
    read_field(contract_id), "contractName" => read_field(contract_name), "contractType"
    => read_field(contract_type), "currency" => read_field(currency), "endDate" =>
    read_field(end_date), "startDate" => read_field(start_date), "transactionDirection"
    => read_field(transaction_direction) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    "contractAmount" => optional(contract_amount), "contractId" => optional(contract_id),
    "contractName" => optional(contract_name), "contractType" => optional(contract_type),
    "currency" => optional(currency), "endDate" => optional(end_date), "startDate" =>
    optional(start_date), "transactionDirection" => optional(transaction_direction) }
}
/// `CreateChecklistRuleResponseBodyDataRuleItems`, a model several operations share: also named [`UpdateChecklistRuleResponseBodyDataRuleItems`], [`CreateReviewChecklistResponseBodyDataChecklistRulesItems`], [`GetReviewChecklistResponseBodyDataChecklistRulesItems`], [`ListReviewChecklistsResponseBodyDataChecklistsRulesItems`], [`UpdateReviewChecklistResponseBodyDataChecklistRulesItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBodyDataRuleItems {
    /// `criteria`.
    pub criteria: Option<String>,
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `severity`.
    pub severity: Option<String>,
}
rt::impl_deserialize! {
    CreateChecklistRuleResponseBodyDataRuleItems { "criteria" => read_field(criteria),
    "enabled" => read_field(enabled), "id" => read_field(id), "name" => read_field(name),
    "severity" => read_field(severity) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateChecklistRuleResponseBodyDataRuleItems { "criteria" => optional(criteria),
    "enabled" => optional(enabled), "id" => optional(id), "name" => optional(name),
    "severity" => optional(severity) }
}
/// `CreateReviewChecklistResponseBodyDataChecklistRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type CreateReviewChecklistResponseBodyDataChecklistRules = CreateChecklistRuleResponseBodyDataRule;
/// `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    /// `dateFormat`.
    pub date_format: Option<String>,
    /// `showSignDate`.
    pub show_sign_date: Option<bool>,
}
impl CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    /// An empty `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dateFormat`.
    pub fn date_format(mut self, value: impl Into<String>) -> Self {
        self.date_format = Some(value.into());
        self
    }
    /// Sets `showSignDate`.
    pub fn show_sign_date(mut self, value: bool) -> Self {
        self.show_sign_date = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig
    { "dateFormat" => optional(date_format), "showSignDate" => optional(show_sign_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig
    { "dateFormat" => read_field(date_format), "showSignDate" =>
    read_field(show_sign_date) }
}
/// `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    /// `positionPage`.
    pub position_page: Option<i64>,
    /// `positionX`.
    pub position_x: Option<f64>,
    /// `positionY`.
    pub position_y: Option<f64>,
}
impl CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    /// An empty `CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `positionPage`.
    pub fn position_page(mut self, value: i64) -> Self {
        self.position_page = Some(value);
        self
    }
    /// Sets `positionX`.
    pub fn position_x(mut self, value: f64) -> Self {
        self.position_x = Some(value);
        self
    }
    /// Sets `positionY`.
    pub fn position_y(mut self, value: f64) -> Self {
        self.position_y = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig
    { "positionPage" => optional(position_page), "positionX" => optional(position_x),
    "positionY" => optional(position_y) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig
    { "positionPage" => read_field(position_page), "positionX" => read_field(position_x),
    "positionY" => read_field(position_y) }
}
/// `GetContractReviewResultResponseBodyResultAnnotationsCommentTexts`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResultAnnotationsCommentTexts {
    /// `remark`.
    pub remark: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultResponseBodyResultAnnotationsCommentTexts { "remark" =>
    read_field(remark), "riskLevel" => read_field(risk_level), "text" => read_field(text)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultResponseBodyResultAnnotationsCommentTexts { "remark" =>
    optional(remark), "riskLevel" => optional(risk_level), "text" => optional(text) }
}
/// `GetContractReviewResultsResponseBodyDataReportAllIssues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyDataReportAllIssues {
    /// `builtin`.
    pub builtin: Option<bool>,
    /// `check_type`.
    pub check_type: Option<String>,
    /// `clause_location`.
    pub clause_location: Option<String>,
    /// `clause_quote`.
    pub clause_quote: Option<String>,
    /// `custom`.
    pub custom: Option<bool>,
    /// `fallback`.
    pub fallback: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `impact`.
    pub impact: Option<String>,
    /// `legal_basis`.
    pub legal_basis: Option<String>,
    /// `pack`.
    pub pack: Option<String>,
    /// `practice_reference`.
    pub practice_reference: Option<String>,
    /// `problem`.
    pub problem: Option<String>,
    /// `revision_text`.
    pub revision_text: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `rule_name`.
    pub rule_name: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `suggestion`.
    pub suggestion: Option<String>,
    /// `tier`.
    pub tier: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBodyDataReportAllIssues { "builtin" =>
    read_field(builtin), "check_type" => read_field(check_type), "clause_location" =>
    read_field(clause_location), "clause_quote" => read_field(clause_quote), "custom" =>
    read_field(custom), "fallback" => read_field(fallback), "id" => read_field(id),
    "impact" => read_field(impact), "legal_basis" => read_field(legal_basis), "pack" =>
    read_field(pack), "practice_reference" => read_field(practice_reference), "problem"
    => read_field(problem), "revision_text" => read_field(revision_text), "riskLevel" =>
    read_field(risk_level), "rule_name" => read_field(rule_name), "source" =>
    read_field(source), "suggestion" => read_field(suggestion), "tier" =>
    read_field(tier) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBodyDataReportAllIssues { "builtin" =>
    optional(builtin), "check_type" => optional(check_type), "clause_location" =>
    optional(clause_location), "clause_quote" => optional(clause_quote), "custom" =>
    optional(custom), "fallback" => optional(fallback), "id" => optional(id), "impact" =>
    optional(impact), "legal_basis" => optional(legal_basis), "pack" => optional(pack),
    "practice_reference" => optional(practice_reference), "problem" => optional(problem),
    "revision_text" => optional(revision_text), "riskLevel" => optional(risk_level),
    "rule_name" => optional(rule_name), "source" => optional(source), "suggestion" =>
    optional(suggestion), "tier" => optional(tier) }
}
/// `GetContractReviewResultsResponseBodyDataReportSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyDataReportSummary {
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `cross_clause_count`.
    pub cross_clause_count: Option<i64>,
    /// `deterministic_count`.
    pub deterministic_count: Option<i64>,
    /// `formal_hint_count`.
    pub formal_hint_count: Option<i64>,
    /// `hard_issue_count`.
    pub hard_issue_count: Option<i64>,
    /// `high`.
    pub high: Option<i64>,
    /// `issue_count`.
    pub issue_count: Option<i64>,
    /// `low`.
    pub low: Option<i64>,
    /// `medium`.
    pub medium: Option<i64>,
    /// `missing_clause_count`.
    pub missing_clause_count: Option<i64>,
    /// `overall_risk_level`.
    pub overall_risk_level: Option<String>,
    /// `risk_issue_count`.
    pub risk_issue_count: Option<i64>,
    /// `scale`.
    pub scale: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
rt::impl_deserialize! {
    GetContractReviewResultsResponseBodyDataReportSummary { "contract_type" =>
    read_field(contract_type), "cross_clause_count" => read_field(cross_clause_count),
    "deterministic_count" => read_field(deterministic_count), "formal_hint_count" =>
    read_field(formal_hint_count), "hard_issue_count" => read_field(hard_issue_count),
    "high" => read_field(high), "issue_count" => read_field(issue_count), "low" =>
    read_field(low), "medium" => read_field(medium), "missing_clause_count" =>
    read_field(missing_clause_count), "overall_risk_level" =>
    read_field(overall_risk_level), "risk_issue_count" => read_field(risk_issue_count),
    "scale" => read_field(scale), "standpoint" => read_field(standpoint) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractReviewResultsResponseBodyDataReportSummary { "contract_type" =>
    optional(contract_type), "cross_clause_count" => optional(cross_clause_count),
    "deterministic_count" => optional(deterministic_count), "formal_hint_count" =>
    optional(formal_hint_count), "hard_issue_count" => optional(hard_issue_count), "high"
    => optional(high), "issue_count" => optional(issue_count), "low" => optional(low),
    "medium" => optional(medium), "missing_clause_count" =>
    optional(missing_clause_count), "overall_risk_level" => optional(overall_risk_level),
    "risk_issue_count" => optional(risk_issue_count), "scale" => optional(scale),
    "standpoint" => optional(standpoint) }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll {
    /// `category`.
    pub category: Option<String>,
    /// `categoryBig`.
    pub category_big: Option<String>,
    /// `categoryCodeFirst`.
    pub category_code_first: Option<String>,
    /// `categoryCodeFourth`.
    pub category_code_fourth: Option<String>,
    /// `categoryCodeSecond`.
    pub category_code_second: Option<String>,
    /// `categoryCodeThird`.
    pub category_code_third: Option<String>,
    /// `categoryMiddle`.
    pub category_middle: Option<String>,
    /// `categorySmall`.
    pub category_small: Option<String>,
}
rt::impl_deserialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll
    { "category" => read_field(category), "categoryBig" => read_field(category_big),
    "categoryCodeFirst" => read_field(category_code_first), "categoryCodeFourth" =>
    read_field(category_code_fourth), "categoryCodeSecond" =>
    read_field(category_code_second), "categoryCodeThird" =>
    read_field(category_code_third), "categoryMiddle" => read_field(category_middle),
    "categorySmall" => read_field(category_small) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll
    { "category" => optional(category), "categoryBig" => optional(category_big),
    "categoryCodeFirst" => optional(category_code_first), "categoryCodeFourth" =>
    optional(category_code_fourth), "categoryCodeSecond" =>
    optional(category_code_second), "categoryCodeThird" => optional(category_code_third),
    "categoryMiddle" => optional(category_middle), "categorySmall" =>
    optional(category_small) }
}
/// `GetFileDownloadUrlResponseBodyResultDataAttachment`, a model several operations share: also named [`GetFileDownloadUrlResponseBodyResultDataSignDocs`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBodyResultDataAttachment {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileStatus`.
    pub file_status: Option<String>,
    /// `urlExpireTime`.
    pub url_expire_time: Option<i64>,
}
rt::impl_deserialize! {
    GetFileDownloadUrlResponseBodyResultDataAttachment { "downloadUrl" =>
    read_field(download_url), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileStatus" => read_field(file_status), "urlExpireTime" =>
    read_field(url_expire_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadUrlResponseBodyResultDataAttachment { "downloadUrl" =>
    optional(download_url), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileStatus" => optional(file_status), "urlExpireTime" =>
    optional(url_expire_time) }
}
/// `GetFileDownloadUrlResponseBodyResultDataSignDocs`: the same model as [`GetFileDownloadUrlResponseBodyResultDataAttachment`].
pub type GetFileDownloadUrlResponseBodyResultDataSignDocs = GetFileDownloadUrlResponseBodyResultDataAttachment;
/// `GetReviewChecklistResponseBodyDataChecklistRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type GetReviewChecklistResponseBodyDataChecklistRules = CreateChecklistRuleResponseBodyDataRule;
/// `ListReviewChecklistsResponseBodyDataChecklistsRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type ListReviewChecklistsResponseBodyDataChecklistsRules = CreateChecklistRuleResponseBodyDataRule;
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetail`, a model several operations share: also named [`QueryContractCompareResultResponseBodyResultDataCompareDetail`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResultDataCompareDetail {
    /// `details`.
    pub details: Option<
        Vec<QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails>,
    >,
    /// `differenceCount`.
    pub difference_count: Option<
        QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount,
    >,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetail { "details" =>
    read_field(details), "differenceCount" => read_field(difference_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetail { "details" =>
    optional(details), "differenceCount" => optional(difference_count) }
}
/// `QueryContractAppsExtractResultResponseBodyResultDataExtractEntities`, a model several operations share: also named [`QueryContractExtractResultResponseBodyResultDataExtractEntities`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResultDataExtractEntities {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsExtractResultResponseBodyResultDataExtractEntities { "key" =>
    read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsExtractResultResponseBodyResultDataExtractEntities { "key" =>
    optional(key), "value" => optional(value) }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail`, a model several operations share: also named [`QueryContractReviewResultResponseBodyResultDataReviewRiskDetail`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail {
    /// `examineBrief`.
    pub examine_brief: Option<String>,
    /// `examineResult`.
    pub examine_result: Option<String>,
    /// `examineStatus`.
    pub examine_status: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `ruleSequence`.
    pub rule_sequence: Option<String>,
    /// `ruleTag`.
    pub rule_tag: Option<String>,
    /// `ruleTitle`.
    pub rule_title: Option<String>,
    /// `subRisks`.
    pub sub_risks: Option<
        Vec<QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks>,
    >,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail { "examineBrief"
    => read_field(examine_brief), "examineResult" => read_field(examine_result),
    "examineStatus" => read_field(examine_status), "riskLevel" => read_field(risk_level),
    "ruleSequence" => read_field(rule_sequence), "ruleTag" => read_field(rule_tag),
    "ruleTitle" => read_field(rule_title), "subRisks" => read_field(sub_risks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail { "examineBrief"
    => optional(examine_brief), "examineResult" => optional(examine_result),
    "examineStatus" => optional(examine_status), "riskLevel" => optional(risk_level),
    "ruleSequence" => optional(rule_sequence), "ruleTag" => optional(rule_tag),
    "ruleTitle" => optional(rule_title), "subRisks" => optional(sub_risks) }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview`, a model several operations share: also named [`QueryContractReviewResultResponseBodyResultDataReviewRiskOverview`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview {
    /// `hasRisk`.
    pub has_risk: Option<bool>,
    /// `highRisk`.
    pub high_risk: Option<i64>,
    /// `lowRisk`.
    pub low_risk: Option<i64>,
    /// `mediumRisk`.
    pub medium_risk: Option<i64>,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview { "hasRisk" =>
    read_field(has_risk), "highRisk" => read_field(high_risk), "lowRisk" =>
    read_field(low_risk), "mediumRisk" => read_field(medium_risk) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview { "hasRisk" =>
    optional(has_risk), "highRisk" => optional(high_risk), "lowRisk" =>
    optional(low_risk), "mediumRisk" => optional(medium_risk) }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewStatus`, a model several operations share: also named [`QueryContractReviewResultResponseBodyResultDataReviewStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResultDataReviewStatus {
    /// `overview`.
    pub overview: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `rule`.
    pub rule: Option<String>,
    /// `stage`.
    pub stage: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewStatus { "overview" =>
    read_field(overview), "result" => read_field(result), "rule" => read_field(rule),
    "stage" => read_field(stage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewStatus { "overview" =>
    optional(overview), "result" => optional(result), "rule" => optional(rule), "stage"
    => optional(stage) }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    /// `ruleCategory`.
    pub rule_category: Option<String>,
    /// `termContents`.
    pub term_contents: Option<
        Vec<
            QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents,
        >,
    >,
}
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    "ruleCategory" => read_field(rule_category), "termContents" =>
    read_field(term_contents) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    "ruleCategory" => optional(rule_category), "termContents" => optional(term_contents)
    }
}
/// `QueryContractCompareResultResponseBodyResultDataCompareDetail`: the same model as [`QueryContractAppsCompareResultResponseBodyResultDataCompareDetail`].
pub type QueryContractCompareResultResponseBodyResultDataCompareDetail = QueryContractAppsCompareResultResponseBodyResultDataCompareDetail;
/// `QueryContractExtractResultResponseBodyResultDataExtractEntities`: the same model as [`QueryContractAppsExtractResultResponseBodyResultDataExtractEntities`].
pub type QueryContractExtractResultResponseBodyResultDataExtractEntities = QueryContractAppsExtractResultResponseBodyResultDataExtractEntities;
/// `QueryContractReviewResultResponseBodyResultDataReviewRiskDetail`: the same model as [`QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail`].
pub type QueryContractReviewResultResponseBodyResultDataReviewRiskDetail = QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail;
/// `QueryContractReviewResultResponseBodyResultDataReviewRiskOverview`: the same model as [`QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview`].
pub type QueryContractReviewResultResponseBodyResultDataReviewRiskOverview = QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview;
/// `QueryContractReviewResultResponseBodyResultDataReviewStatus`: the same model as [`QueryContractAppsReviewResultResponseBodyResultDataReviewStatus`].
pub type QueryContractReviewResultResponseBodyResultDataReviewStatus = QueryContractAppsReviewResultResponseBodyResultDataReviewStatus;
/// `QuerySignFlowDetailResponseBodyResultDataSignDocs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignDocs {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignDocs { "fileId" => read_field(file_id),
    "fileName" => read_field(file_name), "fileSize" => read_field(file_size), "fileType"
    => read_field(file_type), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignDocs { "fileId" => optional(file_id),
    "fileName" => optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "spaceId" => optional(space_id) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignFlowConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignFlowConfig {
    /// `autoStart`.
    pub auto_start: Option<bool>,
    /// `isOrderedSign`.
    pub is_ordered_sign: Option<bool>,
    /// `signFlowName`.
    pub sign_flow_name: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignFlowConfig { "autoStart" =>
    read_field(auto_start), "isOrderedSign" => read_field(is_ordered_sign),
    "signFlowName" => read_field(sign_flow_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignFlowConfig { "autoStart" =>
    optional(auto_start), "isOrderedSign" => optional(is_ordered_sign), "signFlowName" =>
    optional(sign_flow_name) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator { "companyId" =>
    read_field(company_id), "orgName" => read_field(org_name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator { "companyId" =>
    optional(company_id), "orgName" => optional(org_name), "userId" => optional(user_id)
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignTasks`, a model several operations share: also named [`QuerySignTaskResponseBodyResultDataSignTasks`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignTasks {
    /// `activateTime`.
    pub activate_time: Option<i64>,
    /// `actualOrgSealType`.
    pub actual_org_seal_type: Option<String>,
    /// `actualPsnSealType`.
    pub actual_psn_seal_type: Option<String>,
    /// `bizTaskId`.
    pub biz_task_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `orgInfo`.
    pub org_info: Option<QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo>,
    /// `signOrder`.
    pub sign_order: Option<i64>,
    /// `signTaskId`.
    pub sign_task_id: Option<String>,
    /// `signUrl`.
    pub sign_url: Option<String>,
    /// `signerInfo`.
    pub signer_info: Option<
        QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo,
    >,
    /// `signerType`.
    pub signer_type: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasks { "activateTime" =>
    read_field(activate_time), "actualOrgSealType" => read_field(actual_org_seal_type),
    "actualPsnSealType" => read_field(actual_psn_seal_type), "bizTaskId" =>
    read_field(biz_task_id), "createTime" => read_field(create_time), "finishTime" =>
    read_field(finish_time), "orgInfo" => read_field(org_info), "signOrder" =>
    read_field(sign_order), "signTaskId" => read_field(sign_task_id), "signUrl" =>
    read_field(sign_url), "signerInfo" => read_field(signer_info), "signerType" =>
    read_field(signer_type), "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasks { "activateTime" =>
    optional(activate_time), "actualOrgSealType" => optional(actual_org_seal_type),
    "actualPsnSealType" => optional(actual_psn_seal_type), "bizTaskId" =>
    optional(biz_task_id), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "orgInfo" => optional(org_info), "signOrder" =>
    optional(sign_order), "signTaskId" => optional(sign_task_id), "signUrl" =>
    optional(sign_url), "signerInfo" => optional(signer_info), "signerType" =>
    optional(signer_type), "taskStatus" => optional(task_status) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSigners`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSigners {
    /// `bizTaskId`.
    pub biz_task_id: Option<String>,
    /// `orgInfo`.
    pub org_info: Option<QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo>,
    /// `signComponentConfig`.
    pub sign_component_config: Option<
        Vec<QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig>,
    >,
    /// `signConfig`.
    pub sign_config: Option<QuerySignFlowDetailResponseBodyResultDataSignersSignConfig>,
    /// `signerInfo`.
    pub signer_info: Option<QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo>,
    /// `signerType`.
    pub signer_type: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSigners { "bizTaskId" =>
    read_field(biz_task_id), "orgInfo" => read_field(org_info), "signComponentConfig" =>
    read_field(sign_component_config), "signConfig" => read_field(sign_config),
    "signerInfo" => read_field(signer_info), "signerType" => read_field(signer_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSigners { "bizTaskId" =>
    optional(biz_task_id), "orgInfo" => optional(org_info), "signComponentConfig" =>
    optional(sign_component_config), "signConfig" => optional(sign_config), "signerInfo"
    => optional(signer_info), "signerType" => optional(signer_type) }
}
/// `QuerySignTaskResponseBodyResultDataSignTasks`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasks`].
pub type QuerySignTaskResponseBodyResultDataSignTasks = QuerySignFlowDetailResponseBodyResultDataSignTasks;
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk {
    /// `riskName`.
    pub risk_name: Option<String>,
    /// `riskNumber`.
    pub risk_number: Option<i64>,
    /// `riskType`.
    pub risk_type: Option<String>,
    /// `subRiskTypes`.
    pub sub_risk_types: Option<Vec<String>>,
    /// `subRisks`.
    pub sub_risks: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks,
    >,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk { "riskName" =>
    read_field(risk_name), "riskNumber" => read_field(risk_number), "riskType" =>
    read_field(risk_type), "subRiskTypes" => read_field(sub_risk_types), "subRisks" =>
    read_field(sub_risks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk { "riskName" =>
    optional(risk_name), "riskNumber" => optional(risk_number), "riskType" =>
    optional(risk_type), "subRiskTypes" => optional(sub_risk_types), "subRisks" =>
    optional(sub_risks) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk {
    /// `riskName`.
    pub risk_name: Option<String>,
    /// `riskNumber`.
    pub risk_number: Option<i64>,
    /// `riskType`.
    pub risk_type: Option<String>,
    /// `subRiskTypes`.
    pub sub_risk_types: Option<Vec<String>>,
    /// `subRisks`.
    pub sub_risks: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks,
    >,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk { "riskName" =>
    read_field(risk_name), "riskNumber" => read_field(risk_number), "riskType" =>
    read_field(risk_type), "subRiskTypes" => read_field(sub_risk_types), "subRisks" =>
    read_field(sub_risks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk { "riskName" =>
    optional(risk_name), "riskNumber" => optional(risk_number), "riskType" =>
    optional(risk_type), "subRiskTypes" => optional(sub_risk_types), "subRisks" =>
    optional(sub_risks) }
}
/// `SearchFileKeywordPositionsResponseBodyResultDataPositions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBodyResultDataPositions {
    /// `index`.
    pub index: Option<i64>,
    /// `positionPage`.
    pub position_page: Option<i64>,
    /// `positionX`.
    pub position_x: Option<f64>,
    /// `positionY`.
    pub position_y: Option<f64>,
}
rt::impl_deserialize! {
    SearchFileKeywordPositionsResponseBodyResultDataPositions { "index" =>
    read_field(index), "positionPage" => read_field(position_page), "positionX" =>
    read_field(position_x), "positionY" => read_field(position_y) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFileKeywordPositionsResponseBodyResultDataPositions { "index" =>
    optional(index), "positionPage" => optional(position_page), "positionX" =>
    optional(position_x), "positionY" => optional(position_y) }
}
/// `UpdateChecklistRuleResponseBodyDataRuleItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type UpdateChecklistRuleResponseBodyDataRuleItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `UpdateReviewChecklistResponseBodyDataChecklistRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type UpdateReviewChecklistResponseBodyDataChecklistRules = CreateChecklistRuleResponseBodyDataRule;
/// `CreateReviewChecklistResponseBodyDataChecklistRulesItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type CreateReviewChecklistResponseBodyDataChecklistRulesItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `GetReviewChecklistResponseBodyDataChecklistRulesItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type GetReviewChecklistResponseBodyDataChecklistRulesItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `ListReviewChecklistsResponseBodyDataChecklistsRulesItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type ListReviewChecklistsResponseBodyDataChecklistsRulesItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails`, a model several operations share: also named [`QueryContractCompareResultResponseBodyResultDataCompareDetailDetails`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    /// `compareWords`.
    pub compare_words: Option<String>,
    /// `originalWords`.
    pub original_words: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    "compareWords" => read_field(compare_words), "originalWords" =>
    read_field(original_words), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    "compareWords" => optional(compare_words), "originalWords" =>
    optional(original_words), "type" => optional(r#type) }
}
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount`, a model several operations share: also named [`QueryContractCompareResultResponseBodyResultDataCompareDetailDifferenceCount`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    /// `add`.
    pub add: Option<i64>,
    /// `delete`.
    pub delete: Option<i64>,
    /// `replace`.
    pub replace: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    "add" => read_field(add), "delete" => read_field(delete), "replace" =>
    read_field(replace), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    "add" => optional(add), "delete" => optional(delete), "replace" => optional(replace),
    "total" => optional(total) }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`, a model several operations share: also named [`QueryContractReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    /// `originalContent`.
    pub original_content: Option<String>,
    /// `resultContent`.
    pub result_content: Option<String>,
    /// `resultType`.
    pub result_type: Option<String>,
    /// `riskBrief`.
    pub risk_brief: Option<String>,
    /// `riskClause`.
    pub risk_clause: Option<String>,
    /// `riskExplain`.
    pub risk_explain: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    "originalContent" => read_field(original_content), "resultContent" =>
    read_field(result_content), "resultType" => read_field(result_type), "riskBrief" =>
    read_field(risk_brief), "riskClause" => read_field(risk_clause), "riskExplain" =>
    read_field(risk_explain) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    "originalContent" => optional(original_content), "resultContent" =>
    optional(result_content), "resultType" => optional(result_type), "riskBrief" =>
    optional(risk_brief), "riskClause" => optional(risk_clause), "riskExplain" =>
    optional(risk_explain) }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents {
    /// `detailTerm`.
    pub detail_term: Option<String>,
    /// `exist`.
    pub exist: Option<String>,
    /// `shortTerm`.
    pub short_term: Option<String>,
    /// `termCategory`.
    pub term_category: Option<String>,
}
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents
    { "detailTerm" => read_field(detail_term), "exist" => read_field(exist), "shortTerm"
    => read_field(short_term), "termCategory" => read_field(term_category) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents
    { "detailTerm" => optional(detail_term), "exist" => optional(exist), "shortTerm" =>
    optional(short_term), "termCategory" => optional(term_category) }
}
/// `QueryContractCompareResultResponseBodyResultDataCompareDetailDetails`: the same model as [`QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails`].
pub type QueryContractCompareResultResponseBodyResultDataCompareDetailDetails = QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails;
/// `QueryContractCompareResultResponseBodyResultDataCompareDetailDifferenceCount`: the same model as [`QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount`].
pub type QueryContractCompareResultResponseBodyResultDataCompareDetailDifferenceCount = QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount;
/// `QueryContractReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`: the same model as [`QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`].
pub type QueryContractReviewResultResponseBodyResultDataReviewRiskDetailSubRisks = QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks;
/// `QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`, a model several operations share: also named [`QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo`], [`QuerySignTaskResponseBodyResultDataSignTasksOrgInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo { "companyId" =>
    read_field(company_id), "orgName" => read_field(org_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo { "companyId" =>
    optional(company_id), "orgName" => optional(org_name) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`, a model several operations share: also named [`QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo`], [`QuerySignTaskResponseBodyResultDataSignTasksSignerInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo {
    /// `psnMobile`.
    pub psn_mobile: Option<String>,
    /// `psnName`.
    pub psn_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo { "psnMobile" =>
    read_field(psn_mobile), "psnName" => read_field(psn_name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo { "psnMobile" =>
    optional(psn_mobile), "psnName" => optional(psn_name), "userId" => optional(user_id)
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`].
pub type QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo;
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `signFieldComponentConfig`.
    pub sign_field_component_config: Option<
        QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig,
    >,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig { "fileId" =>
    read_field(file_id), "signFieldComponentConfig" =>
    read_field(sign_field_component_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig { "fileId" =>
    optional(file_id), "signFieldComponentConfig" =>
    optional(sign_field_component_config) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignConfig {
    /// `signOrder`.
    pub sign_order: Option<i64>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignConfig { "signOrder" =>
    read_field(sign_order) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignConfig { "signOrder" =>
    optional(sign_order) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`].
pub type QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo;
/// `QuerySignTaskResponseBodyResultDataSignTasksOrgInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`].
pub type QuerySignTaskResponseBodyResultDataSignTasksOrgInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo;
/// `QuerySignTaskResponseBodyResultDataSignTasksSignerInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`].
pub type QuerySignTaskResponseBodyResultDataSignTasksSignerInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo;
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    /// `administrative_punishment`.
    pub administrative_punishment: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment,
    >,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    "administrative_punishment" => read_field(administrative_punishment) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    "administrative_punishment" => optional(administrative_punishment) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    /// `court_opening_announcement`.
    pub court_opening_announcement: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement,
    >,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    "court_opening_announcement" => read_field(court_opening_announcement) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    "court_opening_announcement" => optional(court_opening_announcement) }
}
/// `UpdateReviewChecklistResponseBodyDataChecklistRulesItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type UpdateReviewChecklistResponseBodyDataChecklistRulesItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig {
    /// `availableOrgSealTypes`.
    pub available_org_seal_types: Option<Vec<String>>,
    /// `availablePsnSealTypes`.
    pub available_psn_seal_types: Option<Vec<String>>,
    /// `crossPageType`.
    pub cross_page_type: Option<String>,
    /// `signDateConfig`.
    pub sign_date_config: Option<
        QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig,
    >,
    /// `signPositionConfig`.
    pub sign_position_config: Option<
        QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig,
    >,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig
    { "availableOrgSealTypes" => read_field(available_org_seal_types),
    "availablePsnSealTypes" => read_field(available_psn_seal_types), "crossPageType" =>
    read_field(cross_page_type), "signDateConfig" => read_field(sign_date_config),
    "signPositionConfig" => read_field(sign_position_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig
    { "availableOrgSealTypes" => optional(available_org_seal_types),
    "availablePsnSealTypes" => optional(available_psn_seal_types), "crossPageType" =>
    optional(cross_page_type), "signDateConfig" => optional(sign_date_config),
    "signPositionConfig" => optional(sign_position_config) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment {
    /// `columns`.
    pub columns: Option<
        Vec<
            QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns,
        >,
    >,
    /// `items`.
    pub items: Option<
        Vec<
            QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems,
        >,
    >,
    /// `noticeText`.
    pub notice_text: Option<String>,
    /// `subRiskName`.
    pub sub_risk_name: Option<String>,
    /// `subRiskNumber`.
    pub sub_risk_number: Option<i64>,
    /// `subRiskType`.
    pub sub_risk_type: Option<String>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment
    { "columns" => read_field(columns), "items" => read_field(items), "noticeText" =>
    read_field(notice_text), "subRiskName" => read_field(sub_risk_name), "subRiskNumber"
    => read_field(sub_risk_number), "subRiskType" => read_field(sub_risk_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment
    { "columns" => optional(columns), "items" => optional(items), "noticeText" =>
    optional(notice_text), "subRiskName" => optional(sub_risk_name), "subRiskNumber" =>
    optional(sub_risk_number), "subRiskType" => optional(sub_risk_type) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement {
    /// `columns`.
    pub columns: Option<
        Vec<
            QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns,
        >,
    >,
    /// `items`.
    pub items: Option<
        Vec<
            QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems,
        >,
    >,
    /// `noticeText`.
    pub notice_text: Option<String>,
    /// `subRiskName`.
    pub sub_risk_name: Option<String>,
    /// `subRiskNumber`.
    pub sub_risk_number: Option<i64>,
    /// `subRiskType`.
    pub sub_risk_type: Option<String>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement
    { "columns" => read_field(columns), "items" => read_field(items), "noticeText" =>
    read_field(notice_text), "subRiskName" => read_field(sub_risk_name), "subRiskNumber"
    => read_field(sub_risk_number), "subRiskType" => read_field(sub_risk_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement
    { "columns" => optional(columns), "items" => optional(items), "noticeText" =>
    optional(notice_text), "subRiskName" => optional(sub_risk_name), "subRiskNumber" =>
    optional(sub_risk_number), "subRiskType" => optional(sub_risk_type) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    /// `dateFormat`.
    pub date_format: Option<String>,
    /// `showSignDate`.
    pub show_sign_date: Option<bool>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig
    { "dateFormat" => read_field(date_format), "showSignDate" =>
    read_field(show_sign_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig
    { "dateFormat" => optional(date_format), "showSignDate" => optional(show_sign_date) }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    /// `positionPage`.
    pub position_page: Option<i64>,
    /// `positionX`.
    pub position_x: Option<f64>,
    /// `positionY`.
    pub position_y: Option<f64>,
}
rt::impl_deserialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig
    { "positionPage" => read_field(position_page), "positionX" => read_field(position_x),
    "positionY" => read_field(position_y) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig
    { "positionPage" => optional(position_page), "positionX" => optional(position_x),
    "positionY" => optional(position_y) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns`, a model several operations share: also named [`QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns {
    /// `columnName`.
    pub column_name: Option<String>,
    /// `columnType`.
    pub column_type: Option<String>,
    /// `isDate`.
    pub is_date: Option<bool>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns
    { "columnName" => read_field(column_name), "columnType" => read_field(column_type),
    "isDate" => read_field(is_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns
    { "columnName" => optional(column_name), "columnType" => optional(column_type),
    "isDate" => optional(is_date) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems {
    /// `content`.
    pub content: Option<String>,
    /// `decisionDate`.
    pub decision_date: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `punishNumber`.
    pub punish_number: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems
    { "content" => read_field(content), "decisionDate" => read_field(decision_date),
    "departmentName" => read_field(department_name), "punishNumber" =>
    read_field(punish_number), "reason" => read_field(reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems
    { "content" => optional(content), "decisionDate" => optional(decision_date),
    "departmentName" => optional(department_name), "punishNumber" =>
    optional(punish_number), "reason" => optional(reason) }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns`: the same model as [`QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns`].
pub type QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns = QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns;
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems {
    /// `caseNo`.
    pub case_no: Option<String>,
    /// `caseReason`.
    pub case_reason: Option<String>,
    /// `court`.
    pub court: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
}
rt::impl_deserialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems
    { "caseNo" => read_field(case_no), "caseReason" => read_field(case_reason), "court"
    => read_field(court), "startDate" => read_field(start_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems
    { "caseNo" => optional(case_no), "caseReason" => optional(case_reason), "court" =>
    optional(court), "startDate" => optional(start_date) }
}
/// The request of [`Api::analyze_subject_transaction_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskRequest {
    /// `contractId`: a query parameter.
    pub contract_id: i64,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `historyEndTime`: a query parameter.
    pub history_end_time: Option<i64>,
    /// `historyStartTime`: a query parameter.
    pub history_start_time: Option<i64>,
    /// `staffId`: a query parameter.
    pub staff_id: String,
    /// `subjectUniqueCode`: a query parameter.
    pub subject_unique_code: String,
}
/// The required fields of [`AnalyzeSubjectTransactionRiskRequest`], each named where it is set: `AnalyzeSubjectTransactionRiskRequest::new(AnalyzeSubjectTransactionRiskRequired { .. })`.
pub struct AnalyzeSubjectTransactionRiskRequired {
    /// `contractId`: see [`AnalyzeSubjectTransactionRiskRequest::contract_id`].
    pub contract_id: i64,
    /// `corpId`: see [`AnalyzeSubjectTransactionRiskRequest::corp_id`].
    pub corp_id: String,
    /// `staffId`: see [`AnalyzeSubjectTransactionRiskRequest::staff_id`].
    pub staff_id: String,
    /// `subjectUniqueCode`: see [`AnalyzeSubjectTransactionRiskRequest::subject_unique_code`].
    pub subject_unique_code: String,
}
impl AnalyzeSubjectTransactionRiskRequest {
    /// A `AnalyzeSubjectTransactionRiskRequest` with its required fields (`contractId`, `corpId`, `staffId`, `subjectUniqueCode`); set the others with the methods named after them.
    pub fn new(required: AnalyzeSubjectTransactionRiskRequired) -> Self {
        let AnalyzeSubjectTransactionRiskRequired {
            contract_id,
            corp_id,
            staff_id,
            subject_unique_code,
        } = required;
        Self {
            contract_id,
            corp_id,
            history_end_time: None,
            history_start_time: None,
            staff_id,
            subject_unique_code,
        }
    }
    /// Sets `historyEndTime`.
    pub fn history_end_time(mut self, value: i64) -> Self {
        self.history_end_time = Some(value);
        self
    }
    /// Sets `historyStartTime`.
    pub fn history_start_time(mut self, value: i64) -> Self {
        self.history_start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AnalyzeSubjectTransactionRiskRequest { "contractId" => read_field(contract_id),
    "corpId" => read_field(corp_id), "historyEndTime" => read_field(history_end_time),
    "historyStartTime" => read_field(history_start_time), "staffId" =>
    read_field(staff_id), "subjectUniqueCode" => read_field(subject_unique_code) }
}
impl rt::WriteRequest for AnalyzeSubjectTransactionRiskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("contractId", &self.contract_id);
        writer.query("corpId", &self.corp_id);
        writer.query("historyEndTime", &self.history_end_time);
        writer.query("historyStartTime", &self.history_start_time);
        writer.query("staffId", &self.staff_id);
        writer.query("subjectUniqueCode", &self.subject_unique_code);
    }
}
/// The request of [`Api::async_create_contract_analysis`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AsyncCreateContractAnalysisRequest {
    /// `fileInfo`.
    pub file_info: Option<AsyncCreateContractAnalysisRequestFileInfo>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
}
impl AsyncCreateContractAnalysisRequest {
    /// An empty `AsyncCreateContractAnalysisRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileInfo`.
    pub fn file_info(
        mut self,
        value: AsyncCreateContractAnalysisRequestFileInfo,
    ) -> Self {
        self.file_info = Some(value);
        self
    }
    /// Sets `originatorUserId`.
    pub fn originator_user_id(mut self, value: impl Into<String>) -> Self {
        self.originator_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AsyncCreateContractAnalysisRequest { "fileInfo" => optional(file_info),
    "originatorUserId" => optional(originator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AsyncCreateContractAnalysisRequest { "fileInfo" => read_field(file_info),
    "originatorUserId" => read_field(originator_user_id) }
}
impl rt::WriteRequest for AsyncCreateContractAnalysisRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_contract_review`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelContractReviewRequest {
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl CancelContractReviewRequest {
    /// An empty `CancelContractReviewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reviewType`.
    pub fn review_type(mut self, value: impl Into<String>) -> Self {
        self.review_type = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CancelContractReviewRequest { "reviewType" => optional(review_type), "taskId" =>
    optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelContractReviewRequest { "reviewType" => read_field(review_type), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for CancelContractReviewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_review_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelReviewOrderRequest {
    /// `endFiles`.
    pub end_files: Option<Vec<CancelReviewOrderRequestEndFiles>>,
    /// `extension`.
    pub extension: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
}
impl CancelReviewOrderRequest {
    /// An empty `CancelReviewOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endFiles`.
    pub fn end_files(
        mut self,
        value: impl IntoIterator<Item = CancelReviewOrderRequestEndFiles>,
    ) -> Self {
        self.end_files = Some(value.into_iter().collect());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CancelReviewOrderRequest { "endFiles" => optional(end_files), "extension" =>
    optional(extension), "orderId" => optional(order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelReviewOrderRequest { "endFiles" => read_field(end_files), "extension" =>
    read_field(extension), "orderId" => read_field(order_id) }
}
impl rt::WriteRequest for CancelReviewOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_esign_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckEsignFileRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `fileId`.
    pub file_id: String,
    /// `spaceId`.
    pub space_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CheckEsignFileRequest`], each named where it is set: `CheckEsignFileRequest::new(CheckEsignFileRequired { .. })`.
pub struct CheckEsignFileRequired {
    /// `corpId`: see [`CheckEsignFileRequest::corp_id`].
    pub corp_id: String,
    /// `fileId`: see [`CheckEsignFileRequest::file_id`].
    pub file_id: String,
    /// `spaceId`: see [`CheckEsignFileRequest::space_id`].
    pub space_id: String,
    /// `userId`: see [`CheckEsignFileRequest::user_id`].
    pub user_id: String,
}
impl CheckEsignFileRequest {
    /// A `CheckEsignFileRequest` with its required fields (`corpId`, `fileId`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CheckEsignFileRequired) -> Self {
        let CheckEsignFileRequired { corp_id, file_id, space_id, user_id } = required;
        Self {
            corp_id,
            file_id,
            space_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CheckEsignFileRequest { "corpId" => field(corp_id), "fileId" => field(file_id),
    "spaceId" => field(space_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckEsignFileRequest { "corpId" => read_field(corp_id), "fileId" =>
    read_field(file_id), "spaceId" => read_field(space_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CheckEsignFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::confirm_contract_review`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConfirmContractReviewRequest {
    /// `action`.
    pub action: Option<String>,
    /// `checklist_id`.
    pub checklist_id: Option<String>,
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `custom_rules`: JSON-encoded in a string.
    pub custom_rules: Option<Vec<ConfirmContractReviewRequestCustomRules>>,
    /// `review_id`.
    pub review_id: String,
    /// `scale`.
    pub scale: Option<String>,
    /// `session_id`.
    pub session_id: String,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
/// The required fields of [`ConfirmContractReviewRequest`], each named where it is set: `ConfirmContractReviewRequest::new(ConfirmContractReviewRequired { .. })`.
pub struct ConfirmContractReviewRequired {
    /// `review_id`: see [`ConfirmContractReviewRequest::review_id`].
    pub review_id: String,
    /// `session_id`: see [`ConfirmContractReviewRequest::session_id`].
    pub session_id: String,
}
impl ConfirmContractReviewRequest {
    /// A `ConfirmContractReviewRequest` with its required fields (`review_id`, `session_id`); set the others with the methods named after them.
    pub fn new(required: ConfirmContractReviewRequired) -> Self {
        let ConfirmContractReviewRequired { review_id, session_id } = required;
        Self {
            action: None,
            checklist_id: None,
            contract_type: None,
            custom_rules: None,
            review_id,
            scale: None,
            session_id,
            standpoint: None,
        }
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `checklist_id`.
    pub fn checklist_id(mut self, value: impl Into<String>) -> Self {
        self.checklist_id = Some(value.into());
        self
    }
    /// Sets `contract_type`.
    pub fn contract_type(mut self, value: impl Into<String>) -> Self {
        self.contract_type = Some(value.into());
        self
    }
    /// Sets `custom_rules`.
    pub fn custom_rules(
        mut self,
        value: impl IntoIterator<Item = ConfirmContractReviewRequestCustomRules>,
    ) -> Self {
        self.custom_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `scale`.
    pub fn scale(mut self, value: impl Into<String>) -> Self {
        self.scale = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConfirmContractReviewRequest { "action" => optional(action), "checklist_id" =>
    optional(checklist_id), "contract_type" => optional(contract_type), "custom_rules" =>
    optional_json(custom_rules), "review_id" => field(review_id), "scale" =>
    optional(scale), "session_id" => field(session_id), "standpoint" =>
    optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConfirmContractReviewRequest { "action" => read_field(action), "checklist_id" =>
    read_field(checklist_id), "contract_type" => read_field(contract_type),
    "custom_rules" => read_field(custom_rules), "review_id" => read_field(review_id),
    "scale" => read_field(scale), "session_id" => read_field(session_id), "standpoint" =>
    read_field(standpoint) }
}
impl rt::WriteRequest for ConfirmContractReviewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::contract_ai_review_result_notify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ContractAiReviewResultNotifyRequest {
    /// `annotations`.
    pub annotations: Option<Vec<ContractAiReviewResultNotifyRequestAnnotations>>,
    /// `contractAiReviewCorpId`.
    pub contract_ai_review_corp_id: String,
    /// `contractAiReviewId`.
    pub contract_ai_review_id: Option<i64>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `success`.
    pub success: bool,
}
/// The required fields of [`ContractAiReviewResultNotifyRequest`], each named where it is set: `ContractAiReviewResultNotifyRequest::new(ContractAiReviewResultNotifyRequired { .. })`.
pub struct ContractAiReviewResultNotifyRequired {
    /// `contractAiReviewCorpId`: see [`ContractAiReviewResultNotifyRequest::contract_ai_review_corp_id`].
    pub contract_ai_review_corp_id: String,
    /// `success`: see [`ContractAiReviewResultNotifyRequest::success`].
    pub success: bool,
}
impl ContractAiReviewResultNotifyRequest {
    /// A `ContractAiReviewResultNotifyRequest` with its required fields (`contractAiReviewCorpId`, `success`); set the others with the methods named after them.
    pub fn new(required: ContractAiReviewResultNotifyRequired) -> Self {
        let ContractAiReviewResultNotifyRequired {
            contract_ai_review_corp_id,
            success,
        } = required;
        Self {
            annotations: None,
            contract_ai_review_corp_id,
            contract_ai_review_id: None,
            error_code: None,
            error_msg: None,
            extension: None,
            success,
        }
    }
    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl IntoIterator<Item = ContractAiReviewResultNotifyRequestAnnotations>,
    ) -> Self {
        self.annotations = Some(value.into_iter().collect());
        self
    }
    /// Sets `contractAiReviewId`.
    pub fn contract_ai_review_id(mut self, value: i64) -> Self {
        self.contract_ai_review_id = Some(value);
        self
    }
    /// Sets `errorCode`.
    pub fn error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = Some(value.into());
        self
    }
    /// Sets `errorMsg`.
    pub fn error_msg(mut self, value: impl Into<String>) -> Self {
        self.error_msg = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ContractAiReviewResultNotifyRequest { "annotations" => optional(annotations),
    "contractAiReviewCorpId" => field(contract_ai_review_corp_id), "contractAiReviewId"
    => optional(contract_ai_review_id), "errorCode" => optional(error_code), "errorMsg"
    => optional(error_msg), "extension" => optional(extension), "success" =>
    field(success) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ContractAiReviewResultNotifyRequest { "annotations" => read_field(annotations),
    "contractAiReviewCorpId" => read_field(contract_ai_review_corp_id),
    "contractAiReviewId" => read_field(contract_ai_review_id), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "extension" =>
    read_field(extension), "success" => read_field(success) }
}
impl rt::WriteRequest for ContractAiReviewResultNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::contract_benefit_consume`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ContractBenefitConsumeRequest {
    /// `benefitPoint`.
    pub benefit_point: String,
    /// `bizRequestId`.
    pub biz_request_id: String,
    /// `consumeQuota`.
    pub consume_quota: i64,
    /// `corpId`.
    pub corp_id: String,
    /// `extParams`.
    pub ext_params: Option<rt::BTreeMap<String, String>>,
    /// `isvCorpId`.
    pub isv_corp_id: String,
    /// `optUnionId`.
    pub opt_union_id: Option<String>,
}
/// The required fields of [`ContractBenefitConsumeRequest`], each named where it is set: `ContractBenefitConsumeRequest::new(ContractBenefitConsumeRequired { .. })`.
pub struct ContractBenefitConsumeRequired {
    /// `benefitPoint`: see [`ContractBenefitConsumeRequest::benefit_point`].
    pub benefit_point: String,
    /// `bizRequestId`: see [`ContractBenefitConsumeRequest::biz_request_id`].
    pub biz_request_id: String,
    /// `consumeQuota`: see [`ContractBenefitConsumeRequest::consume_quota`].
    pub consume_quota: i64,
    /// `corpId`: see [`ContractBenefitConsumeRequest::corp_id`].
    pub corp_id: String,
    /// `isvCorpId`: see [`ContractBenefitConsumeRequest::isv_corp_id`].
    pub isv_corp_id: String,
}
impl ContractBenefitConsumeRequest {
    /// A `ContractBenefitConsumeRequest` with its required fields (`benefitPoint`, `bizRequestId`, `consumeQuota`, `corpId`, `isvCorpId`); set the others with the methods named after them.
    pub fn new(required: ContractBenefitConsumeRequired) -> Self {
        let ContractBenefitConsumeRequired {
            benefit_point,
            biz_request_id,
            consume_quota,
            corp_id,
            isv_corp_id,
        } = required;
        Self {
            benefit_point,
            biz_request_id,
            consume_quota,
            corp_id,
            ext_params: None,
            isv_corp_id,
            opt_union_id: None,
        }
    }
    /// Sets `extParams`.
    pub fn ext_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.ext_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `optUnionId`.
    pub fn opt_union_id(mut self, value: impl Into<String>) -> Self {
        self.opt_union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ContractBenefitConsumeRequest { "benefitPoint" => field(benefit_point),
    "bizRequestId" => field(biz_request_id), "consumeQuota" => field(consume_quota),
    "corpId" => field(corp_id), "extParams" => optional(ext_params), "isvCorpId" =>
    field(isv_corp_id), "optUnionId" => optional(opt_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ContractBenefitConsumeRequest { "benefitPoint" => read_field(benefit_point),
    "bizRequestId" => read_field(biz_request_id), "consumeQuota" =>
    read_field(consume_quota), "corpId" => read_field(corp_id), "extParams" =>
    read_field(ext_params), "isvCorpId" => read_field(isv_corp_id), "optUnionId" =>
    read_field(opt_union_id) }
}
impl rt::WriteRequest for ContractBenefitConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_checklist_rule`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateChecklistRuleRequest {
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `corp_id`.
    pub corp_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `items`: JSON-encoded in a string.
    pub items: Option<Vec<CreateChecklistRuleRequestItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `risk_level`.
    pub risk_level: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
impl CreateChecklistRuleRequest {
    /// An empty `CreateChecklistRuleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contract_type`.
    pub fn contract_type(mut self, value: impl Into<String>) -> Self {
        self.contract_type = Some(value.into());
        self
    }
    /// Sets `corp_id`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = CreateChecklistRuleRequestItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `risk_level`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateChecklistRuleRequest { "contract_type" => optional(contract_type), "corp_id" =>
    optional(corp_id), "description" => optional(description), "items" =>
    optional_json(items), "name" => optional(name), "risk_level" => optional(risk_level),
    "standpoint" => optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateChecklistRuleRequest { "contract_type" => read_field(contract_type), "corp_id"
    => read_field(corp_id), "description" => read_field(description), "items" =>
    read_field(items), "name" => read_field(name), "risk_level" =>
    read_field(risk_level), "standpoint" => read_field(standpoint) }
}
impl rt::WriteRequest for CreateChecklistRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_compare_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskRequest {
    /// `comparativeFile`.
    pub comparative_file: Option<CreateContractAppsCompareTaskRequestComparativeFile>,
    /// `comparativeFileDownloadUrl`.
    pub comparative_file_download_url: Option<String>,
    /// `comparativeFileName`.
    pub comparative_file_name: String,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
    /// `standardFile`.
    pub standard_file: Option<CreateContractAppsCompareTaskRequestStandardFile>,
    /// `standardFileDownloadUrl`.
    pub standard_file_download_url: Option<String>,
    /// `standardFileName`.
    pub standard_file_name: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateContractAppsCompareTaskRequest`], each named where it is set: `CreateContractAppsCompareTaskRequest::new(CreateContractAppsCompareTaskRequired { .. })`.
pub struct CreateContractAppsCompareTaskRequired {
    /// `comparativeFileName`: see [`CreateContractAppsCompareTaskRequest::comparative_file_name`].
    pub comparative_file_name: String,
    /// `fileSource`: see [`CreateContractAppsCompareTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractAppsCompareTaskRequest::request_id`].
    pub request_id: String,
    /// `standardFileName`: see [`CreateContractAppsCompareTaskRequest::standard_file_name`].
    pub standard_file_name: String,
    /// `unionId`: see [`CreateContractAppsCompareTaskRequest::union_id`].
    pub union_id: String,
}
impl CreateContractAppsCompareTaskRequest {
    /// A `CreateContractAppsCompareTaskRequest` with its required fields (`comparativeFileName`, `fileSource`, `requestId`, `standardFileName`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateContractAppsCompareTaskRequired) -> Self {
        let CreateContractAppsCompareTaskRequired {
            comparative_file_name,
            file_source,
            request_id,
            standard_file_name,
            union_id,
        } = required;
        Self {
            comparative_file: None,
            comparative_file_download_url: None,
            comparative_file_name,
            file_source,
            request_id,
            standard_file: None,
            standard_file_download_url: None,
            standard_file_name,
            union_id,
        }
    }
    /// Sets `comparativeFile`.
    pub fn comparative_file(
        mut self,
        value: CreateContractAppsCompareTaskRequestComparativeFile,
    ) -> Self {
        self.comparative_file = Some(value);
        self
    }
    /// Sets `comparativeFileDownloadUrl`.
    pub fn comparative_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.comparative_file_download_url = Some(value.into());
        self
    }
    /// Sets `standardFile`.
    pub fn standard_file(
        mut self,
        value: CreateContractAppsCompareTaskRequestStandardFile,
    ) -> Self {
        self.standard_file = Some(value);
        self
    }
    /// Sets `standardFileDownloadUrl`.
    pub fn standard_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.standard_file_download_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsCompareTaskRequest { "comparativeFile" =>
    optional(comparative_file), "comparativeFileDownloadUrl" =>
    optional(comparative_file_download_url), "comparativeFileName" =>
    field(comparative_file_name), "fileSource" => field(file_source), "requestId" =>
    field(request_id), "standardFile" => optional(standard_file),
    "standardFileDownloadUrl" => optional(standard_file_download_url), "standardFileName"
    => field(standard_file_name), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsCompareTaskRequest { "comparativeFile" =>
    read_field(comparative_file), "comparativeFileDownloadUrl" =>
    read_field(comparative_file_download_url), "comparativeFileName" =>
    read_field(comparative_file_name), "fileSource" => read_field(file_source),
    "requestId" => read_field(request_id), "standardFile" => read_field(standard_file),
    "standardFileDownloadUrl" => read_field(standard_file_download_url),
    "standardFileName" => read_field(standard_file_name), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CreateContractAppsCompareTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_extract_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskRequest {
    /// `contractFile`.
    pub contract_file: Option<CreateContractAppsExtractTaskRequestContractFile>,
    /// `contractFileDownloadUrl`.
    pub contract_file_download_url: Option<String>,
    /// `contractFileName`.
    pub contract_file_name: String,
    /// `extractKeys`.
    pub extract_keys: Vec<String>,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateContractAppsExtractTaskRequest`], each named where it is set: `CreateContractAppsExtractTaskRequest::new(CreateContractAppsExtractTaskRequired { .. })`.
pub struct CreateContractAppsExtractTaskRequired {
    /// `contractFileName`: see [`CreateContractAppsExtractTaskRequest::contract_file_name`].
    pub contract_file_name: String,
    /// `extractKeys`: see [`CreateContractAppsExtractTaskRequest::extract_keys`].
    pub extract_keys: Vec<String>,
    /// `fileSource`: see [`CreateContractAppsExtractTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractAppsExtractTaskRequest::request_id`].
    pub request_id: String,
    /// `unionId`: see [`CreateContractAppsExtractTaskRequest::union_id`].
    pub union_id: String,
}
impl CreateContractAppsExtractTaskRequest {
    /// A `CreateContractAppsExtractTaskRequest` with its required fields (`contractFileName`, `extractKeys`, `fileSource`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateContractAppsExtractTaskRequired) -> Self {
        let CreateContractAppsExtractTaskRequired {
            contract_file_name,
            extract_keys,
            file_source,
            request_id,
            union_id,
        } = required;
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name,
            extract_keys,
            file_source,
            request_id,
            union_id,
        }
    }
    /// Sets `contractFile`.
    pub fn contract_file(
        mut self,
        value: CreateContractAppsExtractTaskRequestContractFile,
    ) -> Self {
        self.contract_file = Some(value);
        self
    }
    /// Sets `contractFileDownloadUrl`.
    pub fn contract_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.contract_file_download_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsExtractTaskRequest { "contractFile" => optional(contract_file),
    "contractFileDownloadUrl" => optional(contract_file_download_url), "contractFileName"
    => field(contract_file_name), "extractKeys" => field(extract_keys), "fileSource" =>
    field(file_source), "requestId" => field(request_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsExtractTaskRequest { "contractFile" => read_field(contract_file),
    "contractFileDownloadUrl" => read_field(contract_file_download_url),
    "contractFileName" => read_field(contract_file_name), "extractKeys" =>
    read_field(extract_keys), "fileSource" => read_field(file_source), "requestId" =>
    read_field(request_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateContractAppsExtractTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_review_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskRequest {
    /// `contractFile`.
    pub contract_file: Option<CreateContractAppsReviewTaskRequestContractFile>,
    /// `contractFileDownloadUrl`.
    pub contract_file_download_url: Option<String>,
    /// `contractFileName`.
    pub contract_file_name: String,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
    /// `reviewCustomRules`.
    pub review_custom_rules: Option<
        Vec<CreateContractAppsReviewTaskRequestReviewCustomRules>,
    >,
    /// `ruleType`.
    pub rule_type: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateContractAppsReviewTaskRequest`], each named where it is set: `CreateContractAppsReviewTaskRequest::new(CreateContractAppsReviewTaskRequired { .. })`.
pub struct CreateContractAppsReviewTaskRequired {
    /// `contractFileName`: see [`CreateContractAppsReviewTaskRequest::contract_file_name`].
    pub contract_file_name: String,
    /// `fileSource`: see [`CreateContractAppsReviewTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractAppsReviewTaskRequest::request_id`].
    pub request_id: String,
    /// `unionId`: see [`CreateContractAppsReviewTaskRequest::union_id`].
    pub union_id: String,
}
impl CreateContractAppsReviewTaskRequest {
    /// A `CreateContractAppsReviewTaskRequest` with its required fields (`contractFileName`, `fileSource`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateContractAppsReviewTaskRequired) -> Self {
        let CreateContractAppsReviewTaskRequired {
            contract_file_name,
            file_source,
            request_id,
            union_id,
        } = required;
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name,
            file_source,
            request_id,
            review_custom_rules: None,
            rule_type: None,
            standpoint: None,
            union_id,
        }
    }
    /// Sets `contractFile`.
    pub fn contract_file(
        mut self,
        value: CreateContractAppsReviewTaskRequestContractFile,
    ) -> Self {
        self.contract_file = Some(value);
        self
    }
    /// Sets `contractFileDownloadUrl`.
    pub fn contract_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.contract_file_download_url = Some(value.into());
        self
    }
    /// Sets `reviewCustomRules`.
    pub fn review_custom_rules(
        mut self,
        value: impl IntoIterator<
            Item = CreateContractAppsReviewTaskRequestReviewCustomRules,
        >,
    ) -> Self {
        self.review_custom_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `ruleType`.
    pub fn rule_type(mut self, value: impl Into<String>) -> Self {
        self.rule_type = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsReviewTaskRequest { "contractFile" => optional(contract_file),
    "contractFileDownloadUrl" => optional(contract_file_download_url), "contractFileName"
    => field(contract_file_name), "fileSource" => field(file_source), "requestId" =>
    field(request_id), "reviewCustomRules" => optional(review_custom_rules), "ruleType"
    => optional(rule_type), "standpoint" => optional(standpoint), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsReviewTaskRequest { "contractFile" => read_field(contract_file),
    "contractFileDownloadUrl" => read_field(contract_file_download_url),
    "contractFileName" => read_field(contract_file_name), "fileSource" =>
    read_field(file_source), "requestId" => read_field(request_id), "reviewCustomRules"
    => read_field(review_custom_rules), "ruleType" => read_field(rule_type), "standpoint"
    => read_field(standpoint), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateContractAppsReviewTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_terms_extract_eask`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractAppsTermsExtractEaskRequest {
    /// `contractFile`.
    pub contract_file: Option<CreateContractAppsTermsExtractEaskRequestContractFile>,
    /// `contractFileDownloadUrl`.
    pub contract_file_download_url: Option<String>,
    /// `contractFileName`.
    pub contract_file_name: Option<String>,
    /// `extractRules`.
    pub extract_rules: Option<
        Vec<CreateContractAppsTermsExtractEaskRequestExtractRules>,
    >,
    /// `fileSource`.
    pub file_source: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateContractAppsTermsExtractEaskRequest`], each named where it is set: `CreateContractAppsTermsExtractEaskRequest::new(CreateContractAppsTermsExtractEaskRequired { .. })`.
pub struct CreateContractAppsTermsExtractEaskRequired {
    /// `unionId`: see [`CreateContractAppsTermsExtractEaskRequest::union_id`].
    pub union_id: String,
}
impl CreateContractAppsTermsExtractEaskRequest {
    /// A `CreateContractAppsTermsExtractEaskRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: CreateContractAppsTermsExtractEaskRequired) -> Self {
        let CreateContractAppsTermsExtractEaskRequired { union_id } = required;
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: None,
            extract_rules: None,
            file_source: None,
            request_id: None,
            union_id,
        }
    }
    /// Sets `contractFile`.
    pub fn contract_file(
        mut self,
        value: CreateContractAppsTermsExtractEaskRequestContractFile,
    ) -> Self {
        self.contract_file = Some(value);
        self
    }
    /// Sets `contractFileDownloadUrl`.
    pub fn contract_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.contract_file_download_url = Some(value.into());
        self
    }
    /// Sets `contractFileName`.
    pub fn contract_file_name(mut self, value: impl Into<String>) -> Self {
        self.contract_file_name = Some(value.into());
        self
    }
    /// Sets `extractRules`.
    pub fn extract_rules(
        mut self,
        value: impl IntoIterator<
            Item = CreateContractAppsTermsExtractEaskRequestExtractRules,
        >,
    ) -> Self {
        self.extract_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `fileSource`.
    pub fn file_source(mut self, value: impl Into<String>) -> Self {
        self.file_source = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractAppsTermsExtractEaskRequest { "contractFile" =>
    optional(contract_file), "contractFileDownloadUrl" =>
    optional(contract_file_download_url), "contractFileName" =>
    optional(contract_file_name), "extractRules" => optional(extract_rules), "fileSource"
    => optional(file_source), "requestId" => optional(request_id), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractAppsTermsExtractEaskRequest { "contractFile" =>
    read_field(contract_file), "contractFileDownloadUrl" =>
    read_field(contract_file_download_url), "contractFileName" =>
    read_field(contract_file_name), "extractRules" => read_field(extract_rules),
    "fileSource" => read_field(file_source), "requestId" => read_field(request_id),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateContractAppsTermsExtractEaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_compare_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractCompareTaskRequest {
    /// `comparativeFile`.
    pub comparative_file: Option<CreateContractCompareTaskRequestComparativeFile>,
    /// `comparativeFileDownloadUrl`.
    pub comparative_file_download_url: Option<String>,
    /// `comparativeFileName`.
    pub comparative_file_name: String,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
    /// `standardFile`.
    pub standard_file: Option<CreateContractCompareTaskRequestStandardFile>,
    /// `standardFileDownloadUrl`.
    pub standard_file_download_url: Option<String>,
    /// `standardFileName`.
    pub standard_file_name: String,
}
/// The required fields of [`CreateContractCompareTaskRequest`], each named where it is set: `CreateContractCompareTaskRequest::new(CreateContractCompareTaskRequired { .. })`.
pub struct CreateContractCompareTaskRequired {
    /// `comparativeFileName`: see [`CreateContractCompareTaskRequest::comparative_file_name`].
    pub comparative_file_name: String,
    /// `fileSource`: see [`CreateContractCompareTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractCompareTaskRequest::request_id`].
    pub request_id: String,
    /// `standardFileName`: see [`CreateContractCompareTaskRequest::standard_file_name`].
    pub standard_file_name: String,
}
impl CreateContractCompareTaskRequest {
    /// A `CreateContractCompareTaskRequest` with its required fields (`comparativeFileName`, `fileSource`, `requestId`, `standardFileName`); set the others with the methods named after them.
    pub fn new(required: CreateContractCompareTaskRequired) -> Self {
        let CreateContractCompareTaskRequired {
            comparative_file_name,
            file_source,
            request_id,
            standard_file_name,
        } = required;
        Self {
            comparative_file: None,
            comparative_file_download_url: None,
            comparative_file_name,
            file_source,
            request_id,
            standard_file: None,
            standard_file_download_url: None,
            standard_file_name,
        }
    }
    /// Sets `comparativeFile`.
    pub fn comparative_file(
        mut self,
        value: CreateContractCompareTaskRequestComparativeFile,
    ) -> Self {
        self.comparative_file = Some(value);
        self
    }
    /// Sets `comparativeFileDownloadUrl`.
    pub fn comparative_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.comparative_file_download_url = Some(value.into());
        self
    }
    /// Sets `standardFile`.
    pub fn standard_file(
        mut self,
        value: CreateContractCompareTaskRequestStandardFile,
    ) -> Self {
        self.standard_file = Some(value);
        self
    }
    /// Sets `standardFileDownloadUrl`.
    pub fn standard_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.standard_file_download_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractCompareTaskRequest { "comparativeFile" => optional(comparative_file),
    "comparativeFileDownloadUrl" => optional(comparative_file_download_url),
    "comparativeFileName" => field(comparative_file_name), "fileSource" =>
    field(file_source), "requestId" => field(request_id), "standardFile" =>
    optional(standard_file), "standardFileDownloadUrl" =>
    optional(standard_file_download_url), "standardFileName" => field(standard_file_name)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractCompareTaskRequest { "comparativeFile" => read_field(comparative_file),
    "comparativeFileDownloadUrl" => read_field(comparative_file_download_url),
    "comparativeFileName" => read_field(comparative_file_name), "fileSource" =>
    read_field(file_source), "requestId" => read_field(request_id), "standardFile" =>
    read_field(standard_file), "standardFileDownloadUrl" =>
    read_field(standard_file_download_url), "standardFileName" =>
    read_field(standard_file_name) }
}
impl rt::WriteRequest for CreateContractCompareTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_extract_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractExtractTaskRequest {
    /// `contractFile`.
    pub contract_file: Option<CreateContractExtractTaskRequestContractFile>,
    /// `contractFileDownloadUrl`.
    pub contract_file_download_url: Option<String>,
    /// `contractFileName`.
    pub contract_file_name: String,
    /// `extractKeys`.
    pub extract_keys: Vec<String>,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
}
/// The required fields of [`CreateContractExtractTaskRequest`], each named where it is set: `CreateContractExtractTaskRequest::new(CreateContractExtractTaskRequired { .. })`.
pub struct CreateContractExtractTaskRequired {
    /// `contractFileName`: see [`CreateContractExtractTaskRequest::contract_file_name`].
    pub contract_file_name: String,
    /// `extractKeys`: see [`CreateContractExtractTaskRequest::extract_keys`].
    pub extract_keys: Vec<String>,
    /// `fileSource`: see [`CreateContractExtractTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractExtractTaskRequest::request_id`].
    pub request_id: String,
}
impl CreateContractExtractTaskRequest {
    /// A `CreateContractExtractTaskRequest` with its required fields (`contractFileName`, `extractKeys`, `fileSource`, `requestId`); set the others with the methods named after them.
    pub fn new(required: CreateContractExtractTaskRequired) -> Self {
        let CreateContractExtractTaskRequired {
            contract_file_name,
            extract_keys,
            file_source,
            request_id,
        } = required;
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name,
            extract_keys,
            file_source,
            request_id,
        }
    }
    /// Sets `contractFile`.
    pub fn contract_file(
        mut self,
        value: CreateContractExtractTaskRequestContractFile,
    ) -> Self {
        self.contract_file = Some(value);
        self
    }
    /// Sets `contractFileDownloadUrl`.
    pub fn contract_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.contract_file_download_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractExtractTaskRequest { "contractFile" => optional(contract_file),
    "contractFileDownloadUrl" => optional(contract_file_download_url), "contractFileName"
    => field(contract_file_name), "extractKeys" => field(extract_keys), "fileSource" =>
    field(file_source), "requestId" => field(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractExtractTaskRequest { "contractFile" => read_field(contract_file),
    "contractFileDownloadUrl" => read_field(contract_file_download_url),
    "contractFileName" => read_field(contract_file_name), "extractKeys" =>
    read_field(extract_keys), "fileSource" => read_field(file_source), "requestId" =>
    read_field(request_id) }
}
impl rt::WriteRequest for CreateContractExtractTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_review`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractReviewRequest {
    /// `companyList`.
    pub company_list: Option<Vec<String>>,
    /// `customReviewRules`.
    pub custom_review_rules: Option<String>,
    /// `fileInfo`.
    pub file_info: Option<CreateContractReviewRequestFileInfo>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
    /// `reviewPosition`.
    pub review_position: Option<String>,
    /// `reviewResultType`.
    pub review_result_type: Option<String>,
    /// `reviewType`.
    pub review_type: Option<String>,
}
impl CreateContractReviewRequest {
    /// An empty `CreateContractReviewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyList`.
    pub fn company_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.company_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `customReviewRules`.
    pub fn custom_review_rules(mut self, value: impl Into<String>) -> Self {
        self.custom_review_rules = Some(value.into());
        self
    }
    /// Sets `fileInfo`.
    pub fn file_info(mut self, value: CreateContractReviewRequestFileInfo) -> Self {
        self.file_info = Some(value);
        self
    }
    /// Sets `originatorUserId`.
    pub fn originator_user_id(mut self, value: impl Into<String>) -> Self {
        self.originator_user_id = Some(value.into());
        self
    }
    /// Sets `reviewPosition`.
    pub fn review_position(mut self, value: impl Into<String>) -> Self {
        self.review_position = Some(value.into());
        self
    }
    /// Sets `reviewResultType`.
    pub fn review_result_type(mut self, value: impl Into<String>) -> Self {
        self.review_result_type = Some(value.into());
        self
    }
    /// Sets `reviewType`.
    pub fn review_type(mut self, value: impl Into<String>) -> Self {
        self.review_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractReviewRequest { "companyList" => optional(company_list),
    "customReviewRules" => optional(custom_review_rules), "fileInfo" =>
    optional(file_info), "originatorUserId" => optional(originator_user_id),
    "reviewPosition" => optional(review_position), "reviewResultType" =>
    optional(review_result_type), "reviewType" => optional(review_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractReviewRequest { "companyList" => read_field(company_list),
    "customReviewRules" => read_field(custom_review_rules), "fileInfo" =>
    read_field(file_info), "originatorUserId" => read_field(originator_user_id),
    "reviewPosition" => read_field(review_position), "reviewResultType" =>
    read_field(review_result_type), "reviewType" => read_field(review_type) }
}
impl rt::WriteRequest for CreateContractReviewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_review_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateContractReviewTaskRequest {
    /// `contractFile`.
    pub contract_file: Option<CreateContractReviewTaskRequestContractFile>,
    /// `contractFileDownloadUrl`.
    pub contract_file_download_url: Option<String>,
    /// `contractFileName`.
    pub contract_file_name: String,
    /// `fileSource`.
    pub file_source: String,
    /// `requestId`.
    pub request_id: String,
    /// `reviewCustomRules`.
    pub review_custom_rules: Option<
        Vec<CreateContractReviewTaskRequestReviewCustomRules>,
    >,
    /// `ruleType`.
    pub rule_type: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
/// The required fields of [`CreateContractReviewTaskRequest`], each named where it is set: `CreateContractReviewTaskRequest::new(CreateContractReviewTaskRequired { .. })`.
pub struct CreateContractReviewTaskRequired {
    /// `contractFileName`: see [`CreateContractReviewTaskRequest::contract_file_name`].
    pub contract_file_name: String,
    /// `fileSource`: see [`CreateContractReviewTaskRequest::file_source`].
    pub file_source: String,
    /// `requestId`: see [`CreateContractReviewTaskRequest::request_id`].
    pub request_id: String,
}
impl CreateContractReviewTaskRequest {
    /// A `CreateContractReviewTaskRequest` with its required fields (`contractFileName`, `fileSource`, `requestId`); set the others with the methods named after them.
    pub fn new(required: CreateContractReviewTaskRequired) -> Self {
        let CreateContractReviewTaskRequired {
            contract_file_name,
            file_source,
            request_id,
        } = required;
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name,
            file_source,
            request_id,
            review_custom_rules: None,
            rule_type: None,
            standpoint: None,
        }
    }
    /// Sets `contractFile`.
    pub fn contract_file(
        mut self,
        value: CreateContractReviewTaskRequestContractFile,
    ) -> Self {
        self.contract_file = Some(value);
        self
    }
    /// Sets `contractFileDownloadUrl`.
    pub fn contract_file_download_url(mut self, value: impl Into<String>) -> Self {
        self.contract_file_download_url = Some(value.into());
        self
    }
    /// Sets `reviewCustomRules`.
    pub fn review_custom_rules(
        mut self,
        value: impl IntoIterator<Item = CreateContractReviewTaskRequestReviewCustomRules>,
    ) -> Self {
        self.review_custom_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `ruleType`.
    pub fn rule_type(mut self, value: impl Into<String>) -> Self {
        self.rule_type = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateContractReviewTaskRequest { "contractFile" => optional(contract_file),
    "contractFileDownloadUrl" => optional(contract_file_download_url), "contractFileName"
    => field(contract_file_name), "fileSource" => field(file_source), "requestId" =>
    field(request_id), "reviewCustomRules" => optional(review_custom_rules), "ruleType"
    => optional(rule_type), "standpoint" => optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateContractReviewTaskRequest { "contractFile" => read_field(contract_file),
    "contractFileDownloadUrl" => read_field(contract_file_download_url),
    "contractFileName" => read_field(contract_file_name), "fileSource" =>
    read_field(file_source), "requestId" => read_field(request_id), "reviewCustomRules"
    => read_field(review_custom_rules), "ruleType" => read_field(rule_type), "standpoint"
    => read_field(standpoint) }
}
impl rt::WriteRequest for CreateContractReviewTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_review_checklist`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateReviewChecklistRequest {
    /// `corp_id`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `rules`: JSON-encoded in a string.
    pub rules: Option<Vec<CreateReviewChecklistRequestRules>>,
}
impl CreateReviewChecklistRequest {
    /// An empty `CreateReviewChecklistRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corp_id`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `rules`.
    pub fn rules(
        mut self,
        value: impl IntoIterator<Item = CreateReviewChecklistRequestRules>,
    ) -> Self {
        self.rules = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateReviewChecklistRequest { "corp_id" => optional(corp_id), "name" =>
    optional(name), "rules" => optional_json(rules) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateReviewChecklistRequest { "corp_id" => read_field(corp_id), "name" =>
    read_field(name), "rules" => read_field(rules) }
}
impl rt::WriteRequest for CreateReviewChecklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sign_flow`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowRequest {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `signDocs`.
    pub sign_docs: Option<Vec<CreateSignFlowRequestSignDocs>>,
    /// `signFlowConfig`.
    pub sign_flow_config: Option<CreateSignFlowRequestSignFlowConfig>,
    /// `signFlowInitiator`.
    pub sign_flow_initiator: Option<CreateSignFlowRequestSignFlowInitiator>,
    /// `signers`.
    pub signers: Option<Vec<CreateSignFlowRequestSigners>>,
}
impl CreateSignFlowRequest {
    /// An empty `CreateSignFlowRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizFlowId`.
    pub fn biz_flow_id(mut self, value: impl Into<String>) -> Self {
        self.biz_flow_id = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `signDocs`.
    pub fn sign_docs(
        mut self,
        value: impl IntoIterator<Item = CreateSignFlowRequestSignDocs>,
    ) -> Self {
        self.sign_docs = Some(value.into_iter().collect());
        self
    }
    /// Sets `signFlowConfig`.
    pub fn sign_flow_config(
        mut self,
        value: CreateSignFlowRequestSignFlowConfig,
    ) -> Self {
        self.sign_flow_config = Some(value);
        self
    }
    /// Sets `signFlowInitiator`.
    pub fn sign_flow_initiator(
        mut self,
        value: CreateSignFlowRequestSignFlowInitiator,
    ) -> Self {
        self.sign_flow_initiator = Some(value);
        self
    }
    /// Sets `signers`.
    pub fn signers(
        mut self,
        value: impl IntoIterator<Item = CreateSignFlowRequestSigners>,
    ) -> Self {
        self.signers = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateSignFlowRequest { "bizFlowId" => optional(biz_flow_id), "requestId" =>
    optional(request_id), "signDocs" => optional(sign_docs), "signFlowConfig" =>
    optional(sign_flow_config), "signFlowInitiator" => optional(sign_flow_initiator),
    "signers" => optional(signers) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSignFlowRequest { "bizFlowId" => read_field(biz_flow_id), "requestId" =>
    read_field(request_id), "signDocs" => read_field(sign_docs), "signFlowConfig" =>
    read_field(sign_flow_config), "signFlowInitiator" => read_field(sign_flow_initiator),
    "signers" => read_field(signers) }
}
impl rt::WriteRequest for CreateSignFlowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_template_process_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplateProcessTaskRequest {
    /// `fillData`.
    pub fill_data: Option<Vec<CreateTemplateProcessTaskRequestFillData>>,
    /// `formId`.
    pub form_id: Option<String>,
    /// `mode`.
    pub mode: Option<String>,
}
impl CreateTemplateProcessTaskRequest {
    /// An empty `CreateTemplateProcessTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fillData`.
    pub fn fill_data(
        mut self,
        value: impl IntoIterator<Item = CreateTemplateProcessTaskRequestFillData>,
    ) -> Self {
        self.fill_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `formId`.
    pub fn form_id(mut self, value: impl Into<String>) -> Self {
        self.form_id = Some(value.into());
        self
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTemplateProcessTaskRequest { "fillData" => optional(fill_data), "formId" =>
    optional(form_id), "mode" => optional(mode) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplateProcessTaskRequest { "fillData" => read_field(fill_data), "formId" =>
    read_field(form_id), "mode" => read_field(mode) }
}
impl rt::WriteRequest for CreateTemplateProcessTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_query_approval_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryApprovalInfoRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `esignFlowId`.
    pub esign_flow_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl EsignQueryApprovalInfoRequest {
    /// An empty `EsignQueryApprovalInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `esignFlowId`.
    pub fn esign_flow_id(mut self, value: impl Into<String>) -> Self {
        self.esign_flow_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EsignQueryApprovalInfoRequest { "corpId" => optional(corp_id), "esignFlowId" =>
    optional(esign_flow_id), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignQueryApprovalInfoRequest { "corpId" => read_field(corp_id), "esignFlowId" =>
    read_field(esign_flow_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for EsignQueryApprovalInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_query_grant_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryGrantInfoRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl EsignQueryGrantInfoRequest {
    /// An empty `EsignQueryGrantInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EsignQueryGrantInfoRequest { "corpId" => optional(corp_id), "extension" =>
    optional(extension), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignQueryGrantInfoRequest { "corpId" => read_field(corp_id), "extension" =>
    read_field(extension), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for EsignQueryGrantInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_query_identity_by_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `ticket`.
    pub ticket: String,
}
/// The required fields of [`EsignQueryIdentityByTicketRequest`], each named where it is set: `EsignQueryIdentityByTicketRequest::new(EsignQueryIdentityByTicketRequired { .. })`.
pub struct EsignQueryIdentityByTicketRequired {
    /// `corpId`: see [`EsignQueryIdentityByTicketRequest::corp_id`].
    pub corp_id: String,
    /// `ticket`: see [`EsignQueryIdentityByTicketRequest::ticket`].
    pub ticket: String,
}
impl EsignQueryIdentityByTicketRequest {
    /// A `EsignQueryIdentityByTicketRequest` with its required fields (`corpId`, `ticket`); set the others with the methods named after them.
    pub fn new(required: EsignQueryIdentityByTicketRequired) -> Self {
        let EsignQueryIdentityByTicketRequired { corp_id, ticket } = required;
        Self {
            corp_id,
            extension: None,
            ticket,
        }
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    EsignQueryIdentityByTicketRequest { "corpId" => field(corp_id), "extension" =>
    optional(extension), "ticket" => field(ticket) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignQueryIdentityByTicketRequest { "corpId" => read_field(corp_id), "extension" =>
    read_field(extension), "ticket" => read_field(ticket) }
}
impl rt::WriteRequest for EsignQueryIdentityByTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_sync_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EsignSyncEventRequest {
    /// `action`.
    pub action: String,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `esignData`.
    pub esign_data: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `unionId`.
    pub union_id: Option<String>,
}
/// The required fields of [`EsignSyncEventRequest`], each named where it is set: `EsignSyncEventRequest::new(EsignSyncEventRequired { .. })`.
pub struct EsignSyncEventRequired {
    /// `action`: see [`EsignSyncEventRequest::action`].
    pub action: String,
}
impl EsignSyncEventRequest {
    /// A `EsignSyncEventRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(required: EsignSyncEventRequired) -> Self {
        let EsignSyncEventRequired { action } = required;
        Self {
            action,
            corp_id: None,
            esign_data: None,
            extension: None,
            union_id: None,
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `esignData`.
    pub fn esign_data(mut self, value: impl Into<String>) -> Self {
        self.esign_data = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EsignSyncEventRequest { "action" => field(action), "corpId" => optional(corp_id),
    "esignData" => optional(esign_data), "extension" => optional(extension), "unionId" =>
    optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignSyncEventRequest { "action" => read_field(action), "corpId" =>
    read_field(corp_id), "esignData" => read_field(esign_data), "extension" =>
    read_field(extension), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for EsignSyncEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_user_verify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EsignUserVerifyRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`EsignUserVerifyRequest`], each named where it is set: `EsignUserVerifyRequest::new(EsignUserVerifyRequired { .. })`.
pub struct EsignUserVerifyRequired {
    /// `corpId`: see [`EsignUserVerifyRequest::corp_id`].
    pub corp_id: String,
    /// `unionId`: see [`EsignUserVerifyRequest::union_id`].
    pub union_id: String,
}
impl EsignUserVerifyRequest {
    /// A `EsignUserVerifyRequest` with its required fields (`corpId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: EsignUserVerifyRequired) -> Self {
        let EsignUserVerifyRequired { corp_id, union_id } = required;
        Self { corp_id, union_id }
    }
}
rt::impl_serialize! {
    EsignUserVerifyRequest { "corpId" => field(corp_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignUserVerifyRequest { "corpId" => read_field(corp_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for EsignUserVerifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::finish_review_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FinishReviewOrderRequest {
    /// `endFiles`.
    pub end_files: Option<Vec<FinishReviewOrderRequestEndFiles>>,
    /// `extension`.
    pub extension: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
}
impl FinishReviewOrderRequest {
    /// An empty `FinishReviewOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endFiles`.
    pub fn end_files(
        mut self,
        value: impl IntoIterator<Item = FinishReviewOrderRequestEndFiles>,
    ) -> Self {
        self.end_files = Some(value.into_iter().collect());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    FinishReviewOrderRequest { "endFiles" => optional(end_files), "extension" =>
    optional(extension), "orderId" => optional(order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FinishReviewOrderRequest { "endFiles" => read_field(end_files), "extension" =>
    read_field(extension), "orderId" => read_field(order_id) }
}
impl rt::WriteRequest for FinishReviewOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_async_create_contract_analysis`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAsyncCreateContractAnalysisRequest {
    /// `fileInfo`.
    pub file_info: Option<GetAsyncCreateContractAnalysisRequestFileInfo>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
}
impl GetAsyncCreateContractAnalysisRequest {
    /// An empty `GetAsyncCreateContractAnalysisRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileInfo`.
    pub fn file_info(
        mut self,
        value: GetAsyncCreateContractAnalysisRequestFileInfo,
    ) -> Self {
        self.file_info = Some(value);
        self
    }
    /// Sets `originatorUserId`.
    pub fn originator_user_id(mut self, value: impl Into<String>) -> Self {
        self.originator_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetAsyncCreateContractAnalysisRequest { "fileInfo" => optional(file_info),
    "originatorUserId" => optional(originator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAsyncCreateContractAnalysisRequest { "fileInfo" => read_field(file_info),
    "originatorUserId" => read_field(originator_user_id) }
}
impl rt::WriteRequest for GetAsyncCreateContractAnalysisRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_contract_analysis_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractAnalysisResultRequest {
    /// `fileInfo`.
    pub file_info: Option<GetContractAnalysisResultRequestFileInfo>,
    /// `originatorUserId`.
    pub originator_user_id: Option<String>,
}
impl GetContractAnalysisResultRequest {
    /// An empty `GetContractAnalysisResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileInfo`.
    pub fn file_info(mut self, value: GetContractAnalysisResultRequestFileInfo) -> Self {
        self.file_info = Some(value);
        self
    }
    /// Sets `originatorUserId`.
    pub fn originator_user_id(mut self, value: impl Into<String>) -> Self {
        self.originator_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetContractAnalysisResultRequest { "fileInfo" => optional(file_info),
    "originatorUserId" => optional(originator_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractAnalysisResultRequest { "fileInfo" => read_field(file_info),
    "originatorUserId" => read_field(originator_user_id) }
}
impl rt::WriteRequest for GetContractAnalysisResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_contract_review_benefit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewBenefitRequest {
    /// `reviewType`.
    pub review_type: String,
    /// `taskId`.
    pub task_id: String,
}
/// The required fields of [`GetContractReviewBenefitRequest`], each named where it is set: `GetContractReviewBenefitRequest::new(GetContractReviewBenefitRequired { .. })`.
pub struct GetContractReviewBenefitRequired {
    /// `reviewType`: see [`GetContractReviewBenefitRequest::review_type`].
    pub review_type: String,
    /// `taskId`: see [`GetContractReviewBenefitRequest::task_id`].
    pub task_id: String,
}
impl GetContractReviewBenefitRequest {
    /// A `GetContractReviewBenefitRequest` with its required fields (`reviewType`, `taskId`); set the others with the methods named after them.
    pub fn new(required: GetContractReviewBenefitRequired) -> Self {
        let GetContractReviewBenefitRequired { review_type, task_id } = required;
        Self { review_type, task_id }
    }
}
rt::impl_serialize! {
    GetContractReviewBenefitRequest { "reviewType" => field(review_type), "taskId" =>
    field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractReviewBenefitRequest { "reviewType" => read_field(review_type), "taskId"
    => read_field(task_id) }
}
impl rt::WriteRequest for GetContractReviewBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_contract_review_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<GetContractReviewResultRequestBody>,
}
impl GetContractReviewResultRequest {
    /// An empty `GetContractReviewResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: GetContractReviewResultRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractReviewResultRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for GetContractReviewResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::get_contract_review_results`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultsRequest {
    /// `review_id`: a query parameter.
    pub review_id: Option<String>,
    /// `session_id`: a query parameter.
    pub session_id: Option<String>,
}
impl GetContractReviewResultsRequest {
    /// An empty `GetContractReviewResultsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `review_id`.
    pub fn review_id(mut self, value: impl Into<String>) -> Self {
        self.review_id = Some(value.into());
        self
    }
    /// Sets `session_id`.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractReviewResultsRequest { "review_id" => read_field(review_id), "session_id"
    => read_field(session_id) }
}
impl rt::WriteRequest for GetContractReviewResultsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("review_id", &self.review_id);
        writer.query("session_id", &self.session_id);
    }
}
/// The request of [`Api::get_contract_review_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewStatusRequest {
    /// `review_id`: a query parameter.
    pub review_id: Option<String>,
    /// `session_id`: a query parameter.
    pub session_id: String,
}
/// The required fields of [`GetContractReviewStatusRequest`], each named where it is set: `GetContractReviewStatusRequest::new(GetContractReviewStatusRequired { .. })`.
pub struct GetContractReviewStatusRequired {
    /// `session_id`: see [`GetContractReviewStatusRequest::session_id`].
    pub session_id: String,
}
impl GetContractReviewStatusRequest {
    /// A `GetContractReviewStatusRequest` with its required fields (`session_id`); set the others with the methods named after them.
    pub fn new(required: GetContractReviewStatusRequired) -> Self {
        let GetContractReviewStatusRequired { session_id } = required;
        Self {
            review_id: None,
            session_id,
        }
    }
    /// Sets `review_id`.
    pub fn review_id(mut self, value: impl Into<String>) -> Self {
        self.review_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractReviewStatusRequest { "review_id" => read_field(review_id), "session_id"
    => read_field(session_id) }
}
impl rt::WriteRequest for GetContractReviewStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("review_id", &self.review_id);
        writer.query("session_id", &self.session_id);
    }
}
/// The request of [`Api::get_contract_subject_risk_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultRequest {
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl GetContractSubjectRiskResultRequest {
    /// An empty `GetContractSubjectRiskResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reviewType`.
    pub fn review_type(mut self, value: impl Into<String>) -> Self {
        self.review_type = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetContractSubjectRiskResultRequest { "reviewType" => optional(review_type), "taskId"
    => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractSubjectRiskResultRequest { "reviewType" => read_field(review_type),
    "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetContractSubjectRiskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_download_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadUrlRequest {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
}
impl GetFileDownloadUrlRequest {
    /// An empty `GetFileDownloadUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizFlowId`.
    pub fn biz_flow_id(mut self, value: impl Into<String>) -> Self {
        self.biz_flow_id = Some(value.into());
        self
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `signFlowId`.
    pub fn sign_flow_id(mut self, value: impl Into<String>) -> Self {
        self.sign_flow_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetFileDownloadUrlRequest { "bizFlowId" => optional(biz_flow_id), "fileId" =>
    optional(file_id), "requestId" => optional(request_id), "signFlowId" =>
    optional(sign_flow_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileDownloadUrlRequest { "bizFlowId" => read_field(biz_flow_id), "fileId" =>
    read_field(file_id), "requestId" => read_field(request_id), "signFlowId" =>
    read_field(sign_flow_id) }
}
impl rt::WriteRequest for GetFileDownloadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_esign_free_trail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenEsignFreeTrailRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
/// The required fields of [`OpenEsignFreeTrailRequest`], each named where it is set: `OpenEsignFreeTrailRequest::new(OpenEsignFreeTrailRequired { .. })`.
pub struct OpenEsignFreeTrailRequired {
    /// `corpId`: see [`OpenEsignFreeTrailRequest::corp_id`].
    pub corp_id: String,
}
impl OpenEsignFreeTrailRequest {
    /// A `OpenEsignFreeTrailRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: OpenEsignFreeTrailRequired) -> Self {
        let OpenEsignFreeTrailRequired { corp_id } = required;
        Self { corp_id, extension: None }
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    OpenEsignFreeTrailRequest { "corpId" => field(corp_id), "extension" =>
    optional(extension) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenEsignFreeTrailRequest { "corpId" => read_field(corp_id), "extension" =>
    read_field(extension) }
}
impl rt::WriteRequest for OpenEsignFreeTrailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_advanced_contract_version`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAdvancedContractVersionRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl QueryAdvancedContractVersionRequest {
    /// An empty `QueryAdvancedContractVersionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    QueryAdvancedContractVersionRequest { "corpId" => optional(corp_id), "extension" =>
    optional(extension) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAdvancedContractVersionRequest { "corpId" => read_field(corp_id), "extension" =>
    read_field(extension) }
}
impl rt::WriteRequest for QueryAdvancedContractVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_compare_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultRequest {
    /// `compareTaskId`.
    pub compare_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`QueryContractAppsCompareResultRequest`], each named where it is set: `QueryContractAppsCompareResultRequest::new(QueryContractAppsCompareResultRequired { .. })`.
pub struct QueryContractAppsCompareResultRequired {
    /// `compareTaskId`: see [`QueryContractAppsCompareResultRequest::compare_task_id`].
    pub compare_task_id: String,
    /// `requestId`: see [`QueryContractAppsCompareResultRequest::request_id`].
    pub request_id: String,
    /// `unionId`: see [`QueryContractAppsCompareResultRequest::union_id`].
    pub union_id: String,
}
impl QueryContractAppsCompareResultRequest {
    /// A `QueryContractAppsCompareResultRequest` with its required fields (`compareTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryContractAppsCompareResultRequired) -> Self {
        let QueryContractAppsCompareResultRequired {
            compare_task_id,
            request_id,
            union_id,
        } = required;
        Self {
            compare_task_id,
            request_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractAppsCompareResultRequest { "compareTaskId" => field(compare_task_id),
    "requestId" => field(request_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractAppsCompareResultRequest { "compareTaskId" =>
    read_field(compare_task_id), "requestId" => read_field(request_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryContractAppsCompareResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`QueryContractAppsExtractResultRequest`], each named where it is set: `QueryContractAppsExtractResultRequest::new(QueryContractAppsExtractResultRequired { .. })`.
pub struct QueryContractAppsExtractResultRequired {
    /// `extractTaskId`: see [`QueryContractAppsExtractResultRequest::extract_task_id`].
    pub extract_task_id: String,
    /// `requestId`: see [`QueryContractAppsExtractResultRequest::request_id`].
    pub request_id: String,
    /// `unionId`: see [`QueryContractAppsExtractResultRequest::union_id`].
    pub union_id: String,
}
impl QueryContractAppsExtractResultRequest {
    /// A `QueryContractAppsExtractResultRequest` with its required fields (`extractTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryContractAppsExtractResultRequired) -> Self {
        let QueryContractAppsExtractResultRequired {
            extract_task_id,
            request_id,
            union_id,
        } = required;
        Self {
            extract_task_id,
            request_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractAppsExtractResultRequest { "extractTaskId" => field(extract_task_id),
    "requestId" => field(request_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractAppsExtractResultRequest { "extractTaskId" =>
    read_field(extract_task_id), "requestId" => read_field(request_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryContractAppsExtractResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_review_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultRequest {
    /// `requestId`.
    pub request_id: String,
    /// `reviewTaskId`.
    pub review_task_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`QueryContractAppsReviewResultRequest`], each named where it is set: `QueryContractAppsReviewResultRequest::new(QueryContractAppsReviewResultRequired { .. })`.
pub struct QueryContractAppsReviewResultRequired {
    /// `requestId`: see [`QueryContractAppsReviewResultRequest::request_id`].
    pub request_id: String,
    /// `reviewTaskId`: see [`QueryContractAppsReviewResultRequest::review_task_id`].
    pub review_task_id: String,
    /// `unionId`: see [`QueryContractAppsReviewResultRequest::union_id`].
    pub union_id: String,
}
impl QueryContractAppsReviewResultRequest {
    /// A `QueryContractAppsReviewResultRequest` with its required fields (`requestId`, `reviewTaskId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryContractAppsReviewResultRequired) -> Self {
        let QueryContractAppsReviewResultRequired {
            request_id,
            review_task_id,
            union_id,
        } = required;
        Self {
            request_id,
            review_task_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractAppsReviewResultRequest { "requestId" => field(request_id),
    "reviewTaskId" => field(review_task_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractAppsReviewResultRequest { "requestId" => read_field(request_id),
    "reviewTaskId" => read_field(review_task_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryContractAppsReviewResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_terms_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`QueryContractAppsTermsExtractResultRequest`], each named where it is set: `QueryContractAppsTermsExtractResultRequest::new(QueryContractAppsTermsExtractResultRequired { .. })`.
pub struct QueryContractAppsTermsExtractResultRequired {
    /// `extractTaskId`: see [`QueryContractAppsTermsExtractResultRequest::extract_task_id`].
    pub extract_task_id: String,
    /// `requestId`: see [`QueryContractAppsTermsExtractResultRequest::request_id`].
    pub request_id: String,
    /// `unionId`: see [`QueryContractAppsTermsExtractResultRequest::union_id`].
    pub union_id: String,
}
impl QueryContractAppsTermsExtractResultRequest {
    /// A `QueryContractAppsTermsExtractResultRequest` with its required fields (`extractTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryContractAppsTermsExtractResultRequired) -> Self {
        let QueryContractAppsTermsExtractResultRequired {
            extract_task_id,
            request_id,
            union_id,
        } = required;
        Self {
            extract_task_id,
            request_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractAppsTermsExtractResultRequest { "extractTaskId" =>
    field(extract_task_id), "requestId" => field(request_id), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractAppsTermsExtractResultRequest { "extractTaskId" =>
    read_field(extract_task_id), "requestId" => read_field(request_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryContractAppsTermsExtractResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_compare_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractCompareListRequest {
    /// `endTime`.
    pub end_time: Option<String>,
    /// `pageNum`.
    pub page_num: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl QueryContractCompareListRequest {
    /// An empty `QueryContractCompareListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `pageNum`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryContractCompareListRequest { "endTime" => optional(end_time), "pageNum" =>
    optional(page_num), "pageSize" => optional(page_size), "requestId" =>
    optional(request_id), "startTime" => optional(start_time), "status" =>
    optional(status), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractCompareListRequest { "endTime" => read_field(end_time), "pageNum" =>
    read_field(page_num), "pageSize" => read_field(page_size), "requestId" =>
    read_field(request_id), "startTime" => read_field(start_time), "status" =>
    read_field(status), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryContractCompareListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_compare_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractCompareResultRequest {
    /// `compareTaskId`.
    pub compare_task_id: String,
    /// `requestId`.
    pub request_id: String,
}
/// The required fields of [`QueryContractCompareResultRequest`], each named where it is set: `QueryContractCompareResultRequest::new(QueryContractCompareResultRequired { .. })`.
pub struct QueryContractCompareResultRequired {
    /// `compareTaskId`: see [`QueryContractCompareResultRequest::compare_task_id`].
    pub compare_task_id: String,
    /// `requestId`: see [`QueryContractCompareResultRequest::request_id`].
    pub request_id: String,
}
impl QueryContractCompareResultRequest {
    /// A `QueryContractCompareResultRequest` with its required fields (`compareTaskId`, `requestId`); set the others with the methods named after them.
    pub fn new(required: QueryContractCompareResultRequired) -> Self {
        let QueryContractCompareResultRequired { compare_task_id, request_id } = required;
        Self {
            compare_task_id,
            request_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractCompareResultRequest { "compareTaskId" => field(compare_task_id),
    "requestId" => field(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractCompareResultRequest { "compareTaskId" => read_field(compare_task_id),
    "requestId" => read_field(request_id) }
}
impl rt::WriteRequest for QueryContractCompareResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
}
/// The required fields of [`QueryContractExtractResultRequest`], each named where it is set: `QueryContractExtractResultRequest::new(QueryContractExtractResultRequired { .. })`.
pub struct QueryContractExtractResultRequired {
    /// `extractTaskId`: see [`QueryContractExtractResultRequest::extract_task_id`].
    pub extract_task_id: String,
    /// `requestId`: see [`QueryContractExtractResultRequest::request_id`].
    pub request_id: String,
}
impl QueryContractExtractResultRequest {
    /// A `QueryContractExtractResultRequest` with its required fields (`extractTaskId`, `requestId`); set the others with the methods named after them.
    pub fn new(required: QueryContractExtractResultRequired) -> Self {
        let QueryContractExtractResultRequired { extract_task_id, request_id } = required;
        Self {
            extract_task_id,
            request_id,
        }
    }
}
rt::impl_serialize! {
    QueryContractExtractResultRequest { "extractTaskId" => field(extract_task_id),
    "requestId" => field(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractExtractResultRequest { "extractTaskId" => read_field(extract_task_id),
    "requestId" => read_field(request_id) }
}
impl rt::WriteRequest for QueryContractExtractResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_review_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryContractReviewResultRequest {
    /// `requestId`.
    pub request_id: String,
    /// `reviewTaskId`.
    pub review_task_id: String,
}
/// The required fields of [`QueryContractReviewResultRequest`], each named where it is set: `QueryContractReviewResultRequest::new(QueryContractReviewResultRequired { .. })`.
pub struct QueryContractReviewResultRequired {
    /// `requestId`: see [`QueryContractReviewResultRequest::request_id`].
    pub request_id: String,
    /// `reviewTaskId`: see [`QueryContractReviewResultRequest::review_task_id`].
    pub review_task_id: String,
}
impl QueryContractReviewResultRequest {
    /// A `QueryContractReviewResultRequest` with its required fields (`requestId`, `reviewTaskId`); set the others with the methods named after them.
    pub fn new(required: QueryContractReviewResultRequired) -> Self {
        let QueryContractReviewResultRequired { request_id, review_task_id } = required;
        Self { request_id, review_task_id }
    }
}
rt::impl_serialize! {
    QueryContractReviewResultRequest { "requestId" => field(request_id), "reviewTaskId"
    => field(review_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractReviewResultRequest { "requestId" => read_field(request_id),
    "reviewTaskId" => read_field(review_task_id) }
}
impl rt::WriteRequest for QueryContractReviewResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_sign_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractSignInfoRequest {
    /// `contractBizId`: a query parameter.
    pub contract_biz_id: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `staffId`: a query parameter.
    pub staff_id: Option<String>,
}
impl QueryContractSignInfoRequest {
    /// An empty `QueryContractSignInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contractBizId`.
    pub fn contract_biz_id(mut self, value: impl Into<String>) -> Self {
        self.contract_biz_id = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `staffId`.
    pub fn staff_id(mut self, value: impl Into<String>) -> Self {
        self.staff_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryContractSignInfoRequest { "contractBizId" => read_field(contract_biz_id),
    "corpId" => read_field(corp_id), "staffId" => read_field(staff_id) }
}
impl rt::WriteRequest for QueryContractSignInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("contractBizId", &self.contract_biz_id);
        writer.query("corpId", &self.corp_id);
        writer.query("staffId", &self.staff_id);
    }
}
/// The request of [`Api::query_file_process_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFileProcessResultRequest {
    /// `renderTaskId`.
    pub render_task_id: Option<String>,
}
impl QueryFileProcessResultRequest {
    /// An empty `QueryFileProcessResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `renderTaskId`.
    pub fn render_task_id(mut self, value: impl Into<String>) -> Self {
        self.render_task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryFileProcessResultRequest { "renderTaskId" => optional(render_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFileProcessResultRequest { "renderTaskId" => read_field(render_task_id) }
}
impl rt::WriteRequest for QueryFileProcessResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_sign_flow_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailRequest {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
}
impl QuerySignFlowDetailRequest {
    /// An empty `QuerySignFlowDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizFlowId`.
    pub fn biz_flow_id(mut self, value: impl Into<String>) -> Self {
        self.biz_flow_id = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `signFlowId`.
    pub fn sign_flow_id(mut self, value: impl Into<String>) -> Self {
        self.sign_flow_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QuerySignFlowDetailRequest { "bizFlowId" => optional(biz_flow_id), "requestId" =>
    optional(request_id), "signFlowId" => optional(sign_flow_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySignFlowDetailRequest { "bizFlowId" => read_field(biz_flow_id), "requestId" =>
    read_field(request_id), "signFlowId" => read_field(sign_flow_id) }
}
impl rt::WriteRequest for QuerySignFlowDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_sign_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignTaskRequest {
    /// `bizFlowId`.
    pub biz_flow_id: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
}
impl QuerySignTaskRequest {
    /// An empty `QuerySignTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizFlowId`.
    pub fn biz_flow_id(mut self, value: impl Into<String>) -> Self {
        self.biz_flow_id = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `signFlowId`.
    pub fn sign_flow_id(mut self, value: impl Into<String>) -> Self {
        self.sign_flow_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QuerySignTaskRequest { "bizFlowId" => optional(biz_flow_id), "requestId" =>
    optional(request_id), "signFlowId" => optional(sign_flow_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySignTaskRequest { "bizFlowId" => read_field(biz_flow_id), "requestId" =>
    read_field(request_id), "signFlowId" => read_field(sign_flow_id) }
}
impl rt::WriteRequest for QuerySignTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_subject_public_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskRequest {
    /// `bizId`: a query parameter.
    pub biz_id: Option<String>,
    /// `companyId`: a query parameter.
    pub company_id: Option<String>,
    /// `contractAmount`: a query parameter.
    pub contract_amount: Option<i64>,
    /// `contractType`: a query parameter.
    pub contract_type: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `creditCode`: a query parameter.
    pub credit_code: Option<String>,
    /// `from`: a query parameter.
    pub from: Option<String>,
    /// `registrationNumber`: a query parameter.
    pub registration_number: Option<String>,
    /// `staffId`: a query parameter.
    pub staff_id: String,
    /// `subjectName`: a query parameter.
    pub subject_name: Option<String>,
}
/// The required fields of [`QuerySubjectPublicRiskRequest`], each named where it is set: `QuerySubjectPublicRiskRequest::new(QuerySubjectPublicRiskRequired { .. })`.
pub struct QuerySubjectPublicRiskRequired {
    /// `corpId`: see [`QuerySubjectPublicRiskRequest::corp_id`].
    pub corp_id: String,
    /// `staffId`: see [`QuerySubjectPublicRiskRequest::staff_id`].
    pub staff_id: String,
}
impl QuerySubjectPublicRiskRequest {
    /// A `QuerySubjectPublicRiskRequest` with its required fields (`corpId`, `staffId`); set the others with the methods named after them.
    pub fn new(required: QuerySubjectPublicRiskRequired) -> Self {
        let QuerySubjectPublicRiskRequired { corp_id, staff_id } = required;
        Self {
            biz_id: None,
            company_id: None,
            contract_amount: None,
            contract_type: None,
            corp_id,
            credit_code: None,
            from: None,
            registration_number: None,
            staff_id,
            subject_name: None,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `companyId`.
    pub fn company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(value.into());
        self
    }
    /// Sets `contractAmount`.
    pub fn contract_amount(mut self, value: i64) -> Self {
        self.contract_amount = Some(value);
        self
    }
    /// Sets `contractType`.
    pub fn contract_type(mut self, value: impl Into<String>) -> Self {
        self.contract_type = Some(value.into());
        self
    }
    /// Sets `creditCode`.
    pub fn credit_code(mut self, value: impl Into<String>) -> Self {
        self.credit_code = Some(value.into());
        self
    }
    /// Sets `from`.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// Sets `registrationNumber`.
    pub fn registration_number(mut self, value: impl Into<String>) -> Self {
        self.registration_number = Some(value.into());
        self
    }
    /// Sets `subjectName`.
    pub fn subject_name(mut self, value: impl Into<String>) -> Self {
        self.subject_name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySubjectPublicRiskRequest { "bizId" => read_field(biz_id), "companyId" =>
    read_field(company_id), "contractAmount" => read_field(contract_amount),
    "contractType" => read_field(contract_type), "corpId" => read_field(corp_id),
    "creditCode" => read_field(credit_code), "from" => read_field(from),
    "registrationNumber" => read_field(registration_number), "staffId" =>
    read_field(staff_id), "subjectName" => read_field(subject_name) }
}
impl rt::WriteRequest for QuerySubjectPublicRiskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizId", &self.biz_id);
        writer.query("companyId", &self.company_id);
        writer.query("contractAmount", &self.contract_amount);
        writer.query("contractType", &self.contract_type);
        writer.query("corpId", &self.corp_id);
        writer.query("creditCode", &self.credit_code);
        writer.query("from", &self.from);
        writer.query("registrationNumber", &self.registration_number);
        writer.query("staffId", &self.staff_id);
        writer.query("subjectName", &self.subject_name);
    }
}
/// The request of [`Api::search_file_keyword_positions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsRequest {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `keyword`.
    pub keyword: String,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `spaceId`.
    pub space_id: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchFileKeywordPositionsRequest`], each named where it is set: `SearchFileKeywordPositionsRequest::new(SearchFileKeywordPositionsRequired { .. })`.
pub struct SearchFileKeywordPositionsRequired {
    /// `fileId`: see [`SearchFileKeywordPositionsRequest::file_id`].
    pub file_id: String,
    /// `keyword`: see [`SearchFileKeywordPositionsRequest::keyword`].
    pub keyword: String,
    /// `spaceId`: see [`SearchFileKeywordPositionsRequest::space_id`].
    pub space_id: i64,
    /// `userId`: see [`SearchFileKeywordPositionsRequest::user_id`].
    pub user_id: String,
}
impl SearchFileKeywordPositionsRequest {
    /// A `SearchFileKeywordPositionsRequest` with its required fields (`fileId`, `keyword`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchFileKeywordPositionsRequired) -> Self {
        let SearchFileKeywordPositionsRequired { file_id, keyword, space_id, user_id } = required;
        Self {
            file_id,
            file_name: None,
            file_size: None,
            file_type: None,
            keyword,
            request_id: None,
            space_id,
            user_id,
        }
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SearchFileKeywordPositionsRequest { "fileId" => field(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "keyword" => field(keyword), "requestId" =>
    optional(request_id), "spaceId" => field(space_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFileKeywordPositionsRequest { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "keyword" => read_field(keyword), "requestId" =>
    read_field(request_id), "spaceId" => read_field(space_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SearchFileKeywordPositionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_contract_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendContractCardRequest {
    /// `cardType`.
    pub card_type: String,
    /// `contractInfo`.
    pub contract_info: Option<SendContractCardRequestContractInfo>,
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `receiveGroups`.
    pub receive_groups: Option<Vec<String>>,
    /// `receivers`.
    pub receivers: Vec<SendContractCardRequestReceivers>,
    /// `sender`.
    pub sender: SendContractCardRequestSender,
    /// `syncSingleChat`.
    pub sync_single_chat: bool,
}
/// The required fields of [`SendContractCardRequest`], each named where it is set: `SendContractCardRequest::new(SendContractCardRequired { .. })`.
pub struct SendContractCardRequired {
    /// `cardType`: see [`SendContractCardRequest::card_type`].
    pub card_type: String,
    /// `corpId`: see [`SendContractCardRequest::corp_id`].
    pub corp_id: String,
    /// `receivers`: see [`SendContractCardRequest::receivers`].
    pub receivers: Vec<SendContractCardRequestReceivers>,
    /// `sender`: see [`SendContractCardRequest::sender`].
    pub sender: SendContractCardRequestSender,
    /// `syncSingleChat`: see [`SendContractCardRequest::sync_single_chat`].
    pub sync_single_chat: bool,
}
impl SendContractCardRequest {
    /// A `SendContractCardRequest` with its required fields (`cardType`, `corpId`, `receivers`, `sender`, `syncSingleChat`); set the others with the methods named after them.
    pub fn new(required: SendContractCardRequired) -> Self {
        let SendContractCardRequired {
            card_type,
            corp_id,
            receivers,
            sender,
            sync_single_chat,
        } = required;
        Self {
            card_type,
            contract_info: None,
            corp_id,
            extension: None,
            process_instance_id: None,
            receive_groups: None,
            receivers,
            sender,
            sync_single_chat,
        }
    }
    /// Sets `contractInfo`.
    pub fn contract_info(mut self, value: SendContractCardRequestContractInfo) -> Self {
        self.contract_info = Some(value);
        self
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `processInstanceId`.
    pub fn process_instance_id(mut self, value: impl Into<String>) -> Self {
        self.process_instance_id = Some(value.into());
        self
    }
    /// Sets `receiveGroups`.
    pub fn receive_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receive_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SendContractCardRequest { "cardType" => field(card_type), "contractInfo" =>
    optional(contract_info), "corpId" => field(corp_id), "extension" =>
    optional(extension), "processInstanceId" => optional(process_instance_id),
    "receiveGroups" => optional(receive_groups), "receivers" => field(receivers),
    "sender" => field(sender), "syncSingleChat" => field(sync_single_chat) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendContractCardRequest { "cardType" => read_field(card_type), "contractInfo" =>
    read_field(contract_info), "corpId" => read_field(corp_id), "extension" =>
    read_field(extension), "processInstanceId" => read_field(process_instance_id),
    "receiveGroups" => read_field(receive_groups), "receivers" => read_field(receivers),
    "sender" => read_field(sender), "syncSingleChat" => read_field(sync_single_chat) }
}
impl rt::WriteRequest for SendContractCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_sign_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncSignEventRequest {
    /// `contractBizId`: a query parameter.
    pub contract_biz_id: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `extInfo`: a query parameter, JSON-encoded.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `sealType`: a query parameter, JSON-encoded.
    pub seal_type: Option<Vec<String>>,
    /// `signDate`: a query parameter.
    pub sign_date: Option<i64>,
    /// `signFileList`: a query parameter, JSON-encoded.
    pub sign_file_list: Option<Vec<SyncSignEventRequestSignFileList>>,
    /// `staffId`: a query parameter.
    pub staff_id: Option<String>,
}
impl SyncSignEventRequest {
    /// An empty `SyncSignEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contractBizId`.
    pub fn contract_biz_id(mut self, value: impl Into<String>) -> Self {
        self.contract_biz_id = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `extInfo`.
    pub fn ext_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.ext_info = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `sealType`.
    pub fn seal_type(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.seal_type = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `signDate`.
    pub fn sign_date(mut self, value: i64) -> Self {
        self.sign_date = Some(value);
        self
    }
    /// Sets `signFileList`.
    pub fn sign_file_list(
        mut self,
        value: impl IntoIterator<Item = SyncSignEventRequestSignFileList>,
    ) -> Self {
        self.sign_file_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `staffId`.
    pub fn staff_id(mut self, value: impl Into<String>) -> Self {
        self.staff_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncSignEventRequest { "contractBizId" => read_field(contract_biz_id), "corpId" =>
    read_field(corp_id), "extInfo" => read_field(ext_info), "sealType" =>
    read_field(seal_type), "signDate" => read_field(sign_date), "signFileList" =>
    read_field(sign_file_list), "staffId" => read_field(staff_id) }
}
impl rt::WriteRequest for SyncSignEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("contractBizId", &self.contract_biz_id);
        writer.query("corpId", &self.corp_id);
        writer.query_json("extInfo", &self.ext_info);
        writer.query_json("sealType", &self.seal_type);
        writer.query("signDate", &self.sign_date);
        writer.query_json("signFileList", &self.sign_file_list);
        writer.query("staffId", &self.staff_id);
    }
}
/// The request of [`Api::update_checklist_rule`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateChecklistRuleRequest {
    /// `corp_id`.
    pub corp_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `risk_level`.
    pub risk_level: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
impl UpdateChecklistRuleRequest {
    /// An empty `UpdateChecklistRuleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corp_id`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `risk_level`.
    pub fn risk_level(mut self, value: impl Into<String>) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `standpoint`.
    pub fn standpoint(mut self, value: impl Into<String>) -> Self {
        self.standpoint = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateChecklistRuleRequest { "corp_id" => optional(corp_id), "description" =>
    optional(description), "name" => optional(name), "risk_level" =>
    optional(risk_level), "standpoint" => optional(standpoint) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateChecklistRuleRequest { "corp_id" => read_field(corp_id), "description" =>
    read_field(description), "name" => read_field(name), "risk_level" =>
    read_field(risk_level), "standpoint" => read_field(standpoint) }
}
impl rt::WriteRequest for UpdateChecklistRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_review_checklist`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateReviewChecklistRequest {
    /// `corp_id`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `rules`: JSON-encoded in a string.
    pub rules: Option<Vec<UpdateReviewChecklistRequestRules>>,
}
impl UpdateReviewChecklistRequest {
    /// An empty `UpdateReviewChecklistRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corp_id`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `rules`.
    pub fn rules(
        mut self,
        value: impl IntoIterator<Item = UpdateReviewChecklistRequestRules>,
    ) -> Self {
        self.rules = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateReviewChecklistRequest { "corp_id" => optional(corp_id), "name" =>
    optional(name), "rules" => optional_json(rules) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateReviewChecklistRequest { "corp_id" => read_field(corp_id), "name" =>
    read_field(name), "rules" => read_field(rules) }
}
impl rt::WriteRequest for UpdateReviewChecklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_contract_review_by_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlRequest {
    /// `file_url`.
    pub file_url: Option<String>,
    /// `filename`.
    pub filename: Option<String>,
    /// `session_id`.
    pub session_id: Option<String>,
}
impl UploadContractReviewByUrlRequest {
    /// An empty `UploadContractReviewByUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `file_url`.
    pub fn file_url(mut self, value: impl Into<String>) -> Self {
        self.file_url = Some(value.into());
        self
    }
    /// Sets `filename`.
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
    /// Sets `session_id`.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadContractReviewByUrlRequest { "file_url" => optional(file_url), "filename" =>
    optional(filename), "session_id" => optional(session_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadContractReviewByUrlRequest { "file_url" => read_field(file_url), "filename" =>
    read_field(filename), "session_id" => read_field(session_id) }
}
impl rt::WriteRequest for UploadContractReviewByUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::analyze_subject_transaction_risk`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnalyzeSubjectTransactionRiskError = rt::ServiceError;
/// An error reply of [`Api::async_create_contract_analysis`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AsyncCreateContractAnalysisError = rt::ServiceError;
/// An error reply of [`Api::cancel_contract_review`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelContractReviewError = rt::ServiceError;
/// An error reply of [`Api::cancel_review_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelReviewOrderError = rt::ServiceError;
/// An error reply of [`Api::check_esign_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckEsignFileError = rt::ServiceError;
/// An error reply of [`Api::confirm_contract_review`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConfirmContractReviewError = rt::ServiceError;
/// An error reply of [`Api::contract_ai_review_result_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ContractAiReviewResultNotifyError = rt::ServiceError;
/// An error reply of [`Api::contract_benefit_consume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ContractBenefitConsumeError = rt::ServiceError;
/// An error reply of [`Api::create_checklist_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateChecklistRuleError = rt::ServiceError;
/// An error reply of [`Api::create_contract_apps_compare_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractAppsCompareTaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_apps_extract_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractAppsExtractTaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_apps_review_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractAppsReviewTaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_apps_terms_extract_eask`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractAppsTermsExtractEaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_compare_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractCompareTaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_extract_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractExtractTaskError = rt::ServiceError;
/// An error reply of [`Api::create_contract_review`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractReviewError = rt::ServiceError;
/// An error reply of [`Api::create_contract_review_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateContractReviewTaskError = rt::ServiceError;
/// An error reply of [`Api::create_review_checklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateReviewChecklistError = rt::ServiceError;
/// An error reply of [`Api::create_sign_flow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSignFlowError = rt::ServiceError;
/// An error reply of [`Api::create_template_process_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTemplateProcessTaskError = rt::ServiceError;
/// An error reply of [`Api::delete_checklist_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteChecklistRuleError = rt::ServiceError;
/// An error reply of [`Api::delete_review_checklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteReviewChecklistError = rt::ServiceError;
/// An error reply of [`Api::esign_query_approval_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignQueryApprovalInfoError = rt::ServiceError;
/// An error reply of [`Api::esign_query_grant_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignQueryGrantInfoError = rt::ServiceError;
/// An error reply of [`Api::esign_query_identity_by_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignQueryIdentityByTicketError = rt::ServiceError;
/// An error reply of [`Api::esign_sync_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignSyncEventError = rt::ServiceError;
/// An error reply of [`Api::esign_user_verify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignUserVerifyError = rt::ServiceError;
/// An error reply of [`Api::finish_review_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FinishReviewOrderError = rt::ServiceError;
/// An error reply of [`Api::get_async_create_contract_analysis`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAsyncCreateContractAnalysisError = rt::ServiceError;
/// An error reply of [`Api::get_contract_analysis_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractAnalysisResultError = rt::ServiceError;
/// An error reply of [`Api::get_contract_review_benefit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractReviewBenefitError = rt::ServiceError;
/// An error reply of [`Api::get_contract_review_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractReviewResultError = rt::ServiceError;
/// An error reply of [`Api::get_contract_review_results`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractReviewResultsError = rt::ServiceError;
/// An error reply of [`Api::get_contract_review_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractReviewStatusError = rt::ServiceError;
/// An error reply of [`Api::get_contract_subject_risk_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractSubjectRiskResultError = rt::ServiceError;
/// An error reply of [`Api::get_file_download_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileDownloadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_review_checklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetReviewChecklistError = rt::ServiceError;
/// An error reply of [`Api::list_review_checklists`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListReviewChecklistsError = rt::ServiceError;
/// An error reply of [`Api::open_esign_free_trail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenEsignFreeTrailError = rt::ServiceError;
/// An error reply of [`Api::query_advanced_contract_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAdvancedContractVersionError = rt::ServiceError;
/// An error reply of [`Api::query_contract_apps_compare_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractAppsCompareResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_apps_extract_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractAppsExtractResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_apps_review_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractAppsReviewResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_apps_terms_extract_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractAppsTermsExtractResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_compare_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractCompareListError = rt::ServiceError;
/// An error reply of [`Api::query_contract_compare_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractCompareResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_extract_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractExtractResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_review_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractReviewResultError = rt::ServiceError;
/// An error reply of [`Api::query_contract_sign_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryContractSignInfoError = rt::ServiceError;
/// An error reply of [`Api::query_file_process_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFileProcessResultError = rt::ServiceError;
/// An error reply of [`Api::query_sign_flow_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySignFlowDetailError = rt::ServiceError;
/// An error reply of [`Api::query_sign_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySignTaskError = rt::ServiceError;
/// An error reply of [`Api::query_subject_public_risk`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySubjectPublicRiskError = rt::ServiceError;
/// An error reply of [`Api::search_file_keyword_positions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFileKeywordPositionsError = rt::ServiceError;
/// An error reply of [`Api::send_contract_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendContractCardError = rt::ServiceError;
/// An error reply of [`Api::sync_sign_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncSignEventError = rt::ServiceError;
/// An error reply of [`Api::update_checklist_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateChecklistRuleError = rt::ServiceError;
/// An error reply of [`Api::update_review_checklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateReviewChecklistError = rt::ServiceError;
/// An error reply of [`Api::upload_contract_review_by_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadContractReviewByUrlError = rt::ServiceError;
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
        "AnalyzeSubjectTransactionRisk" => {
            rt::conformance::reply(
                    api.analyze_subject_transaction_risk(&inputs.request(false)?),
                )
                .await
        }
        "AsyncCreateContractAnalysis" => {
            rt::conformance::reply(
                    api.async_create_contract_analysis(&inputs.request(true)?),
                )
                .await
        }
        "CancelContractReview" => {
            rt::conformance::reply(api.cancel_contract_review(&inputs.request(true)?))
                .await
        }
        "CancelReviewOrder" => {
            rt::conformance::reply(api.cancel_review_order(&inputs.request(true)?)).await
        }
        "CheckEsignFile" => {
            rt::conformance::reply(api.check_esign_file(&inputs.request(true)?)).await
        }
        "ConfirmContractReview" => {
            rt::conformance::reply(api.confirm_contract_review(&inputs.request(true)?))
                .await
        }
        "ContractAiReviewResultNotify" => {
            rt::conformance::reply(
                    api.contract_ai_review_result_notify(&inputs.request(true)?),
                )
                .await
        }
        "ContractBenefitConsume" => {
            rt::conformance::reply(api.contract_benefit_consume(&inputs.request(true)?))
                .await
        }
        "CreateChecklistRule" => {
            rt::conformance::reply(
                    api
                        .create_checklist_rule(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateContractAppsCompareTask" => {
            rt::conformance::reply(
                    api.create_contract_apps_compare_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractAppsExtractTask" => {
            rt::conformance::reply(
                    api.create_contract_apps_extract_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractAppsReviewTask" => {
            rt::conformance::reply(
                    api.create_contract_apps_review_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractAppsTermsExtractEask" => {
            rt::conformance::reply(
                    api.create_contract_apps_terms_extract_eask(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractCompareTask" => {
            rt::conformance::reply(
                    api.create_contract_compare_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractExtractTask" => {
            rt::conformance::reply(
                    api.create_contract_extract_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateContractReview" => {
            rt::conformance::reply(api.create_contract_review(&inputs.request(true)?))
                .await
        }
        "CreateContractReviewTask" => {
            rt::conformance::reply(
                    api.create_contract_review_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateReviewChecklist" => {
            rt::conformance::reply(api.create_review_checklist(&inputs.request(true)?))
                .await
        }
        "CreateSignFlow" => {
            rt::conformance::reply(api.create_sign_flow(&inputs.request(true)?)).await
        }
        "CreateTemplateProcessTask" => {
            rt::conformance::reply(
                    api.create_template_process_task(&inputs.request(true)?),
                )
                .await
        }
        "DeleteChecklistRule" => {
            rt::conformance::reply(
                    api.delete_checklist_rule(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "DeleteReviewChecklist" => {
            rt::conformance::reply(api.delete_review_checklist(inputs.path(0usize)?))
                .await
        }
        "EsignQueryApprovalInfo" => {
            rt::conformance::reply(api.esign_query_approval_info(&inputs.request(true)?))
                .await
        }
        "EsignQueryGrantInfo" => {
            rt::conformance::reply(api.esign_query_grant_info(&inputs.request(true)?))
                .await
        }
        "EsignQueryIdentityByTicket" => {
            rt::conformance::reply(
                    api.esign_query_identity_by_ticket(&inputs.request(true)?),
                )
                .await
        }
        "EsignSyncEvent" => {
            rt::conformance::reply(api.esign_sync_event(&inputs.request(true)?)).await
        }
        "EsignUserVerify" => {
            rt::conformance::reply(api.esign_user_verify(&inputs.request(true)?)).await
        }
        "FinishReviewOrder" => {
            rt::conformance::reply(api.finish_review_order(&inputs.request(true)?)).await
        }
        "GetAsyncCreateContractAnalysis" => {
            rt::conformance::reply(
                    api.get_async_create_contract_analysis(&inputs.request(true)?),
                )
                .await
        }
        "GetContractAnalysisResult" => {
            rt::conformance::reply(
                    api.get_contract_analysis_result(&inputs.request(true)?),
                )
                .await
        }
        "GetContractReviewBenefit" => {
            rt::conformance::reply(
                    api.get_contract_review_benefit(&inputs.request(true)?),
                )
                .await
        }
        "GetContractReviewResult" => {
            rt::conformance::reply(
                    api.get_contract_review_result(&inputs.request(false)?),
                )
                .await
        }
        "GetContractReviewResults" => {
            rt::conformance::reply(
                    api.get_contract_review_results(&inputs.request(false)?),
                )
                .await
        }
        "GetContractReviewStatus" => {
            rt::conformance::reply(
                    api.get_contract_review_status(&inputs.request(false)?),
                )
                .await
        }
        "GetContractSubjectRiskResult" => {
            rt::conformance::reply(
                    api.get_contract_subject_risk_result(&inputs.request(true)?),
                )
                .await
        }
        "GetFileDownloadUrl" => {
            rt::conformance::reply(api.get_file_download_url(&inputs.request(true)?))
                .await
        }
        "GetReviewChecklist" => {
            rt::conformance::reply(api.get_review_checklist(inputs.path(0usize)?)).await
        }
        "ListReviewChecklists" => {
            rt::conformance::reply(api.list_review_checklists()).await
        }
        "OpenEsignFreeTrail" => {
            rt::conformance::reply(api.open_esign_free_trail(&inputs.request(true)?))
                .await
        }
        "QueryAdvancedContractVersion" => {
            rt::conformance::reply(
                    api.query_advanced_contract_version(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractAppsCompareResult" => {
            rt::conformance::reply(
                    api.query_contract_apps_compare_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractAppsExtractResult" => {
            rt::conformance::reply(
                    api.query_contract_apps_extract_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractAppsReviewResult" => {
            rt::conformance::reply(
                    api.query_contract_apps_review_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractAppsTermsExtractResult" => {
            rt::conformance::reply(
                    api.query_contract_apps_terms_extract_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractCompareList" => {
            rt::conformance::reply(
                    api.query_contract_compare_list(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractCompareResult" => {
            rt::conformance::reply(
                    api.query_contract_compare_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractExtractResult" => {
            rt::conformance::reply(
                    api.query_contract_extract_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractReviewResult" => {
            rt::conformance::reply(
                    api.query_contract_review_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryContractSignInfo" => {
            rt::conformance::reply(api.query_contract_sign_info(&inputs.request(false)?))
                .await
        }
        "QueryFileProcessResult" => {
            rt::conformance::reply(api.query_file_process_result(&inputs.request(true)?))
                .await
        }
        "QuerySignFlowDetail" => {
            rt::conformance::reply(api.query_sign_flow_detail(&inputs.request(true)?))
                .await
        }
        "QuerySignTask" => {
            rt::conformance::reply(api.query_sign_task(&inputs.request(true)?)).await
        }
        "QuerySubjectPublicRisk" => {
            rt::conformance::reply(
                    api.query_subject_public_risk(&inputs.request(false)?),
                )
                .await
        }
        "SearchFileKeywordPositions" => {
            rt::conformance::reply(
                    api.search_file_keyword_positions(&inputs.request(true)?),
                )
                .await
        }
        "SendContractCard" => {
            rt::conformance::reply(api.send_contract_card(&inputs.request(true)?)).await
        }
        "SyncSignEvent" => {
            rt::conformance::reply(api.sync_sign_event(&inputs.request(false)?)).await
        }
        "UpdateChecklistRule" => {
            rt::conformance::reply(
                    api
                        .update_checklist_rule(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateReviewChecklist" => {
            rt::conformance::reply(
                    api
                        .update_review_checklist(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UploadContractReviewByUrl" => {
            rt::conformance::reply(
                    api.upload_contract_review_by_url(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
