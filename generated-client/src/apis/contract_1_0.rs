// @generated from api-spec/contract_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.contract_1_0()`. Generated from `api-spec/contract_1_0.yaml`.
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
    /// `POST /v1.0/contract/subjects/transaction-risks/analyze` (operation `AnalyzeSubjectTransactionRisk`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnalyzeSubjectTransactionRiskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/asyncCreateContractAnalysis` (operation `AsyncCreateContractAnalysis`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AsyncCreateContractAnalysisError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/cancel` (operation `CancelContractReview`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelContractReviewError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/reviews/cancel` (operation `CancelReviewOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelReviewOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/esignFiles/check` (operation `CheckEsignFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckEsignFileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/api/review/confirm` (operation `ConfirmContractReview`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConfirmContractReviewError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/aiReviews/results/notify` (operation `ContractAiReviewResultNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ContractAiReviewResultNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/benefits/consume` (operation `ContractBenefitConsume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ContractBenefitConsumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/api/review-rules/checklists/{checklist_id}/rules` (operation `CreateChecklistRule`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateChecklistRuleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_checklist_rule(
        &self,
        checklist_id: &str,
        request: &CreateChecklistRuleRequest,
    ) -> rt::Call<CreateChecklistRuleResponseBody, CreateChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateChecklistRule",
            rt::Method::Post,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], request)
    }
    /// 创建合同比对任务
    ///
    /// `POST /v1.0/contract/apps/comparisonTasks` (operation `CreateContractAppsCompareTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractAppsCompareTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/extractTasks` (operation `CreateContractAppsExtractTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractAppsExtractTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/reviewTasks` (operation `CreateContractAppsReviewTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractAppsReviewTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/termsExtractTasks` (operation `CreateContractAppsTermsExtractEask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractAppsTermsExtractEaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/comparisonTasks` (operation `CreateContractCompareTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractCompareTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/extractTasks` (operation `CreateContractExtractTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractExtractTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/create` (operation `CreateContractReview`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractReviewError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/reviewTasks` (operation `CreateContractReviewTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateContractReviewTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/api/review-rules/checklists` (operation `CreateReviewChecklist`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateReviewChecklistError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/dingEsign/signFlow` (operation `CreateSignFlow`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSignFlowError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/template/file/createTask` (operation `CreateTemplateProcessTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTemplateProcessTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/contract/api/review-rules/checklists/{checklist_id}/rules/{rule_id}` (operation `DeleteChecklistRule`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    /// - `rule_id` (`rule_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteChecklistRuleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_checklist_rule(
        &self,
        checklist_id: &str,
        rule_id: &str,
    ) -> rt::Call<DeleteChecklistRuleResponseBody, DeleteChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteChecklistRule",
            rt::Method::Delete,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}/rules/{rule_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id, rule_id], &())
    }
    /// 删除自定义审查清单
    ///
    /// `DELETE /v1.0/contract/api/review-rules/checklists/{checklist_id}` (operation `DeleteReviewChecklist`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteReviewChecklistError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_review_checklist(
        &self,
        checklist_id: &str,
    ) -> rt::Call<DeleteReviewChecklistResponseBody, DeleteReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteReviewChecklist",
            rt::Method::Delete,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], &())
    }
    /// 天谷侧查询审批单
    ///
    /// `POST /v1.0/contract/esign/approvalInfos/query` (operation `EsignQueryApprovalInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignQueryApprovalInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/esign/anthInfos/query` (operation `EsignQueryGrantInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignQueryGrantInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/esign/tickets/identities/query` (operation `EsignQueryIdentityByTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignQueryIdentityByTicketError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/esign/events/sync` (operation `EsignSyncEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignSyncEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/esign/user/verify` (operation `EsignUserVerify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignUserVerifyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/reviews/finish` (operation `FinishReviewOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FinishReviewOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/getAsyncContractAnalysisResult` (operation `GetAsyncCreateContractAnalysis`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAsyncCreateContractAnalysisError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/getContractAnalysisResult` (operation `GetContractAnalysisResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractAnalysisResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/getBenefit` (operation `GetContractReviewBenefit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractReviewBenefitError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/getResult` (operation `GetContractReviewResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractReviewResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/contract/api/review/result` (operation `GetContractReviewResults`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractReviewResultsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/contract/api/review/status` (operation `GetContractReviewStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractReviewStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/review/getSubjectRiskResult` (operation `GetContractSubjectRiskResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractSubjectRiskResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/dingEsign/signFlow/files/downloadUrls` (operation `GetFileDownloadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileDownloadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/contract/api/review-rules/checklists/{checklist_id}` (operation `GetReviewChecklist`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetReviewChecklistError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_review_checklist(
        &self,
        checklist_id: &str,
    ) -> rt::Call<GetReviewChecklistResponseBody, GetReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetReviewChecklist",
            rt::Method::Get,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], &())
    }
    /// 列出企业审查清单
    ///
    /// `GET /v1.0/contract/api/review-rules/checklists` (operation `ListReviewChecklists`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListReviewChecklistsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/openEsignFreeTrail` (operation `OpenEsignFreeTrail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenEsignFreeTrailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/versions/query` (operation `QueryAdvancedContractVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAdvancedContractVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/comparisonResults/query` (operation `QueryContractAppsCompareResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractAppsCompareResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/extractResults/query` (operation `QueryContractAppsExtractResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractAppsExtractResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/reviewResults/query` (operation `QueryContractAppsReviewResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractAppsReviewResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/apps/termsExtractResults/query` (operation `QueryContractAppsTermsExtractResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractAppsTermsExtractResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/comparisonResults/queryList` (operation `QueryContractCompareList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractCompareListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/comparisonResults/query` (operation `QueryContractCompareResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractCompareResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/extractResults/query` (operation `QueryContractExtractResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractExtractResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/reviewResults/query` (operation `QueryContractReviewResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractReviewResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/queryContractSignInfo` (operation `QueryContractSignInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryContractSignInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/template/file/queryResult` (operation `QueryFileProcessResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFileProcessResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/dingEsign/signFlow/detail` (operation `QuerySignFlowDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySignFlowDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/dingEsign/signTask/detail` (operation `QuerySignTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySignTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/subjects/risks/query` (operation `QuerySubjectPublicRisk`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySubjectPublicRiskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/dingEsign/files/keywordPositions` (operation `SearchFileKeywordPositions`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFileKeywordPositionsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/cards/send` (operation `SendContractCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendContractCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/contract/syncSignEvent` (operation `SyncSignEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncSignEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/contract/api/review-rules/checklists/{checklist_id}/rules/{rule_id}` (operation `UpdateChecklistRule`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    /// - `rule_id` (`rule_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateChecklistRuleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_checklist_rule(
        &self,
        checklist_id: &str,
        rule_id: &str,
        request: &UpdateChecklistRuleRequest,
    ) -> rt::Call<UpdateChecklistRuleResponseBody, UpdateChecklistRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateChecklistRule",
            rt::Method::Put,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}/rules/{rule_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id, rule_id], request)
    }
    /// 更新修改自定义审查清单
    ///
    /// `PUT /v1.0/contract/api/review-rules/checklists/{checklist_id}` (operation `UpdateReviewChecklist`).
    ///
    /// # Path parameters
    ///
    /// - `checklist_id` (`checklist_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateReviewChecklistError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_review_checklist(
        &self,
        checklist_id: &str,
        request: &UpdateReviewChecklistRequest,
    ) -> rt::Call<UpdateReviewChecklistResponseBody, UpdateReviewChecklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateReviewChecklist",
            rt::Method::Put,
            "/v1.0/contract/api/review-rules/checklists/{checklist_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[checklist_id], request)
    }
    /// 用户上传合同文件，发起解析
    ///
    /// `POST /v1.0/contract/api/review/upload-by-url` (operation `UploadContractReviewByUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UploadContractReviewByUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBody {
    /// `result`.
    pub result: Option<AnalyzeSubjectTransactionRiskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AnalyzeSubjectTransactionRiskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBody {
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
impl rt::serde::Serialize for AnalyzeSubjectTransactionRiskResponseBody {
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
impl rt::serde::Serialize for AsyncCreateContractAnalysisRequestFileInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AsyncCreateContractAnalysisRequestFileInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AsyncCreateContractAnalysisRequestFileInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `AsyncCreateContractAnalysisResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AsyncCreateContractAnalysisResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AsyncCreateContractAnalysisResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AsyncCreateContractAnalysisResponseBody {
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
impl rt::serde::Serialize for AsyncCreateContractAnalysisResponseBody {
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
/// `CancelContractReviewResponseBody`: the same model as [`AsyncCreateContractAnalysisResponseBody`].
pub type CancelContractReviewResponseBody = AsyncCreateContractAnalysisResponseBody;
/// `CancelReviewOrderRequestEndFiles`.
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
impl rt::serde::Serialize for CancelReviewOrderRequestEndFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("fileVersion", &self.file_version)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelReviewOrderRequestEndFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelReviewOrderRequestEndFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "fileVersion" => rt::read_field(map, &mut self.file_version),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CancelReviewOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelReviewOrderResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CancelReviewOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelReviewOrderResponseBody {
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
impl rt::serde::Serialize for CancelReviewOrderResponseBody {
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
impl rt::serde::Serialize for ConfirmContractReviewRequestCustomRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contract_type", &self.contract_type)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("items", &self.items)?;
        object.optional("name", &self.name)?;
        object.optional("risk_level", &self.risk_level)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConfirmContractReviewRequestCustomRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConfirmContractReviewRequestCustomRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contract_type" => rt::read_field(map, &mut self.contract_type),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "risk_level" => rt::read_field(map, &mut self.risk_level),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
/// `ConfirmContractReviewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBody {
    /// `data`.
    pub data: Option<ConfirmContractReviewResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for ConfirmContractReviewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmContractReviewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConfirmContractReviewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
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
impl rt::serde::Serialize for ContractAiReviewResultNotifyRequestAnnotations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentTexts", &self.comment_texts)?;
        object.optional("id", &self.id)?;
        object.optional("originalText", &self.original_text)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ContractAiReviewResultNotifyRequestAnnotations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ContractAiReviewResultNotifyRequestAnnotations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentTexts" => rt::read_field(map, &mut self.comment_texts),
            "id" => rt::read_field(map, &mut self.id),
            "originalText" => rt::read_field(map, &mut self.original_text),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            _ => Ok(false),
        }
    }
}
/// `ContractAiReviewResultNotifyResponseBody`: the same model as [`CancelReviewOrderResponseBody`].
pub type ContractAiReviewResultNotifyResponseBody = CancelReviewOrderResponseBody;
/// `ContractBenefitConsumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractBenefitConsumeResponseBody {
    /// `result`.
    pub result: Option<ContractBenefitConsumeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ContractBenefitConsumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ContractBenefitConsumeResponseBody {
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
impl rt::serde::Serialize for ContractBenefitConsumeResponseBody {
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
/// `CreateChecklistRuleRequestItems`.
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
impl rt::serde::Serialize for CreateChecklistRuleRequestItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("severity", &self.severity)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleRequestItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateChecklistRuleRequestItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "criteria" => rt::read_field(map, &mut self.criteria),
            "enabled" => rt::read_field(map, &mut self.enabled),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "severity" => rt::read_field(map, &mut self.severity),
            _ => Ok(false),
        }
    }
}
/// `CreateChecklistRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBody {
    /// `data`.
    pub data: Option<CreateChecklistRuleResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateChecklistRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateChecklistRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `CreateContractAppsCompareTaskRequestComparativeFile`.
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
impl rt::serde::Serialize for CreateContractAppsCompareTaskRequestComparativeFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsCompareTaskRequestComparativeFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsCompareTaskRequestComparativeFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `CreateContractAppsCompareTaskRequestStandardFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsCompareTaskRequestStandardFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsCompareTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsCompareTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsCompareTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsCompareTaskResponseBody {
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
impl rt::serde::Serialize for CreateContractAppsCompareTaskResponseBody {
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
/// `CreateContractAppsExtractTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsExtractTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsExtractTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsExtractTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsExtractTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsExtractTaskResponseBody {
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
impl rt::serde::Serialize for CreateContractAppsExtractTaskResponseBody {
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
/// `CreateContractAppsReviewTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractAppsReviewTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractAppsReviewTaskRequestReviewCustomRules`.
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
impl rt::serde::Serialize for CreateContractAppsReviewTaskRequestReviewCustomRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("ruleDesc", &self.rule_desc)?;
        object.optional("ruleSequence", &self.rule_sequence)?;
        object.optional("ruleTag", &self.rule_tag)?;
        object.optional("ruleTitle", &self.rule_title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsReviewTaskRequestReviewCustomRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsReviewTaskRequestReviewCustomRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "ruleDesc" => rt::read_field(map, &mut self.rule_desc),
            "ruleSequence" => rt::read_field(map, &mut self.rule_sequence),
            "ruleTag" => rt::read_field(map, &mut self.rule_tag),
            "ruleTitle" => rt::read_field(map, &mut self.rule_title),
            _ => Ok(false),
        }
    }
}
/// `CreateContractAppsReviewTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBody {
    /// `result`.
    pub result: Option<CreateContractAppsReviewTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsReviewTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsReviewTaskResponseBody {
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
impl rt::serde::Serialize for CreateContractAppsReviewTaskResponseBody {
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
impl rt::serde::Serialize for CreateContractAppsTermsExtractEaskRequestExtractRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ruleCategory", &self.rule_category)?;
        object.optional("termRules", &self.term_rules)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsTermsExtractEaskRequestExtractRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsTermsExtractEaskRequestExtractRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ruleCategory" => rt::read_field(map, &mut self.rule_category),
            "termRules" => rt::read_field(map, &mut self.term_rules),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractReviewRequestFileInfo {
    /// A `CreateContractReviewRequestFileInfo` with its required fields (`fileId`, `spaceId`); set the others with the methods named after them.
    pub fn new(file_id: impl Into<String>, space_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: None,
            file_size: None,
            file_type: None,
            space_id: space_id.into(),
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
impl rt::serde::Serialize for CreateContractReviewRequestFileInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractReviewRequestFileInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractReviewRequestFileInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `CreateContractReviewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractReviewResponseBody {
    /// `result`.
    pub result: Option<CreateContractReviewResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateContractReviewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractReviewResponseBody {
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
impl rt::serde::Serialize for CreateContractReviewResponseBody {
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
/// `CreateContractReviewTaskRequestContractFile`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type CreateContractReviewTaskRequestContractFile = CreateContractAppsCompareTaskRequestComparativeFile;
/// `CreateContractReviewTaskRequestReviewCustomRules`: the same model as [`CreateContractAppsReviewTaskRequestReviewCustomRules`].
pub type CreateContractReviewTaskRequestReviewCustomRules = CreateContractAppsReviewTaskRequestReviewCustomRules;
/// `CreateContractReviewTaskResponseBody`: the same model as [`CreateContractAppsReviewTaskResponseBody`].
pub type CreateContractReviewTaskResponseBody = CreateContractAppsReviewTaskResponseBody;
/// `CreateReviewChecklistRequestRules`.
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
impl rt::serde::Serialize for CreateReviewChecklistRequestRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("custom", &self.custom)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("items", &self.items)?;
        object.optional("name", &self.name)?;
        object.optional("risk_level", &self.risk_level)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateReviewChecklistRequestRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateReviewChecklistRequestRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "custom" => rt::read_field(map, &mut self.custom),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "risk_level" => rt::read_field(map, &mut self.risk_level),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
/// `CreateReviewChecklistResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateReviewChecklistResponseBody {
    /// `data`.
    pub data: Option<CreateReviewChecklistResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateReviewChecklistResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateReviewChecklistResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateReviewChecklistResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignDocs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignDocs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignDocs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignFlowConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoStart", &self.auto_start)?;
        object.optional("isOrderedSign", &self.is_ordered_sign)?;
        object.optional("signFlowName", &self.sign_flow_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignFlowConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignFlowConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "autoStart" => rt::read_field(map, &mut self.auto_start),
            "isOrderedSign" => rt::read_field(map, &mut self.is_ordered_sign),
            "signFlowName" => rt::read_field(map, &mut self.sign_flow_name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignFlowInitiator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignFlowInitiator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignFlowInitiator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSigners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTaskId", &self.biz_task_id)?;
        object.optional("orgInfo", &self.org_info)?;
        object.optional("signComponentConfig", &self.sign_component_config)?;
        object.optional("signConfig", &self.sign_config)?;
        object.optional("signerInfo", &self.signer_info)?;
        object.optional("signerType", &self.signer_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSigners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSigners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTaskId" => rt::read_field(map, &mut self.biz_task_id),
            "orgInfo" => rt::read_field(map, &mut self.org_info),
            "signComponentConfig" => rt::read_field(map, &mut self.sign_component_config),
            "signConfig" => rt::read_field(map, &mut self.sign_config),
            "signerInfo" => rt::read_field(map, &mut self.signer_info),
            "signerType" => rt::read_field(map, &mut self.signer_type),
            _ => Ok(false),
        }
    }
}
/// `CreateSignFlowResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowResponseBody {
    /// `result`.
    pub result: Option<CreateSignFlowResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSignFlowResponseBody {
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
impl rt::serde::Serialize for CreateSignFlowResponseBody {
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
impl rt::serde::Serialize for CreateTemplateProcessTaskRequestFillData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("structKey", &self.struct_key)?;
        object.optional("structValue", &self.struct_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateProcessTaskRequestFillData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplateProcessTaskRequestFillData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "structKey" => rt::read_field(map, &mut self.struct_key),
            "structValue" => rt::read_field(map, &mut self.struct_value),
            _ => Ok(false),
        }
    }
}
/// `CreateTemplateProcessTaskResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateProcessTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTemplateProcessTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTemplateProcessTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteChecklistRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteChecklistRuleResponseBody {
    /// `data`.
    pub data: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteChecklistRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteChecklistRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteChecklistRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `DeleteReviewChecklistResponseBody`: the same model as [`DeleteChecklistRuleResponseBody`].
pub type DeleteReviewChecklistResponseBody = DeleteChecklistRuleResponseBody;
/// `EsignQueryApprovalInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryApprovalInfoResponseBody {
    /// `result`.
    pub result: Option<EsignQueryApprovalInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignQueryApprovalInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryApprovalInfoResponseBody {
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
impl rt::serde::Serialize for EsignQueryApprovalInfoResponseBody {
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
/// `EsignQueryGrantInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryGrantInfoResponseBody {
    /// `result`.
    pub result: Option<EsignQueryGrantInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignQueryGrantInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryGrantInfoResponseBody {
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
impl rt::serde::Serialize for EsignQueryGrantInfoResponseBody {
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
/// `EsignQueryIdentityByTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketResponseBody {
    /// `result`.
    pub result: Option<EsignQueryIdentityByTicketResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignQueryIdentityByTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryIdentityByTicketResponseBody {
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
impl rt::serde::Serialize for EsignQueryIdentityByTicketResponseBody {
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
/// `EsignSyncEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignSyncEventResponseBody {
    /// `result`.
    pub result: Option<EsignSyncEventResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignSyncEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignSyncEventResponseBody {
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
impl rt::serde::Serialize for EsignSyncEventResponseBody {
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
/// `EsignUserVerifyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignUserVerifyResponseBody {
    /// `result`.
    pub result: Option<EsignUserVerifyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignUserVerifyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignUserVerifyResponseBody {
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
impl rt::serde::Serialize for EsignUserVerifyResponseBody {
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
/// `FinishReviewOrderRequestEndFiles`: the same model as [`CancelReviewOrderRequestEndFiles`].
pub type FinishReviewOrderRequestEndFiles = CancelReviewOrderRequestEndFiles;
/// `FinishReviewOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FinishReviewOrderResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for FinishReviewOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FinishReviewOrderResponseBody {
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
impl rt::serde::Serialize for FinishReviewOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetAsyncCreateContractAnalysisRequestFileInfo`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type GetAsyncCreateContractAnalysisRequestFileInfo = CreateContractAppsCompareTaskRequestComparativeFile;
/// `GetAsyncCreateContractAnalysisResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAsyncCreateContractAnalysisResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsyncCreateContractAnalysisResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "analysisStatus" => rt::read_field(map, &mut self.analysis_status),
            "companyList" => rt::read_field(map, &mut self.company_list),
            "reviewPositions" => rt::read_field(map, &mut self.review_positions),
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "wordCount" => rt::read_field(map, &mut self.word_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAsyncCreateContractAnalysisResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("analysisStatus", &self.analysis_status)?;
        object.optional("companyList", &self.company_list)?;
        object.optional("reviewPositions", &self.review_positions)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("wordCount", &self.word_count)?;
        object.end()
    }
}
/// `GetContractAnalysisResultRequestFileInfo`: the same model as [`CreateContractAppsCompareTaskRequestComparativeFile`].
pub type GetContractAnalysisResultRequestFileInfo = CreateContractAppsCompareTaskRequestComparativeFile;
/// `GetContractAnalysisResultResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetContractAnalysisResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractAnalysisResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyList" => rt::read_field(map, &mut self.company_list),
            "reviewPositions" => rt::read_field(map, &mut self.review_positions),
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "wordCount" => rt::read_field(map, &mut self.word_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractAnalysisResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyList", &self.company_list)?;
        object.optional("reviewPositions", &self.review_positions)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("wordCount", &self.word_count)?;
        object.end()
    }
}
/// `GetContractReviewBenefitResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBody {
    /// `result`.
    pub result: Option<GetContractReviewBenefitResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewBenefitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewBenefitResponseBody {
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
impl rt::serde::Serialize for GetContractReviewBenefitResponseBody {
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
/// `GetContractReviewResultRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewResultRequestBody {
    /// `reviewType`.
    pub review_type: String,
    /// `taskId`.
    pub task_id: String,
}
impl GetContractReviewResultRequestBody {
    /// A `GetContractReviewResultRequestBody` with its required fields (`reviewType`, `taskId`); set the others with the methods named after them.
    pub fn new(review_type: impl Into<String>, task_id: impl Into<String>) -> Self {
        Self {
            review_type: review_type.into(),
            task_id: task_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetContractReviewResultRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("reviewType", &self.review_type)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractReviewResultRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
/// `GetContractReviewResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBody {
    /// `result`.
    pub result: Option<GetContractReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultResponseBody {
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
impl rt::serde::Serialize for GetContractReviewResultResponseBody {
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
/// `GetContractReviewResultsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBody {
    /// `data`.
    pub data: Option<GetContractReviewResultsResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetContractReviewStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewStatusResponseBody {
    /// `data`.
    pub data: Option<GetContractReviewStatusResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetContractSubjectRiskResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractSubjectRiskResultResponseBody {
    /// `subjectRiskResponses`.
    pub subject_risk_responses: Option<
        Vec<GetContractSubjectRiskResultResponseBodySubjectRiskResponses>,
    >,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractSubjectRiskResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractSubjectRiskResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subjectRiskResponses" => {
                rt::read_field(map, &mut self.subject_risk_responses)
            }
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractSubjectRiskResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("subjectRiskResponses", &self.subject_risk_responses)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetFileDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBody {
    /// `result`.
    pub result: Option<GetFileDownloadUrlResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadUrlResponseBody {
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
impl rt::serde::Serialize for GetFileDownloadUrlResponseBody {
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
/// `GetReviewChecklistResponseBody`: the same model as [`CreateReviewChecklistResponseBody`].
pub type GetReviewChecklistResponseBody = CreateReviewChecklistResponseBody;
/// `ListReviewChecklistsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListReviewChecklistsResponseBody {
    /// `data`.
    pub data: Option<ListReviewChecklistsResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for ListReviewChecklistsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListReviewChecklistsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListReviewChecklistsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `OpenEsignFreeTrailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenEsignFreeTrailResponseBody {
    /// `result`.
    pub result: Option<OpenEsignFreeTrailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenEsignFreeTrailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenEsignFreeTrailResponseBody {
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
impl rt::serde::Serialize for OpenEsignFreeTrailResponseBody {
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
/// `QueryAdvancedContractVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAdvancedContractVersionResponseBody {
    /// `result`.
    pub result: Option<QueryAdvancedContractVersionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAdvancedContractVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAdvancedContractVersionResponseBody {
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
impl rt::serde::Serialize for QueryAdvancedContractVersionResponseBody {
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
/// `QueryContractAppsCompareResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsCompareResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsCompareResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsCompareResultResponseBody {
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
impl rt::serde::Serialize for QueryContractAppsCompareResultResponseBody {
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
/// `QueryContractAppsExtractResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsExtractResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsExtractResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsExtractResultResponseBody {
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
impl rt::serde::Serialize for QueryContractAppsExtractResultResponseBody {
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
/// `QueryContractAppsReviewResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsReviewResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsReviewResultResponseBody {
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
impl rt::serde::Serialize for QueryContractAppsReviewResultResponseBody {
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
/// `QueryContractAppsTermsExtractResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractAppsTermsExtractResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsTermsExtractResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsTermsExtractResultResponseBody {
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
impl rt::serde::Serialize for QueryContractAppsTermsExtractResultResponseBody {
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
/// `QueryContractCompareListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryContractCompareListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractCompareListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractCompareListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryContractCompareResultResponseBody`: the same model as [`QueryContractAppsCompareResultResponseBody`].
pub type QueryContractCompareResultResponseBody = QueryContractAppsCompareResultResponseBody;
/// `QueryContractExtractResultResponseBody`: the same model as [`QueryContractAppsExtractResultResponseBody`].
pub type QueryContractExtractResultResponseBody = QueryContractAppsExtractResultResponseBody;
/// `QueryContractReviewResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractReviewResultResponseBody {
    /// `result`.
    pub result: Option<QueryContractReviewResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractReviewResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractReviewResultResponseBody {
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
impl rt::serde::Serialize for QueryContractReviewResultResponseBody {
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
/// `QueryContractSignInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBody {
    /// `result`.
    pub result: Option<QueryContractSignInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractSignInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractSignInfoResponseBody {
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
impl rt::serde::Serialize for QueryContractSignInfoResponseBody {
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
/// `QueryFileProcessResultResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryFileProcessResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFileProcessResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFileProcessResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBody {
    /// `result`.
    pub result: Option<QuerySignFlowDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySignFlowDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBody {
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
impl rt::serde::Serialize for QuerySignFlowDetailResponseBody {
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
/// `QuerySignTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignTaskResponseBody {
    /// `result`.
    pub result: Option<QuerySignTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySignTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignTaskResponseBody {
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
impl rt::serde::Serialize for QuerySignTaskResponseBody {
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
/// `QuerySubjectPublicRiskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBody {
    /// `result`.
    pub result: Option<QuerySubjectPublicRiskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySubjectPublicRiskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBody {
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
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBody {
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
/// `SearchFileKeywordPositionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBody {
    /// `result`.
    pub result: Option<SearchFileKeywordPositionsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchFileKeywordPositionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFileKeywordPositionsResponseBody {
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
impl rt::serde::Serialize for SearchFileKeywordPositionsResponseBody {
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
impl rt::serde::Serialize for SendContractCardRequestContractInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractCode", &self.contract_code)?;
        object.optional("contractName", &self.contract_name)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("signUserName", &self.sign_user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendContractCardRequestContractInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendContractCardRequestContractInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractCode" => rt::read_field(map, &mut self.contract_code),
            "contractName" => rt::read_field(map, &mut self.contract_name),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "signUserName" => rt::read_field(map, &mut self.sign_user_name),
            _ => Ok(false),
        }
    }
}
/// `SendContractCardRequestReceivers`.
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
impl rt::serde::Serialize for SendContractCardRequestReceivers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userType", &self.user_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendContractCardRequestReceivers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendContractCardRequestReceivers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userType" => rt::read_field(map, &mut self.user_type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncSignEventRequestSignFileList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileDownloadUrl", &self.file_download_url)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncSignEventRequestSignFileList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncSignEventRequestSignFileList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileDownloadUrl" => rt::read_field(map, &mut self.file_download_url),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
/// `SyncSignEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncSignEventResponseBody {
    /// `result`.
    pub result: Option<SyncSignEventResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncSignEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncSignEventResponseBody {
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
impl rt::serde::Serialize for SyncSignEventResponseBody {
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
/// `UpdateChecklistRuleResponseBody`: the same model as [`CreateChecklistRuleResponseBody`].
pub type UpdateChecklistRuleResponseBody = CreateChecklistRuleResponseBody;
/// `UpdateReviewChecklistRequestRules`: the same model as [`CreateReviewChecklistRequestRules`].
pub type UpdateReviewChecklistRequestRules = CreateReviewChecklistRequestRules;
/// `UpdateReviewChecklistResponseBody`: the same model as [`CreateReviewChecklistResponseBody`].
pub type UpdateReviewChecklistResponseBody = CreateReviewChecklistResponseBody;
/// `UploadContractReviewByUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlResponseBody {
    /// `data`.
    pub data: Option<UploadContractReviewByUrlResponseBodyData>,
}
impl<'de> rt::serde::Deserialize<'de> for UploadContractReviewByUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadContractReviewByUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UploadContractReviewByUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiAnalysis" => rt::read_field(map, &mut self.ai_analysis),
            "currentContract" => rt::read_field(map, &mut self.current_contract),
            "dataStatus" => rt::read_field(map, &mut self.data_status),
            "historyCooperation" => rt::read_field(map, &mut self.history_cooperation),
            "subjectInfo" => rt::read_field(map, &mut self.subject_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalyzeSubjectTransactionRiskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiAnalysis", &self.ai_analysis)?;
        object.optional("currentContract", &self.current_contract)?;
        object.optional("dataStatus", &self.data_status)?;
        object.optional("historyCooperation", &self.history_cooperation)?;
        object.optional("subjectInfo", &self.subject_info)?;
        object.end()
    }
}
/// `ConfirmContractReviewRequestCustomRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type ConfirmContractReviewRequestCustomRulesItems = CreateChecklistRuleRequestItems;
/// `ConfirmContractReviewResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBodyData {
    /// `recommended`.
    pub recommended: Option<ConfirmContractReviewResponseBodyDataRecommended>,
    /// `review_id`.
    pub review_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ConfirmContractReviewResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmContractReviewResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recommended" => rt::read_field(map, &mut self.recommended),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConfirmContractReviewResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("recommended", &self.recommended)?;
        object.optional("review_id", &self.review_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
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
impl rt::serde::Serialize
for ContractAiReviewResultNotifyRequestAnnotationsCommentTexts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("remark", &self.remark)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ContractAiReviewResultNotifyRequestAnnotationsCommentTexts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ContractAiReviewResultNotifyRequestAnnotationsCommentTexts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "remark" => rt::read_field(map, &mut self.remark),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `ContractBenefitConsumeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractBenefitConsumeResponseBodyResult {
    /// `consumeResult`.
    pub consume_result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ContractBenefitConsumeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ContractBenefitConsumeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "consumeResult" => rt::read_field(map, &mut self.consume_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ContractBenefitConsumeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("consumeResult", &self.consume_result)?;
        object.end()
    }
}
/// `CreateChecklistRuleResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateChecklistRuleResponseBodyData {
    /// `rule`.
    pub rule: Option<CreateChecklistRuleResponseBodyDataRule>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateChecklistRuleResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "rule" => rt::read_field(map, &mut self.rule),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateChecklistRuleResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("rule", &self.rule)?;
        object.end()
    }
}
/// `CreateContractAppsCompareTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsCompareTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsCompareTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsCompareTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsCompareTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `CreateContractAppsExtractTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsExtractTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsExtractTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsExtractTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsExtractTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `CreateContractAppsReviewTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBodyResult {
    /// `data`.
    pub data: Option<CreateContractAppsReviewTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsReviewTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsReviewTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsReviewTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
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
impl rt::serde::Serialize
for CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("termCategory", &self.term_category)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsTermsExtractEaskRequestExtractRulesTermRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "termCategory" => rt::read_field(map, &mut self.term_category),
            _ => Ok(false),
        }
    }
}
/// `CreateContractAppsTermsExtractEaskResponseBodyResult`: the same model as [`CreateContractAppsExtractTaskResponseBodyResult`].
pub type CreateContractAppsTermsExtractEaskResponseBodyResult = CreateContractAppsExtractTaskResponseBodyResult;
/// `CreateContractCompareTaskResponseBodyResult`: the same model as [`CreateContractAppsCompareTaskResponseBodyResult`].
pub type CreateContractCompareTaskResponseBodyResult = CreateContractAppsCompareTaskResponseBodyResult;
/// `CreateContractExtractTaskResponseBodyResult`: the same model as [`CreateContractAppsExtractTaskResponseBodyResult`].
pub type CreateContractExtractTaskResponseBodyResult = CreateContractAppsExtractTaskResponseBodyResult;
/// `CreateContractReviewResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractReviewResponseBodyResult {
    /// `planFinishTime`.
    pub plan_finish_time: Option<i64>,
    /// `reviewType`.
    pub review_type: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateContractReviewResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractReviewResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "planFinishTime" => rt::read_field(map, &mut self.plan_finish_time),
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractReviewResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("planFinishTime", &self.plan_finish_time)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateContractReviewTaskResponseBodyResult`: the same model as [`CreateContractAppsReviewTaskResponseBodyResult`].
pub type CreateContractReviewTaskResponseBodyResult = CreateContractAppsReviewTaskResponseBodyResult;
/// `CreateReviewChecklistRequestRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type CreateReviewChecklistRequestRulesItems = CreateChecklistRuleRequestItems;
/// `CreateReviewChecklistResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateReviewChecklistResponseBodyData {
    /// `checklist`.
    pub checklist: Option<CreateReviewChecklistResponseBodyDataChecklist>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateReviewChecklistResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateReviewChecklistResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checklist" => rt::read_field(map, &mut self.checklist),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateReviewChecklistResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checklist", &self.checklist)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignersOrgInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("orgName", &self.org_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignersOrgInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignersOrgInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignersSignComponentConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("signFieldComponentConfig", &self.sign_field_component_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateSignFlowRequestSignersSignComponentConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignersSignComponentConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "signFieldComponentConfig" => {
                rt::read_field(map, &mut self.sign_field_component_config)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignersSignConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("signOrder", &self.sign_order)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignersSignConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignersSignConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "signOrder" => rt::read_field(map, &mut self.sign_order),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequestSignersSignerInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("psnMobile", &self.psn_mobile)?;
        object.optional("psnName", &self.psn_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequestSignersSignerInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequestSignersSignerInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "psnMobile" => rt::read_field(map, &mut self.psn_mobile),
            "psnName" => rt::read_field(map, &mut self.psn_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateSignFlowResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSignFlowResponseBodyResult {
    /// `data`.
    pub data: Option<CreateSignFlowResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSignFlowResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSignFlowResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `CreateTemplateProcessTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateProcessTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTemplateProcessTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fillTaskId" => rt::read_field(map, &mut self.fill_task_id),
            "mode" => rt::read_field(map, &mut self.mode),
            "renderTaskId" => rt::read_field(map, &mut self.render_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTemplateProcessTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fillTaskId", &self.fill_task_id)?;
        object.optional("mode", &self.mode)?;
        object.optional("renderTaskId", &self.render_task_id)?;
        object.end()
    }
}
/// `EsignQueryApprovalInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryApprovalInfoResponseBodyResult {
    /// `bpmsProcessBusinessId`.
    pub bpms_process_business_id: Option<String>,
    /// `bpmsProcessInstanceId`.
    pub bpms_process_instance_id: Option<String>,
    /// `bpmsProcessInstanceUrl`.
    pub bpms_process_instance_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignQueryApprovalInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryApprovalInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bpmsProcessBusinessId" => {
                rt::read_field(map, &mut self.bpms_process_business_id)
            }
            "bpmsProcessInstanceId" => {
                rt::read_field(map, &mut self.bpms_process_instance_id)
            }
            "bpmsProcessInstanceUrl" => {
                rt::read_field(map, &mut self.bpms_process_instance_url)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EsignQueryApprovalInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bpmsProcessBusinessId", &self.bpms_process_business_id)?;
        object.optional("bpmsProcessInstanceId", &self.bpms_process_instance_id)?;
        object.optional("bpmsProcessInstanceUrl", &self.bpms_process_instance_url)?;
        object.end()
    }
}
/// `EsignQueryGrantInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for EsignQueryGrantInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryGrantInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "legalPerson" => rt::read_field(map, &mut self.legal_person),
            "mobilePhoneNumber" => rt::read_field(map, &mut self.mobile_phone_number),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            "unifiedSocialCredit" => rt::read_field(map, &mut self.unified_social_credit),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EsignQueryGrantInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("legalPerson", &self.legal_person)?;
        object.optional("mobilePhoneNumber", &self.mobile_phone_number)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("stateCode", &self.state_code)?;
        object.optional("unifiedSocialCredit", &self.unified_social_credit)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `EsignQueryIdentityByTicketResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketResponseBodyResult {
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignQueryIdentityByTicketResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignQueryIdentityByTicketResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EsignQueryIdentityByTicketResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `EsignSyncEventResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignSyncEventResponseBodyResult {
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignSyncEventResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignSyncEventResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EsignSyncEventResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `EsignUserVerifyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignUserVerifyResponseBodyResult {
    /// `canAccess`.
    pub can_access: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignUserVerifyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignUserVerifyResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canAccess" => rt::read_field(map, &mut self.can_access),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EsignUserVerifyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canAccess", &self.can_access)?;
        object.end()
    }
}
/// `GetContractReviewBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBodyResult {
    /// `benefitResponses`.
    pub benefit_responses: Option<
        Vec<GetContractReviewBenefitResponseBodyResultBenefitResponses>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewBenefitResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewBenefitResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitResponses" => rt::read_field(map, &mut self.benefit_responses),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewBenefitResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitResponses", &self.benefit_responses)?;
        object.end()
    }
}
/// `GetContractReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "annotations" => rt::read_field(map, &mut self.annotations),
            "clearWordPath" => rt::read_field(map, &mut self.clear_word_path),
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "wordPath" => rt::read_field(map, &mut self.word_path),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("annotations", &self.annotations)?;
        object.optional("clearWordPath", &self.clear_word_path)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("wordPath", &self.word_path)?;
        object.end()
    }
}
/// `GetContractReviewResultsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "annotated_export_url" => rt::read_field(map, &mut self.annotated_export_url),
            "message" => rt::read_field(map, &mut self.message),
            "report" => rt::read_field(map, &mut self.report),
            "report_export_url" => rt::read_field(map, &mut self.report_export_url),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "risk_counts" => rt::read_field(map, &mut self.risk_counts),
            "status" => rt::read_field(map, &mut self.status),
            "total_risks" => rt::read_field(map, &mut self.total_risks),
            "weboffice_url" => rt::read_field(map, &mut self.weboffice_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("annotated_export_url", &self.annotated_export_url)?;
        object.optional("message", &self.message)?;
        object.optional("report", &self.report)?;
        object.optional("report_export_url", &self.report_export_url)?;
        object.optional("review_id", &self.review_id)?;
        object.optional("risk_counts", &self.risk_counts)?;
        object.optional("status", &self.status)?;
        object.optional("total_risks", &self.total_risks)?;
        object.optional("weboffice_url", &self.weboffice_url)?;
        object.end()
    }
}
/// `GetContractReviewStatusResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewStatusResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewStatusResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "progress_pct" => rt::read_field(map, &mut self.progress_pct),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "risk_counts" => rt::read_field(map, &mut self.risk_counts),
            "status" => rt::read_field(map, &mut self.status),
            "top_risks" => rt::read_field(map, &mut self.top_risks),
            "weboffice_url" => rt::read_field(map, &mut self.weboffice_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewStatusResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("progress_pct", &self.progress_pct)?;
        object.optional("review_id", &self.review_id)?;
        object.optional("risk_counts", &self.risk_counts)?;
        object.optional("status", &self.status)?;
        object.optional("top_risks", &self.top_risks)?;
        object.optional("weboffice_url", &self.weboffice_url)?;
        object.end()
    }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponses`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subjectBaseInfoResponse" => {
                rt::read_field(map, &mut self.subject_base_info_response)
            }
            "subjectName" => rt::read_field(map, &mut self.subject_name),
            "subjectRiskListResponse" => {
                rt::read_field(map, &mut self.subject_risk_list_response)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractSubjectRiskResultResponseBodySubjectRiskResponses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("subjectBaseInfoResponse", &self.subject_base_info_response)?;
        object.optional("subjectName", &self.subject_name)?;
        object.optional("subjectRiskListResponse", &self.subject_risk_list_response)?;
        object.end()
    }
}
/// `GetFileDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBodyResult {
    /// `data`.
    pub data: Option<GetFileDownloadUrlResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadUrlResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadUrlResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadUrlResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetReviewChecklistResponseBodyData`: the same model as [`CreateReviewChecklistResponseBodyData`].
pub type GetReviewChecklistResponseBodyData = CreateReviewChecklistResponseBodyData;
/// `ListReviewChecklistsResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListReviewChecklistsResponseBodyData {
    /// `checklists`.
    pub checklists: Option<Vec<ListReviewChecklistsResponseBodyDataChecklists>>,
    /// `corp_id`.
    pub corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListReviewChecklistsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListReviewChecklistsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checklists" => rt::read_field(map, &mut self.checklists),
            "corp_id" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListReviewChecklistsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checklists", &self.checklists)?;
        object.optional("corp_id", &self.corp_id)?;
        object.end()
    }
}
/// `OpenEsignFreeTrailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenEsignFreeTrailResponseBodyResult {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenEsignFreeTrailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenEsignFreeTrailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenEsignFreeTrailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryAdvancedContractVersionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAdvancedContractVersionResponseBodyResult {
    /// `enableEsignAttachmentSign`.
    pub enable_esign_attachment_sign: Option<bool>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `version`.
    pub version: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAdvancedContractVersionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAdvancedContractVersionResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableEsignAttachmentSign" => {
                rt::read_field(map, &mut self.enable_esign_attachment_sign)
            }
            "extension" => rt::read_field(map, &mut self.extension),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAdvancedContractVersionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("enableEsignAttachmentSign", &self.enable_esign_attachment_sign)?;
        object.optional("extension", &self.extension)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `QueryContractAppsCompareResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsCompareResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsCompareResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsCompareResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsCompareResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryContractAppsExtractResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsExtractResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsExtractResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsExtractResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsExtractResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsReviewResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsReviewResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsReviewResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractAppsTermsExtractResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsTermsExtractResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsTermsExtractResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsTermsExtractResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryContractCompareListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractCompareListResponseBodyResult {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `data`.
    pub data: Option<Vec<QueryContractCompareListResponseBodyResultData>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractCompareListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractCompareListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "data" => rt::read_field(map, &mut self.data),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractCompareListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("data", &self.data)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryContractCompareResultResponseBodyResult`: the same model as [`QueryContractAppsCompareResultResponseBodyResult`].
pub type QueryContractCompareResultResponseBodyResult = QueryContractAppsCompareResultResponseBodyResult;
/// `QueryContractExtractResultResponseBodyResult`: the same model as [`QueryContractAppsExtractResultResponseBodyResult`].
pub type QueryContractExtractResultResponseBodyResult = QueryContractAppsExtractResultResponseBodyResult;
/// `QueryContractReviewResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractReviewResultResponseBodyResult {
    /// `data`.
    pub data: Option<QueryContractReviewResultResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryContractReviewResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractReviewResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractReviewResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QueryContractSignInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryContractSignInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractSignInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actualOriginator" => rt::read_field(map, &mut self.actual_originator),
            "amountType" => rt::read_field(map, &mut self.amount_type),
            "applicantDate" => rt::read_field(map, &mut self.applicant_date),
            "approveTime" => rt::read_field(map, &mut self.approve_time),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "contractAmount" => rt::read_field(map, &mut self.contract_amount),
            "contractAmountMethod" => {
                rt::read_field(map, &mut self.contract_amount_method)
            }
            "contractAttachmentFiles" => {
                rt::read_field(map, &mut self.contract_attachment_files)
            }
            "contractContentFiles" => {
                rt::read_field(map, &mut self.contract_content_files)
            }
            "contractEndDate" => rt::read_field(map, &mut self.contract_end_date),
            "contractId" => rt::read_field(map, &mut self.contract_id),
            "contractName" => rt::read_field(map, &mut self.contract_name),
            "contractNo" => rt::read_field(map, &mut self.contract_no),
            "contractRemark" => rt::read_field(map, &mut self.contract_remark),
            "contractStartDate" => rt::read_field(map, &mut self.contract_start_date),
            "contractStatus" => rt::read_field(map, &mut self.contract_status),
            "contractTermType" => rt::read_field(map, &mut self.contract_term_type),
            "currencyCode" => rt::read_field(map, &mut self.currency_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "directoryName" => rt::read_field(map, &mut self.directory_name),
            "effectiveStatus" => rt::read_field(map, &mut self.effective_status),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "oppositeParties" => rt::read_field(map, &mut self.opposite_parties),
            "ourParties" => rt::read_field(map, &mut self.our_parties),
            "ownerName" => rt::read_field(map, &mut self.owner_name),
            "ownerStaffId" => rt::read_field(map, &mut self.owner_staff_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "signers" => rt::read_field(map, &mut self.signers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractSignInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actualOriginator", &self.actual_originator)?;
        object.optional("amountType", &self.amount_type)?;
        object.optional("applicantDate", &self.applicant_date)?;
        object.optional("approveTime", &self.approve_time)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("contractAmount", &self.contract_amount)?;
        object.optional("contractAmountMethod", &self.contract_amount_method)?;
        object.optional("contractAttachmentFiles", &self.contract_attachment_files)?;
        object.optional("contractContentFiles", &self.contract_content_files)?;
        object.optional("contractEndDate", &self.contract_end_date)?;
        object.optional("contractId", &self.contract_id)?;
        object.optional("contractName", &self.contract_name)?;
        object.optional("contractNo", &self.contract_no)?;
        object.optional("contractRemark", &self.contract_remark)?;
        object.optional("contractStartDate", &self.contract_start_date)?;
        object.optional("contractStatus", &self.contract_status)?;
        object.optional("contractTermType", &self.contract_term_type)?;
        object.optional("currencyCode", &self.currency_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("directoryName", &self.directory_name)?;
        object.optional("effectiveStatus", &self.effective_status)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("oppositeParties", &self.opposite_parties)?;
        object.optional("ourParties", &self.our_parties)?;
        object.optional("ownerName", &self.owner_name)?;
        object.optional("ownerStaffId", &self.owner_staff_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("signers", &self.signers)?;
        object.end()
    }
}
/// `QueryFileProcessResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFileProcessResultResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `pdfStatus`.
    pub pdf_status: Option<String>,
    /// `renderTaskId`.
    pub render_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryFileProcessResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFileProcessResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "pdfStatus" => rt::read_field(map, &mut self.pdf_status),
            "renderTaskId" => rt::read_field(map, &mut self.render_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFileProcessResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("pdfStatus", &self.pdf_status)?;
        object.optional("renderTaskId", &self.render_task_id)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResult {
    /// `data`.
    pub data: Option<QuerySignFlowDetailResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySignFlowDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QuerySignTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignTaskResponseBodyResult {
    /// `data`.
    pub data: Option<QuerySignTaskResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySignTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QuerySubjectPublicRiskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiRiskSummary" => rt::read_field(map, &mut self.ai_risk_summary),
            "aiSampleRiskCount" => rt::read_field(map, &mut self.ai_sample_risk_count),
            "aiSummaryStatus" => rt::read_field(map, &mut self.ai_summary_status),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "companyInfo" => rt::read_field(map, &mut self.company_info),
            "dataStatus" => rt::read_field(map, &mut self.data_status),
            "dataUpdatedAt" => rt::read_field(map, &mut self.data_updated_at),
            "freeBenefitRestEnough" => {
                rt::read_field(map, &mut self.free_benefit_rest_enough)
            }
            "riskTypes" => rt::read_field(map, &mut self.risk_types),
            "risks" => rt::read_field(map, &mut self.risks),
            "subjectExist" => rt::read_field(map, &mut self.subject_exist),
            "totalRiskNumber" => rt::read_field(map, &mut self.total_risk_number),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiRiskSummary", &self.ai_risk_summary)?;
        object.optional("aiSampleRiskCount", &self.ai_sample_risk_count)?;
        object.optional("aiSummaryStatus", &self.ai_summary_status)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("companyInfo", &self.company_info)?;
        object.optional("dataStatus", &self.data_status)?;
        object.optional("dataUpdatedAt", &self.data_updated_at)?;
        object.optional("freeBenefitRestEnough", &self.free_benefit_rest_enough)?;
        object.optional("riskTypes", &self.risk_types)?;
        object.optional("risks", &self.risks)?;
        object.optional("subjectExist", &self.subject_exist)?;
        object.optional("totalRiskNumber", &self.total_risk_number)?;
        object.end()
    }
}
/// `SearchFileKeywordPositionsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchFileKeywordPositionsResponseBodyResult {
    /// `data`.
    pub data: Option<SearchFileKeywordPositionsResponseBodyResultData>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchFileKeywordPositionsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFileKeywordPositionsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFileKeywordPositionsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `SyncSignEventResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncSignEventResponseBodyResult {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncSignEventResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncSignEventResponseBodyResult {
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
impl rt::serde::Serialize for SyncSignEventResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateChecklistRuleResponseBodyData`: the same model as [`CreateChecklistRuleResponseBodyData`].
pub type UpdateChecklistRuleResponseBodyData = CreateChecklistRuleResponseBodyData;
/// `UpdateReviewChecklistRequestRulesItems`: the same model as [`CreateChecklistRuleRequestItems`].
pub type UpdateReviewChecklistRequestRulesItems = CreateChecklistRuleRequestItems;
/// `UpdateReviewChecklistResponseBodyData`: the same model as [`CreateReviewChecklistResponseBodyData`].
pub type UpdateReviewChecklistResponseBodyData = CreateReviewChecklistResponseBodyData;
/// `UploadContractReviewByUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UploadContractReviewByUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadContractReviewByUrlResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overview_summary" => rt::read_field(map, &mut self.overview_summary),
            "recommendation_fallback" => {
                rt::read_field(map, &mut self.recommendation_fallback)
            }
            "recommended" => rt::read_field(map, &mut self.recommended),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "weboffice" => rt::read_field(map, &mut self.weboffice),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UploadContractReviewByUrlResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("overview_summary", &self.overview_summary)?;
        object.optional("recommendation_fallback", &self.recommendation_fallback)?;
        object.optional("recommended", &self.recommended)?;
        object.optional("review_id", &self.review_id)?;
        object.optional("weboffice", &self.weboffice)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyRisks" => rt::read_field(map, &mut self.key_risks),
            "limitations" => rt::read_field(map, &mut self.limitations),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysis {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyRisks", &self.key_risks)?;
        object.optional("limitations", &self.limitations)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "acceptanceTerms" => rt::read_field(map, &mut self.acceptance_terms),
            "breachLiability" => rt::read_field(map, &mut self.breach_liability),
            "contractAmount" => rt::read_field(map, &mut self.contract_amount),
            "contractId" => rt::read_field(map, &mut self.contract_id),
            "contractName" => rt::read_field(map, &mut self.contract_name),
            "contractSubject" => rt::read_field(map, &mut self.contract_subject),
            "contractType" => rt::read_field(map, &mut self.contract_type),
            "contractVersion" => rt::read_field(map, &mut self.contract_version),
            "currency" => rt::read_field(map, &mut self.currency),
            "dataStatus" => rt::read_field(map, &mut self.data_status),
            "deliveryTerms" => rt::read_field(map, &mut self.delivery_terms),
            "disputeResolution" => rt::read_field(map, &mut self.dispute_resolution),
            "guaranteeTerms" => rt::read_field(map, &mut self.guarantee_terms),
            "missingFields" => rt::read_field(map, &mut self.missing_fields),
            "paymentTerms" => rt::read_field(map, &mut self.payment_terms),
            "performancePeriod" => rt::read_field(map, &mut self.performance_period),
            "terminationTerms" => rt::read_field(map, &mut self.termination_terms),
            "transactionDirection" => {
                rt::read_field(map, &mut self.transaction_direction)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultCurrentContract {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("acceptanceTerms", &self.acceptance_terms)?;
        object.optional("breachLiability", &self.breach_liability)?;
        object.optional("contractAmount", &self.contract_amount)?;
        object.optional("contractId", &self.contract_id)?;
        object.optional("contractName", &self.contract_name)?;
        object.optional("contractSubject", &self.contract_subject)?;
        object.optional("contractType", &self.contract_type)?;
        object.optional("contractVersion", &self.contract_version)?;
        object.optional("currency", &self.currency)?;
        object.optional("dataStatus", &self.data_status)?;
        object.optional("deliveryTerms", &self.delivery_terms)?;
        object.optional("disputeResolution", &self.dispute_resolution)?;
        object.optional("guaranteeTerms", &self.guarantee_terms)?;
        object.optional("missingFields", &self.missing_fields)?;
        object.optional("paymentTerms", &self.payment_terms)?;
        object.optional("performancePeriod", &self.performance_period)?;
        object.optional("terminationTerms", &self.termination_terms)?;
        object.optional("transactionDirection", &self.transaction_direction)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expenseAmounts" => rt::read_field(map, &mut self.expense_amounts),
            "historyDataStatus" => rt::read_field(map, &mut self.history_data_status),
            "historyEndTime" => rt::read_field(map, &mut self.history_end_time),
            "historyStartTime" => rt::read_field(map, &mut self.history_start_time),
            "incomeAmounts" => rt::read_field(map, &mut self.income_amounts),
            "performanceAnomalies" => {
                rt::read_field(map, &mut self.performance_anomalies)
            }
            "performanceDataStatus" => {
                rt::read_field(map, &mut self.performance_data_status)
            }
            "periodContractCount" => rt::read_field(map, &mut self.period_contract_count),
            "relatedContracts" => rt::read_field(map, &mut self.related_contracts),
            "totalRelatedContractCount" => {
                rt::read_field(map, &mut self.total_related_contract_count)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expenseAmounts", &self.expense_amounts)?;
        object.optional("historyDataStatus", &self.history_data_status)?;
        object.optional("historyEndTime", &self.history_end_time)?;
        object.optional("historyStartTime", &self.history_start_time)?;
        object.optional("incomeAmounts", &self.income_amounts)?;
        object.optional("performanceAnomalies", &self.performance_anomalies)?;
        object.optional("performanceDataStatus", &self.performance_data_status)?;
        object.optional("periodContractCount", &self.period_contract_count)?;
        object.optional("relatedContracts", &self.related_contracts)?;
        object
            .optional("totalRelatedContractCount", &self.total_related_contract_count)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creditCode" => rt::read_field(map, &mut self.credit_code),
            "relatedOwnSubjects" => rt::read_field(map, &mut self.related_own_subjects),
            "subjectName" => rt::read_field(map, &mut self.subject_name),
            "subjectTags" => rt::read_field(map, &mut self.subject_tags),
            "uniqueCode" => rt::read_field(map, &mut self.unique_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultSubjectInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creditCode", &self.credit_code)?;
        object.optional("relatedOwnSubjects", &self.related_own_subjects)?;
        object.optional("subjectName", &self.subject_name)?;
        object.optional("subjectTags", &self.subject_tags)?;
        object.optional("uniqueCode", &self.unique_code)?;
        object.end()
    }
}
/// `ConfirmContractReviewResponseBodyDataRecommended`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmContractReviewResponseBodyDataRecommended {
    /// `contract_type`.
    pub contract_type: Option<String>,
    /// `scale`.
    pub scale: Option<String>,
    /// `standpoint`.
    pub standpoint: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ConfirmContractReviewResponseBodyDataRecommended {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmContractReviewResponseBodyDataRecommended {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contract_type" => rt::read_field(map, &mut self.contract_type),
            "scale" => rt::read_field(map, &mut self.scale),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConfirmContractReviewResponseBodyDataRecommended {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contract_type", &self.contract_type)?;
        object.optional("scale", &self.scale)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
/// `CreateChecklistRuleResponseBodyDataRule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleResponseBodyDataRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateChecklistRuleResponseBodyDataRule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "custom" => rt::read_field(map, &mut self.custom),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "risk_level" => rt::read_field(map, &mut self.risk_level),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateChecklistRuleResponseBodyDataRule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("custom", &self.custom)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("items", &self.items)?;
        object.optional("name", &self.name)?;
        object.optional("risk_level", &self.risk_level)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
/// `CreateContractAppsCompareTaskResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsCompareTaskResponseBodyResultData {
    /// `compareTaskId`.
    pub compare_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsCompareTaskResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsCompareTaskResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "compareTaskId" => rt::read_field(map, &mut self.compare_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsCompareTaskResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("compareTaskId", &self.compare_task_id)?;
        object.end()
    }
}
/// `CreateContractAppsExtractTaskResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsExtractTaskResponseBodyResultData {
    /// `extractTaskId`.
    pub extract_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsExtractTaskResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsExtractTaskResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractTaskId" => rt::read_field(map, &mut self.extract_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsExtractTaskResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extractTaskId", &self.extract_task_id)?;
        object.end()
    }
}
/// `CreateContractAppsReviewTaskResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateContractAppsReviewTaskResponseBodyResultData {
    /// `reviewTaskId`.
    pub review_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateContractAppsReviewTaskResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateContractAppsReviewTaskResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewTaskId" => rt::read_field(map, &mut self.review_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateContractAppsReviewTaskResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reviewTaskId", &self.review_task_id)?;
        object.end()
    }
}
/// `CreateContractAppsTermsExtractEaskResponseBodyResultData`: the same model as [`CreateContractAppsExtractTaskResponseBodyResultData`].
pub type CreateContractAppsTermsExtractEaskResponseBodyResultData = CreateContractAppsExtractTaskResponseBodyResultData;
/// `CreateContractCompareTaskResponseBodyResultData`: the same model as [`CreateContractAppsCompareTaskResponseBodyResultData`].
pub type CreateContractCompareTaskResponseBodyResultData = CreateContractAppsCompareTaskResponseBodyResultData;
/// `CreateContractExtractTaskResponseBodyResultData`: the same model as [`CreateContractAppsExtractTaskResponseBodyResultData`].
pub type CreateContractExtractTaskResponseBodyResultData = CreateContractAppsExtractTaskResponseBodyResultData;
/// `CreateContractReviewTaskResponseBodyResultData`: the same model as [`CreateContractAppsReviewTaskResponseBodyResultData`].
pub type CreateContractReviewTaskResponseBodyResultData = CreateContractAppsReviewTaskResponseBodyResultData;
/// `CreateReviewChecklistResponseBodyDataChecklist`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for CreateReviewChecklistResponseBodyDataChecklist {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateReviewChecklistResponseBodyDataChecklist {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created_at" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "rules" => rt::read_field(map, &mut self.rules),
            "updated_at" => rt::read_field(map, &mut self.updated_at),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateReviewChecklistResponseBodyDataChecklist {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created_at", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("rules", &self.rules)?;
        object.optional("updated_at", &self.updated_at)?;
        object.optional("version", &self.version)?;
        object.end()
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
impl rt::serde::Serialize
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("availableOrgSealTypes", &self.available_org_seal_types)?;
        object.optional("availablePsnSealTypes", &self.available_psn_seal_types)?;
        object.optional("crossPageType", &self.cross_page_type)?;
        object.optional("signDateConfig", &self.sign_date_config)?;
        object.optional("signPositionConfig", &self.sign_position_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "availableOrgSealTypes" => {
                rt::read_field(map, &mut self.available_org_seal_types)
            }
            "availablePsnSealTypes" => {
                rt::read_field(map, &mut self.available_psn_seal_types)
            }
            "crossPageType" => rt::read_field(map, &mut self.cross_page_type),
            "signDateConfig" => rt::read_field(map, &mut self.sign_date_config),
            "signPositionConfig" => rt::read_field(map, &mut self.sign_position_config),
            _ => Ok(false),
        }
    }
}
/// `CreateSignFlowResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSignFlowResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "autoStartErrorMsg" => rt::read_field(map, &mut self.auto_start_error_msg),
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "initiateUrl" => rt::read_field(map, &mut self.initiate_url),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            "signFlowStatus" => rt::read_field(map, &mut self.sign_flow_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSignFlowResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoStartErrorMsg", &self.auto_start_error_msg)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("initiateUrl", &self.initiate_url)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.optional("signFlowStatus", &self.sign_flow_status)?;
        object.end()
    }
}
/// `GetContractReviewBenefitResponseBodyResultBenefitResponses`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewBenefitResponseBodyResultBenefitResponses {
    /// `code`.
    pub code: Option<String>,
    /// `restBenefit`.
    pub rest_benefit: Option<i64>,
    /// `usedBenefit`.
    pub used_benefit: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewBenefitResponseBodyResultBenefitResponses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewBenefitResponseBodyResultBenefitResponses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "restBenefit" => rt::read_field(map, &mut self.rest_benefit),
            "usedBenefit" => rt::read_field(map, &mut self.used_benefit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractReviewBenefitResponseBodyResultBenefitResponses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("restBenefit", &self.rest_benefit)?;
        object.optional("usedBenefit", &self.used_benefit)?;
        object.end()
    }
}
/// `GetContractReviewResultResponseBodyResultAnnotations`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultResponseBodyResultAnnotations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultResponseBodyResultAnnotations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentTexts" => rt::read_field(map, &mut self.comment_texts),
            "id" => rt::read_field(map, &mut self.id),
            "originalText" => rt::read_field(map, &mut self.original_text),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultResponseBodyResultAnnotations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentTexts", &self.comment_texts)?;
        object.optional("id", &self.id)?;
        object.optional("originalText", &self.original_text)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetContractReviewResultResponseBodyResultSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResultSummary {
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultResponseBodyResultSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultResponseBodyResultSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultResponseBodyResultSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `GetContractReviewResultsResponseBodyDataReport`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultsResponseBodyDataReport {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBodyDataReport {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "all_issues" => rt::read_field(map, &mut self.all_issues),
            "conclusion" => rt::read_field(map, &mut self.conclusion),
            "cross_clause_findings" => {
                rt::read_field(map, &mut self.cross_clause_findings)
            }
            "deterministic_findings" => {
                rt::read_field(map, &mut self.deterministic_findings)
            }
            "file_name" => rt::read_field(map, &mut self.file_name),
            "generated_at" => rt::read_field(map, &mut self.generated_at),
            "missing_clauses" => rt::read_field(map, &mut self.missing_clauses),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "risk_issues" => rt::read_field(map, &mut self.risk_issues),
            "summary" => rt::read_field(map, &mut self.summary),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBodyDataReport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("all_issues", &self.all_issues)?;
        object.optional("conclusion", &self.conclusion)?;
        object.optional("cross_clause_findings", &self.cross_clause_findings)?;
        object.optional("deterministic_findings", &self.deterministic_findings)?;
        object.optional("file_name", &self.file_name)?;
        object.optional("generated_at", &self.generated_at)?;
        object.optional("missing_clauses", &self.missing_clauses)?;
        object.optional("review_id", &self.review_id)?;
        object.optional("risk_issues", &self.risk_issues)?;
        object.optional("summary", &self.summary)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetContractReviewResultsResponseBodyDataRiskCounts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultsResponseBodyDataRiskCounts {
    /// `high`.
    pub high: Option<i64>,
    /// `low`.
    pub low: Option<i64>,
    /// `medium`.
    pub medium: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultsResponseBodyDataRiskCounts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBodyDataRiskCounts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "high" => rt::read_field(map, &mut self.high),
            "low" => rt::read_field(map, &mut self.low),
            "medium" => rt::read_field(map, &mut self.medium),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBodyDataRiskCounts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("high", &self.high)?;
        object.optional("low", &self.low)?;
        object.optional("medium", &self.medium)?;
        object.end()
    }
}
/// `GetContractReviewStatusResponseBodyDataRiskCounts`: the same model as [`GetContractReviewResultsResponseBodyDataRiskCounts`].
pub type GetContractReviewStatusResponseBodyDataRiskCounts = GetContractReviewResultsResponseBodyDataRiskCounts;
/// `GetContractReviewStatusResponseBodyDataTopRisks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewStatusResponseBodyDataTopRisks {
    /// `level`.
    pub level: Option<String>,
    /// `suggestion`.
    pub suggestion: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewStatusResponseBodyDataTopRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewStatusResponseBodyDataTopRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "level" => rt::read_field(map, &mut self.level),
            "suggestion" => rt::read_field(map, &mut self.suggestion),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewStatusResponseBodyDataTopRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("level", &self.level)?;
        object.optional("suggestion", &self.suggestion)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aboveScale" => rt::read_field(map, &mut self.above_scale),
            "actualCapital" => rt::read_field(map, &mut self.actual_capital),
            "actualCapitalCurrency" => {
                rt::read_field(map, &mut self.actual_capital_currency)
            }
            "alias" => rt::read_field(map, &mut self.alias),
            "approvedTime" => rt::read_field(map, &mut self.approved_time),
            "base" => rt::read_field(map, &mut self.base),
            "benNumber" => rt::read_field(map, &mut self.ben_number),
            "bondName" => rt::read_field(map, &mut self.bond_name),
            "bondNum" => rt::read_field(map, &mut self.bond_num),
            "bondType" => rt::read_field(map, &mut self.bond_type),
            "businessScope" => rt::read_field(map, &mut self.business_scope),
            "cancelDate" => rt::read_field(map, &mut self.cancel_date),
            "cancelReason" => rt::read_field(map, &mut self.cancel_reason),
            "city" => rt::read_field(map, &mut self.city),
            "companyOrgType" => rt::read_field(map, &mut self.company_org_type),
            "creditCode" => rt::read_field(map, &mut self.credit_code),
            "district" => rt::read_field(map, &mut self.district),
            "districtCode" => rt::read_field(map, &mut self.district_code),
            "economicFunctionZone1" => {
                rt::read_field(map, &mut self.economic_function_zone1)
            }
            "economicFunctionZone2" => {
                rt::read_field(map, &mut self.economic_function_zone2)
            }
            "email" => rt::read_field(map, &mut self.email),
            "emailList" => rt::read_field(map, &mut self.email_list),
            "establishTime" => rt::read_field(map, &mut self.establish_time),
            "fromTime" => rt::read_field(map, &mut self.from_time),
            "historyNameList" => rt::read_field(map, &mut self.history_name_list),
            "historyNames" => rt::read_field(map, &mut self.history_names),
            "id" => rt::read_field(map, &mut self.id),
            "industry" => rt::read_field(map, &mut self.industry),
            "industryAll" => rt::read_field(map, &mut self.industry_all),
            "isMicroEnt" => rt::read_field(map, &mut self.is_micro_ent),
            "legalPersonName" => rt::read_field(map, &mut self.legal_person_name),
            "name" => rt::read_field(map, &mut self.name),
            "numberSource" => rt::read_field(map, &mut self.number_source),
            "numberType" => rt::read_field(map, &mut self.number_type),
            "orgNumber" => rt::read_field(map, &mut self.org_number),
            "percentileScore" => rt::read_field(map, &mut self.percentile_score),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            "property3" => rt::read_field(map, &mut self.property3),
            "regCapital" => rt::read_field(map, &mut self.reg_capital),
            "regCapitalCurrency" => rt::read_field(map, &mut self.reg_capital_currency),
            "regInstitute" => rt::read_field(map, &mut self.reg_institute),
            "regLocation" => rt::read_field(map, &mut self.reg_location),
            "regLocationHalfWidth" => {
                rt::read_field(map, &mut self.reg_location_half_width)
            }
            "regNumber" => rt::read_field(map, &mut self.reg_number),
            "regStatus" => rt::read_field(map, &mut self.reg_status),
            "revokeDate" => rt::read_field(map, &mut self.revoke_date),
            "revokeReason" => rt::read_field(map, &mut self.revoke_reason),
            "socialStaffNum" => rt::read_field(map, &mut self.social_staff_num),
            "staffNumRange" => rt::read_field(map, &mut self.staff_num_range),
            "tags" => rt::read_field(map, &mut self.tags),
            "taxNumber" => rt::read_field(map, &mut self.tax_number),
            "toTime" => rt::read_field(map, &mut self.to_time),
            "type" => rt::read_field(map, &mut self.r#type),
            "updateTimes" => rt::read_field(map, &mut self.update_times),
            "usedBondName" => rt::read_field(map, &mut self.used_bond_name),
            "websiteList" => rt::read_field(map, &mut self.website_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aboveScale", &self.above_scale)?;
        object.optional("actualCapital", &self.actual_capital)?;
        object.optional("actualCapitalCurrency", &self.actual_capital_currency)?;
        object.optional("alias", &self.alias)?;
        object.optional("approvedTime", &self.approved_time)?;
        object.optional("base", &self.base)?;
        object.optional("benNumber", &self.ben_number)?;
        object.optional("bondName", &self.bond_name)?;
        object.optional("bondNum", &self.bond_num)?;
        object.optional("bondType", &self.bond_type)?;
        object.optional("businessScope", &self.business_scope)?;
        object.optional("cancelDate", &self.cancel_date)?;
        object.optional("cancelReason", &self.cancel_reason)?;
        object.optional("city", &self.city)?;
        object.optional("companyOrgType", &self.company_org_type)?;
        object.optional("creditCode", &self.credit_code)?;
        object.optional("district", &self.district)?;
        object.optional("districtCode", &self.district_code)?;
        object.optional("economicFunctionZone1", &self.economic_function_zone1)?;
        object.optional("economicFunctionZone2", &self.economic_function_zone2)?;
        object.optional("email", &self.email)?;
        object.optional("emailList", &self.email_list)?;
        object.optional("establishTime", &self.establish_time)?;
        object.optional("fromTime", &self.from_time)?;
        object.optional("historyNameList", &self.history_name_list)?;
        object.optional("historyNames", &self.history_names)?;
        object.optional("id", &self.id)?;
        object.optional("industry", &self.industry)?;
        object.optional("industryAll", &self.industry_all)?;
        object.optional("isMicroEnt", &self.is_micro_ent)?;
        object.optional("legalPersonName", &self.legal_person_name)?;
        object.optional("name", &self.name)?;
        object.optional("numberSource", &self.number_source)?;
        object.optional("numberType", &self.number_type)?;
        object.optional("orgNumber", &self.org_number)?;
        object.optional("percentileScore", &self.percentile_score)?;
        object.optional("phoneNumber", &self.phone_number)?;
        object.optional("property3", &self.property3)?;
        object.optional("regCapital", &self.reg_capital)?;
        object.optional("regCapitalCurrency", &self.reg_capital_currency)?;
        object.optional("regInstitute", &self.reg_institute)?;
        object.optional("regLocation", &self.reg_location)?;
        object.optional("regLocationHalfWidth", &self.reg_location_half_width)?;
        object.optional("regNumber", &self.reg_number)?;
        object.optional("regStatus", &self.reg_status)?;
        object.optional("revokeDate", &self.revoke_date)?;
        object.optional("revokeReason", &self.revoke_reason)?;
        object.optional("socialStaffNum", &self.social_staff_num)?;
        object.optional("staffNumRange", &self.staff_num_range)?;
        object.optional("tags", &self.tags)?;
        object.optional("taxNumber", &self.tax_number)?;
        object.optional("toTime", &self.to_time)?;
        object.optional("type", &self.r#type)?;
        object.optional("updateTimes", &self.update_times)?;
        object.optional("usedBondName", &self.used_bond_name)?;
        object.optional("websiteList", &self.website_list)?;
        object.end()
    }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSubjectExist" => rt::read_field(map, &mut self.is_subject_exist),
            "riskTypes" => rt::read_field(map, &mut self.risk_types),
            "risks" => rt::read_field(map, &mut self.risks),
            "totalRiskNumber" => rt::read_field(map, &mut self.total_risk_number),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectRiskListResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSubjectExist", &self.is_subject_exist)?;
        object.optional("riskTypes", &self.risk_types)?;
        object.optional("risks", &self.risks)?;
        object.optional("totalRiskNumber", &self.total_risk_number)?;
        object.end()
    }
}
/// `GetFileDownloadUrlResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadUrlResponseBodyResultData {
    /// `attachment`.
    pub attachment: Option<Vec<GetFileDownloadUrlResponseBodyResultDataAttachment>>,
    /// `signDocs`.
    pub sign_docs: Option<Vec<GetFileDownloadUrlResponseBodyResultDataSignDocs>>,
    /// `signFlowId`.
    pub sign_flow_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadUrlResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadUrlResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachment" => rt::read_field(map, &mut self.attachment),
            "signDocs" => rt::read_field(map, &mut self.sign_docs),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadUrlResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachment", &self.attachment)?;
        object.optional("signDocs", &self.sign_docs)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.end()
    }
}
/// `GetReviewChecklistResponseBodyDataChecklist`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type GetReviewChecklistResponseBodyDataChecklist = CreateReviewChecklistResponseBodyDataChecklist;
/// `ListReviewChecklistsResponseBodyDataChecklists`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type ListReviewChecklistsResponseBodyDataChecklists = CreateReviewChecklistResponseBodyDataChecklist;
/// `QueryContractAppsCompareResultResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsCompareResultResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsCompareResultResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "compareDetail" => rt::read_field(map, &mut self.compare_detail),
            "compareDetailUrl" => rt::read_field(map, &mut self.compare_detail_url),
            "compareStatus" => rt::read_field(map, &mut self.compare_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsCompareResultResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("compareDetail", &self.compare_detail)?;
        object.optional("compareDetailUrl", &self.compare_detail_url)?;
        object.optional("compareStatus", &self.compare_status)?;
        object.end()
    }
}
/// `QueryContractAppsExtractResultResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResultData {
    /// `extractEntities`.
    pub extract_entities: Option<
        Vec<QueryContractAppsExtractResultResponseBodyResultDataExtractEntities>,
    >,
    /// `extractStatus`.
    pub extract_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsExtractResultResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsExtractResultResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractEntities" => rt::read_field(map, &mut self.extract_entities),
            "extractStatus" => rt::read_field(map, &mut self.extract_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsExtractResultResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extractEntities", &self.extract_entities)?;
        object.optional("extractStatus", &self.extract_status)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsReviewResultResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewDetailUrl" => rt::read_field(map, &mut self.review_detail_url),
            "reviewRiskDetail" => rt::read_field(map, &mut self.review_risk_detail),
            "reviewRiskOverview" => rt::read_field(map, &mut self.review_risk_overview),
            "reviewStatus" => rt::read_field(map, &mut self.review_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsReviewResultResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reviewDetailUrl", &self.review_detail_url)?;
        object.optional("reviewRiskDetail", &self.review_risk_detail)?;
        object.optional("reviewRiskOverview", &self.review_risk_overview)?;
        object.optional("reviewStatus", &self.review_status)?;
        object.end()
    }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultResponseBodyResultData {
    /// `extractedContents`.
    pub extracted_contents: Option<
        Vec<QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents>,
    >,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsTermsExtractResultResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsTermsExtractResultResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractedContents" => rt::read_field(map, &mut self.extracted_contents),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractAppsTermsExtractResultResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extractedContents", &self.extracted_contents)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryContractCompareListResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractCompareListResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractCompareListResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comparativeFileName" => rt::read_field(map, &mut self.comparative_file_name),
            "compareStatus" => rt::read_field(map, &mut self.compare_status),
            "compareTaskId" => rt::read_field(map, &mut self.compare_task_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "initiatorUid" => rt::read_field(map, &mut self.initiator_uid),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            "standardFileName" => rt::read_field(map, &mut self.standard_file_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractCompareListResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comparativeFileName", &self.comparative_file_name)?;
        object.optional("compareStatus", &self.compare_status)?;
        object.optional("compareTaskId", &self.compare_task_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("initiatorUid", &self.initiator_uid)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.optional("standardFileName", &self.standard_file_name)?;
        object.end()
    }
}
/// `QueryContractCompareResultResponseBodyResultData`: the same model as [`QueryContractAppsCompareResultResponseBodyResultData`].
pub type QueryContractCompareResultResponseBodyResultData = QueryContractAppsCompareResultResponseBodyResultData;
/// `QueryContractExtractResultResponseBodyResultData`: the same model as [`QueryContractAppsExtractResultResponseBodyResultData`].
pub type QueryContractExtractResultResponseBodyResultData = QueryContractAppsExtractResultResponseBodyResultData;
/// `QueryContractReviewResultResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractReviewResultResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractReviewResultResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewRiskDetail" => rt::read_field(map, &mut self.review_risk_detail),
            "reviewRiskOverview" => rt::read_field(map, &mut self.review_risk_overview),
            "reviewStatus" => rt::read_field(map, &mut self.review_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractReviewResultResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reviewRiskDetail", &self.review_risk_detail)?;
        object.optional("reviewRiskOverview", &self.review_risk_overview)?;
        object.optional("reviewStatus", &self.review_status)?;
        object.end()
    }
}
/// `QueryContractSignInfoResponseBodyResultActualOriginator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractSignInfoResponseBodyResultActualOriginator {
    /// `name`.
    pub name: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractSignInfoResponseBodyResultActualOriginator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractSignInfoResponseBodyResultActualOriginator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractSignInfoResponseBodyResultActualOriginator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
/// `QueryContractSignInfoResponseBodyResultContractAttachmentFiles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractSignInfoResponseBodyResultContractAttachmentFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractSignInfoResponseBodyResultContractAttachmentFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileDownloadUrl" => rt::read_field(map, &mut self.file_download_url),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractSignInfoResponseBodyResultContractAttachmentFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileDownloadUrl", &self.file_download_url)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `QueryContractSignInfoResponseBodyResultContractContentFiles`: the same model as [`QueryContractSignInfoResponseBodyResultContractAttachmentFiles`].
pub type QueryContractSignInfoResponseBodyResultContractContentFiles = QueryContractSignInfoResponseBodyResultContractAttachmentFiles;
/// `QueryContractSignInfoResponseBodyResultOppositeParties`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractSignInfoResponseBodyResultOppositeParties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractSignInfoResponseBodyResultOppositeParties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            "type" => rt::read_field(map, &mut self.r#type),
            "uniqueCode" => rt::read_field(map, &mut self.unique_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryContractSignInfoResponseBodyResultOppositeParties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("phoneNumber", &self.phone_number)?;
        object.optional("type", &self.r#type)?;
        object.optional("uniqueCode", &self.unique_code)?;
        object.end()
    }
}
/// `QueryContractSignInfoResponseBodyResultOurParties`: the same model as [`QueryContractSignInfoResponseBodyResultOppositeParties`].
pub type QueryContractSignInfoResponseBodyResultOurParties = QueryContractSignInfoResponseBodyResultOppositeParties;
/// `QueryContractSignInfoResponseBodyResultSigners`: the same model as [`QueryContractSignInfoResponseBodyResultActualOriginator`].
pub type QueryContractSignInfoResponseBodyResultSigners = QueryContractSignInfoResponseBodyResultActualOriginator;
/// `QuerySignFlowDetailResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QuerySignFlowDetailResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "initiateUrl" => rt::read_field(map, &mut self.initiate_url),
            "signDocs" => rt::read_field(map, &mut self.sign_docs),
            "signFlowConfig" => rt::read_field(map, &mut self.sign_flow_config),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            "signFlowInitiator" => rt::read_field(map, &mut self.sign_flow_initiator),
            "signFlowStatus" => rt::read_field(map, &mut self.sign_flow_status),
            "signTasks" => rt::read_field(map, &mut self.sign_tasks),
            "signers" => rt::read_field(map, &mut self.signers),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("initiateUrl", &self.initiate_url)?;
        object.optional("signDocs", &self.sign_docs)?;
        object.optional("signFlowConfig", &self.sign_flow_config)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.optional("signFlowInitiator", &self.sign_flow_initiator)?;
        object.optional("signFlowStatus", &self.sign_flow_status)?;
        object.optional("signTasks", &self.sign_tasks)?;
        object.optional("signers", &self.signers)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
/// `QuerySignTaskResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QuerySignTaskResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignTaskResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            "signFlowStatus" => rt::read_field(map, &mut self.sign_flow_status),
            "signTasks" => rt::read_field(map, &mut self.sign_tasks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignTaskResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.optional("signFlowStatus", &self.sign_flow_status)?;
        object.optional("signTasks", &self.sign_tasks)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultCompanyInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultCompanyInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultCompanyInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bankAccountName" => rt::read_field(map, &mut self.bank_account_name),
            "bankAccountNumber" => rt::read_field(map, &mut self.bank_account_number),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "companyName" => rt::read_field(map, &mut self.company_name),
            "creditCode" => rt::read_field(map, &mut self.credit_code),
            "legalPersonName" => rt::read_field(map, &mut self.legal_person_name),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            "regLocation" => rt::read_field(map, &mut self.reg_location),
            "remark" => rt::read_field(map, &mut self.remark),
            "taxNumber" => rt::read_field(map, &mut self.tax_number),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBodyResultCompanyInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bankAccountName", &self.bank_account_name)?;
        object.optional("bankAccountNumber", &self.bank_account_number)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("creditCode", &self.credit_code)?;
        object.optional("legalPersonName", &self.legal_person_name)?;
        object.optional("phoneNumber", &self.phone_number)?;
        object.optional("regLocation", &self.reg_location)?;
        object.optional("remark", &self.remark)?;
        object.optional("taxNumber", &self.tax_number)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisks {
    /// `business_risk`.
    pub business_risk: Option<QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk>,
    /// `justice_risk`.
    pub justice_risk: Option<QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySubjectPublicRiskResponseBodyResultRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "business_risk" => rt::read_field(map, &mut self.business_risk),
            "justice_risk" => rt::read_field(map, &mut self.justice_risk),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBodyResultRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("business_risk", &self.business_risk)?;
        object.optional("justice_risk", &self.justice_risk)?;
        object.end()
    }
}
/// `SearchFileKeywordPositionsResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchFileKeywordPositionsResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFileKeywordPositionsResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "positions" => rt::read_field(map, &mut self.positions),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFileKeywordPositionsResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("keyword", &self.keyword)?;
        object.optional("positions", &self.positions)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `UpdateChecklistRuleResponseBodyDataRule`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type UpdateChecklistRuleResponseBodyDataRule = CreateChecklistRuleResponseBodyDataRule;
/// `UpdateReviewChecklistResponseBodyDataChecklist`: the same model as [`CreateReviewChecklistResponseBodyDataChecklist`].
pub type UpdateReviewChecklistResponseBodyDataChecklist = CreateReviewChecklistResponseBodyDataChecklist;
/// `UploadContractReviewByUrlResponseBodyDataRecommended`: the same model as [`ConfirmContractReviewResponseBodyDataRecommended`].
pub type UploadContractReviewByUrlResponseBodyDataRecommended = ConfirmContractReviewResponseBodyDataRecommended;
/// `UploadContractReviewByUrlResponseBodyDataWeboffice`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadContractReviewByUrlResponseBodyDataWeboffice {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UploadContractReviewByUrlResponseBodyDataWeboffice {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadContractReviewByUrlResponseBodyDataWeboffice {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UploadContractReviewByUrlResponseBodyDataWeboffice {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "evidence" => rt::read_field(map, &mut self.evidence),
            "impact" => rt::read_field(map, &mut self.impact),
            "riskName" => rt::read_field(map, &mut self.risk_name),
            "suggestion" => rt::read_field(map, &mut self.suggestion),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultAiAnalysisKeyRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("evidence", &self.evidence)?;
        object.optional("impact", &self.impact)?;
        object.optional("riskName", &self.risk_name)?;
        object.optional("suggestion", &self.suggestion)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    /// `cNY`.
    pub c_ny: Option<String>,
    /// `uSD`.
    pub u_sd: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cNY" => rt::read_field(map, &mut self.c_ny),
            "uSD" => rt::read_field(map, &mut self.u_sd),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cNY", &self.c_ny)?;
        object.optional("uSD", &self.u_sd)?;
        object.end()
    }
}
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts`: the same model as [`AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts`].
pub type AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationIncomeAmounts = AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationExpenseAmounts;
/// `AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractAmount" => rt::read_field(map, &mut self.contract_amount),
            "contractId" => rt::read_field(map, &mut self.contract_id),
            "contractName" => rt::read_field(map, &mut self.contract_name),
            "contractType" => rt::read_field(map, &mut self.contract_type),
            "currency" => rt::read_field(map, &mut self.currency),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "transactionDirection" => {
                rt::read_field(map, &mut self.transaction_direction)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AnalyzeSubjectTransactionRiskResponseBodyResultHistoryCooperationRelatedContracts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractAmount", &self.contract_amount)?;
        object.optional("contractId", &self.contract_id)?;
        object.optional("contractName", &self.contract_name)?;
        object.optional("contractType", &self.contract_type)?;
        object.optional("currency", &self.currency)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("transactionDirection", &self.transaction_direction)?;
        object.end()
    }
}
/// `CreateChecklistRuleResponseBodyDataRuleItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleResponseBodyDataRuleItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateChecklistRuleResponseBodyDataRuleItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "criteria" => rt::read_field(map, &mut self.criteria),
            "enabled" => rt::read_field(map, &mut self.enabled),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "severity" => rt::read_field(map, &mut self.severity),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateChecklistRuleResponseBodyDataRuleItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("severity", &self.severity)?;
        object.end()
    }
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
impl rt::serde::Serialize
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dateFormat", &self.date_format)?;
        object.optional("showSignDate", &self.show_sign_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dateFormat" => rt::read_field(map, &mut self.date_format),
            "showSignDate" => rt::read_field(map, &mut self.show_sign_date),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("positionPage", &self.position_page)?;
        object.optional("positionX", &self.position_x)?;
        object.optional("positionY", &self.position_y)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateSignFlowRequestSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "positionPage" => rt::read_field(map, &mut self.position_page),
            "positionX" => rt::read_field(map, &mut self.position_x),
            "positionY" => rt::read_field(map, &mut self.position_y),
            _ => Ok(false),
        }
    }
}
/// `GetContractReviewResultResponseBodyResultAnnotationsCommentTexts`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractReviewResultResponseBodyResultAnnotationsCommentTexts {
    /// `remark`.
    pub remark: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultResponseBodyResultAnnotationsCommentTexts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultResponseBodyResultAnnotationsCommentTexts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "remark" => rt::read_field(map, &mut self.remark),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractReviewResultResponseBodyResultAnnotationsCommentTexts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("remark", &self.remark)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `GetContractReviewResultsResponseBodyDataReportAllIssues`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultsResponseBodyDataReportAllIssues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBodyDataReportAllIssues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "builtin" => rt::read_field(map, &mut self.builtin),
            "check_type" => rt::read_field(map, &mut self.check_type),
            "clause_location" => rt::read_field(map, &mut self.clause_location),
            "clause_quote" => rt::read_field(map, &mut self.clause_quote),
            "custom" => rt::read_field(map, &mut self.custom),
            "fallback" => rt::read_field(map, &mut self.fallback),
            "id" => rt::read_field(map, &mut self.id),
            "impact" => rt::read_field(map, &mut self.impact),
            "legal_basis" => rt::read_field(map, &mut self.legal_basis),
            "pack" => rt::read_field(map, &mut self.pack),
            "practice_reference" => rt::read_field(map, &mut self.practice_reference),
            "problem" => rt::read_field(map, &mut self.problem),
            "revision_text" => rt::read_field(map, &mut self.revision_text),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "rule_name" => rt::read_field(map, &mut self.rule_name),
            "source" => rt::read_field(map, &mut self.source),
            "suggestion" => rt::read_field(map, &mut self.suggestion),
            "tier" => rt::read_field(map, &mut self.tier),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBodyDataReportAllIssues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("builtin", &self.builtin)?;
        object.optional("check_type", &self.check_type)?;
        object.optional("clause_location", &self.clause_location)?;
        object.optional("clause_quote", &self.clause_quote)?;
        object.optional("custom", &self.custom)?;
        object.optional("fallback", &self.fallback)?;
        object.optional("id", &self.id)?;
        object.optional("impact", &self.impact)?;
        object.optional("legal_basis", &self.legal_basis)?;
        object.optional("pack", &self.pack)?;
        object.optional("practice_reference", &self.practice_reference)?;
        object.optional("problem", &self.problem)?;
        object.optional("revision_text", &self.revision_text)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("rule_name", &self.rule_name)?;
        object.optional("source", &self.source)?;
        object.optional("suggestion", &self.suggestion)?;
        object.optional("tier", &self.tier)?;
        object.end()
    }
}
/// `GetContractReviewResultsResponseBodyDataReportSummary`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractReviewResultsResponseBodyDataReportSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractReviewResultsResponseBodyDataReportSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contract_type" => rt::read_field(map, &mut self.contract_type),
            "cross_clause_count" => rt::read_field(map, &mut self.cross_clause_count),
            "deterministic_count" => rt::read_field(map, &mut self.deterministic_count),
            "formal_hint_count" => rt::read_field(map, &mut self.formal_hint_count),
            "hard_issue_count" => rt::read_field(map, &mut self.hard_issue_count),
            "high" => rt::read_field(map, &mut self.high),
            "issue_count" => rt::read_field(map, &mut self.issue_count),
            "low" => rt::read_field(map, &mut self.low),
            "medium" => rt::read_field(map, &mut self.medium),
            "missing_clause_count" => rt::read_field(map, &mut self.missing_clause_count),
            "overall_risk_level" => rt::read_field(map, &mut self.overall_risk_level),
            "risk_issue_count" => rt::read_field(map, &mut self.risk_issue_count),
            "scale" => rt::read_field(map, &mut self.scale),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractReviewResultsResponseBodyDataReportSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contract_type", &self.contract_type)?;
        object.optional("cross_clause_count", &self.cross_clause_count)?;
        object.optional("deterministic_count", &self.deterministic_count)?;
        object.optional("formal_hint_count", &self.formal_hint_count)?;
        object.optional("hard_issue_count", &self.hard_issue_count)?;
        object.optional("high", &self.high)?;
        object.optional("issue_count", &self.issue_count)?;
        object.optional("low", &self.low)?;
        object.optional("medium", &self.medium)?;
        object.optional("missing_clause_count", &self.missing_clause_count)?;
        object.optional("overall_risk_level", &self.overall_risk_level)?;
        object.optional("risk_issue_count", &self.risk_issue_count)?;
        object.optional("scale", &self.scale)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
/// `GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "categoryBig" => rt::read_field(map, &mut self.category_big),
            "categoryCodeFirst" => rt::read_field(map, &mut self.category_code_first),
            "categoryCodeFourth" => rt::read_field(map, &mut self.category_code_fourth),
            "categoryCodeSecond" => rt::read_field(map, &mut self.category_code_second),
            "categoryCodeThird" => rt::read_field(map, &mut self.category_code_third),
            "categoryMiddle" => rt::read_field(map, &mut self.category_middle),
            "categorySmall" => rt::read_field(map, &mut self.category_small),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContractSubjectRiskResultResponseBodySubjectRiskResponsesSubjectBaseInfoResponseIndustryAll {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("categoryBig", &self.category_big)?;
        object.optional("categoryCodeFirst", &self.category_code_first)?;
        object.optional("categoryCodeFourth", &self.category_code_fourth)?;
        object.optional("categoryCodeSecond", &self.category_code_second)?;
        object.optional("categoryCodeThird", &self.category_code_third)?;
        object.optional("categoryMiddle", &self.category_middle)?;
        object.optional("categorySmall", &self.category_small)?;
        object.end()
    }
}
/// `GetFileDownloadUrlResponseBodyResultDataAttachment`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFileDownloadUrlResponseBodyResultDataAttachment {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadUrlResponseBodyResultDataAttachment {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileStatus" => rt::read_field(map, &mut self.file_status),
            "urlExpireTime" => rt::read_field(map, &mut self.url_expire_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadUrlResponseBodyResultDataAttachment {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileStatus", &self.file_status)?;
        object.optional("urlExpireTime", &self.url_expire_time)?;
        object.end()
    }
}
/// `GetFileDownloadUrlResponseBodyResultDataSignDocs`: the same model as [`GetFileDownloadUrlResponseBodyResultDataAttachment`].
pub type GetFileDownloadUrlResponseBodyResultDataSignDocs = GetFileDownloadUrlResponseBodyResultDataAttachment;
/// `GetReviewChecklistResponseBodyDataChecklistRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type GetReviewChecklistResponseBodyDataChecklistRules = CreateChecklistRuleResponseBodyDataRule;
/// `ListReviewChecklistsResponseBodyDataChecklistsRules`: the same model as [`CreateChecklistRuleResponseBodyDataRule`].
pub type ListReviewChecklistsResponseBodyDataChecklistsRules = CreateChecklistRuleResponseBodyDataRule;
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetail`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsCompareResultResponseBodyResultDataCompareDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "details" => rt::read_field(map, &mut self.details),
            "differenceCount" => rt::read_field(map, &mut self.difference_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("details", &self.details)?;
        object.optional("differenceCount", &self.difference_count)?;
        object.end()
    }
}
/// `QueryContractAppsExtractResultResponseBodyResultDataExtractEntities`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultResponseBodyResultDataExtractEntities {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsExtractResultResponseBodyResultDataExtractEntities {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsExtractResultResponseBodyResultDataExtractEntities {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsExtractResultResponseBodyResultDataExtractEntities {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "examineBrief" => rt::read_field(map, &mut self.examine_brief),
            "examineResult" => rt::read_field(map, &mut self.examine_result),
            "examineStatus" => rt::read_field(map, &mut self.examine_status),
            "riskLevel" => rt::read_field(map, &mut self.risk_level),
            "ruleSequence" => rt::read_field(map, &mut self.rule_sequence),
            "ruleTag" => rt::read_field(map, &mut self.rule_tag),
            "ruleTitle" => rt::read_field(map, &mut self.rule_title),
            "subRisks" => rt::read_field(map, &mut self.sub_risks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("examineBrief", &self.examine_brief)?;
        object.optional("examineResult", &self.examine_result)?;
        object.optional("examineStatus", &self.examine_status)?;
        object.optional("riskLevel", &self.risk_level)?;
        object.optional("ruleSequence", &self.rule_sequence)?;
        object.optional("ruleTag", &self.rule_tag)?;
        object.optional("ruleTitle", &self.rule_title)?;
        object.optional("subRisks", &self.sub_risks)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasRisk" => rt::read_field(map, &mut self.has_risk),
            "highRisk" => rt::read_field(map, &mut self.high_risk),
            "lowRisk" => rt::read_field(map, &mut self.low_risk),
            "mediumRisk" => rt::read_field(map, &mut self.medium_risk),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskOverview {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasRisk", &self.has_risk)?;
        object.optional("highRisk", &self.high_risk)?;
        object.optional("lowRisk", &self.low_risk)?;
        object.optional("mediumRisk", &self.medium_risk)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewStatus`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResultDataReviewStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryContractAppsReviewResultResponseBodyResultDataReviewStatus {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overview" => rt::read_field(map, &mut self.overview),
            "result" => rt::read_field(map, &mut self.result),
            "rule" => rt::read_field(map, &mut self.rule),
            "stage" => rt::read_field(map, &mut self.stage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsReviewResultResponseBodyResultDataReviewStatus {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("overview", &self.overview)?;
        object.optional("result", &self.result)?;
        object.optional("rule", &self.rule)?;
        object.optional("stage", &self.stage)?;
        object.end()
    }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ruleCategory" => rt::read_field(map, &mut self.rule_category),
            "termContents" => rt::read_field(map, &mut self.term_contents),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ruleCategory", &self.rule_category)?;
        object.optional("termContents", &self.term_contents)?;
        object.end()
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignDocs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignDocs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultDataSignDocs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignFlowConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignFlowConfig {
    /// `autoStart`.
    pub auto_start: Option<bool>,
    /// `isOrderedSign`.
    pub is_ordered_sign: Option<bool>,
    /// `signFlowName`.
    pub sign_flow_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignFlowConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignFlowConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "autoStart" => rt::read_field(map, &mut self.auto_start),
            "isOrderedSign" => rt::read_field(map, &mut self.is_ordered_sign),
            "signFlowName" => rt::read_field(map, &mut self.sign_flow_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultDataSignFlowConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoStart", &self.auto_start)?;
        object.optional("isOrderedSign", &self.is_ordered_sign)?;
        object.optional("signFlowName", &self.sign_flow_name)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignFlowInitiator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignTasks`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activateTime" => rt::read_field(map, &mut self.activate_time),
            "actualOrgSealType" => rt::read_field(map, &mut self.actual_org_seal_type),
            "actualPsnSealType" => rt::read_field(map, &mut self.actual_psn_seal_type),
            "bizTaskId" => rt::read_field(map, &mut self.biz_task_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "orgInfo" => rt::read_field(map, &mut self.org_info),
            "signOrder" => rt::read_field(map, &mut self.sign_order),
            "signTaskId" => rt::read_field(map, &mut self.sign_task_id),
            "signUrl" => rt::read_field(map, &mut self.sign_url),
            "signerInfo" => rt::read_field(map, &mut self.signer_info),
            "signerType" => rt::read_field(map, &mut self.signer_type),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultDataSignTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activateTime", &self.activate_time)?;
        object.optional("actualOrgSealType", &self.actual_org_seal_type)?;
        object.optional("actualPsnSealType", &self.actual_psn_seal_type)?;
        object.optional("bizTaskId", &self.biz_task_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("orgInfo", &self.org_info)?;
        object.optional("signOrder", &self.sign_order)?;
        object.optional("signTaskId", &self.sign_task_id)?;
        object.optional("signUrl", &self.sign_url)?;
        object.optional("signerInfo", &self.signer_info)?;
        object.optional("signerType", &self.signer_type)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSigners`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSigners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSigners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTaskId" => rt::read_field(map, &mut self.biz_task_id),
            "orgInfo" => rt::read_field(map, &mut self.org_info),
            "signComponentConfig" => rt::read_field(map, &mut self.sign_component_config),
            "signConfig" => rt::read_field(map, &mut self.sign_config),
            "signerInfo" => rt::read_field(map, &mut self.signer_info),
            "signerType" => rt::read_field(map, &mut self.signer_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultDataSigners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTaskId", &self.biz_task_id)?;
        object.optional("orgInfo", &self.org_info)?;
        object.optional("signComponentConfig", &self.sign_component_config)?;
        object.optional("signConfig", &self.sign_config)?;
        object.optional("signerInfo", &self.signer_info)?;
        object.optional("signerType", &self.signer_type)?;
        object.end()
    }
}
/// `QuerySignTaskResponseBodyResultDataSignTasks`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasks`].
pub type QuerySignTaskResponseBodyResultDataSignTasks = QuerySignFlowDetailResponseBodyResultDataSignTasks;
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "riskName" => rt::read_field(map, &mut self.risk_name),
            "riskNumber" => rt::read_field(map, &mut self.risk_number),
            "riskType" => rt::read_field(map, &mut self.risk_type),
            "subRiskTypes" => rt::read_field(map, &mut self.sub_risk_types),
            "subRisks" => rt::read_field(map, &mut self.sub_risks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRisk {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("riskName", &self.risk_name)?;
        object.optional("riskNumber", &self.risk_number)?;
        object.optional("riskType", &self.risk_type)?;
        object.optional("subRiskTypes", &self.sub_risk_types)?;
        object.optional("subRisks", &self.sub_risks)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "riskName" => rt::read_field(map, &mut self.risk_name),
            "riskNumber" => rt::read_field(map, &mut self.risk_number),
            "riskType" => rt::read_field(map, &mut self.risk_type),
            "subRiskTypes" => rt::read_field(map, &mut self.sub_risk_types),
            "subRisks" => rt::read_field(map, &mut self.sub_risks),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRisk {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("riskName", &self.risk_name)?;
        object.optional("riskNumber", &self.risk_number)?;
        object.optional("riskType", &self.risk_type)?;
        object.optional("subRiskTypes", &self.sub_risk_types)?;
        object.optional("subRisks", &self.sub_risks)?;
        object.end()
    }
}
/// `SearchFileKeywordPositionsResponseBodyResultDataPositions`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchFileKeywordPositionsResponseBodyResultDataPositions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFileKeywordPositionsResponseBodyResultDataPositions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "index" => rt::read_field(map, &mut self.index),
            "positionPage" => rt::read_field(map, &mut self.position_page),
            "positionX" => rt::read_field(map, &mut self.position_x),
            "positionY" => rt::read_field(map, &mut self.position_y),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFileKeywordPositionsResponseBodyResultDataPositions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("index", &self.index)?;
        object.optional("positionPage", &self.position_page)?;
        object.optional("positionX", &self.position_x)?;
        object.optional("positionY", &self.position_y)?;
        object.end()
    }
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
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    /// `compareWords`.
    pub compare_words: Option<String>,
    /// `originalWords`.
    pub original_words: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "compareWords" => rt::read_field(map, &mut self.compare_words),
            "originalWords" => rt::read_field(map, &mut self.original_words),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("compareWords", &self.compare_words)?;
        object.optional("originalWords", &self.original_words)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "add" => rt::read_field(map, &mut self.add),
            "delete" => rt::read_field(map, &mut self.delete),
            "replace" => rt::read_field(map, &mut self.replace),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("add", &self.add)?;
        object.optional("delete", &self.delete)?;
        object.optional("replace", &self.replace)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "originalContent" => rt::read_field(map, &mut self.original_content),
            "resultContent" => rt::read_field(map, &mut self.result_content),
            "resultType" => rt::read_field(map, &mut self.result_type),
            "riskBrief" => rt::read_field(map, &mut self.risk_brief),
            "riskClause" => rt::read_field(map, &mut self.risk_clause),
            "riskExplain" => rt::read_field(map, &mut self.risk_explain),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("originalContent", &self.original_content)?;
        object.optional("resultContent", &self.result_content)?;
        object.optional("resultType", &self.result_type)?;
        object.optional("riskBrief", &self.risk_brief)?;
        object.optional("riskClause", &self.risk_clause)?;
        object.optional("riskExplain", &self.risk_explain)?;
        object.end()
    }
}
/// `QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailTerm" => rt::read_field(map, &mut self.detail_term),
            "exist" => rt::read_field(map, &mut self.exist),
            "shortTerm" => rt::read_field(map, &mut self.short_term),
            "termCategory" => rt::read_field(map, &mut self.term_category),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryContractAppsTermsExtractResultResponseBodyResultDataExtractedContentsTermContents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailTerm", &self.detail_term)?;
        object.optional("exist", &self.exist)?;
        object.optional("shortTerm", &self.short_term)?;
        object.optional("termCategory", &self.term_category)?;
        object.end()
    }
}
/// `QueryContractCompareResultResponseBodyResultDataCompareDetailDetails`: the same model as [`QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails`].
pub type QueryContractCompareResultResponseBodyResultDataCompareDetailDetails = QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDetails;
/// `QueryContractCompareResultResponseBodyResultDataCompareDetailDifferenceCount`: the same model as [`QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount`].
pub type QueryContractCompareResultResponseBodyResultDataCompareDetailDifferenceCount = QueryContractAppsCompareResultResponseBodyResultDataCompareDetailDifferenceCount;
/// `QueryContractReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`: the same model as [`QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks`].
pub type QueryContractReviewResultResponseBodyResultDataReviewRiskDetailSubRisks = QueryContractAppsReviewResultResponseBodyResultDataReviewRiskDetailSubRisks;
/// `QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("orgName", &self.org_name)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo {
    /// `psnMobile`.
    pub psn_mobile: Option<String>,
    /// `psnName`.
    pub psn_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "psnMobile" => rt::read_field(map, &mut self.psn_mobile),
            "psnName" => rt::read_field(map, &mut self.psn_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("psnMobile", &self.psn_mobile)?;
        object.optional("psnName", &self.psn_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`].
pub type QuerySignFlowDetailResponseBodyResultDataSignersOrgInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo;
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `signFieldComponentConfig`.
    pub sign_field_component_config: Option<
        QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "signFieldComponentConfig" => {
                rt::read_field(map, &mut self.sign_field_component_config)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("signFieldComponentConfig", &self.sign_field_component_config)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignConfig {
    /// `signOrder`.
    pub sign_order: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignersSignConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySignFlowDetailResponseBodyResultDataSignersSignConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "signOrder" => rt::read_field(map, &mut self.sign_order),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignersSignConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("signOrder", &self.sign_order)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`].
pub type QuerySignFlowDetailResponseBodyResultDataSignersSignerInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo;
/// `QuerySignTaskResponseBodyResultDataSignTasksOrgInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo`].
pub type QuerySignTaskResponseBodyResultDataSignTasksOrgInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksOrgInfo;
/// `QuerySignTaskResponseBodyResultDataSignTasksSignerInfo`: the same model as [`QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo`].
pub type QuerySignTaskResponseBodyResultDataSignTasksSignerInfo = QuerySignFlowDetailResponseBodyResultDataSignTasksSignerInfo;
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    /// `administrative_punishment`.
    pub administrative_punishment: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "administrative_punishment" => {
                rt::read_field(map, &mut self.administrative_punishment)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("administrative_punishment", &self.administrative_punishment)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    /// `court_opening_announcement`.
    pub court_opening_announcement: Option<
        QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "court_opening_announcement" => {
                rt::read_field(map, &mut self.court_opening_announcement)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("court_opening_announcement", &self.court_opening_announcement)?;
        object.end()
    }
}
/// `UpdateReviewChecklistResponseBodyDataChecklistRulesItems`: the same model as [`CreateChecklistRuleResponseBodyDataRuleItems`].
pub type UpdateReviewChecklistResponseBodyDataChecklistRulesItems = CreateChecklistRuleResponseBodyDataRuleItems;
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "availableOrgSealTypes" => {
                rt::read_field(map, &mut self.available_org_seal_types)
            }
            "availablePsnSealTypes" => {
                rt::read_field(map, &mut self.available_psn_seal_types)
            }
            "crossPageType" => rt::read_field(map, &mut self.cross_page_type),
            "signDateConfig" => rt::read_field(map, &mut self.sign_date_config),
            "signPositionConfig" => rt::read_field(map, &mut self.sign_position_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("availableOrgSealTypes", &self.available_org_seal_types)?;
        object.optional("availablePsnSealTypes", &self.available_psn_seal_types)?;
        object.optional("crossPageType", &self.cross_page_type)?;
        object.optional("signDateConfig", &self.sign_date_config)?;
        object.optional("signPositionConfig", &self.sign_position_config)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columns" => rt::read_field(map, &mut self.columns),
            "items" => rt::read_field(map, &mut self.items),
            "noticeText" => rt::read_field(map, &mut self.notice_text),
            "subRiskName" => rt::read_field(map, &mut self.sub_risk_name),
            "subRiskNumber" => rt::read_field(map, &mut self.sub_risk_number),
            "subRiskType" => rt::read_field(map, &mut self.sub_risk_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishment {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columns", &self.columns)?;
        object.optional("items", &self.items)?;
        object.optional("noticeText", &self.notice_text)?;
        object.optional("subRiskName", &self.sub_risk_name)?;
        object.optional("subRiskNumber", &self.sub_risk_number)?;
        object.optional("subRiskType", &self.sub_risk_type)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columns" => rt::read_field(map, &mut self.columns),
            "items" => rt::read_field(map, &mut self.items),
            "noticeText" => rt::read_field(map, &mut self.notice_text),
            "subRiskName" => rt::read_field(map, &mut self.sub_risk_name),
            "subRiskNumber" => rt::read_field(map, &mut self.sub_risk_number),
            "subRiskType" => rt::read_field(map, &mut self.sub_risk_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncement {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columns", &self.columns)?;
        object.optional("items", &self.items)?;
        object.optional("noticeText", &self.notice_text)?;
        object.optional("subRiskName", &self.sub_risk_name)?;
        object.optional("subRiskNumber", &self.sub_risk_number)?;
        object.optional("subRiskType", &self.sub_risk_type)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    /// `dateFormat`.
    pub date_format: Option<String>,
    /// `showSignDate`.
    pub show_sign_date: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dateFormat" => rt::read_field(map, &mut self.date_format),
            "showSignDate" => rt::read_field(map, &mut self.show_sign_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignDateConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dateFormat", &self.date_format)?;
        object.optional("showSignDate", &self.show_sign_date)?;
        object.end()
    }
}
/// `QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    /// `positionPage`.
    pub position_page: Option<i64>,
    /// `positionX`.
    pub position_x: Option<f64>,
    /// `positionY`.
    pub position_y: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "positionPage" => rt::read_field(map, &mut self.position_page),
            "positionX" => rt::read_field(map, &mut self.position_x),
            "positionY" => rt::read_field(map, &mut self.position_y),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySignFlowDetailResponseBodyResultDataSignersSignComponentConfigSignFieldComponentConfigSignPositionConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("positionPage", &self.position_page)?;
        object.optional("positionX", &self.position_x)?;
        object.optional("positionY", &self.position_y)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns {
    /// `columnName`.
    pub column_name: Option<String>,
    /// `columnType`.
    pub column_type: Option<String>,
    /// `isDate`.
    pub is_date: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnName" => rt::read_field(map, &mut self.column_name),
            "columnType" => rt::read_field(map, &mut self.column_type),
            "isDate" => rt::read_field(map, &mut self.is_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columnName", &self.column_name)?;
        object.optional("columnType", &self.column_type)?;
        object.optional("isDate", &self.is_date)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "decisionDate" => rt::read_field(map, &mut self.decision_date),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "punishNumber" => rt::read_field(map, &mut self.punish_number),
            "reason" => rt::read_field(map, &mut self.reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("decisionDate", &self.decision_date)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("punishNumber", &self.punish_number)?;
        object.optional("reason", &self.reason)?;
        object.end()
    }
}
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns`: the same model as [`QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns`].
pub type QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementColumns = QuerySubjectPublicRiskResponseBodyResultRisksBusinessRiskSubRisksAdministrativePunishmentColumns;
/// `QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "caseNo" => rt::read_field(map, &mut self.case_no),
            "caseReason" => rt::read_field(map, &mut self.case_reason),
            "court" => rt::read_field(map, &mut self.court),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySubjectPublicRiskResponseBodyResultRisksJusticeRiskSubRisksCourtOpeningAnnouncementItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("caseNo", &self.case_no)?;
        object.optional("caseReason", &self.case_reason)?;
        object.optional("court", &self.court)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
/// The request of [`Api::analyze_subject_transaction_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AnalyzeSubjectTransactionRiskRequest {
    /// A `AnalyzeSubjectTransactionRiskRequest` with its required fields (`contractId`, `corpId`, `staffId`, `subjectUniqueCode`); set the others with the methods named after them.
    pub fn new(
        contract_id: i64,
        corp_id: impl Into<String>,
        staff_id: impl Into<String>,
        subject_unique_code: impl Into<String>,
    ) -> Self {
        Self {
            contract_id,
            corp_id: corp_id.into(),
            history_end_time: None,
            history_start_time: None,
            staff_id: staff_id.into(),
            subject_unique_code: subject_unique_code.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AnalyzeSubjectTransactionRiskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AnalyzeSubjectTransactionRiskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractId" => rt::read_field(map, &mut self.contract_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "historyEndTime" => rt::read_field(map, &mut self.history_end_time),
            "historyStartTime" => rt::read_field(map, &mut self.history_start_time),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "subjectUniqueCode" => rt::read_field(map, &mut self.subject_unique_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AsyncCreateContractAnalysisRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileInfo", &self.file_info)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AsyncCreateContractAnalysisRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AsyncCreateContractAnalysisRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfo" => rt::read_field(map, &mut self.file_info),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CancelContractReviewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelContractReviewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelContractReviewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CancelReviewOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endFiles", &self.end_files)?;
        object.optional("extension", &self.extension)?;
        object.optional("orderId", &self.order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelReviewOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelReviewOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endFiles" => rt::read_field(map, &mut self.end_files),
            "extension" => rt::read_field(map, &mut self.extension),
            "orderId" => rt::read_field(map, &mut self.order_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelReviewOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_esign_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CheckEsignFileRequest {
    /// A `CheckEsignFileRequest` with its required fields (`corpId`, `fileId`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        file_id: impl Into<String>,
        space_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            file_id: file_id.into(),
            space_id: space_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CheckEsignFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("fileId", &self.file_id)?;
        object.field("spaceId", &self.space_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckEsignFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckEsignFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckEsignFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::confirm_contract_review`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ConfirmContractReviewRequest {
    /// A `ConfirmContractReviewRequest` with its required fields (`review_id`, `session_id`); set the others with the methods named after them.
    pub fn new(review_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            action: None,
            checklist_id: None,
            contract_type: None,
            custom_rules: None,
            review_id: review_id.into(),
            scale: None,
            session_id: session_id.into(),
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
impl rt::serde::Serialize for ConfirmContractReviewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("checklist_id", &self.checklist_id)?;
        object.optional("contract_type", &self.contract_type)?;
        object.optional_json("custom_rules", &self.custom_rules)?;
        object.field("review_id", &self.review_id)?;
        object.optional("scale", &self.scale)?;
        object.field("session_id", &self.session_id)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConfirmContractReviewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConfirmContractReviewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "checklist_id" => rt::read_field(map, &mut self.checklist_id),
            "contract_type" => rt::read_field(map, &mut self.contract_type),
            "custom_rules" => rt::read_field(map, &mut self.custom_rules),
            "review_id" => rt::read_field(map, &mut self.review_id),
            "scale" => rt::read_field(map, &mut self.scale),
            "session_id" => rt::read_field(map, &mut self.session_id),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConfirmContractReviewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::contract_ai_review_result_notify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ContractAiReviewResultNotifyRequest {
    /// A `ContractAiReviewResultNotifyRequest` with its required fields (`contractAiReviewCorpId`, `success`); set the others with the methods named after them.
    pub fn new(contract_ai_review_corp_id: impl Into<String>, success: bool) -> Self {
        Self {
            annotations: None,
            contract_ai_review_corp_id: contract_ai_review_corp_id.into(),
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
impl rt::serde::Serialize for ContractAiReviewResultNotifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("annotations", &self.annotations)?;
        object.field("contractAiReviewCorpId", &self.contract_ai_review_corp_id)?;
        object.optional("contractAiReviewId", &self.contract_ai_review_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("extension", &self.extension)?;
        object.field("success", &self.success)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ContractAiReviewResultNotifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ContractAiReviewResultNotifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "annotations" => rt::read_field(map, &mut self.annotations),
            "contractAiReviewCorpId" => {
                rt::read_field(map, &mut self.contract_ai_review_corp_id)
            }
            "contractAiReviewId" => rt::read_field(map, &mut self.contract_ai_review_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "extension" => rt::read_field(map, &mut self.extension),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ContractAiReviewResultNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::contract_benefit_consume`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ContractBenefitConsumeRequest {
    /// A `ContractBenefitConsumeRequest` with its required fields (`benefitPoint`, `bizRequestId`, `consumeQuota`, `corpId`, `isvCorpId`); set the others with the methods named after them.
    pub fn new(
        benefit_point: impl Into<String>,
        biz_request_id: impl Into<String>,
        consume_quota: i64,
        corp_id: impl Into<String>,
        isv_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            benefit_point: benefit_point.into(),
            biz_request_id: biz_request_id.into(),
            consume_quota,
            corp_id: corp_id.into(),
            ext_params: None,
            isv_corp_id: isv_corp_id.into(),
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
impl rt::serde::Serialize for ContractBenefitConsumeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitPoint", &self.benefit_point)?;
        object.field("bizRequestId", &self.biz_request_id)?;
        object.field("consumeQuota", &self.consume_quota)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("extParams", &self.ext_params)?;
        object.field("isvCorpId", &self.isv_corp_id)?;
        object.optional("optUnionId", &self.opt_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ContractBenefitConsumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ContractBenefitConsumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitPoint" => rt::read_field(map, &mut self.benefit_point),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "consumeQuota" => rt::read_field(map, &mut self.consume_quota),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extParams" => rt::read_field(map, &mut self.ext_params),
            "isvCorpId" => rt::read_field(map, &mut self.isv_corp_id),
            "optUnionId" => rt::read_field(map, &mut self.opt_union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateChecklistRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contract_type", &self.contract_type)?;
        object.optional("corp_id", &self.corp_id)?;
        object.optional("description", &self.description)?;
        object.optional_json("items", &self.items)?;
        object.optional("name", &self.name)?;
        object.optional("risk_level", &self.risk_level)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateChecklistRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateChecklistRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contract_type" => rt::read_field(map, &mut self.contract_type),
            "corp_id" => rt::read_field(map, &mut self.corp_id),
            "description" => rt::read_field(map, &mut self.description),
            "items" => rt::read_field(map, &mut self.items),
            "name" => rt::read_field(map, &mut self.name),
            "risk_level" => rt::read_field(map, &mut self.risk_level),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateChecklistRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_compare_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractAppsCompareTaskRequest {
    /// A `CreateContractAppsCompareTaskRequest` with its required fields (`comparativeFileName`, `fileSource`, `requestId`, `standardFileName`, `unionId`); set the others with the methods named after them.
    pub fn new(
        comparative_file_name: impl Into<String>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
        standard_file_name: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            comparative_file: None,
            comparative_file_download_url: None,
            comparative_file_name: comparative_file_name.into(),
            file_source: file_source.into(),
            request_id: request_id.into(),
            standard_file: None,
            standard_file_download_url: None,
            standard_file_name: standard_file_name.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateContractAppsCompareTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comparativeFile", &self.comparative_file)?;
        object
            .optional(
                "comparativeFileDownloadUrl",
                &self.comparative_file_download_url,
            )?;
        object.field("comparativeFileName", &self.comparative_file_name)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.optional("standardFile", &self.standard_file)?;
        object.optional("standardFileDownloadUrl", &self.standard_file_download_url)?;
        object.field("standardFileName", &self.standard_file_name)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsCompareTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsCompareTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comparativeFile" => rt::read_field(map, &mut self.comparative_file),
            "comparativeFileDownloadUrl" => {
                rt::read_field(map, &mut self.comparative_file_download_url)
            }
            "comparativeFileName" => rt::read_field(map, &mut self.comparative_file_name),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "standardFile" => rt::read_field(map, &mut self.standard_file),
            "standardFileDownloadUrl" => {
                rt::read_field(map, &mut self.standard_file_download_url)
            }
            "standardFileName" => rt::read_field(map, &mut self.standard_file_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractAppsCompareTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_extract_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractAppsExtractTaskRequest {
    /// A `CreateContractAppsExtractTaskRequest` with its required fields (`contractFileName`, `extractKeys`, `fileSource`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        contract_file_name: impl Into<String>,
        extract_keys: impl IntoIterator<Item = impl Into<String>>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: contract_file_name.into(),
            extract_keys: extract_keys.into_iter().map(Into::into).collect(),
            file_source: file_source.into(),
            request_id: request_id.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateContractAppsExtractTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractFile", &self.contract_file)?;
        object.optional("contractFileDownloadUrl", &self.contract_file_download_url)?;
        object.field("contractFileName", &self.contract_file_name)?;
        object.field("extractKeys", &self.extract_keys)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsExtractTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsExtractTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractFile" => rt::read_field(map, &mut self.contract_file),
            "contractFileDownloadUrl" => {
                rt::read_field(map, &mut self.contract_file_download_url)
            }
            "contractFileName" => rt::read_field(map, &mut self.contract_file_name),
            "extractKeys" => rt::read_field(map, &mut self.extract_keys),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractAppsExtractTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_review_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractAppsReviewTaskRequest {
    /// A `CreateContractAppsReviewTaskRequest` with its required fields (`contractFileName`, `fileSource`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        contract_file_name: impl Into<String>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: contract_file_name.into(),
            file_source: file_source.into(),
            request_id: request_id.into(),
            review_custom_rules: None,
            rule_type: None,
            standpoint: None,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateContractAppsReviewTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractFile", &self.contract_file)?;
        object.optional("contractFileDownloadUrl", &self.contract_file_download_url)?;
        object.field("contractFileName", &self.contract_file_name)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.optional("reviewCustomRules", &self.review_custom_rules)?;
        object.optional("ruleType", &self.rule_type)?;
        object.optional("standpoint", &self.standpoint)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsReviewTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsReviewTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractFile" => rt::read_field(map, &mut self.contract_file),
            "contractFileDownloadUrl" => {
                rt::read_field(map, &mut self.contract_file_download_url)
            }
            "contractFileName" => rt::read_field(map, &mut self.contract_file_name),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "reviewCustomRules" => rt::read_field(map, &mut self.review_custom_rules),
            "ruleType" => rt::read_field(map, &mut self.rule_type),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractAppsReviewTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_apps_terms_extract_eask`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractAppsTermsExtractEaskRequest {
    /// A `CreateContractAppsTermsExtractEaskRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: None,
            extract_rules: None,
            file_source: None,
            request_id: None,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateContractAppsTermsExtractEaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractFile", &self.contract_file)?;
        object.optional("contractFileDownloadUrl", &self.contract_file_download_url)?;
        object.optional("contractFileName", &self.contract_file_name)?;
        object.optional("extractRules", &self.extract_rules)?;
        object.optional("fileSource", &self.file_source)?;
        object.optional("requestId", &self.request_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractAppsTermsExtractEaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractAppsTermsExtractEaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractFile" => rt::read_field(map, &mut self.contract_file),
            "contractFileDownloadUrl" => {
                rt::read_field(map, &mut self.contract_file_download_url)
            }
            "contractFileName" => rt::read_field(map, &mut self.contract_file_name),
            "extractRules" => rt::read_field(map, &mut self.extract_rules),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractAppsTermsExtractEaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_compare_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractCompareTaskRequest {
    /// A `CreateContractCompareTaskRequest` with its required fields (`comparativeFileName`, `fileSource`, `requestId`, `standardFileName`); set the others with the methods named after them.
    pub fn new(
        comparative_file_name: impl Into<String>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
        standard_file_name: impl Into<String>,
    ) -> Self {
        Self {
            comparative_file: None,
            comparative_file_download_url: None,
            comparative_file_name: comparative_file_name.into(),
            file_source: file_source.into(),
            request_id: request_id.into(),
            standard_file: None,
            standard_file_download_url: None,
            standard_file_name: standard_file_name.into(),
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
impl rt::serde::Serialize for CreateContractCompareTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comparativeFile", &self.comparative_file)?;
        object
            .optional(
                "comparativeFileDownloadUrl",
                &self.comparative_file_download_url,
            )?;
        object.field("comparativeFileName", &self.comparative_file_name)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.optional("standardFile", &self.standard_file)?;
        object.optional("standardFileDownloadUrl", &self.standard_file_download_url)?;
        object.field("standardFileName", &self.standard_file_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractCompareTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractCompareTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comparativeFile" => rt::read_field(map, &mut self.comparative_file),
            "comparativeFileDownloadUrl" => {
                rt::read_field(map, &mut self.comparative_file_download_url)
            }
            "comparativeFileName" => rt::read_field(map, &mut self.comparative_file_name),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "standardFile" => rt::read_field(map, &mut self.standard_file),
            "standardFileDownloadUrl" => {
                rt::read_field(map, &mut self.standard_file_download_url)
            }
            "standardFileName" => rt::read_field(map, &mut self.standard_file_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractCompareTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_extract_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractExtractTaskRequest {
    /// A `CreateContractExtractTaskRequest` with its required fields (`contractFileName`, `extractKeys`, `fileSource`, `requestId`); set the others with the methods named after them.
    pub fn new(
        contract_file_name: impl Into<String>,
        extract_keys: impl IntoIterator<Item = impl Into<String>>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: contract_file_name.into(),
            extract_keys: extract_keys.into_iter().map(Into::into).collect(),
            file_source: file_source.into(),
            request_id: request_id.into(),
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
impl rt::serde::Serialize for CreateContractExtractTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractFile", &self.contract_file)?;
        object.optional("contractFileDownloadUrl", &self.contract_file_download_url)?;
        object.field("contractFileName", &self.contract_file_name)?;
        object.field("extractKeys", &self.extract_keys)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractExtractTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractExtractTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractFile" => rt::read_field(map, &mut self.contract_file),
            "contractFileDownloadUrl" => {
                rt::read_field(map, &mut self.contract_file_download_url)
            }
            "contractFileName" => rt::read_field(map, &mut self.contract_file_name),
            "extractKeys" => rt::read_field(map, &mut self.extract_keys),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateContractReviewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyList", &self.company_list)?;
        object.optional("customReviewRules", &self.custom_review_rules)?;
        object.optional("fileInfo", &self.file_info)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.optional("reviewPosition", &self.review_position)?;
        object.optional("reviewResultType", &self.review_result_type)?;
        object.optional("reviewType", &self.review_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractReviewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractReviewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyList" => rt::read_field(map, &mut self.company_list),
            "customReviewRules" => rt::read_field(map, &mut self.custom_review_rules),
            "fileInfo" => rt::read_field(map, &mut self.file_info),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            "reviewPosition" => rt::read_field(map, &mut self.review_position),
            "reviewResultType" => rt::read_field(map, &mut self.review_result_type),
            "reviewType" => rt::read_field(map, &mut self.review_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateContractReviewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_contract_review_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateContractReviewTaskRequest {
    /// A `CreateContractReviewTaskRequest` with its required fields (`contractFileName`, `fileSource`, `requestId`); set the others with the methods named after them.
    pub fn new(
        contract_file_name: impl Into<String>,
        file_source: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            contract_file: None,
            contract_file_download_url: None,
            contract_file_name: contract_file_name.into(),
            file_source: file_source.into(),
            request_id: request_id.into(),
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
impl rt::serde::Serialize for CreateContractReviewTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contractFile", &self.contract_file)?;
        object.optional("contractFileDownloadUrl", &self.contract_file_download_url)?;
        object.field("contractFileName", &self.contract_file_name)?;
        object.field("fileSource", &self.file_source)?;
        object.field("requestId", &self.request_id)?;
        object.optional("reviewCustomRules", &self.review_custom_rules)?;
        object.optional("ruleType", &self.rule_type)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateContractReviewTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateContractReviewTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractFile" => rt::read_field(map, &mut self.contract_file),
            "contractFileDownloadUrl" => {
                rt::read_field(map, &mut self.contract_file_download_url)
            }
            "contractFileName" => rt::read_field(map, &mut self.contract_file_name),
            "fileSource" => rt::read_field(map, &mut self.file_source),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "reviewCustomRules" => rt::read_field(map, &mut self.review_custom_rules),
            "ruleType" => rt::read_field(map, &mut self.rule_type),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateReviewChecklistRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corp_id", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.optional_json("rules", &self.rules)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateReviewChecklistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateReviewChecklistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corp_id" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            "rules" => rt::read_field(map, &mut self.rules),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSignFlowRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("signDocs", &self.sign_docs)?;
        object.optional("signFlowConfig", &self.sign_flow_config)?;
        object.optional("signFlowInitiator", &self.sign_flow_initiator)?;
        object.optional("signers", &self.signers)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSignFlowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSignFlowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "signDocs" => rt::read_field(map, &mut self.sign_docs),
            "signFlowConfig" => rt::read_field(map, &mut self.sign_flow_config),
            "signFlowInitiator" => rt::read_field(map, &mut self.sign_flow_initiator),
            "signers" => rt::read_field(map, &mut self.signers),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTemplateProcessTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fillData", &self.fill_data)?;
        object.optional("formId", &self.form_id)?;
        object.optional("mode", &self.mode)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateProcessTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTemplateProcessTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fillData" => rt::read_field(map, &mut self.fill_data),
            "formId" => rt::read_field(map, &mut self.form_id),
            "mode" => rt::read_field(map, &mut self.mode),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for EsignQueryApprovalInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("esignFlowId", &self.esign_flow_id)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignQueryApprovalInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignQueryApprovalInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "esignFlowId" => rt::read_field(map, &mut self.esign_flow_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for EsignQueryGrantInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignQueryGrantInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignQueryGrantInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EsignQueryGrantInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_query_identity_by_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EsignQueryIdentityByTicketRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `ticket`.
    pub ticket: String,
}
impl EsignQueryIdentityByTicketRequest {
    /// A `EsignQueryIdentityByTicketRequest` with its required fields (`corpId`, `ticket`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, ticket: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
            extension: None,
            ticket: ticket.into(),
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
impl rt::serde::Serialize for EsignQueryIdentityByTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("extension", &self.extension)?;
        object.field("ticket", &self.ticket)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignQueryIdentityByTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignQueryIdentityByTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "ticket" => rt::read_field(map, &mut self.ticket),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EsignQueryIdentityByTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_sync_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EsignSyncEventRequest {
    /// A `EsignSyncEventRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
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
impl rt::serde::Serialize for EsignSyncEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("esignData", &self.esign_data)?;
        object.optional("extension", &self.extension)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignSyncEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignSyncEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "esignData" => rt::read_field(map, &mut self.esign_data),
            "extension" => rt::read_field(map, &mut self.extension),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EsignSyncEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_user_verify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EsignUserVerifyRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl EsignUserVerifyRequest {
    /// A `EsignUserVerifyRequest` with its required fields (`corpId`, `unionId`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for EsignUserVerifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignUserVerifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignUserVerifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for FinishReviewOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endFiles", &self.end_files)?;
        object.optional("extension", &self.extension)?;
        object.optional("orderId", &self.order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FinishReviewOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FinishReviewOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endFiles" => rt::read_field(map, &mut self.end_files),
            "extension" => rt::read_field(map, &mut self.extension),
            "orderId" => rt::read_field(map, &mut self.order_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetAsyncCreateContractAnalysisRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileInfo", &self.file_info)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAsyncCreateContractAnalysisRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAsyncCreateContractAnalysisRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfo" => rt::read_field(map, &mut self.file_info),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetContractAnalysisResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileInfo", &self.file_info)?;
        object.optional("originatorUserId", &self.originator_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractAnalysisResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractAnalysisResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileInfo" => rt::read_field(map, &mut self.file_info),
            "originatorUserId" => rt::read_field(map, &mut self.originator_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetContractAnalysisResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_contract_review_benefit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewBenefitRequest {
    /// `reviewType`.
    pub review_type: String,
    /// `taskId`.
    pub task_id: String,
}
impl GetContractReviewBenefitRequest {
    /// A `GetContractReviewBenefitRequest` with its required fields (`reviewType`, `taskId`); set the others with the methods named after them.
    pub fn new(review_type: impl Into<String>, task_id: impl Into<String>) -> Self {
        Self {
            review_type: review_type.into(),
            task_id: task_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetContractReviewBenefitRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("reviewType", &self.review_type)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewBenefitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractReviewBenefitRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractReviewResultRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewResultsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractReviewResultsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "review_id" => rt::read_field(map, &mut self.review_id),
            "session_id" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetContractReviewResultsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("review_id", &self.review_id);
        writer.query("session_id", &self.session_id);
    }
}
/// The request of [`Api::get_contract_review_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetContractReviewStatusRequest {
    /// `review_id`: a query parameter.
    pub review_id: Option<String>,
    /// `session_id`: a query parameter.
    pub session_id: String,
}
impl GetContractReviewStatusRequest {
    /// A `GetContractReviewStatusRequest` with its required fields (`session_id`); set the others with the methods named after them.
    pub fn new(session_id: impl Into<String>) -> Self {
        Self {
            review_id: None,
            session_id: session_id.into(),
        }
    }
    /// Sets `review_id`.
    pub fn review_id(mut self, value: impl Into<String>) -> Self {
        self.review_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractReviewStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractReviewStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "review_id" => rt::read_field(map, &mut self.review_id),
            "session_id" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetContractSubjectRiskResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reviewType", &self.review_type)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractSubjectRiskResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractSubjectRiskResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reviewType" => rt::read_field(map, &mut self.review_type),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetFileDownloadUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileDownloadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFileDownloadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_esign_free_trail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenEsignFreeTrailRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl OpenEsignFreeTrailRequest {
    /// A `OpenEsignFreeTrailRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
            extension: None,
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
impl rt::serde::Serialize for OpenEsignFreeTrailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenEsignFreeTrailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenEsignFreeTrailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extension" => rt::read_field(map, &mut self.extension),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryAdvancedContractVersionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAdvancedContractVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAdvancedContractVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extension" => rt::read_field(map, &mut self.extension),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAdvancedContractVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_compare_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsCompareResultRequest {
    /// `compareTaskId`.
    pub compare_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl QueryContractAppsCompareResultRequest {
    /// A `QueryContractAppsCompareResultRequest` with its required fields (`compareTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        compare_task_id: impl Into<String>,
        request_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            compare_task_id: compare_task_id.into(),
            request_id: request_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractAppsCompareResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("compareTaskId", &self.compare_task_id)?;
        object.field("requestId", &self.request_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsCompareResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractAppsCompareResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "compareTaskId" => rt::read_field(map, &mut self.compare_task_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractAppsCompareResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl QueryContractAppsExtractResultRequest {
    /// A `QueryContractAppsExtractResultRequest` with its required fields (`extractTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        extract_task_id: impl Into<String>,
        request_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            extract_task_id: extract_task_id.into(),
            request_id: request_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractAppsExtractResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("extractTaskId", &self.extract_task_id)?;
        object.field("requestId", &self.request_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsExtractResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractAppsExtractResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractTaskId" => rt::read_field(map, &mut self.extract_task_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractAppsExtractResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_review_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsReviewResultRequest {
    /// `requestId`.
    pub request_id: String,
    /// `reviewTaskId`.
    pub review_task_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl QueryContractAppsReviewResultRequest {
    /// A `QueryContractAppsReviewResultRequest` with its required fields (`requestId`, `reviewTaskId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        request_id: impl Into<String>,
        review_task_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            request_id: request_id.into(),
            review_task_id: review_task_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractAppsReviewResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("requestId", &self.request_id)?;
        object.field("reviewTaskId", &self.review_task_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsReviewResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractAppsReviewResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "reviewTaskId" => rt::read_field(map, &mut self.review_task_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractAppsReviewResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_apps_terms_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractAppsTermsExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl QueryContractAppsTermsExtractResultRequest {
    /// A `QueryContractAppsTermsExtractResultRequest` with its required fields (`extractTaskId`, `requestId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        extract_task_id: impl Into<String>,
        request_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            extract_task_id: extract_task_id.into(),
            request_id: request_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractAppsTermsExtractResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("extractTaskId", &self.extract_task_id)?;
        object.field("requestId", &self.request_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractAppsTermsExtractResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractAppsTermsExtractResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractTaskId" => rt::read_field(map, &mut self.extract_task_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryContractCompareListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("pageNum", &self.page_num)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractCompareListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractCompareListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNum" => rt::read_field(map, &mut self.page_num),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractCompareListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_compare_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractCompareResultRequest {
    /// `compareTaskId`.
    pub compare_task_id: String,
    /// `requestId`.
    pub request_id: String,
}
impl QueryContractCompareResultRequest {
    /// A `QueryContractCompareResultRequest` with its required fields (`compareTaskId`, `requestId`); set the others with the methods named after them.
    pub fn new(
        compare_task_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            compare_task_id: compare_task_id.into(),
            request_id: request_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractCompareResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("compareTaskId", &self.compare_task_id)?;
        object.field("requestId", &self.request_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractCompareResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractCompareResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "compareTaskId" => rt::read_field(map, &mut self.compare_task_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractCompareResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_extract_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractExtractResultRequest {
    /// `extractTaskId`.
    pub extract_task_id: String,
    /// `requestId`.
    pub request_id: String,
}
impl QueryContractExtractResultRequest {
    /// A `QueryContractExtractResultRequest` with its required fields (`extractTaskId`, `requestId`); set the others with the methods named after them.
    pub fn new(
        extract_task_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            extract_task_id: extract_task_id.into(),
            request_id: request_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractExtractResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("extractTaskId", &self.extract_task_id)?;
        object.field("requestId", &self.request_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractExtractResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractExtractResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extractTaskId" => rt::read_field(map, &mut self.extract_task_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryContractExtractResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_contract_review_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryContractReviewResultRequest {
    /// `requestId`.
    pub request_id: String,
    /// `reviewTaskId`.
    pub review_task_id: String,
}
impl QueryContractReviewResultRequest {
    /// A `QueryContractReviewResultRequest` with its required fields (`requestId`, `reviewTaskId`); set the others with the methods named after them.
    pub fn new(
        request_id: impl Into<String>,
        review_task_id: impl Into<String>,
    ) -> Self {
        Self {
            request_id: request_id.into(),
            review_task_id: review_task_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryContractReviewResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("requestId", &self.request_id)?;
        object.field("reviewTaskId", &self.review_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractReviewResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractReviewResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "reviewTaskId" => rt::read_field(map, &mut self.review_task_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryContractSignInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryContractSignInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractBizId" => rt::read_field(map, &mut self.contract_biz_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryFileProcessResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("renderTaskId", &self.render_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryFileProcessResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryFileProcessResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "renderTaskId" => rt::read_field(map, &mut self.render_task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QuerySignFlowDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySignFlowDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySignFlowDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QuerySignTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizFlowId", &self.biz_flow_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("signFlowId", &self.sign_flow_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySignTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySignTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizFlowId" => rt::read_field(map, &mut self.biz_flow_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "signFlowId" => rt::read_field(map, &mut self.sign_flow_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySignTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_subject_public_risk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QuerySubjectPublicRiskRequest {
    /// A `QuerySubjectPublicRiskRequest` with its required fields (`corpId`, `staffId`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, staff_id: impl Into<String>) -> Self {
        Self {
            biz_id: None,
            company_id: None,
            contract_amount: None,
            contract_type: None,
            corp_id: corp_id.into(),
            credit_code: None,
            from: None,
            registration_number: None,
            staff_id: staff_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySubjectPublicRiskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySubjectPublicRiskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "companyId" => rt::read_field(map, &mut self.company_id),
            "contractAmount" => rt::read_field(map, &mut self.contract_amount),
            "contractType" => rt::read_field(map, &mut self.contract_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creditCode" => rt::read_field(map, &mut self.credit_code),
            "from" => rt::read_field(map, &mut self.from),
            "registrationNumber" => rt::read_field(map, &mut self.registration_number),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "subjectName" => rt::read_field(map, &mut self.subject_name),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFileKeywordPositionsRequest {
    /// A `SearchFileKeywordPositionsRequest` with its required fields (`fileId`, `keyword`, `spaceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        keyword: impl Into<String>,
        space_id: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: None,
            file_size: None,
            file_type: None,
            keyword: keyword.into(),
            request_id: None,
            space_id,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SearchFileKeywordPositionsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.field("keyword", &self.keyword)?;
        object.optional("requestId", &self.request_id)?;
        object.field("spaceId", &self.space_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFileKeywordPositionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFileKeywordPositionsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchFileKeywordPositionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_contract_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendContractCardRequest {
    /// A `SendContractCardRequest` with its required fields (`cardType`, `corpId`, `receivers`, `sender`, `syncSingleChat`); set the others with the methods named after them.
    pub fn new(
        card_type: impl Into<String>,
        corp_id: impl Into<String>,
        receivers: impl IntoIterator<Item = SendContractCardRequestReceivers>,
        sender: SendContractCardRequestSender,
        sync_single_chat: bool,
    ) -> Self {
        Self {
            card_type: card_type.into(),
            contract_info: None,
            corp_id: corp_id.into(),
            extension: None,
            process_instance_id: None,
            receive_groups: None,
            receivers: receivers.into_iter().collect(),
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
impl rt::serde::Serialize for SendContractCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cardType", &self.card_type)?;
        object.optional("contractInfo", &self.contract_info)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("receiveGroups", &self.receive_groups)?;
        object.field("receivers", &self.receivers)?;
        object.field("sender", &self.sender)?;
        object.field("syncSingleChat", &self.sync_single_chat)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendContractCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendContractCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardType" => rt::read_field(map, &mut self.card_type),
            "contractInfo" => rt::read_field(map, &mut self.contract_info),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "receiveGroups" => rt::read_field(map, &mut self.receive_groups),
            "receivers" => rt::read_field(map, &mut self.receivers),
            "sender" => rt::read_field(map, &mut self.sender),
            "syncSingleChat" => rt::read_field(map, &mut self.sync_single_chat),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncSignEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncSignEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contractBizId" => rt::read_field(map, &mut self.contract_biz_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "sealType" => rt::read_field(map, &mut self.seal_type),
            "signDate" => rt::read_field(map, &mut self.sign_date),
            "signFileList" => rt::read_field(map, &mut self.sign_file_list),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateChecklistRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corp_id", &self.corp_id)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("risk_level", &self.risk_level)?;
        object.optional("standpoint", &self.standpoint)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateChecklistRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateChecklistRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corp_id" => rt::read_field(map, &mut self.corp_id),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "risk_level" => rt::read_field(map, &mut self.risk_level),
            "standpoint" => rt::read_field(map, &mut self.standpoint),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateReviewChecklistRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corp_id", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.optional_json("rules", &self.rules)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateReviewChecklistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateReviewChecklistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corp_id" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            "rules" => rt::read_field(map, &mut self.rules),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UploadContractReviewByUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("file_url", &self.file_url)?;
        object.optional("filename", &self.filename)?;
        object.optional("session_id", &self.session_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadContractReviewByUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadContractReviewByUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "file_url" => rt::read_field(map, &mut self.file_url),
            "filename" => rt::read_field(map, &mut self.filename),
            "session_id" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
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
