// @generated from api-spec/ats_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能招聘 (ATS)：招聘渠道、应聘登记表与候选人。
//!
//! 27 operations, methods of [`Api`] (`client.ats_1_0()`), behind the cargo feature `ats_1_0`; its paths start with `/v1.0/ats/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ats_1_0`. Get it with `client.ats_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加应聘登记表模板
    ///
    /// `POST /v1.0/ats/flows/applicationRegForms/templates`: DingTalk's `AddApplicationRegFormTemplate` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddApplicationRegFormTemplate")]
    #[doc(alias = "/v1.0/ats/flows/applicationRegForms/templates")]
    #[doc(alias = "POST /v1.0/ats/flows/applicationRegForms/templates")]
    pub fn add_application_reg_form_template(
        &self,
        request: &AddApplicationRegFormTemplateRequest,
    ) -> rt::Call<
        AddApplicationRegFormTemplateResponseBody,
        AddApplicationRegFormTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddApplicationRegFormTemplate",
            rt::Method::Post,
            "/v1.0/ats/flows/applicationRegForms/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加钉盘文件
    ///
    /// `POST /v1.0/ats/files`: DingTalk's `AddFile` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddFile")]
    #[doc(alias = "/v1.0/ats/files")]
    #[doc(alias = "POST /v1.0/ats/files")]
    pub fn add_file(
        &self,
        request: &AddFileRequest,
    ) -> rt::Call<AddFileResponseBody, AddFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFile",
            rt::Method::Post,
            "/v1.0/ats/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加渠道个人账号
    ///
    /// `POST /v1.0/ats/channels/users/accounts`: DingTalk's `AddUserAccount` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddUserAccount")]
    #[doc(alias = "/v1.0/ats/channels/users/accounts")]
    #[doc(alias = "POST /v1.0/ats/channels/users/accounts")]
    pub fn add_user_account(
        &self,
        request: &AddUserAccountRequest,
    ) -> rt::Call<AddUserAccountResponseBody, AddUserAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddUserAccount",
            rt::Method::Post,
            "/v1.0/ats/channels/users/accounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 渠道招聘职位需求导入
    ///
    /// `POST /v1.0/ats/channels/jobs/import`: DingTalk's `CollectRecruitJobDetail` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollectRecruitJobDetail")]
    #[doc(alias = "/v1.0/ats/channels/jobs/import")]
    #[doc(alias = "POST /v1.0/ats/channels/jobs/import")]
    pub fn collect_recruit_job_detail(
        &self,
        request: &CollectRecruitJobDetailRequest,
    ) -> rt::Call<CollectRecruitJobDetailResponseBody, CollectRecruitJobDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollectRecruitJobDetail",
            rt::Method::Post,
            "/v1.0/ats/channels/jobs/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 结构化简历信息回流
    ///
    /// `POST /v1.0/ats/resumes/details`: DingTalk's `CollectResumeDetail` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollectResumeDetail")]
    #[doc(alias = "/v1.0/ats/resumes/details")]
    #[doc(alias = "POST /v1.0/ats/resumes/details")]
    pub fn collect_resume_detail(
        &self,
        request: &CollectResumeDetailRequest,
    ) -> rt::Call<CollectResumeDetailResponseBody, CollectResumeDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollectResumeDetail",
            rt::Method::Post,
            "/v1.0/ats/resumes/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 邮箱简历回流
    ///
    /// `POST /v1.0/ats/resumes/mails`: DingTalk's `CollectResumeMail` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollectResumeMail")]
    #[doc(alias = "/v1.0/ats/resumes/mails")]
    #[doc(alias = "POST /v1.0/ats/resumes/mails")]
    pub fn collect_resume_mail(
        &self,
        request: &CollectResumeMailRequest,
    ) -> rt::Call<CollectResumeMailResponseBody, CollectResumeMailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollectResumeMail",
            rt::Method::Post,
            "/v1.0/ats/resumes/mails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 确认权益
    ///
    /// `POST /v1.0/ats/rights/{rightsCode}/confirm`: DingTalk's `ConfirmRights` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `rights_code`: `{rightsCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConfirmRights")]
    #[doc(alias = "/v1.0/ats/rights/{rightsCode}/confirm")]
    #[doc(alias = "POST /v1.0/ats/rights/{rightsCode}/confirm")]
    pub fn confirm_rights(
        &self,
        rights_code: &str,
        request: &ConfirmRightsRequest,
    ) -> rt::Call<ConfirmRightsResponseBody, ConfirmRightsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmRights",
            rt::Method::Post,
            "/v1.0/ats/rights/{rightsCode}/confirm",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[rights_code], request)
    }
    /// 完成指定的新手任务
    ///
    /// `POST /v1.0/ats/beginnerTasks/{taskCode}/finish`: DingTalk's `FinishBeginnerTask` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_code`: `{taskCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FinishBeginnerTask")]
    #[doc(alias = "/v1.0/ats/beginnerTasks/{taskCode}/finish")]
    #[doc(alias = "POST /v1.0/ats/beginnerTasks/{taskCode}/finish")]
    pub fn finish_beginner_task(
        &self,
        task_code: &str,
        request: &FinishBeginnerTaskRequest,
    ) -> rt::Call<FinishBeginnerTaskResponseBody, FinishBeginnerTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FinishBeginnerTask",
            rt::Method::Post,
            "/v1.0/ats/beginnerTasks/{taskCode}/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_code], request)
    }
    /// 获取招聘流程关联的应聘登记表信息
    ///
    /// `GET /v1.0/ats/flows/{flowId}/applicationRegForms`: DingTalk's `GetApplicationRegFormByFlowId` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetApplicationRegFormByFlowId")]
    #[doc(alias = "/v1.0/ats/flows/{flowId}/applicationRegForms")]
    #[doc(alias = "GET /v1.0/ats/flows/{flowId}/applicationRegForms")]
    pub fn get_application_reg_form_by_flow_id(
        &self,
        flow_id: &str,
        request: &GetApplicationRegFormByFlowIdRequest,
    ) -> rt::Call<
        GetApplicationRegFormByFlowIdResponseBody,
        GetApplicationRegFormByFlowIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApplicationRegFormByFlowId",
            rt::Method::Get,
            "/v1.0/ats/flows/{flowId}/applicationRegForms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], request)
    }
    /// 根据手机号获取候选人信息
    ///
    /// `GET /v1.0/ats/candidates`: DingTalk's `GetCandidateByPhoneNumber` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCandidateByPhoneNumber")]
    #[doc(alias = "/v1.0/ats/candidates")]
    #[doc(alias = "GET /v1.0/ats/candidates")]
    pub fn get_candidate_by_phone_number(
        &self,
        request: &GetCandidateByPhoneNumberRequest,
    ) -> rt::Call<
        GetCandidateByPhoneNumberResponseBody,
        GetCandidateByPhoneNumberError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCandidateByPhoneNumber",
            rt::Method::Get,
            "/v1.0/ats/candidates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取钉盘上传文件信息
    ///
    /// `GET /v1.0/ats/files/uploadInfos`: DingTalk's `GetFileUploadInfo` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileUploadInfo")]
    #[doc(alias = "/v1.0/ats/files/uploadInfos")]
    #[doc(alias = "GET /v1.0/ats/files/uploadInfos")]
    pub fn get_file_upload_info(
        &self,
        request: &GetFileUploadInfoRequest,
    ) -> rt::Call<GetFileUploadInfoResponseBody, GetFileUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadInfo",
            rt::Method::Get,
            "/v1.0/ats/files/uploadInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据流程id获取流程详情
    ///
    /// `GET /v1.0/ats/flows/{flowId}/info`: DingTalk's `GetFlowById` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowById")]
    #[doc(alias = "/v1.0/ats/flows/{flowId}/info")]
    #[doc(alias = "GET /v1.0/ats/flows/{flowId}/info")]
    pub fn get_flow_by_id(
        &self,
        flow_id: &str,
    ) -> rt::Call<GetFlowByIdResponseBody, GetFlowByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowById",
            rt::Method::Get,
            "/v1.0/ats/flows/{flowId}/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], &())
    }
    /// 根据招聘流程关联的实体标识获取招聘流程标识
    ///
    /// `GET /v1.0/ats/flows/ids`: DingTalk's `GetFlowIdByRelationEntityId` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowIdByRelationEntityId")]
    #[doc(alias = "/v1.0/ats/flows/ids")]
    #[doc(alias = "GET /v1.0/ats/flows/ids")]
    pub fn get_flow_id_by_relation_entity_id(
        &self,
        request: &GetFlowIdByRelationEntityIdRequest,
    ) -> rt::Call<
        GetFlowIdByRelationEntityIdResponseBody,
        GetFlowIdByRelationEntityIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowIdByRelationEntityId",
            rt::Method::Get,
            "/v1.0/ats/flows/ids",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取职位信息
    ///
    /// `GET /v1.0/ats/auths/jobs/{jobId}`: DingTalk's `GetJobAuth` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `job_id`: `{jobId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetJobAuth")]
    #[doc(alias = "/v1.0/ats/auths/jobs/{jobId}")]
    #[doc(alias = "GET /v1.0/ats/auths/jobs/{jobId}")]
    pub fn get_job_auth(
        &self,
        job_id: &str,
        request: &GetJobAuthRequest,
    ) -> rt::Call<GetJobAuthResponseBody, GetJobAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobAuth",
            rt::Method::Get,
            "/v1.0/ats/auths/jobs/{jobId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[job_id], request)
    }
    /// 根据职位id获取职位信息
    ///
    /// `GET /v1.0/ats/jobs/{jobId}/info`: DingTalk's `GetJobInfoByJobId` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `job_id`: `{jobId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetJobInfoByJobId")]
    #[doc(alias = "/v1.0/ats/jobs/{jobId}/info")]
    #[doc(alias = "GET /v1.0/ats/jobs/{jobId}/info")]
    pub fn get_job_info_by_job_id(
        &self,
        job_id: &str,
    ) -> rt::Call<GetJobInfoByJobIdResponseBody, GetJobInfoByJobIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobInfoByJobId",
            rt::Method::Get,
            "/v1.0/ats/jobs/{jobId}/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[job_id], &())
    }
    /// 导入简历创建候选人
    ///
    /// `POST /v1.0/ats/candidates/importCandidateByResume`: DingTalk's `ImportCandidateByResume` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ImportCandidateByResume")]
    #[doc(alias = "/v1.0/ats/candidates/importCandidateByResume")]
    #[doc(alias = "POST /v1.0/ats/candidates/importCandidateByResume")]
    pub fn import_candidate_by_resume(
        &self,
        request: &ImportCandidateByResumeRequest,
    ) -> rt::Call<ImportCandidateByResumeResponseBody, ImportCandidateByResumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ImportCandidateByResume",
            rt::Method::Post,
            "/v1.0/ats/candidates/importCandidateByResume",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 导入外部渠道发布的职位数据
    ///
    /// `POST /v1.0/ats/weHire/jobs/import`: DingTalk's `ImportJobData` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ImportJobData")]
    #[doc(alias = "/v1.0/ats/weHire/jobs/import")]
    #[doc(alias = "POST /v1.0/ats/weHire/jobs/import")]
    pub fn import_job_data(
        &self,
        request: &ImportJobDataRequest,
    ) -> rt::Call<ImportJobDataResponseBody, ImportJobDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ImportJobData",
            rt::Method::Post,
            "/v1.0/ats/weHire/jobs/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询候选人详情列表
    ///
    /// `POST /v1.0/ats/candidates/query`: DingTalk's `QueryCandidates` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_candidates_pages`].
    #[doc(alias = "QueryCandidates")]
    #[doc(alias = "/v1.0/ats/candidates/query")]
    #[doc(alias = "POST /v1.0/ats/candidates/query")]
    pub fn query_candidates(
        &self,
        request: &QueryCandidatesRequest,
    ) -> rt::Call<QueryCandidatesResponseBody, QueryCandidatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCandidates",
            rt::Method::Post,
            "/v1.0/ats/candidates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询面试列表
    ///
    /// `POST /v1.0/ats/interviews/query`: DingTalk's `QueryInterviews` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_interviews_pages`].
    #[doc(alias = "QueryInterviews")]
    #[doc(alias = "/v1.0/ats/interviews/query")]
    #[doc(alias = "POST /v1.0/ats/interviews/query")]
    pub fn query_interviews(
        &self,
        request: &QueryInterviewsRequest,
    ) -> rt::Call<QueryInterviewsResponseBody, QueryInterviewsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInterviews",
            rt::Method::Post,
            "/v1.0/ats/interviews/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 反馈渠道消息状态
    ///
    /// `POST /v1.0/ats/channels/messages/statuses/report`: DingTalk's `ReportMessageStatus` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReportMessageStatus")]
    #[doc(alias = "/v1.0/ats/channels/messages/statuses/report")]
    #[doc(alias = "POST /v1.0/ats/channels/messages/statuses/report")]
    pub fn report_message_status(
        &self,
        request: &ReportMessageStatusRequest,
    ) -> rt::Call<ReportMessageStatusResponseBody, ReportMessageStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReportMessageStatus",
            rt::Method::Post,
            "/v1.0/ats/channels/messages/statuses/report",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// isv推送给钉钉求职者投递简历的事件
    ///
    /// `POST /v1.0/ats/resumes/post/event`: DingTalk's `ResumePostEvent` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ResumePostEvent")]
    #[doc(alias = "/v1.0/ats/resumes/post/event")]
    #[doc(alias = "POST /v1.0/ats/resumes/post/event")]
    pub fn resume_post_event(
        &self,
        request: &ResumePostEventRequest,
    ) -> rt::Call<ResumePostEventResponseBody, ResumePostEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ResumePostEvent",
            rt::Method::Post,
            "/v1.0/ats/resumes/post/event",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据搜索条件搜索流程
    ///
    /// `POST /v1.0/ats/flows/search`: DingTalk's `SearchFlow` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_flow_pages`].
    #[doc(alias = "SearchFlow")]
    #[doc(alias = "/v1.0/ats/flows/search")]
    #[doc(alias = "POST /v1.0/ats/flows/search")]
    pub fn search_flow(
        &self,
        request: &SearchFlowRequest,
    ) -> rt::Call<SearchFlowResponseBody, SearchFlowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchFlow",
            rt::Method::Post,
            "/v1.0/ats/flows/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步渠道IM消息
    ///
    /// `POST /v1.0/ats/channels/messages/sync`: DingTalk's `SyncChannelMessage` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncChannelMessage")]
    #[doc(alias = "/v1.0/ats/channels/messages/sync")]
    #[doc(alias = "POST /v1.0/ats/channels/messages/sync")]
    pub fn sync_channel_message(
        &self,
        request: &SyncChannelMessageRequest,
    ) -> rt::Call<SyncChannelMessageResponseBody, SyncChannelMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncChannelMessage",
            rt::Method::Post,
            "/v1.0/ats/channels/messages/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ats系统同步面试信息给AI面试助手
    ///
    /// `POST /v1.0/ats/ai/interview/interviewInfos/sync`: DingTalk's `SyncInterviewInfoToAIInterviewAssistant` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncInterviewInfoToAIInterviewAssistant")]
    #[doc(alias = "/v1.0/ats/ai/interview/interviewInfos/sync")]
    #[doc(alias = "POST /v1.0/ats/ai/interview/interviewInfos/sync")]
    pub fn sync_interview_info_to_ai_interview_assistant(
        &self,
        request: &SyncInterviewInfoToAIInterviewAssistantRequest,
    ) -> rt::Call<
        SyncInterviewInfoToAIInterviewAssistantResponseBody,
        SyncInterviewInfoToAIInterviewAssistantError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncInterviewInfoToAIInterviewAssistant",
            rt::Method::Post,
            "/v1.0/ats/ai/interview/interviewInfos/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新应聘登记表内容
    ///
    /// `PUT /v1.0/ats/flows/{flowId}/applicationRegForms`: DingTalk's `UpdateApplicationRegForm` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id`: `{flowId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateApplicationRegForm")]
    #[doc(alias = "/v1.0/ats/flows/{flowId}/applicationRegForms")]
    #[doc(alias = "PUT /v1.0/ats/flows/{flowId}/applicationRegForms")]
    pub fn update_application_reg_form(
        &self,
        flow_id: &str,
        request: &UpdateApplicationRegFormRequest,
    ) -> rt::Call<UpdateApplicationRegFormResponseBody, UpdateApplicationRegFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateApplicationRegForm",
            rt::Method::Put,
            "/v1.0/ats/flows/{flowId}/applicationRegForms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], request)
    }
    /// 更新面试签到信息
    ///
    /// `PUT /v1.0/ats/interviews/{interviewId}/signInInfos`: DingTalk's `UpdateInterviewSignInInfo` (module feature `ats_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `interview_id`: `{interviewId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInterviewSignInInfo")]
    #[doc(alias = "/v1.0/ats/interviews/{interviewId}/signInInfos")]
    #[doc(alias = "PUT /v1.0/ats/interviews/{interviewId}/signInInfos")]
    pub fn update_interview_sign_in_info(
        &self,
        interview_id: &str,
        request: &UpdateInterviewSignInInfoRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateInterviewSignInInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInterviewSignInInfo",
            rt::Method::Put,
            "/v1.0/ats/interviews/{interviewId}/signInInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[interview_id], request)
    }
    /// 渠道侧职位发布状态变更回调
    ///
    /// `PUT /v1.0/ats/jobs/deliveryStatus`: DingTalk's `UpdateJobDeliver` (module feature `ats_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateJobDeliver")]
    #[doc(alias = "/v1.0/ats/jobs/deliveryStatus")]
    #[doc(alias = "PUT /v1.0/ats/jobs/deliveryStatus")]
    pub fn update_job_deliver(
        &self,
        request: &UpdateJobDeliverRequest,
    ) -> rt::Call<UpdateJobDeliverResponseBody, UpdateJobDeliverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateJobDeliver",
            rt::Method::Put,
            "/v1.0/ats/jobs/deliveryStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_candidates`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_candidates_pages(
        &self,
        request: &QueryCandidatesRequest,
    ) -> rt::Paginator<
        QueryCandidatesResponseBody,
        QueryCandidatesError,
        QueryCandidatesResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_candidates(request), &PAGING)
    }
    /// Every page of [`Api::query_interviews`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_interviews_pages(
        &self,
        request: &QueryInterviewsRequest,
    ) -> rt::Paginator<
        QueryInterviewsResponseBody,
        QueryInterviewsError,
        QueryInterviewsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_interviews(request), &PAGING)
    }
    /// Every page of [`Api::search_flow`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn search_flow_pages(
        &self,
        request: &SearchFlowRequest,
    ) -> rt::Paginator<SearchFlowResponseBody, SearchFlowError, String> {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            false,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.search_flow(request), &PAGING)
    }
}
/// `AddApplicationRegFormTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddApplicationRegFormTemplateResponseBody {
    /// `templateId`.
    pub template_id: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    AddApplicationRegFormTemplateResponseBody { "templateId" => read_field(template_id),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddApplicationRegFormTemplateResponseBody { "templateId" => optional(template_id),
    "version" => optional(version) }
}
/// `AddFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFileResponseBody {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
rt::impl_deserialize! {
    AddFileResponseBody { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFileResponseBody { "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "spaceId" => optional(space_id) }
}
/// `AddUserAccountResponseBody`, a model several operations share: also named [`UpdateJobDeliverResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddUserAccountResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddUserAccountResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddUserAccountResponseBody { "success" => optional(success) }
}
/// `CollectRecruitJobDetailRequestJobInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequestJobInfo {
    /// `address`.
    pub address: Option<CollectRecruitJobDetailRequestJobInfoAddress>,
    /// `category`.
    pub category: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `fullTimeInfo`.
    pub full_time_info: Option<CollectRecruitJobDetailRequestJobInfoFullTimeInfo>,
    /// `headCount`.
    pub head_count: Option<String>,
    /// `jobNature`.
    pub job_nature: Option<String>,
    /// `jobTags`.
    pub job_tags: Option<Vec<String>>,
    /// `maxSalary`.
    pub max_salary: Option<String>,
    /// `minSalary`.
    pub min_salary: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `outJobId`.
    pub out_job_id: Option<String>,
    /// `partTimeInfo`.
    pub part_time_info: Option<CollectRecruitJobDetailRequestJobInfoPartTimeInfo>,
    /// `requiredEdu`.
    pub required_edu: Option<String>,
}
impl CollectRecruitJobDetailRequestJobInfo {
    /// An empty `CollectRecruitJobDetailRequestJobInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `address`.
    pub fn address(
        mut self,
        value: CollectRecruitJobDetailRequestJobInfoAddress,
    ) -> Self {
        self.address = Some(value);
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
    /// Sets `fullTimeInfo`.
    pub fn full_time_info(
        mut self,
        value: CollectRecruitJobDetailRequestJobInfoFullTimeInfo,
    ) -> Self {
        self.full_time_info = Some(value);
        self
    }
    /// Sets `headCount`.
    pub fn head_count(mut self, value: impl Into<String>) -> Self {
        self.head_count = Some(value.into());
        self
    }
    /// Sets `jobNature`.
    pub fn job_nature(mut self, value: impl Into<String>) -> Self {
        self.job_nature = Some(value.into());
        self
    }
    /// Sets `jobTags`.
    pub fn job_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.job_tags = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxSalary`.
    pub fn max_salary(mut self, value: impl Into<String>) -> Self {
        self.max_salary = Some(value.into());
        self
    }
    /// Sets `minSalary`.
    pub fn min_salary(mut self, value: impl Into<String>) -> Self {
        self.min_salary = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `outJobId`.
    pub fn out_job_id(mut self, value: impl Into<String>) -> Self {
        self.out_job_id = Some(value.into());
        self
    }
    /// Sets `partTimeInfo`.
    pub fn part_time_info(
        mut self,
        value: CollectRecruitJobDetailRequestJobInfoPartTimeInfo,
    ) -> Self {
        self.part_time_info = Some(value);
        self
    }
    /// Sets `requiredEdu`.
    pub fn required_edu(mut self, value: impl Into<String>) -> Self {
        self.required_edu = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequestJobInfo { "address" => optional(address), "category" =>
    optional(category), "description" => optional(description), "extInfo" =>
    optional(ext_info), "fullTimeInfo" => optional(full_time_info), "headCount" =>
    optional(head_count), "jobNature" => optional(job_nature), "jobTags" =>
    optional(job_tags), "maxSalary" => optional(max_salary), "minSalary" =>
    optional(min_salary), "name" => optional(name), "outJobId" => optional(out_job_id),
    "partTimeInfo" => optional(part_time_info), "requiredEdu" => optional(required_edu) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequestJobInfo { "address" => read_field(address), "category"
    => read_field(category), "description" => read_field(description), "extInfo" =>
    read_field(ext_info), "fullTimeInfo" => read_field(full_time_info), "headCount" =>
    read_field(head_count), "jobNature" => read_field(job_nature), "jobTags" =>
    read_field(job_tags), "maxSalary" => read_field(max_salary), "minSalary" =>
    read_field(min_salary), "name" => read_field(name), "outJobId" =>
    read_field(out_job_id), "partTimeInfo" => read_field(part_time_info), "requiredEdu"
    => read_field(required_edu) }
}
/// `CollectRecruitJobDetailRequestRecruitUserInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequestRecruitUserInfo {
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `outUserId`.
    pub out_user_id: Option<String>,
    /// `userMobile`.
    pub user_mobile: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
impl CollectRecruitJobDetailRequestRecruitUserInfo {
    /// An empty `CollectRecruitJobDetailRequestRecruitUserInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
    /// Sets `outUserId`.
    pub fn out_user_id(mut self, value: impl Into<String>) -> Self {
        self.out_user_id = Some(value.into());
        self
    }
    /// Sets `userMobile`.
    pub fn user_mobile(mut self, value: impl Into<String>) -> Self {
        self.user_mobile = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequestRecruitUserInfo { "extInfo" => optional(ext_info),
    "outUserId" => optional(out_user_id), "userMobile" => optional(user_mobile),
    "userName" => optional(user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequestRecruitUserInfo { "extInfo" => read_field(ext_info),
    "outUserId" => read_field(out_user_id), "userMobile" => read_field(user_mobile),
    "userName" => read_field(user_name) }
}
/// `CollectRecruitJobDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CollectRecruitJobDetailResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollectRecruitJobDetailResponseBody { "result" => optional(result) }
}
/// `CollectResumeDetailRequestResumeData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeData {
    /// `baseInfo`.
    pub base_info: CollectResumeDetailRequestResumeDataBaseInfo,
    /// `certificates`.
    pub certificates: Option<Vec<CollectResumeDetailRequestResumeDataCertificates>>,
    /// `educationExperiences`.
    pub education_experiences: Option<
        Vec<CollectResumeDetailRequestResumeDataEducationExperiences>,
    >,
    /// `jobExpect`.
    pub job_expect: Option<CollectResumeDetailRequestResumeDataJobExpect>,
    /// `languageSkill`.
    pub language_skill: Option<Vec<CollectResumeDetailRequestResumeDataLanguageSkill>>,
    /// `trainingExperiences`.
    pub training_experiences: Option<
        Vec<CollectResumeDetailRequestResumeDataTrainingExperiences>,
    >,
    /// `workExperiences`.
    pub work_experiences: Option<
        Vec<CollectResumeDetailRequestResumeDataWorkExperiences>,
    >,
}
/// The required fields of [`CollectResumeDetailRequestResumeData`], each named where it is set: `CollectResumeDetailRequestResumeData::new(CollectResumeDetailRequestResumeDataRequired { .. })`.
pub struct CollectResumeDetailRequestResumeDataRequired {
    /// `baseInfo`: see [`CollectResumeDetailRequestResumeData::base_info`].
    pub base_info: CollectResumeDetailRequestResumeDataBaseInfo,
}
impl CollectResumeDetailRequestResumeData {
    /// A `CollectResumeDetailRequestResumeData` with its required fields (`baseInfo`); set the others with the methods named after them.
    pub fn new(required: CollectResumeDetailRequestResumeDataRequired) -> Self {
        let CollectResumeDetailRequestResumeDataRequired { base_info } = required;
        Self {
            base_info,
            certificates: None,
            education_experiences: None,
            job_expect: None,
            language_skill: None,
            training_experiences: None,
            work_experiences: None,
        }
    }
    /// Sets `certificates`.
    pub fn certificates(
        mut self,
        value: impl IntoIterator<Item = CollectResumeDetailRequestResumeDataCertificates>,
    ) -> Self {
        self.certificates = Some(value.into_iter().collect());
        self
    }
    /// Sets `educationExperiences`.
    pub fn education_experiences(
        mut self,
        value: impl IntoIterator<
            Item = CollectResumeDetailRequestResumeDataEducationExperiences,
        >,
    ) -> Self {
        self.education_experiences = Some(value.into_iter().collect());
        self
    }
    /// Sets `jobExpect`.
    pub fn job_expect(
        mut self,
        value: CollectResumeDetailRequestResumeDataJobExpect,
    ) -> Self {
        self.job_expect = Some(value);
        self
    }
    /// Sets `languageSkill`.
    pub fn language_skill(
        mut self,
        value: impl IntoIterator<
            Item = CollectResumeDetailRequestResumeDataLanguageSkill,
        >,
    ) -> Self {
        self.language_skill = Some(value.into_iter().collect());
        self
    }
    /// Sets `trainingExperiences`.
    pub fn training_experiences(
        mut self,
        value: impl IntoIterator<
            Item = CollectResumeDetailRequestResumeDataTrainingExperiences,
        >,
    ) -> Self {
        self.training_experiences = Some(value.into_iter().collect());
        self
    }
    /// Sets `workExperiences`.
    pub fn work_experiences(
        mut self,
        value: impl IntoIterator<
            Item = CollectResumeDetailRequestResumeDataWorkExperiences,
        >,
    ) -> Self {
        self.work_experiences = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeData { "baseInfo" => field(base_info), "certificates"
    => optional(certificates), "educationExperiences" => optional(education_experiences),
    "jobExpect" => optional(job_expect), "languageSkill" => optional(language_skill),
    "trainingExperiences" => optional(training_experiences), "workExperiences" =>
    optional(work_experiences) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeData { "baseInfo" => read_field(base_info),
    "certificates" => read_field(certificates), "educationExperiences" =>
    read_field(education_experiences), "jobExpect" => read_field(job_expect),
    "languageSkill" => read_field(language_skill), "trainingExperiences" =>
    read_field(training_experiences), "workExperiences" => read_field(work_experiences) }
}
/// `CollectResumeDetailRequestResumeFile`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeFile {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
}
impl CollectResumeDetailRequestResumeFile {
    /// An empty `CollectResumeDetailRequestResumeFile`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `downloadUrl`.
    pub fn download_url(mut self, value: impl Into<String>) -> Self {
        self.download_url = Some(value.into());
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
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeFile { "downloadUrl" => optional(download_url),
    "fileName" => optional(file_name), "fileType" => optional(file_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeFile { "downloadUrl" => read_field(download_url),
    "fileName" => read_field(file_name), "fileType" => read_field(file_type) }
}
/// `CollectResumeDetailResponseBody`, a model several operations share: also named [`CollectResumeMailResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollectResumeDetailResponseBody {
    /// `resumeId`.
    pub resume_id: Option<String>,
}
rt::impl_deserialize! {
    CollectResumeDetailResponseBody { "resumeId" => read_field(resume_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollectResumeDetailResponseBody { "resumeId" => optional(resume_id) }
}
/// `CollectResumeMailRequestResumeFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeMailRequestResumeFile {
    /// `downloadUrl`.
    pub download_url: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: String,
}
/// The required fields of [`CollectResumeMailRequestResumeFile`], each named where it is set: `CollectResumeMailRequestResumeFile::new(CollectResumeMailRequestResumeFileRequired { .. })`.
pub struct CollectResumeMailRequestResumeFileRequired {
    /// `downloadUrl`: see [`CollectResumeMailRequestResumeFile::download_url`].
    pub download_url: String,
    /// `fileName`: see [`CollectResumeMailRequestResumeFile::file_name`].
    pub file_name: String,
    /// `fileType`: see [`CollectResumeMailRequestResumeFile::file_type`].
    pub file_type: String,
}
impl CollectResumeMailRequestResumeFile {
    /// A `CollectResumeMailRequestResumeFile` with its required fields (`downloadUrl`, `fileName`, `fileType`); set the others with the methods named after them.
    pub fn new(required: CollectResumeMailRequestResumeFileRequired) -> Self {
        let CollectResumeMailRequestResumeFileRequired {
            download_url,
            file_name,
            file_type,
        } = required;
        Self {
            download_url,
            file_name,
            file_type,
        }
    }
}
rt::impl_serialize! {
    CollectResumeMailRequestResumeFile { "downloadUrl" => field(download_url), "fileName"
    => field(file_name), "fileType" => field(file_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeMailRequestResumeFile { "downloadUrl" => read_field(download_url),
    "fileName" => read_field(file_name), "fileType" => read_field(file_type) }
}
/// `CollectResumeMailResponseBody`: the same model as [`CollectResumeDetailResponseBody`].
pub type CollectResumeMailResponseBody = CollectResumeDetailResponseBody;
/// `ConfirmRightsResponseBody`, a model several operations share: also named [`FinishBeginnerTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmRightsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ConfirmRightsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmRightsResponseBody { "result" => optional(result) }
}
/// `FinishBeginnerTaskResponseBody`: the same model as [`ConfirmRightsResponseBody`].
pub type FinishBeginnerTaskResponseBody = ConfirmRightsResponseBody;
/// `GetApplicationRegFormByFlowIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetApplicationRegFormByFlowIdResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `formId`.
    pub form_id: Option<String>,
    /// `gmtCreateMillis`.
    pub gmt_create_millis: Option<i64>,
    /// `gmtModifiedMillis`.
    pub gmt_modified_millis: Option<i64>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateVersion`.
    pub template_version: Option<i64>,
}
rt::impl_deserialize! {
    GetApplicationRegFormByFlowIdResponseBody { "candidateId" =>
    read_field(candidate_id), "creatorUserId" => read_field(creator_user_id), "flowId" =>
    read_field(flow_id), "formId" => read_field(form_id), "gmtCreateMillis" =>
    read_field(gmt_create_millis), "gmtModifiedMillis" =>
    read_field(gmt_modified_millis), "jobId" => read_field(job_id), "status" =>
    read_field(status), "templateId" => read_field(template_id), "templateVersion" =>
    read_field(template_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetApplicationRegFormByFlowIdResponseBody { "candidateId" => optional(candidate_id),
    "creatorUserId" => optional(creator_user_id), "flowId" => optional(flow_id), "formId"
    => optional(form_id), "gmtCreateMillis" => optional(gmt_create_millis),
    "gmtModifiedMillis" => optional(gmt_modified_millis), "jobId" => optional(job_id),
    "status" => optional(status), "templateId" => optional(template_id),
    "templateVersion" => optional(template_version) }
}
/// `GetCandidateByPhoneNumberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCandidateByPhoneNumberResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetCandidateByPhoneNumberResponseBody { "candidateId" => read_field(candidate_id),
    "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCandidateByPhoneNumberResponseBody { "candidateId" => optional(candidate_id),
    "name" => optional(name) }
}
/// `GetFileUploadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileUploadInfoResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `accessTokenExpirationMillis`.
    pub access_token_expiration_millis: Option<i64>,
    /// `bucket`.
    pub bucket: Option<String>,
    /// `endPoint`.
    pub end_point: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
}
rt::impl_deserialize! {
    GetFileUploadInfoResponseBody { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "accessToken" =>
    read_field(access_token), "accessTokenExpirationMillis" =>
    read_field(access_token_expiration_millis), "bucket" => read_field(bucket),
    "endPoint" => read_field(end_point), "mediaId" => read_field(media_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileUploadInfoResponseBody { "accessKeyId" => optional(access_key_id),
    "accessKeySecret" => optional(access_key_secret), "accessToken" =>
    optional(access_token), "accessTokenExpirationMillis" =>
    optional(access_token_expiration_millis), "bucket" => optional(bucket), "endPoint" =>
    optional(end_point), "mediaId" => optional(media_id) }
}
/// `GetFlowByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowByIdResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `candidateName`.
    pub candidate_name: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `currentStatus`.
    pub current_status: Option<String>,
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `sourceName`.
    pub source_name: Option<String>,
    /// `statId`.
    pub stat_id: Option<String>,
}
rt::impl_deserialize! {
    GetFlowByIdResponseBody { "candidateId" => read_field(candidate_id), "candidateName"
    => read_field(candidate_name), "createTime" => read_field(create_time),
    "currentStatus" => read_field(current_status), "flowId" => read_field(flow_id),
    "jobId" => read_field(job_id), "sourceName" => read_field(source_name), "statId" =>
    read_field(stat_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowByIdResponseBody { "candidateId" => optional(candidate_id), "candidateName" =>
    optional(candidate_name), "createTime" => optional(create_time), "currentStatus" =>
    optional(current_status), "flowId" => optional(flow_id), "jobId" => optional(job_id),
    "sourceName" => optional(source_name), "statId" => optional(stat_id) }
}
/// `GetFlowIdByRelationEntityIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowIdByRelationEntityIdResponseBody {
    /// `flowId`.
    pub flow_id: Option<String>,
}
rt::impl_deserialize! {
    GetFlowIdByRelationEntityIdResponseBody { "flowId" => read_field(flow_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowIdByRelationEntityIdResponseBody { "flowId" => optional(flow_id) }
}
/// `GetJobAuthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobAuthResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
    /// `jobOwners`.
    pub job_owners: Option<Vec<GetJobAuthResponseBodyJobOwners>>,
}
rt::impl_deserialize! {
    GetJobAuthResponseBody { "jobId" => read_field(job_id), "jobOwners" =>
    read_field(job_owners) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobAuthResponseBody { "jobId" => optional(job_id), "jobOwners" =>
    optional(job_owners) }
}
/// `GetJobInfoByJobIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobInfoByJobIdResponseBody {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `headCount`.
    pub head_count: Option<i64>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `jobOwners`.
    pub job_owners: Option<Vec<GetJobInfoByJobIdResponseBodyJobOwners>>,
    /// `mainDeptId`.
    pub main_dept_id: Option<i64>,
    /// `mainDeptName`.
    pub main_dept_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetJobInfoByJobIdResponseBody { "createTime" => read_field(create_time), "headCount"
    => read_field(head_count), "jobId" => read_field(job_id), "jobOwners" =>
    read_field(job_owners), "mainDeptId" => read_field(main_dept_id), "mainDeptName" =>
    read_field(main_dept_name), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobInfoByJobIdResponseBody { "createTime" => optional(create_time), "headCount" =>
    optional(head_count), "jobId" => optional(job_id), "jobOwners" =>
    optional(job_owners), "mainDeptId" => optional(main_dept_id), "mainDeptName" =>
    optional(main_dept_name), "name" => optional(name) }
}
/// `ImportCandidateByResumeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ImportCandidateByResumeResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ImportCandidateByResumeResponseBody { "candidateId" => read_field(candidate_id),
    "corpId" => read_field(corp_id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ImportCandidateByResumeResponseBody { "candidateId" => optional(candidate_id),
    "corpId" => optional(corp_id), "name" => optional(name) }
}
/// `ImportJobDataRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ImportJobDataRequestBody {
    /// `address`.
    pub address: ImportJobDataRequestBodyAddress,
    /// `category`.
    pub category: String,
    /// `description`.
    pub description: String,
    /// `experience`.
    pub experience: String,
    /// `fullTimeExt`.
    pub full_time_ext: Option<ImportJobDataRequestBodyFullTimeExt>,
    /// `jobNature`.
    pub job_nature: String,
    /// `maxSalary`.
    pub max_salary: i64,
    /// `minSalary`.
    pub min_salary: i64,
    /// `name`.
    pub name: String,
    /// `requiredEdu`.
    pub required_edu: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ImportJobDataRequestBody`], each named where it is set: `ImportJobDataRequestBody::new(ImportJobDataRequestBodyRequired { .. })`.
pub struct ImportJobDataRequestBodyRequired {
    /// `address`: see [`ImportJobDataRequestBody::address`].
    pub address: ImportJobDataRequestBodyAddress,
    /// `category`: see [`ImportJobDataRequestBody::category`].
    pub category: String,
    /// `description`: see [`ImportJobDataRequestBody::description`].
    pub description: String,
    /// `experience`: see [`ImportJobDataRequestBody::experience`].
    pub experience: String,
    /// `jobNature`: see [`ImportJobDataRequestBody::job_nature`].
    pub job_nature: String,
    /// `maxSalary`: see [`ImportJobDataRequestBody::max_salary`].
    pub max_salary: i64,
    /// `minSalary`: see [`ImportJobDataRequestBody::min_salary`].
    pub min_salary: i64,
    /// `name`: see [`ImportJobDataRequestBody::name`].
    pub name: String,
    /// `requiredEdu`: see [`ImportJobDataRequestBody::required_edu`].
    pub required_edu: i64,
    /// `userId`: see [`ImportJobDataRequestBody::user_id`].
    pub user_id: String,
}
impl ImportJobDataRequestBody {
    /// A `ImportJobDataRequestBody` with its required fields (`address`, `category`, `description`, `experience`, `jobNature`, `maxSalary`, `minSalary`, `name`, `requiredEdu`, `userId`); set the others with the methods named after them.
    pub fn new(required: ImportJobDataRequestBodyRequired) -> Self {
        let ImportJobDataRequestBodyRequired {
            address,
            category,
            description,
            experience,
            job_nature,
            max_salary,
            min_salary,
            name,
            required_edu,
            user_id,
        } = required;
        Self {
            address,
            category,
            description,
            experience,
            full_time_ext: None,
            job_nature,
            max_salary,
            min_salary,
            name,
            required_edu,
            user_id,
        }
    }
    /// Sets `fullTimeExt`.
    pub fn full_time_ext(mut self, value: ImportJobDataRequestBodyFullTimeExt) -> Self {
        self.full_time_ext = Some(value);
        self
    }
}
rt::impl_serialize! {
    ImportJobDataRequestBody { "address" => field(address), "category" =>
    field(category), "description" => field(description), "experience" =>
    field(experience), "fullTimeExt" => optional(full_time_ext), "jobNature" =>
    field(job_nature), "maxSalary" => field(max_salary), "minSalary" =>
    field(min_salary), "name" => field(name), "requiredEdu" => field(required_edu),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportJobDataRequestBody { "address" => read_field(address), "category" =>
    read_field(category), "description" => read_field(description), "experience" =>
    read_field(experience), "fullTimeExt" => read_field(full_time_ext), "jobNature" =>
    read_field(job_nature), "maxSalary" => read_field(max_salary), "minSalary" =>
    read_field(min_salary), "name" => read_field(name), "requiredEdu" =>
    read_field(required_edu), "userId" => read_field(user_id) }
}
/// `ImportJobDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ImportJobDataResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ImportJobDataResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ImportJobDataResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryCandidatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCandidatesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCandidatesResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryCandidatesResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCandidatesResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QueryInterviewsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInterviewsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryInterviewsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryInterviewsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInterviewsResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `ReportMessageStatusResponseBody`, a model several operations share: also named [`SyncChannelMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ReportMessageStatusResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    ReportMessageStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReportMessageStatusResponseBody { "result" => optional(result) }
}
/// `ResumePostEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResumePostEventResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
}
rt::impl_deserialize! {
    ResumePostEventResponseBody { "bizId" => read_field(biz_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResumePostEventResponseBody { "bizId" => optional(biz_id) }
}
/// `SearchFlowResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchFlowResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<String>>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchFlowResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchFlowResponseBody { "hasMore" => optional(has_more), "list" => optional(list),
    "nextCursor" => optional(next_cursor), "totalCount" => optional(total_count) }
}
/// `SyncChannelMessageResponseBody`: the same model as [`ReportMessageStatusResponseBody`].
pub type SyncChannelMessageResponseBody = ReportMessageStatusResponseBody;
/// `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList {
    /// `bizCandidateId`.
    pub biz_candidate_id: Option<String>,
    /// `historyInterviewInfoVOList`.
    pub history_interview_info_vo_list: Option<
        Vec<
            SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList,
        >,
    >,
    /// `name`.
    pub name: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `resumeContent`.
    pub resume_content: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCandidateId`.
    pub fn biz_candidate_id(mut self, value: impl Into<String>) -> Self {
        self.biz_candidate_id = Some(value.into());
        self
    }
    /// Sets `historyInterviewInfoVOList`.
    pub fn history_interview_info_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList,
        >,
    ) -> Self {
        self.history_interview_info_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `resumeContent`.
    pub fn resume_content(mut self, value: impl Into<String>) -> Self {
        self.resume_content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList { "bizCandidateId"
    => optional(biz_candidate_id), "historyInterviewInfoVOList" =>
    optional(history_interview_info_vo_list), "name" => optional(name), "phone" =>
    optional(phone), "resumeContent" => optional(resume_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList { "bizCandidateId"
    => read_field(biz_candidate_id), "historyInterviewInfoVOList" =>
    read_field(history_interview_info_vo_list), "name" => read_field(name), "phone" =>
    read_field(phone), "resumeContent" => read_field(resume_content) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    /// `conferenceBookerInfoVO`.
    pub conference_booker_info_vo: Option<
        SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO,
    >,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: Option<String>,
    /// `scheduleConferenceUrl`.
    pub schedule_conference_url: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conferenceBookerInfoVO`.
    pub fn conference_booker_info_vo(
        mut self,
        value: SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO,
    ) -> Self {
        self.conference_booker_info_vo = Some(value);
        self
    }
    /// Sets `roomCode`.
    pub fn room_code(mut self, value: impl Into<String>) -> Self {
        self.room_code = Some(value.into());
        self
    }
    /// Sets `scheduleConferenceId`.
    pub fn schedule_conference_id(mut self, value: impl Into<String>) -> Self {
        self.schedule_conference_id = Some(value.into());
        self
    }
    /// Sets `scheduleConferenceUrl`.
    pub fn schedule_conference_url(mut self, value: impl Into<String>) -> Self {
        self.schedule_conference_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    "conferenceBookerInfoVO" => optional(conference_booker_info_vo), "roomCode" =>
    optional(room_code), "scheduleConferenceId" => optional(schedule_conference_id),
    "scheduleConferenceUrl" => optional(schedule_conference_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    "conferenceBookerInfoVO" => read_field(conference_booker_info_vo), "roomCode" =>
    read_field(room_code), "scheduleConferenceId" => read_field(schedule_conference_id),
    "scheduleConferenceUrl" => read_field(schedule_conference_url) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList {
    /// `id`.
    pub id: Option<String>,
    /// `interviewEvaluationFormConfigVO`.
    pub interview_evaluation_form_config_vo: Option<
        SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO,
    >,
    /// `name`.
    pub name: Option<String>,
    /// `position`.
    pub position: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `interviewEvaluationFormConfigVO`.
    pub fn interview_evaluation_form_config_vo(
        mut self,
        value: SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO,
    ) -> Self {
        self.interview_evaluation_form_config_vo = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `position`.
    pub fn position(mut self, value: impl Into<String>) -> Self {
        self.position = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList { "id" =>
    optional(id), "interviewEvaluationFormConfigVO" =>
    optional(interview_evaluation_form_config_vo), "name" => optional(name), "position"
    => optional(position) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList { "id" =>
    read_field(id), "interviewEvaluationFormConfigVO" =>
    read_field(interview_evaluation_form_config_vo), "name" => read_field(name),
    "position" => read_field(position) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO {
    /// `commitment`.
    pub commitment: Option<String>,
    /// `hireCount`.
    pub hire_count: Option<i64>,
    /// `jobContent`.
    pub job_content: Option<String>,
    /// `jobName`.
    pub job_name: Option<String>,
    /// `maxSalary`.
    pub max_salary: Option<i64>,
    /// `minSalary`.
    pub min_salary: Option<i64>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `commitment`.
    pub fn commitment(mut self, value: impl Into<String>) -> Self {
        self.commitment = Some(value.into());
        self
    }
    /// Sets `hireCount`.
    pub fn hire_count(mut self, value: i64) -> Self {
        self.hire_count = Some(value);
        self
    }
    /// Sets `jobContent`.
    pub fn job_content(mut self, value: impl Into<String>) -> Self {
        self.job_content = Some(value.into());
        self
    }
    /// Sets `jobName`.
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = Some(value.into());
        self
    }
    /// Sets `maxSalary`.
    pub fn max_salary(mut self, value: i64) -> Self {
        self.max_salary = Some(value);
        self
    }
    /// Sets `minSalary`.
    pub fn min_salary(mut self, value: i64) -> Self {
        self.min_salary = Some(value);
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO { "commitment" =>
    optional(commitment), "hireCount" => optional(hire_count), "jobContent" =>
    optional(job_content), "jobName" => optional(job_name), "maxSalary" =>
    optional(max_salary), "minSalary" => optional(min_salary) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO { "commitment" =>
    read_field(commitment), "hireCount" => read_field(hire_count), "jobContent" =>
    read_field(job_content), "jobName" => read_field(job_name), "maxSalary" =>
    read_field(max_salary), "minSalary" => read_field(min_salary) }
}
/// `SyncInterviewInfoToAIInterviewAssistantResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `UpdateApplicationRegFormRequestDingPanFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateApplicationRegFormRequestDingPanFile {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: String,
    /// `spaceId`.
    pub space_id: i64,
}
/// The required fields of [`UpdateApplicationRegFormRequestDingPanFile`], each named where it is set: `UpdateApplicationRegFormRequestDingPanFile::new(UpdateApplicationRegFormRequestDingPanFileRequired { .. })`.
pub struct UpdateApplicationRegFormRequestDingPanFileRequired {
    /// `fileId`: see [`UpdateApplicationRegFormRequestDingPanFile::file_id`].
    pub file_id: String,
    /// `fileName`: see [`UpdateApplicationRegFormRequestDingPanFile::file_name`].
    pub file_name: String,
    /// `fileType`: see [`UpdateApplicationRegFormRequestDingPanFile::file_type`].
    pub file_type: String,
    /// `spaceId`: see [`UpdateApplicationRegFormRequestDingPanFile::space_id`].
    pub space_id: i64,
}
impl UpdateApplicationRegFormRequestDingPanFile {
    /// A `UpdateApplicationRegFormRequestDingPanFile` with its required fields (`fileId`, `fileName`, `fileType`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: UpdateApplicationRegFormRequestDingPanFileRequired) -> Self {
        let UpdateApplicationRegFormRequestDingPanFileRequired {
            file_id,
            file_name,
            file_type,
            space_id,
        } = required;
        Self {
            file_id,
            file_name,
            file_size: None,
            file_type,
            space_id,
        }
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateApplicationRegFormRequestDingPanFile { "fileId" => field(file_id), "fileName"
    => field(file_name), "fileSize" => optional(file_size), "fileType" =>
    field(file_type), "spaceId" => field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateApplicationRegFormRequestDingPanFile { "fileId" => read_field(file_id),
    "fileName" => read_field(file_name), "fileSize" => read_field(file_size), "fileType"
    => read_field(file_type), "spaceId" => read_field(space_id) }
}
/// `UpdateApplicationRegFormResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateApplicationRegFormResponseBody {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `formId`.
    pub form_id: Option<String>,
    /// `gmtCreateMillis`.
    pub gmt_create_millis: Option<i64>,
    /// `gmtModifiedMillis`.
    pub gmt_modified_millis: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateVersion`.
    pub template_version: Option<i64>,
}
rt::impl_deserialize! {
    UpdateApplicationRegFormResponseBody { "creatorUserId" =>
    read_field(creator_user_id), "formId" => read_field(form_id), "gmtCreateMillis" =>
    read_field(gmt_create_millis), "gmtModifiedMillis" =>
    read_field(gmt_modified_millis), "status" => read_field(status), "templateId" =>
    read_field(template_id), "templateVersion" => read_field(template_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateApplicationRegFormResponseBody { "creatorUserId" => optional(creator_user_id),
    "formId" => optional(form_id), "gmtCreateMillis" => optional(gmt_create_millis),
    "gmtModifiedMillis" => optional(gmt_modified_millis), "status" => optional(status),
    "templateId" => optional(template_id), "templateVersion" =>
    optional(template_version) }
}
/// `UpdateJobDeliverResponseBody`: the same model as [`AddUserAccountResponseBody`].
pub type UpdateJobDeliverResponseBody = AddUserAccountResponseBody;
/// `CollectRecruitJobDetailRequestJobInfoAddress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequestJobInfoAddress {
    /// `cityCode`.
    pub city_code: Option<String>,
    /// `detail`.
    pub detail: Option<String>,
    /// `districtCode`.
    pub district_code: Option<String>,
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `provinceCode`.
    pub province_code: Option<String>,
}
impl CollectRecruitJobDetailRequestJobInfoAddress {
    /// An empty `CollectRecruitJobDetailRequestJobInfoAddress`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cityCode`.
    pub fn city_code(mut self, value: impl Into<String>) -> Self {
        self.city_code = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `districtCode`.
    pub fn district_code(mut self, value: impl Into<String>) -> Self {
        self.district_code = Some(value.into());
        self
    }
    /// Sets `latitude`.
    pub fn latitude(mut self, value: impl Into<String>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    /// Sets `longitude`.
    pub fn longitude(mut self, value: impl Into<String>) -> Self {
        self.longitude = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `provinceCode`.
    pub fn province_code(mut self, value: impl Into<String>) -> Self {
        self.province_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequestJobInfoAddress { "cityCode" => optional(city_code),
    "detail" => optional(detail), "districtCode" => optional(district_code), "latitude"
    => optional(latitude), "longitude" => optional(longitude), "name" => optional(name),
    "provinceCode" => optional(province_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequestJobInfoAddress { "cityCode" => read_field(city_code),
    "detail" => read_field(detail), "districtCode" => read_field(district_code),
    "latitude" => read_field(latitude), "longitude" => read_field(longitude), "name" =>
    read_field(name), "provinceCode" => read_field(province_code) }
}
/// `CollectRecruitJobDetailRequestJobInfoFullTimeInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequestJobInfoFullTimeInfo {
    /// `maxJobExperience`.
    pub max_job_experience: Option<String>,
    /// `minJobExperience`.
    pub min_job_experience: Option<String>,
    /// `salaryMonth`.
    pub salary_month: Option<String>,
}
impl CollectRecruitJobDetailRequestJobInfoFullTimeInfo {
    /// An empty `CollectRecruitJobDetailRequestJobInfoFullTimeInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxJobExperience`.
    pub fn max_job_experience(mut self, value: impl Into<String>) -> Self {
        self.max_job_experience = Some(value.into());
        self
    }
    /// Sets `minJobExperience`.
    pub fn min_job_experience(mut self, value: impl Into<String>) -> Self {
        self.min_job_experience = Some(value.into());
        self
    }
    /// Sets `salaryMonth`.
    pub fn salary_month(mut self, value: impl Into<String>) -> Self {
        self.salary_month = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequestJobInfoFullTimeInfo { "maxJobExperience" =>
    optional(max_job_experience), "minJobExperience" => optional(min_job_experience),
    "salaryMonth" => optional(salary_month) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequestJobInfoFullTimeInfo { "maxJobExperience" =>
    read_field(max_job_experience), "minJobExperience" => read_field(min_job_experience),
    "salaryMonth" => read_field(salary_month) }
}
/// `CollectRecruitJobDetailRequestJobInfoPartTimeInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequestJobInfoPartTimeInfo {
    /// `contactNumber`.
    pub contact_number: Option<String>,
    /// `salaryPeriod`.
    pub salary_period: Option<String>,
    /// `settleType`.
    pub settle_type: Option<String>,
    /// `specifyWorkDate`.
    pub specify_work_date: Option<String>,
    /// `specifyWorkTime`.
    pub specify_work_time: Option<String>,
    /// `workBeginTimeMin`.
    pub work_begin_time_min: Option<String>,
    /// `workDateType`.
    pub work_date_type: Option<String>,
    /// `workEndDate`.
    pub work_end_date: Option<String>,
    /// `workEndTimeMin`.
    pub work_end_time_min: Option<String>,
    /// `workStartDate`.
    pub work_start_date: Option<String>,
}
impl CollectRecruitJobDetailRequestJobInfoPartTimeInfo {
    /// An empty `CollectRecruitJobDetailRequestJobInfoPartTimeInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contactNumber`.
    pub fn contact_number(mut self, value: impl Into<String>) -> Self {
        self.contact_number = Some(value.into());
        self
    }
    /// Sets `salaryPeriod`.
    pub fn salary_period(mut self, value: impl Into<String>) -> Self {
        self.salary_period = Some(value.into());
        self
    }
    /// Sets `settleType`.
    pub fn settle_type(mut self, value: impl Into<String>) -> Self {
        self.settle_type = Some(value.into());
        self
    }
    /// Sets `specifyWorkDate`.
    pub fn specify_work_date(mut self, value: impl Into<String>) -> Self {
        self.specify_work_date = Some(value.into());
        self
    }
    /// Sets `specifyWorkTime`.
    pub fn specify_work_time(mut self, value: impl Into<String>) -> Self {
        self.specify_work_time = Some(value.into());
        self
    }
    /// Sets `workBeginTimeMin`.
    pub fn work_begin_time_min(mut self, value: impl Into<String>) -> Self {
        self.work_begin_time_min = Some(value.into());
        self
    }
    /// Sets `workDateType`.
    pub fn work_date_type(mut self, value: impl Into<String>) -> Self {
        self.work_date_type = Some(value.into());
        self
    }
    /// Sets `workEndDate`.
    pub fn work_end_date(mut self, value: impl Into<String>) -> Self {
        self.work_end_date = Some(value.into());
        self
    }
    /// Sets `workEndTimeMin`.
    pub fn work_end_time_min(mut self, value: impl Into<String>) -> Self {
        self.work_end_time_min = Some(value.into());
        self
    }
    /// Sets `workStartDate`.
    pub fn work_start_date(mut self, value: impl Into<String>) -> Self {
        self.work_start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequestJobInfoPartTimeInfo { "contactNumber" =>
    optional(contact_number), "salaryPeriod" => optional(salary_period), "settleType" =>
    optional(settle_type), "specifyWorkDate" => optional(specify_work_date),
    "specifyWorkTime" => optional(specify_work_time), "workBeginTimeMin" =>
    optional(work_begin_time_min), "workDateType" => optional(work_date_type),
    "workEndDate" => optional(work_end_date), "workEndTimeMin" =>
    optional(work_end_time_min), "workStartDate" => optional(work_start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequestJobInfoPartTimeInfo { "contactNumber" =>
    read_field(contact_number), "salaryPeriod" => read_field(salary_period), "settleType"
    => read_field(settle_type), "specifyWorkDate" => read_field(specify_work_date),
    "specifyWorkTime" => read_field(specify_work_time), "workBeginTimeMin" =>
    read_field(work_begin_time_min), "workDateType" => read_field(work_date_type),
    "workEndDate" => read_field(work_end_date), "workEndTimeMin" =>
    read_field(work_end_time_min), "workStartDate" => read_field(work_start_date) }
}
/// `CollectResumeDetailRequestResumeDataBaseInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataBaseInfo {
    /// `age`.
    pub age: Option<i64>,
    /// `avatar`.
    pub avatar: Option<String>,
    /// `beginWorkTime`.
    pub begin_work_time: Option<String>,
    /// `birthday`.
    pub birthday: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `englishName`.
    pub english_name: Option<String>,
    /// `graduateTime`.
    pub graduate_time: Option<String>,
    /// `highestEducation`.
    pub highest_education: Option<i64>,
    /// `jobTitle`.
    pub job_title: Option<String>,
    /// `lastSchoolName`.
    pub last_school_name: Option<String>,
    /// `married`.
    pub married: Option<i64>,
    /// `name`.
    pub name: String,
    /// `nativePlace`.
    pub native_place: Option<String>,
    /// `nowLocation`.
    pub now_location: Option<String>,
    /// `personalHonor`.
    pub personal_honor: Option<String>,
    /// `phoneNum`.
    pub phone_num: Option<String>,
    /// `politicalStatus`.
    pub political_status: Option<i64>,
    /// `selfEvaluation`.
    pub self_evaluation: Option<String>,
    /// `sex`.
    pub sex: Option<i64>,
    /// `virtualPhoneNum`.
    pub virtual_phone_num: Option<String>,
    /// `workingYears`.
    pub working_years: Option<i64>,
}
/// The required fields of [`CollectResumeDetailRequestResumeDataBaseInfo`], each named where it is set: `CollectResumeDetailRequestResumeDataBaseInfo::new(CollectResumeDetailRequestResumeDataBaseInfoRequired { .. })`.
pub struct CollectResumeDetailRequestResumeDataBaseInfoRequired {
    /// `name`: see [`CollectResumeDetailRequestResumeDataBaseInfo::name`].
    pub name: String,
}
impl CollectResumeDetailRequestResumeDataBaseInfo {
    /// A `CollectResumeDetailRequestResumeDataBaseInfo` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: CollectResumeDetailRequestResumeDataBaseInfoRequired) -> Self {
        let CollectResumeDetailRequestResumeDataBaseInfoRequired { name } = required;
        Self {
            age: None,
            avatar: None,
            begin_work_time: None,
            birthday: None,
            email: None,
            english_name: None,
            graduate_time: None,
            highest_education: None,
            job_title: None,
            last_school_name: None,
            married: None,
            name,
            native_place: None,
            now_location: None,
            personal_honor: None,
            phone_num: None,
            political_status: None,
            self_evaluation: None,
            sex: None,
            virtual_phone_num: None,
            working_years: None,
        }
    }
    /// Sets `age`.
    pub fn age(mut self, value: i64) -> Self {
        self.age = Some(value);
        self
    }
    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
    /// Sets `beginWorkTime`.
    pub fn begin_work_time(mut self, value: impl Into<String>) -> Self {
        self.begin_work_time = Some(value.into());
        self
    }
    /// Sets `birthday`.
    pub fn birthday(mut self, value: impl Into<String>) -> Self {
        self.birthday = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `englishName`.
    pub fn english_name(mut self, value: impl Into<String>) -> Self {
        self.english_name = Some(value.into());
        self
    }
    /// Sets `graduateTime`.
    pub fn graduate_time(mut self, value: impl Into<String>) -> Self {
        self.graduate_time = Some(value.into());
        self
    }
    /// Sets `highestEducation`.
    pub fn highest_education(mut self, value: i64) -> Self {
        self.highest_education = Some(value);
        self
    }
    /// Sets `jobTitle`.
    pub fn job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(value.into());
        self
    }
    /// Sets `lastSchoolName`.
    pub fn last_school_name(mut self, value: impl Into<String>) -> Self {
        self.last_school_name = Some(value.into());
        self
    }
    /// Sets `married`.
    pub fn married(mut self, value: i64) -> Self {
        self.married = Some(value);
        self
    }
    /// Sets `nativePlace`.
    pub fn native_place(mut self, value: impl Into<String>) -> Self {
        self.native_place = Some(value.into());
        self
    }
    /// Sets `nowLocation`.
    pub fn now_location(mut self, value: impl Into<String>) -> Self {
        self.now_location = Some(value.into());
        self
    }
    /// Sets `personalHonor`.
    pub fn personal_honor(mut self, value: impl Into<String>) -> Self {
        self.personal_honor = Some(value.into());
        self
    }
    /// Sets `phoneNum`.
    pub fn phone_num(mut self, value: impl Into<String>) -> Self {
        self.phone_num = Some(value.into());
        self
    }
    /// Sets `politicalStatus`.
    pub fn political_status(mut self, value: i64) -> Self {
        self.political_status = Some(value);
        self
    }
    /// Sets `selfEvaluation`.
    pub fn self_evaluation(mut self, value: impl Into<String>) -> Self {
        self.self_evaluation = Some(value.into());
        self
    }
    /// Sets `sex`.
    pub fn sex(mut self, value: i64) -> Self {
        self.sex = Some(value);
        self
    }
    /// Sets `virtualPhoneNum`.
    pub fn virtual_phone_num(mut self, value: impl Into<String>) -> Self {
        self.virtual_phone_num = Some(value.into());
        self
    }
    /// Sets `workingYears`.
    pub fn working_years(mut self, value: i64) -> Self {
        self.working_years = Some(value);
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataBaseInfo { "age" => optional(age), "avatar" =>
    optional(avatar), "beginWorkTime" => optional(begin_work_time), "birthday" =>
    optional(birthday), "email" => optional(email), "englishName" =>
    optional(english_name), "graduateTime" => optional(graduate_time), "highestEducation"
    => optional(highest_education), "jobTitle" => optional(job_title), "lastSchoolName"
    => optional(last_school_name), "married" => optional(married), "name" => field(name),
    "nativePlace" => optional(native_place), "nowLocation" => optional(now_location),
    "personalHonor" => optional(personal_honor), "phoneNum" => optional(phone_num),
    "politicalStatus" => optional(political_status), "selfEvaluation" =>
    optional(self_evaluation), "sex" => optional(sex), "virtualPhoneNum" =>
    optional(virtual_phone_num), "workingYears" => optional(working_years) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataBaseInfo { "age" => read_field(age), "avatar" =>
    read_field(avatar), "beginWorkTime" => read_field(begin_work_time), "birthday" =>
    read_field(birthday), "email" => read_field(email), "englishName" =>
    read_field(english_name), "graduateTime" => read_field(graduate_time),
    "highestEducation" => read_field(highest_education), "jobTitle" =>
    read_field(job_title), "lastSchoolName" => read_field(last_school_name), "married" =>
    read_field(married), "name" => read_field(name), "nativePlace" =>
    read_field(native_place), "nowLocation" => read_field(now_location), "personalHonor"
    => read_field(personal_honor), "phoneNum" => read_field(phone_num), "politicalStatus"
    => read_field(political_status), "selfEvaluation" => read_field(self_evaluation),
    "sex" => read_field(sex), "virtualPhoneNum" => read_field(virtual_phone_num),
    "workingYears" => read_field(working_years) }
}
/// `CollectResumeDetailRequestResumeDataCertificates`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataCertificates {
    /// `certificateName`.
    pub certificate_name: Option<String>,
    /// `grantTime`.
    pub grant_time: Option<String>,
}
impl CollectResumeDetailRequestResumeDataCertificates {
    /// An empty `CollectResumeDetailRequestResumeDataCertificates`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `certificateName`.
    pub fn certificate_name(mut self, value: impl Into<String>) -> Self {
        self.certificate_name = Some(value.into());
        self
    }
    /// Sets `grantTime`.
    pub fn grant_time(mut self, value: impl Into<String>) -> Self {
        self.grant_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataCertificates { "certificateName" =>
    optional(certificate_name), "grantTime" => optional(grant_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataCertificates { "certificateName" =>
    read_field(certificate_name), "grantTime" => read_field(grant_time) }
}
/// `CollectResumeDetailRequestResumeDataEducationExperiences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataEducationExperiences {
    /// `degree`.
    pub degree: Option<i64>,
    /// `department`.
    pub department: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `major`.
    pub major: Option<String>,
    /// `schoolName`.
    pub school_name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
}
impl CollectResumeDetailRequestResumeDataEducationExperiences {
    /// An empty `CollectResumeDetailRequestResumeDataEducationExperiences`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `degree`.
    pub fn degree(mut self, value: i64) -> Self {
        self.degree = Some(value);
        self
    }
    /// Sets `department`.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `major`.
    pub fn major(mut self, value: impl Into<String>) -> Self {
        self.major = Some(value.into());
        self
    }
    /// Sets `schoolName`.
    pub fn school_name(mut self, value: impl Into<String>) -> Self {
        self.school_name = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataEducationExperiences { "degree" =>
    optional(degree), "department" => optional(department), "description" =>
    optional(description), "endDate" => optional(end_date), "major" => optional(major),
    "schoolName" => optional(school_name), "startDate" => optional(start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataEducationExperiences { "degree" =>
    read_field(degree), "department" => read_field(department), "description" =>
    read_field(description), "endDate" => read_field(end_date), "major" =>
    read_field(major), "schoolName" => read_field(school_name), "startDate" =>
    read_field(start_date) }
}
/// `CollectResumeDetailRequestResumeDataJobExpect`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataJobExpect {
    /// `jobName`.
    pub job_name: Option<String>,
    /// `locations`.
    pub locations: Option<Vec<String>>,
    /// `maxSalary`.
    pub max_salary: Option<String>,
    /// `minSalary`.
    pub min_salary: Option<String>,
    /// `onboardTime`.
    pub onboard_time: Option<String>,
}
impl CollectResumeDetailRequestResumeDataJobExpect {
    /// An empty `CollectResumeDetailRequestResumeDataJobExpect`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `jobName`.
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = Some(value.into());
        self
    }
    /// Sets `locations`.
    pub fn locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.locations = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxSalary`.
    pub fn max_salary(mut self, value: impl Into<String>) -> Self {
        self.max_salary = Some(value.into());
        self
    }
    /// Sets `minSalary`.
    pub fn min_salary(mut self, value: impl Into<String>) -> Self {
        self.min_salary = Some(value.into());
        self
    }
    /// Sets `onboardTime`.
    pub fn onboard_time(mut self, value: impl Into<String>) -> Self {
        self.onboard_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataJobExpect { "jobName" => optional(job_name),
    "locations" => optional(locations), "maxSalary" => optional(max_salary), "minSalary"
    => optional(min_salary), "onboardTime" => optional(onboard_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataJobExpect { "jobName" => read_field(job_name),
    "locations" => read_field(locations), "maxSalary" => read_field(max_salary),
    "minSalary" => read_field(min_salary), "onboardTime" => read_field(onboard_time) }
}
/// `CollectResumeDetailRequestResumeDataLanguageSkill`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataLanguageSkill {
    /// `certificateName`.
    pub certificate_name: Option<String>,
    /// `languageName`.
    pub language_name: Option<String>,
}
impl CollectResumeDetailRequestResumeDataLanguageSkill {
    /// An empty `CollectResumeDetailRequestResumeDataLanguageSkill`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `certificateName`.
    pub fn certificate_name(mut self, value: impl Into<String>) -> Self {
        self.certificate_name = Some(value.into());
        self
    }
    /// Sets `languageName`.
    pub fn language_name(mut self, value: impl Into<String>) -> Self {
        self.language_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataLanguageSkill { "certificateName" =>
    optional(certificate_name), "languageName" => optional(language_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataLanguageSkill { "certificateName" =>
    read_field(certificate_name), "languageName" => read_field(language_name) }
}
/// `CollectResumeDetailRequestResumeDataTrainingExperiences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataTrainingExperiences {
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `institutionName`.
    pub institution_name: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
}
impl CollectResumeDetailRequestResumeDataTrainingExperiences {
    /// An empty `CollectResumeDetailRequestResumeDataTrainingExperiences`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `institutionName`.
    pub fn institution_name(mut self, value: impl Into<String>) -> Self {
        self.institution_name = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataTrainingExperiences { "description" =>
    optional(description), "endDate" => optional(end_date), "institutionName" =>
    optional(institution_name), "location" => optional(location), "name" =>
    optional(name), "startDate" => optional(start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataTrainingExperiences { "description" =>
    read_field(description), "endDate" => read_field(end_date), "institutionName" =>
    read_field(institution_name), "location" => read_field(location), "name" =>
    read_field(name), "startDate" => read_field(start_date) }
}
/// `CollectResumeDetailRequestResumeDataWorkExperiences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailRequestResumeDataWorkExperiences {
    /// `companyName`.
    pub company_name: Option<String>,
    /// `department`.
    pub department: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `jobTitle`.
    pub job_title: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `responsibility`.
    pub responsibility: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
}
impl CollectResumeDetailRequestResumeDataWorkExperiences {
    /// An empty `CollectResumeDetailRequestResumeDataWorkExperiences`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyName`.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }
    /// Sets `department`.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `jobTitle`.
    pub fn job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `responsibility`.
    pub fn responsibility(mut self, value: impl Into<String>) -> Self {
        self.responsibility = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequestResumeDataWorkExperiences { "companyName" =>
    optional(company_name), "department" => optional(department), "description" =>
    optional(description), "endDate" => optional(end_date), "jobTitle" =>
    optional(job_title), "location" => optional(location), "responsibility" =>
    optional(responsibility), "startDate" => optional(start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequestResumeDataWorkExperiences { "companyName" =>
    read_field(company_name), "department" => read_field(department), "description" =>
    read_field(description), "endDate" => read_field(end_date), "jobTitle" =>
    read_field(job_title), "location" => read_field(location), "responsibility" =>
    read_field(responsibility), "startDate" => read_field(start_date) }
}
/// `GetJobAuthResponseBodyJobOwners`, a model several operations share: also named [`GetJobInfoByJobIdResponseBodyJobOwners`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobAuthResponseBodyJobOwners {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetJobAuthResponseBodyJobOwners { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobAuthResponseBodyJobOwners { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `GetJobInfoByJobIdResponseBodyJobOwners`: the same model as [`GetJobAuthResponseBodyJobOwners`].
pub type GetJobInfoByJobIdResponseBodyJobOwners = GetJobAuthResponseBodyJobOwners;
/// `ImportJobDataRequestBodyAddress`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ImportJobDataRequestBodyAddress {
    /// `cityCode`.
    pub city_code: String,
    /// `customName`.
    pub custom_name: Option<String>,
    /// `districtCode`.
    pub district_code: String,
    /// `latitude`.
    pub latitude: String,
    /// `longitude`.
    pub longitude: String,
    /// `name`.
    pub name: String,
    /// `provinceCode`.
    pub province_code: String,
}
/// The required fields of [`ImportJobDataRequestBodyAddress`], each named where it is set: `ImportJobDataRequestBodyAddress::new(ImportJobDataRequestBodyAddressRequired { .. })`.
pub struct ImportJobDataRequestBodyAddressRequired {
    /// `cityCode`: see [`ImportJobDataRequestBodyAddress::city_code`].
    pub city_code: String,
    /// `districtCode`: see [`ImportJobDataRequestBodyAddress::district_code`].
    pub district_code: String,
    /// `latitude`: see [`ImportJobDataRequestBodyAddress::latitude`].
    pub latitude: String,
    /// `longitude`: see [`ImportJobDataRequestBodyAddress::longitude`].
    pub longitude: String,
    /// `name`: see [`ImportJobDataRequestBodyAddress::name`].
    pub name: String,
    /// `provinceCode`: see [`ImportJobDataRequestBodyAddress::province_code`].
    pub province_code: String,
}
impl ImportJobDataRequestBodyAddress {
    /// A `ImportJobDataRequestBodyAddress` with its required fields (`cityCode`, `districtCode`, `latitude`, `longitude`, `name`, `provinceCode`); set the others with the methods named after them.
    pub fn new(required: ImportJobDataRequestBodyAddressRequired) -> Self {
        let ImportJobDataRequestBodyAddressRequired {
            city_code,
            district_code,
            latitude,
            longitude,
            name,
            province_code,
        } = required;
        Self {
            city_code,
            custom_name: None,
            district_code,
            latitude,
            longitude,
            name,
            province_code,
        }
    }
    /// Sets `customName`.
    pub fn custom_name(mut self, value: impl Into<String>) -> Self {
        self.custom_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ImportJobDataRequestBodyAddress { "cityCode" => field(city_code), "customName" =>
    optional(custom_name), "districtCode" => field(district_code), "latitude" =>
    field(latitude), "longitude" => field(longitude), "name" => field(name),
    "provinceCode" => field(province_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportJobDataRequestBodyAddress { "cityCode" => read_field(city_code), "customName"
    => read_field(custom_name), "districtCode" => read_field(district_code), "latitude"
    => read_field(latitude), "longitude" => read_field(longitude), "name" =>
    read_field(name), "provinceCode" => read_field(province_code) }
}
/// `ImportJobDataRequestBodyFullTimeExt`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportJobDataRequestBodyFullTimeExt {
    /// `salaryMonth`.
    pub salary_month: Option<i64>,
}
impl ImportJobDataRequestBodyFullTimeExt {
    /// An empty `ImportJobDataRequestBodyFullTimeExt`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `salaryMonth`.
    pub fn salary_month(mut self, value: i64) -> Self {
        self.salary_month = Some(value);
        self
    }
}
rt::impl_serialize! {
    ImportJobDataRequestBodyFullTimeExt { "salaryMonth" => optional(salary_month) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportJobDataRequestBodyFullTimeExt { "salaryMonth" => read_field(salary_month) }
}
/// `QueryCandidatesResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCandidatesResponseBodyList {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `entryDate`.
    pub entry_date: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryCandidatesResponseBodyList { "candidateId" => read_field(candidate_id), "corpId"
    => read_field(corp_id), "entryDate" => read_field(entry_date), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCandidatesResponseBodyList { "candidateId" => optional(candidate_id), "corpId"
    => optional(corp_id), "entryDate" => optional(entry_date), "userId" =>
    optional(user_id) }
}
/// `QueryInterviewsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInterviewsResponseBodyList {
    /// `cancelled`.
    pub cancelled: Option<bool>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `endTimeMillis`.
    pub end_time_millis: Option<i64>,
    /// `interviewId`.
    pub interview_id: Option<String>,
    /// `interviewers`.
    pub interviewers: Option<Vec<QueryInterviewsResponseBodyListInterviewers>>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `startTimeMillis`.
    pub start_time_millis: Option<i64>,
}
rt::impl_deserialize! {
    QueryInterviewsResponseBodyList { "cancelled" => read_field(cancelled),
    "creatorUserId" => read_field(creator_user_id), "endTimeMillis" =>
    read_field(end_time_millis), "interviewId" => read_field(interview_id),
    "interviewers" => read_field(interviewers), "jobId" => read_field(job_id),
    "startTimeMillis" => read_field(start_time_millis) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInterviewsResponseBodyList { "cancelled" => optional(cancelled), "creatorUserId"
    => optional(creator_user_id), "endTimeMillis" => optional(end_time_millis),
    "interviewId" => optional(interview_id), "interviewers" => optional(interviewers),
    "jobId" => optional(job_id), "startTimeMillis" => optional(start_time_millis) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList {
    /// `aiInterviewHistoryEvaluationContentList`.
    pub ai_interview_history_evaluation_content_list: Option<
        Vec<
            SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4,
        >,
    >,
    /// `canViewUserIdList`.
    pub can_view_user_id_list: Option<Vec<String>>,
    /// `historyInterviewId`.
    pub history_interview_id: Option<String>,
    /// `historyInterviewRounds`.
    pub history_interview_rounds: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `aiInterviewHistoryEvaluationContentList`.
    pub fn ai_interview_history_evaluation_content_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4,
        >,
    ) -> Self {
        self.ai_interview_history_evaluation_content_list = Some(
            value.into_iter().collect(),
        );
        self
    }
    /// Sets `canViewUserIdList`.
    pub fn can_view_user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.can_view_user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `historyInterviewId`.
    pub fn history_interview_id(mut self, value: impl Into<String>) -> Self {
        self.history_interview_id = Some(value.into());
        self
    }
    /// Sets `historyInterviewRounds`.
    pub fn history_interview_rounds(mut self, value: impl Into<String>) -> Self {
        self.history_interview_rounds = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList
    { "aiInterviewHistoryEvaluationContentList" =>
    optional(ai_interview_history_evaluation_content_list), "canViewUserIdList" =>
    optional(can_view_user_id_list), "historyInterviewId" =>
    optional(history_interview_id), "historyInterviewRounds" =>
    optional(history_interview_rounds) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList
    { "aiInterviewHistoryEvaluationContentList" =>
    read_field(ai_interview_history_evaluation_content_list), "canViewUserIdList" =>
    read_field(can_view_user_id_list), "historyInterviewId" =>
    read_field(history_interview_id), "historyInterviewRounds" =>
    read_field(history_interview_rounds) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO
    { "id" => optional(id), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO
    { "id" => read_field(id), "name" => read_field(name) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO {
    /// `content`.
    pub content: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
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
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO
    { "content" => optional(content), "id" => optional(id), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO
    { "content" => read_field(content), "id" => read_field(id), "name" =>
    read_field(name) }
}
/// `QueryInterviewsResponseBodyListInterviewers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInterviewsResponseBodyListInterviewers {
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryInterviewsResponseBodyListInterviewers { "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInterviewsResponseBodyListInterviewers { "userId" => optional(user_id) }
}
/// `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4 {
    /// `historyInterviewContent`.
    pub history_interview_content: Option<String>,
    /// `interviewerUserId`.
    pub interviewer_user_id: Option<String>,
}
impl SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4 {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `historyInterviewContent`.
    pub fn history_interview_content(mut self, value: impl Into<String>) -> Self {
        self.history_interview_content = Some(value.into());
        self
    }
    /// Sets `interviewerUserId`.
    pub fn interviewer_user_id(mut self, value: impl Into<String>) -> Self {
        self.interviewer_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4
    { "historyInterviewContent" => optional(history_interview_content),
    "interviewerUserId" => optional(interviewer_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4
    { "historyInterviewContent" => read_field(history_interview_content),
    "interviewerUserId" => read_field(interviewer_user_id) }
}
/// The request of [`Api::add_application_reg_form_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddApplicationRegFormTemplateRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `content`.
    pub content: String,
    /// `name`.
    pub name: String,
    /// `outerId`.
    pub outer_id: Option<String>,
}
/// The required fields of [`AddApplicationRegFormTemplateRequest`], each named where it is set: `AddApplicationRegFormTemplateRequest::new(AddApplicationRegFormTemplateRequired { .. })`.
pub struct AddApplicationRegFormTemplateRequired {
    /// `opUserId`: see [`AddApplicationRegFormTemplateRequest::op_user_id`].
    pub op_user_id: String,
    /// `content`: see [`AddApplicationRegFormTemplateRequest::content`].
    pub content: String,
    /// `name`: see [`AddApplicationRegFormTemplateRequest::name`].
    pub name: String,
}
impl AddApplicationRegFormTemplateRequest {
    /// A `AddApplicationRegFormTemplateRequest` with its required fields (`opUserId`, `content`, `name`); set the others with the methods named after them.
    pub fn new(required: AddApplicationRegFormTemplateRequired) -> Self {
        let AddApplicationRegFormTemplateRequired { op_user_id, content, name } = required;
        Self {
            biz_code: None,
            op_user_id,
            content,
            name,
            outer_id: None,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `outerId`.
    pub fn outer_id(mut self, value: impl Into<String>) -> Self {
        self.outer_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddApplicationRegFormTemplateRequest { "content" => field(content), "name" =>
    field(name), "outerId" => optional(outer_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddApplicationRegFormTemplateRequest { "bizCode" => read_field(biz_code), "opUserId"
    => read_field(op_user_id), "content" => read_field(content), "name" =>
    read_field(name), "outerId" => read_field(outer_id) }
}
impl rt::WriteRequest for AddApplicationRegFormTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddFileRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
    /// `fileName`.
    pub file_name: String,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`AddFileRequest`], each named where it is set: `AddFileRequest::new(AddFileRequired { .. })`.
pub struct AddFileRequired {
    /// `fileName`: see [`AddFileRequest::file_name`].
    pub file_name: String,
    /// `mediaId`: see [`AddFileRequest::media_id`].
    pub media_id: String,
}
impl AddFileRequest {
    /// A `AddFileRequest` with its required fields (`fileName`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: AddFileRequired) -> Self {
        let AddFileRequired { file_name, media_id } = required;
        Self {
            biz_code: None,
            op_user_id: None,
            file_name,
            media_id,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddFileRequest { "fileName" => field(file_name), "mediaId" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddFileRequest { "bizCode" => read_field(biz_code), "opUserId" =>
    read_field(op_user_id), "fileName" => read_field(file_name), "mediaId" =>
    read_field(media_id) }
}
impl rt::WriteRequest for AddFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_user_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddUserAccountRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
    /// `channelAccountName`.
    pub channel_account_name: Option<String>,
    /// `channelUserIdentify`.
    pub channel_user_identify: Option<String>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
}
impl AddUserAccountRequest {
    /// An empty `AddUserAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
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
    /// Sets `channelAccountName`.
    pub fn channel_account_name(mut self, value: impl Into<String>) -> Self {
        self.channel_account_name = Some(value.into());
        self
    }
    /// Sets `channelUserIdentify`.
    pub fn channel_user_identify(mut self, value: impl Into<String>) -> Self {
        self.channel_user_identify = Some(value.into());
        self
    }
    /// Sets `phoneNumber`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddUserAccountRequest { "channelAccountName" => optional(channel_account_name),
    "channelUserIdentify" => optional(channel_user_identify), "phoneNumber" =>
    optional(phone_number) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddUserAccountRequest { "bizCode" => read_field(biz_code), "corpId" =>
    read_field(corp_id), "userId" => read_field(user_id), "channelAccountName" =>
    read_field(channel_account_name), "channelUserIdentify" =>
    read_field(channel_user_identify), "phoneNumber" => read_field(phone_number) }
}
impl rt::WriteRequest for AddUserAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("corpId", &self.corp_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::collect_recruit_job_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `jobInfo`.
    pub job_info: Option<CollectRecruitJobDetailRequestJobInfo>,
    /// `outCorpId`.
    pub out_corp_id: Option<String>,
    /// `outCorpName`.
    pub out_corp_name: Option<String>,
    /// `recruitUserInfo`.
    pub recruit_user_info: Option<CollectRecruitJobDetailRequestRecruitUserInfo>,
    /// `source`.
    pub source: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
}
impl CollectRecruitJobDetailRequest {
    /// An empty `CollectRecruitJobDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `jobInfo`.
    pub fn job_info(mut self, value: CollectRecruitJobDetailRequestJobInfo) -> Self {
        self.job_info = Some(value);
        self
    }
    /// Sets `outCorpId`.
    pub fn out_corp_id(mut self, value: impl Into<String>) -> Self {
        self.out_corp_id = Some(value.into());
        self
    }
    /// Sets `outCorpName`.
    pub fn out_corp_name(mut self, value: impl Into<String>) -> Self {
        self.out_corp_name = Some(value.into());
        self
    }
    /// Sets `recruitUserInfo`.
    pub fn recruit_user_info(
        mut self,
        value: CollectRecruitJobDetailRequestRecruitUserInfo,
    ) -> Self {
        self.recruit_user_info = Some(value);
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `updateTime`.
    pub fn update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    CollectRecruitJobDetailRequest { "channel" => optional(channel), "jobInfo" =>
    optional(job_info), "outCorpId" => optional(out_corp_id), "outCorpName" =>
    optional(out_corp_name), "recruitUserInfo" => optional(recruit_user_info), "source"
    => optional(source), "updateTime" => optional(update_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectRecruitJobDetailRequest { "bizCode" => read_field(biz_code), "channel" =>
    read_field(channel), "jobInfo" => read_field(job_info), "outCorpId" =>
    read_field(out_corp_id), "outCorpName" => read_field(out_corp_name),
    "recruitUserInfo" => read_field(recruit_user_info), "source" => read_field(source),
    "updateTime" => read_field(update_time) }
}
impl rt::WriteRequest for CollectRecruitJobDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::collect_resume_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeDetailRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `channelCode`.
    pub channel_code: Option<String>,
    /// `channelOuterId`.
    pub channel_outer_id: Option<String>,
    /// `channelTalentId`.
    pub channel_talent_id: Option<String>,
    /// `deliverJobId`.
    pub deliver_job_id: String,
    /// `optUserId`.
    pub opt_user_id: String,
    /// `resumeChannelUrl`.
    pub resume_channel_url: Option<String>,
    /// `resumeData`.
    pub resume_data: CollectResumeDetailRequestResumeData,
    /// `resumeFile`.
    pub resume_file: Option<CollectResumeDetailRequestResumeFile>,
}
/// The required fields of [`CollectResumeDetailRequest`], each named where it is set: `CollectResumeDetailRequest::new(CollectResumeDetailRequired { .. })`.
pub struct CollectResumeDetailRequired {
    /// `deliverJobId`: see [`CollectResumeDetailRequest::deliver_job_id`].
    pub deliver_job_id: String,
    /// `optUserId`: see [`CollectResumeDetailRequest::opt_user_id`].
    pub opt_user_id: String,
    /// `resumeData`: see [`CollectResumeDetailRequest::resume_data`].
    pub resume_data: CollectResumeDetailRequestResumeData,
}
impl CollectResumeDetailRequest {
    /// A `CollectResumeDetailRequest` with its required fields (`deliverJobId`, `optUserId`, `resumeData`); set the others with the methods named after them.
    pub fn new(required: CollectResumeDetailRequired) -> Self {
        let CollectResumeDetailRequired { deliver_job_id, opt_user_id, resume_data } = required;
        Self {
            biz_code: None,
            channel_code: None,
            channel_outer_id: None,
            channel_talent_id: None,
            deliver_job_id,
            opt_user_id,
            resume_channel_url: None,
            resume_data,
            resume_file: None,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `channelCode`.
    pub fn channel_code(mut self, value: impl Into<String>) -> Self {
        self.channel_code = Some(value.into());
        self
    }
    /// Sets `channelOuterId`.
    pub fn channel_outer_id(mut self, value: impl Into<String>) -> Self {
        self.channel_outer_id = Some(value.into());
        self
    }
    /// Sets `channelTalentId`.
    pub fn channel_talent_id(mut self, value: impl Into<String>) -> Self {
        self.channel_talent_id = Some(value.into());
        self
    }
    /// Sets `resumeChannelUrl`.
    pub fn resume_channel_url(mut self, value: impl Into<String>) -> Self {
        self.resume_channel_url = Some(value.into());
        self
    }
    /// Sets `resumeFile`.
    pub fn resume_file(mut self, value: CollectResumeDetailRequestResumeFile) -> Self {
        self.resume_file = Some(value);
        self
    }
}
rt::impl_serialize! {
    CollectResumeDetailRequest { "channelCode" => optional(channel_code),
    "channelOuterId" => optional(channel_outer_id), "channelTalentId" =>
    optional(channel_talent_id), "deliverJobId" => field(deliver_job_id), "optUserId" =>
    field(opt_user_id), "resumeChannelUrl" => optional(resume_channel_url), "resumeData"
    => field(resume_data), "resumeFile" => optional(resume_file) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeDetailRequest { "bizCode" => read_field(biz_code), "channelCode" =>
    read_field(channel_code), "channelOuterId" => read_field(channel_outer_id),
    "channelTalentId" => read_field(channel_talent_id), "deliverJobId" =>
    read_field(deliver_job_id), "optUserId" => read_field(opt_user_id),
    "resumeChannelUrl" => read_field(resume_channel_url), "resumeData" =>
    read_field(resume_data), "resumeFile" => read_field(resume_file) }
}
impl rt::WriteRequest for CollectResumeDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::collect_resume_mail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeMailRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
    /// `channelCode`.
    pub channel_code: String,
    /// `deliverJobId`.
    pub deliver_job_id: Option<String>,
    /// `fromMailAddress`.
    pub from_mail_address: String,
    /// `historyMailImport`.
    pub history_mail_import: Option<bool>,
    /// `mailId`.
    pub mail_id: String,
    /// `mailTitle`.
    pub mail_title: String,
    /// `optUserId`.
    pub opt_user_id: Option<String>,
    /// `receiveMailAddress`.
    pub receive_mail_address: String,
    /// `receiveMailType`.
    pub receive_mail_type: i64,
    /// `receivedTime`.
    pub received_time: i64,
    /// `resumeChannelUrl`.
    pub resume_channel_url: Option<String>,
    /// `resumeFile`.
    pub resume_file: CollectResumeMailRequestResumeFile,
}
/// The required fields of [`CollectResumeMailRequest`], each named where it is set: `CollectResumeMailRequest::new(CollectResumeMailRequired { .. })`.
pub struct CollectResumeMailRequired {
    /// `bizCode`: see [`CollectResumeMailRequest::biz_code`].
    pub biz_code: String,
    /// `channelCode`: see [`CollectResumeMailRequest::channel_code`].
    pub channel_code: String,
    /// `fromMailAddress`: see [`CollectResumeMailRequest::from_mail_address`].
    pub from_mail_address: String,
    /// `mailId`: see [`CollectResumeMailRequest::mail_id`].
    pub mail_id: String,
    /// `mailTitle`: see [`CollectResumeMailRequest::mail_title`].
    pub mail_title: String,
    /// `receiveMailAddress`: see [`CollectResumeMailRequest::receive_mail_address`].
    pub receive_mail_address: String,
    /// `receiveMailType`: see [`CollectResumeMailRequest::receive_mail_type`].
    pub receive_mail_type: i64,
    /// `receivedTime`: see [`CollectResumeMailRequest::received_time`].
    pub received_time: i64,
    /// `resumeFile`: see [`CollectResumeMailRequest::resume_file`].
    pub resume_file: CollectResumeMailRequestResumeFile,
}
impl CollectResumeMailRequest {
    /// A `CollectResumeMailRequest` with its required fields (`bizCode`, `channelCode`, `fromMailAddress`, `mailId`, `mailTitle`, `receiveMailAddress`, `receiveMailType`, `receivedTime`, `resumeFile`); set the others with the methods named after them.
    pub fn new(required: CollectResumeMailRequired) -> Self {
        let CollectResumeMailRequired {
            biz_code,
            channel_code,
            from_mail_address,
            mail_id,
            mail_title,
            receive_mail_address,
            receive_mail_type,
            received_time,
            resume_file,
        } = required;
        Self {
            biz_code,
            channel_code,
            deliver_job_id: None,
            from_mail_address,
            history_mail_import: None,
            mail_id,
            mail_title,
            opt_user_id: None,
            receive_mail_address,
            receive_mail_type,
            received_time,
            resume_channel_url: None,
            resume_file,
        }
    }
    /// Sets `deliverJobId`.
    pub fn deliver_job_id(mut self, value: impl Into<String>) -> Self {
        self.deliver_job_id = Some(value.into());
        self
    }
    /// Sets `historyMailImport`.
    pub fn history_mail_import(mut self, value: bool) -> Self {
        self.history_mail_import = Some(value);
        self
    }
    /// Sets `optUserId`.
    pub fn opt_user_id(mut self, value: impl Into<String>) -> Self {
        self.opt_user_id = Some(value.into());
        self
    }
    /// Sets `resumeChannelUrl`.
    pub fn resume_channel_url(mut self, value: impl Into<String>) -> Self {
        self.resume_channel_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollectResumeMailRequest { "channelCode" => field(channel_code), "deliverJobId" =>
    optional(deliver_job_id), "fromMailAddress" => field(from_mail_address),
    "historyMailImport" => optional(history_mail_import), "mailId" => field(mail_id),
    "mailTitle" => field(mail_title), "optUserId" => optional(opt_user_id),
    "receiveMailAddress" => field(receive_mail_address), "receiveMailType" =>
    field(receive_mail_type), "receivedTime" => field(received_time), "resumeChannelUrl"
    => optional(resume_channel_url), "resumeFile" => field(resume_file) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollectResumeMailRequest { "bizCode" => read_field(biz_code), "channelCode" =>
    read_field(channel_code), "deliverJobId" => read_field(deliver_job_id),
    "fromMailAddress" => read_field(from_mail_address), "historyMailImport" =>
    read_field(history_mail_import), "mailId" => read_field(mail_id), "mailTitle" =>
    read_field(mail_title), "optUserId" => read_field(opt_user_id), "receiveMailAddress"
    => read_field(receive_mail_address), "receiveMailType" =>
    read_field(receive_mail_type), "receivedTime" => read_field(received_time),
    "resumeChannelUrl" => read_field(resume_channel_url), "resumeFile" =>
    read_field(resume_file) }
}
impl rt::WriteRequest for CollectResumeMailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::confirm_rights`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmRightsRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
}
impl ConfirmRightsRequest {
    /// An empty `ConfirmRightsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConfirmRightsRequest { "bizCode" => read_field(biz_code) }
}
impl rt::WriteRequest for ConfirmRightsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
    }
}
/// The request of [`Api::finish_beginner_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FinishBeginnerTaskRequest {
    /// `scope`: a query parameter.
    pub scope: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`FinishBeginnerTaskRequest`], each named where it is set: `FinishBeginnerTaskRequest::new(FinishBeginnerTaskRequired { .. })`.
pub struct FinishBeginnerTaskRequired {
    /// `userId`: see [`FinishBeginnerTaskRequest::user_id`].
    pub user_id: String,
}
impl FinishBeginnerTaskRequest {
    /// A `FinishBeginnerTaskRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: FinishBeginnerTaskRequired) -> Self {
        let FinishBeginnerTaskRequired { user_id } = required;
        Self { scope: None, user_id }
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FinishBeginnerTaskRequest { "scope" => read_field(scope), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for FinishBeginnerTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("scope", &self.scope);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_application_reg_form_by_flow_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetApplicationRegFormByFlowIdRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
}
impl GetApplicationRegFormByFlowIdRequest {
    /// An empty `GetApplicationRegFormByFlowIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetApplicationRegFormByFlowIdRequest { "bizCode" => read_field(biz_code) }
}
impl rt::WriteRequest for GetApplicationRegFormByFlowIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
    }
}
/// The request of [`Api::get_candidate_by_phone_number`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCandidateByPhoneNumberRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `phoneNumber`: a query parameter.
    pub phone_number: String,
}
/// The required fields of [`GetCandidateByPhoneNumberRequest`], each named where it is set: `GetCandidateByPhoneNumberRequest::new(GetCandidateByPhoneNumberRequired { .. })`.
pub struct GetCandidateByPhoneNumberRequired {
    /// `phoneNumber`: see [`GetCandidateByPhoneNumberRequest::phone_number`].
    pub phone_number: String,
}
impl GetCandidateByPhoneNumberRequest {
    /// A `GetCandidateByPhoneNumberRequest` with its required fields (`phoneNumber`); set the others with the methods named after them.
    pub fn new(required: GetCandidateByPhoneNumberRequired) -> Self {
        let GetCandidateByPhoneNumberRequired { phone_number } = required;
        Self {
            biz_code: None,
            phone_number,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCandidateByPhoneNumberRequest { "bizCode" => read_field(biz_code), "phoneNumber"
    => read_field(phone_number) }
}
impl rt::WriteRequest for GetCandidateByPhoneNumberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("phoneNumber", &self.phone_number);
    }
}
/// The request of [`Api::get_file_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFileUploadInfoRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `fileName`: a query parameter.
    pub file_name: String,
    /// `fileSize`: a query parameter.
    pub file_size: i64,
    /// `md5`: a query parameter.
    pub md5: String,
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
}
/// The required fields of [`GetFileUploadInfoRequest`], each named where it is set: `GetFileUploadInfoRequest::new(GetFileUploadInfoRequired { .. })`.
pub struct GetFileUploadInfoRequired {
    /// `fileName`: see [`GetFileUploadInfoRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`GetFileUploadInfoRequest::file_size`].
    pub file_size: i64,
    /// `md5`: see [`GetFileUploadInfoRequest::md5`].
    pub md5: String,
}
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`fileName`, `fileSize`, `md5`); set the others with the methods named after them.
    pub fn new(required: GetFileUploadInfoRequired) -> Self {
        let GetFileUploadInfoRequired { file_name, file_size, md5 } = required;
        Self {
            biz_code: None,
            file_name,
            file_size,
            md5,
            op_user_id: None,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequest { "bizCode" => read_field(biz_code), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "md5" => read_field(md5),
    "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for GetFileUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("fileName", &self.file_name);
        writer.query("fileSize", &self.file_size);
        writer.query("md5", &self.md5);
        writer.query("opUserId", &self.op_user_id);
    }
}
/// The request of [`Api::get_flow_id_by_relation_entity_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFlowIdByRelationEntityIdRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `relationEntity`: a query parameter.
    pub relation_entity: String,
    /// `relationEntityId`: a query parameter.
    pub relation_entity_id: String,
}
/// The required fields of [`GetFlowIdByRelationEntityIdRequest`], each named where it is set: `GetFlowIdByRelationEntityIdRequest::new(GetFlowIdByRelationEntityIdRequired { .. })`.
pub struct GetFlowIdByRelationEntityIdRequired {
    /// `relationEntity`: see [`GetFlowIdByRelationEntityIdRequest::relation_entity`].
    pub relation_entity: String,
    /// `relationEntityId`: see [`GetFlowIdByRelationEntityIdRequest::relation_entity_id`].
    pub relation_entity_id: String,
}
impl GetFlowIdByRelationEntityIdRequest {
    /// A `GetFlowIdByRelationEntityIdRequest` with its required fields (`relationEntity`, `relationEntityId`); set the others with the methods named after them.
    pub fn new(required: GetFlowIdByRelationEntityIdRequired) -> Self {
        let GetFlowIdByRelationEntityIdRequired {
            relation_entity,
            relation_entity_id,
        } = required;
        Self {
            biz_code: None,
            relation_entity,
            relation_entity_id,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlowIdByRelationEntityIdRequest { "bizCode" => read_field(biz_code),
    "relationEntity" => read_field(relation_entity), "relationEntityId" =>
    read_field(relation_entity_id) }
}
impl rt::WriteRequest for GetFlowIdByRelationEntityIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("relationEntity", &self.relation_entity);
        writer.query("relationEntityId", &self.relation_entity_id);
    }
}
/// The request of [`Api::get_job_auth`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetJobAuthRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
}
impl GetJobAuthRequest {
    /// An empty `GetJobAuthRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetJobAuthRequest { "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for GetJobAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
    }
}
/// The request of [`Api::import_candidate_by_resume`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ImportCandidateByResumeRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
    /// `channelCode`.
    pub channel_code: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: String,
    /// `fileSize`.
    pub file_size: i64,
    /// `fileSourceType`.
    pub file_source_type: i64,
    /// `fileType`.
    pub file_type: String,
    /// `spaceId`.
    pub space_id: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
/// The required fields of [`ImportCandidateByResumeRequest`], each named where it is set: `ImportCandidateByResumeRequest::new(ImportCandidateByResumeRequired { .. })`.
pub struct ImportCandidateByResumeRequired {
    /// `fileName`: see [`ImportCandidateByResumeRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`ImportCandidateByResumeRequest::file_size`].
    pub file_size: i64,
    /// `fileSourceType`: see [`ImportCandidateByResumeRequest::file_source_type`].
    pub file_source_type: i64,
    /// `fileType`: see [`ImportCandidateByResumeRequest::file_type`].
    pub file_type: String,
}
impl ImportCandidateByResumeRequest {
    /// A `ImportCandidateByResumeRequest` with its required fields (`fileName`, `fileSize`, `fileSourceType`, `fileType`); set the others with the methods named after them.
    pub fn new(required: ImportCandidateByResumeRequired) -> Self {
        let ImportCandidateByResumeRequired {
            file_name,
            file_size,
            file_source_type,
            file_type,
        } = required;
        Self {
            op_user_id: None,
            channel_code: None,
            file_id: None,
            file_name,
            file_size,
            file_source_type,
            file_type,
            space_id: None,
            url: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
    /// Sets `channelCode`.
    pub fn channel_code(mut self, value: impl Into<String>) -> Self {
        self.channel_code = Some(value.into());
        self
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: i64) -> Self {
        self.space_id = Some(value);
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ImportCandidateByResumeRequest { "channelCode" => optional(channel_code), "fileId" =>
    optional(file_id), "fileName" => field(file_name), "fileSize" => field(file_size),
    "fileSourceType" => field(file_source_type), "fileType" => field(file_type),
    "spaceId" => optional(space_id), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportCandidateByResumeRequest { "opUserId" => read_field(op_user_id), "channelCode"
    => read_field(channel_code), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileSourceType" =>
    read_field(file_source_type), "fileType" => read_field(file_type), "spaceId" =>
    read_field(space_id), "url" => read_field(url) }
}
impl rt::WriteRequest for ImportCandidateByResumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::import_job_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ImportJobDataRequest {
    /// `body`.
    pub body: Vec<ImportJobDataRequestBody>,
}
/// The required fields of [`ImportJobDataRequest`], each named where it is set: `ImportJobDataRequest::new(ImportJobDataRequired { .. })`.
pub struct ImportJobDataRequired {
    /// `body`: see [`ImportJobDataRequest::body`].
    pub body: Vec<ImportJobDataRequestBody>,
}
impl ImportJobDataRequest {
    /// A `ImportJobDataRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: ImportJobDataRequired) -> Self {
        let ImportJobDataRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportJobDataRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ImportJobDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::query_candidates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCandidatesRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `statId`.
    pub stat_id: String,
}
/// The required fields of [`QueryCandidatesRequest`], each named where it is set: `QueryCandidatesRequest::new(QueryCandidatesRequired { .. })`.
pub struct QueryCandidatesRequired {
    /// `opUserId`: see [`QueryCandidatesRequest::op_user_id`].
    pub op_user_id: String,
    /// `statId`: see [`QueryCandidatesRequest::stat_id`].
    pub stat_id: String,
}
impl QueryCandidatesRequest {
    /// A `QueryCandidatesRequest` with its required fields (`opUserId`, `statId`); set the others with the methods named after them.
    pub fn new(required: QueryCandidatesRequired) -> Self {
        let QueryCandidatesRequired { op_user_id, stat_id } = required;
        Self {
            op_user_id,
            max_results: None,
            next_token: None,
            stat_id,
        }
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
rt::impl_serialize! {
    QueryCandidatesRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "statId" => field(stat_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCandidatesRequest { "opUserId" => read_field(op_user_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "statId" =>
    read_field(stat_id) }
}
impl rt::WriteRequest for QueryCandidatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_interviews`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryInterviewsRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `candidateId`.
    pub candidate_id: String,
    /// `startTimeBeginMillis`.
    pub start_time_begin_millis: i64,
    /// `startTimeEndMillis`.
    pub start_time_end_millis: i64,
}
/// The required fields of [`QueryInterviewsRequest`], each named where it is set: `QueryInterviewsRequest::new(QueryInterviewsRequired { .. })`.
pub struct QueryInterviewsRequired {
    /// `candidateId`: see [`QueryInterviewsRequest::candidate_id`].
    pub candidate_id: String,
    /// `startTimeBeginMillis`: see [`QueryInterviewsRequest::start_time_begin_millis`].
    pub start_time_begin_millis: i64,
    /// `startTimeEndMillis`: see [`QueryInterviewsRequest::start_time_end_millis`].
    pub start_time_end_millis: i64,
}
impl QueryInterviewsRequest {
    /// A `QueryInterviewsRequest` with its required fields (`candidateId`, `startTimeBeginMillis`, `startTimeEndMillis`); set the others with the methods named after them.
    pub fn new(required: QueryInterviewsRequired) -> Self {
        let QueryInterviewsRequired {
            candidate_id,
            start_time_begin_millis,
            start_time_end_millis,
        } = required;
        Self {
            biz_code: None,
            next_token: None,
            size: None,
            candidate_id,
            start_time_begin_millis,
            start_time_end_millis,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryInterviewsRequest { "candidateId" => field(candidate_id), "startTimeBeginMillis"
    => field(start_time_begin_millis), "startTimeEndMillis" =>
    field(start_time_end_millis) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInterviewsRequest { "bizCode" => read_field(biz_code), "nextToken" =>
    read_field(next_token), "size" => read_field(size), "candidateId" =>
    read_field(candidate_id), "startTimeBeginMillis" =>
    read_field(start_time_begin_millis), "startTimeEndMillis" =>
    read_field(start_time_end_millis) }
}
impl rt::WriteRequest for QueryInterviewsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("nextToken", &self.next_token);
        writer.query("size", &self.size);
        writer.json_body(self);
    }
}
/// The request of [`Api::report_message_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportMessageStatusRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `messageId`.
    pub message_id: Option<String>,
    /// `receiverUserId`.
    pub receiver_user_id: Option<String>,
    /// `senderUserId`.
    pub sender_user_id: Option<String>,
}
impl ReportMessageStatusRequest {
    /// An empty `ReportMessageStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
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
    /// Sets `messageId`.
    pub fn message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
    /// Sets `receiverUserId`.
    pub fn receiver_user_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_user_id = Some(value.into());
        self
    }
    /// Sets `senderUserId`.
    pub fn sender_user_id(mut self, value: impl Into<String>) -> Self {
        self.sender_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ReportMessageStatusRequest { "channel" => optional(channel), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "messageId" =>
    optional(message_id), "receiverUserId" => optional(receiver_user_id), "senderUserId"
    => optional(sender_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReportMessageStatusRequest { "bizCode" => read_field(biz_code), "channel" =>
    read_field(channel), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "messageId" => read_field(message_id), "receiverUserId" =>
    read_field(receiver_user_id), "senderUserId" => read_field(sender_user_id) }
}
impl rt::WriteRequest for ReportMessageStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::resume_post_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ResumePostEventRequest {
    /// `candidateName`.
    pub candidate_name: String,
    /// `jobName`.
    pub job_name: String,
    /// `jobOwnerUserId`.
    pub job_owner_user_id: String,
    /// `mobileResumeUrl`.
    pub mobile_resume_url: String,
    /// `pcResumeUrl`.
    pub pc_resume_url: String,
    /// `resumeDesc`.
    pub resume_desc: Option<String>,
    /// `resumePostTime`.
    pub resume_post_time: i64,
}
/// The required fields of [`ResumePostEventRequest`], each named where it is set: `ResumePostEventRequest::new(ResumePostEventRequired { .. })`.
pub struct ResumePostEventRequired {
    /// `candidateName`: see [`ResumePostEventRequest::candidate_name`].
    pub candidate_name: String,
    /// `jobName`: see [`ResumePostEventRequest::job_name`].
    pub job_name: String,
    /// `jobOwnerUserId`: see [`ResumePostEventRequest::job_owner_user_id`].
    pub job_owner_user_id: String,
    /// `mobileResumeUrl`: see [`ResumePostEventRequest::mobile_resume_url`].
    pub mobile_resume_url: String,
    /// `pcResumeUrl`: see [`ResumePostEventRequest::pc_resume_url`].
    pub pc_resume_url: String,
    /// `resumePostTime`: see [`ResumePostEventRequest::resume_post_time`].
    pub resume_post_time: i64,
}
impl ResumePostEventRequest {
    /// A `ResumePostEventRequest` with its required fields (`candidateName`, `jobName`, `jobOwnerUserId`, `mobileResumeUrl`, `pcResumeUrl`, `resumePostTime`); set the others with the methods named after them.
    pub fn new(required: ResumePostEventRequired) -> Self {
        let ResumePostEventRequired {
            candidate_name,
            job_name,
            job_owner_user_id,
            mobile_resume_url,
            pc_resume_url,
            resume_post_time,
        } = required;
        Self {
            candidate_name,
            job_name,
            job_owner_user_id,
            mobile_resume_url,
            pc_resume_url,
            resume_desc: None,
            resume_post_time,
        }
    }
    /// Sets `resumeDesc`.
    pub fn resume_desc(mut self, value: impl Into<String>) -> Self {
        self.resume_desc = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ResumePostEventRequest { "candidateName" => field(candidate_name), "jobName" =>
    field(job_name), "jobOwnerUserId" => field(job_owner_user_id), "mobileResumeUrl" =>
    field(mobile_resume_url), "pcResumeUrl" => field(pc_resume_url), "resumeDesc" =>
    optional(resume_desc), "resumePostTime" => field(resume_post_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ResumePostEventRequest { "candidateName" => read_field(candidate_name), "jobName" =>
    read_field(job_name), "jobOwnerUserId" => read_field(job_owner_user_id),
    "mobileResumeUrl" => read_field(mobile_resume_url), "pcResumeUrl" =>
    read_field(pc_resume_url), "resumeDesc" => read_field(resume_desc), "resumePostTime"
    => read_field(resume_post_time) }
}
impl rt::WriteRequest for ResumePostEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_flow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchFlowRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `cursor`.
    pub cursor: Option<String>,
    /// `maxModifyTimeMills`.
    pub max_modify_time_mills: i64,
    /// `minModifyTimeMills`.
    pub min_modify_time_mills: i64,
    /// `size`.
    pub size: Option<i64>,
}
/// The required fields of [`SearchFlowRequest`], each named where it is set: `SearchFlowRequest::new(SearchFlowRequired { .. })`.
pub struct SearchFlowRequired {
    /// `opUserId`: see [`SearchFlowRequest::op_user_id`].
    pub op_user_id: String,
    /// `maxModifyTimeMills`: see [`SearchFlowRequest::max_modify_time_mills`].
    pub max_modify_time_mills: i64,
    /// `minModifyTimeMills`: see [`SearchFlowRequest::min_modify_time_mills`].
    pub min_modify_time_mills: i64,
}
impl SearchFlowRequest {
    /// A `SearchFlowRequest` with its required fields (`opUserId`, `maxModifyTimeMills`, `minModifyTimeMills`); set the others with the methods named after them.
    pub fn new(required: SearchFlowRequired) -> Self {
        let SearchFlowRequired {
            op_user_id,
            max_modify_time_mills,
            min_modify_time_mills,
        } = required;
        Self {
            op_user_id,
            cursor: None,
            max_modify_time_mills,
            min_modify_time_mills,
            size: None,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchFlowRequest { "cursor" => optional(cursor), "maxModifyTimeMills" =>
    field(max_modify_time_mills), "minModifyTimeMills" => field(min_modify_time_mills),
    "size" => optional(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchFlowRequest { "opUserId" => read_field(op_user_id), "cursor" =>
    read_field(cursor), "maxModifyTimeMills" => read_field(max_modify_time_mills),
    "minModifyTimeMills" => read_field(min_modify_time_mills), "size" => read_field(size)
    }
}
impl rt::WriteRequest for SearchFlowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_channel_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncChannelMessageRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `receiverUserId`.
    pub receiver_user_id: Option<String>,
    /// `senderUserId`.
    pub sender_user_id: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl SyncChannelMessageRequest {
    /// An empty `SyncChannelMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `receiverUserId`.
    pub fn receiver_user_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_user_id = Some(value.into());
        self
    }
    /// Sets `senderUserId`.
    pub fn sender_user_id(mut self, value: impl Into<String>) -> Self {
        self.sender_user_id = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncChannelMessageRequest { "channel" => optional(channel), "content" =>
    optional(content), "createTime" => optional(create_time), "receiverUserId" =>
    optional(receiver_user_id), "senderUserId" => optional(sender_user_id), "uuid" =>
    optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncChannelMessageRequest { "bizCode" => read_field(biz_code), "channel" =>
    read_field(channel), "content" => read_field(content), "createTime" =>
    read_field(create_time), "receiverUserId" => read_field(receiver_user_id),
    "senderUserId" => read_field(sender_user_id), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for SyncChannelMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_interview_info_to_ai_interview_assistant`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantRequest {
    /// `candidateInfoVOList`.
    pub candidate_info_vo_list: Option<
        Vec<SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList>,
    >,
    /// `conferenceInfoVO`.
    pub conference_info_vo: Option<
        SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO,
    >,
    /// `interviewEndTime`.
    pub interview_end_time: Option<i64>,
    /// `interviewId`.
    pub interview_id: Option<String>,
    /// `interviewStartTime`.
    pub interview_start_time: Option<i64>,
    /// `interviewType`.
    pub interview_type: Option<String>,
    /// `interviewerInfoVOList`.
    pub interviewer_info_vo_list: Option<
        Vec<SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList>,
    >,
    /// `isvId`.
    pub isv_id: Option<String>,
    /// `jobContentVO`.
    pub job_content_vo: Option<
        SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO,
    >,
}
impl SyncInterviewInfoToAIInterviewAssistantRequest {
    /// An empty `SyncInterviewInfoToAIInterviewAssistantRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `candidateInfoVOList`.
    pub fn candidate_info_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList,
        >,
    ) -> Self {
        self.candidate_info_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `conferenceInfoVO`.
    pub fn conference_info_vo(
        mut self,
        value: SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO,
    ) -> Self {
        self.conference_info_vo = Some(value);
        self
    }
    /// Sets `interviewEndTime`.
    pub fn interview_end_time(mut self, value: i64) -> Self {
        self.interview_end_time = Some(value);
        self
    }
    /// Sets `interviewId`.
    pub fn interview_id(mut self, value: impl Into<String>) -> Self {
        self.interview_id = Some(value.into());
        self
    }
    /// Sets `interviewStartTime`.
    pub fn interview_start_time(mut self, value: i64) -> Self {
        self.interview_start_time = Some(value);
        self
    }
    /// Sets `interviewType`.
    pub fn interview_type(mut self, value: impl Into<String>) -> Self {
        self.interview_type = Some(value.into());
        self
    }
    /// Sets `interviewerInfoVOList`.
    pub fn interviewer_info_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList,
        >,
    ) -> Self {
        self.interviewer_info_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `isvId`.
    pub fn isv_id(mut self, value: impl Into<String>) -> Self {
        self.isv_id = Some(value.into());
        self
    }
    /// Sets `jobContentVO`.
    pub fn job_content_vo(
        mut self,
        value: SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO,
    ) -> Self {
        self.job_content_vo = Some(value);
        self
    }
}
rt::impl_serialize! {
    SyncInterviewInfoToAIInterviewAssistantRequest { "candidateInfoVOList" =>
    optional(candidate_info_vo_list), "conferenceInfoVO" => optional(conference_info_vo),
    "interviewEndTime" => optional(interview_end_time), "interviewId" =>
    optional(interview_id), "interviewStartTime" => optional(interview_start_time),
    "interviewType" => optional(interview_type), "interviewerInfoVOList" =>
    optional(interviewer_info_vo_list), "isvId" => optional(isv_id), "jobContentVO" =>
    optional(job_content_vo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInterviewInfoToAIInterviewAssistantRequest { "candidateInfoVOList" =>
    read_field(candidate_info_vo_list), "conferenceInfoVO" =>
    read_field(conference_info_vo), "interviewEndTime" => read_field(interview_end_time),
    "interviewId" => read_field(interview_id), "interviewStartTime" =>
    read_field(interview_start_time), "interviewType" => read_field(interview_type),
    "interviewerInfoVOList" => read_field(interviewer_info_vo_list), "isvId" =>
    read_field(isv_id), "jobContentVO" => read_field(job_content_vo) }
}
impl rt::WriteRequest for SyncInterviewInfoToAIInterviewAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_application_reg_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateApplicationRegFormRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `content`.
    pub content: String,
    /// `dingPanFile`.
    pub ding_pan_file: UpdateApplicationRegFormRequestDingPanFile,
}
/// The required fields of [`UpdateApplicationRegFormRequest`], each named where it is set: `UpdateApplicationRegFormRequest::new(UpdateApplicationRegFormRequired { .. })`.
pub struct UpdateApplicationRegFormRequired {
    /// `content`: see [`UpdateApplicationRegFormRequest::content`].
    pub content: String,
    /// `dingPanFile`: see [`UpdateApplicationRegFormRequest::ding_pan_file`].
    pub ding_pan_file: UpdateApplicationRegFormRequestDingPanFile,
}
impl UpdateApplicationRegFormRequest {
    /// A `UpdateApplicationRegFormRequest` with its required fields (`content`, `dingPanFile`); set the others with the methods named after them.
    pub fn new(required: UpdateApplicationRegFormRequired) -> Self {
        let UpdateApplicationRegFormRequired { content, ding_pan_file } = required;
        Self {
            biz_code: None,
            content,
            ding_pan_file,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateApplicationRegFormRequest { "content" => field(content), "dingPanFile" =>
    field(ding_pan_file) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateApplicationRegFormRequest { "bizCode" => read_field(biz_code), "content" =>
    read_field(content), "dingPanFile" => read_field(ding_pan_file) }
}
impl rt::WriteRequest for UpdateApplicationRegFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_interview_sign_in_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateInterviewSignInInfoRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `signInTimeMillis`.
    pub sign_in_time_millis: i64,
}
/// The required fields of [`UpdateInterviewSignInInfoRequest`], each named where it is set: `UpdateInterviewSignInInfoRequest::new(UpdateInterviewSignInInfoRequired { .. })`.
pub struct UpdateInterviewSignInInfoRequired {
    /// `signInTimeMillis`: see [`UpdateInterviewSignInInfoRequest::sign_in_time_millis`].
    pub sign_in_time_millis: i64,
}
impl UpdateInterviewSignInInfoRequest {
    /// A `UpdateInterviewSignInInfoRequest` with its required fields (`signInTimeMillis`); set the others with the methods named after them.
    pub fn new(required: UpdateInterviewSignInInfoRequired) -> Self {
        let UpdateInterviewSignInInfoRequired { sign_in_time_millis } = required;
        Self {
            biz_code: None,
            sign_in_time_millis,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInterviewSignInInfoRequest { "signInTimeMillis" => field(sign_in_time_millis) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInterviewSignInInfoRequest { "bizCode" => read_field(biz_code),
    "signInTimeMillis" => read_field(sign_in_time_millis) }
}
impl rt::WriteRequest for UpdateInterviewSignInInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_job_deliver`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateJobDeliverRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
    /// `jobId`: a query parameter.
    pub job_id: String,
    /// `channelOuterId`.
    pub channel_outer_id: String,
    /// `deliverUserId`.
    pub deliver_user_id: String,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `opTime`.
    pub op_time: i64,
    /// `opUserId`.
    pub op_user_id: Option<String>,
    /// `status`.
    pub status: i64,
}
/// The required fields of [`UpdateJobDeliverRequest`], each named where it is set: `UpdateJobDeliverRequest::new(UpdateJobDeliverRequired { .. })`.
pub struct UpdateJobDeliverRequired {
    /// `bizCode`: see [`UpdateJobDeliverRequest::biz_code`].
    pub biz_code: String,
    /// `jobId`: see [`UpdateJobDeliverRequest::job_id`].
    pub job_id: String,
    /// `channelOuterId`: see [`UpdateJobDeliverRequest::channel_outer_id`].
    pub channel_outer_id: String,
    /// `deliverUserId`: see [`UpdateJobDeliverRequest::deliver_user_id`].
    pub deliver_user_id: String,
    /// `opTime`: see [`UpdateJobDeliverRequest::op_time`].
    pub op_time: i64,
    /// `status`: see [`UpdateJobDeliverRequest::status`].
    pub status: i64,
}
impl UpdateJobDeliverRequest {
    /// A `UpdateJobDeliverRequest` with its required fields (`bizCode`, `jobId`, `channelOuterId`, `deliverUserId`, `opTime`, `status`); set the others with the methods named after them.
    pub fn new(required: UpdateJobDeliverRequired) -> Self {
        let UpdateJobDeliverRequired {
            biz_code,
            job_id,
            channel_outer_id,
            deliver_user_id,
            op_time,
            status,
        } = required;
        Self {
            biz_code,
            job_id,
            channel_outer_id,
            deliver_user_id,
            error_code: None,
            error_msg: None,
            op_time,
            op_user_id: None,
            status,
        }
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
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateJobDeliverRequest { "channelOuterId" => field(channel_outer_id),
    "deliverUserId" => field(deliver_user_id), "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "opTime" => field(op_time), "opUserId" =>
    optional(op_user_id), "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateJobDeliverRequest { "bizCode" => read_field(biz_code), "jobId" =>
    read_field(job_id), "channelOuterId" => read_field(channel_outer_id), "deliverUserId"
    => read_field(deliver_user_id), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "opTime" => read_field(op_time), "opUserId" =>
    read_field(op_user_id), "status" => read_field(status) }
}
impl rt::WriteRequest for UpdateJobDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("jobId", &self.job_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_application_reg_form_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddApplicationRegFormTemplateError = rt::ServiceError;
/// An error reply of [`Api::add_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddFileError = rt::ServiceError;
/// An error reply of [`Api::add_user_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddUserAccountError = rt::ServiceError;
/// An error reply of [`Api::collect_recruit_job_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollectRecruitJobDetailError = rt::ServiceError;
/// An error reply of [`Api::collect_resume_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollectResumeDetailError = rt::ServiceError;
/// An error reply of [`Api::collect_resume_mail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollectResumeMailError = rt::ServiceError;
/// An error reply of [`Api::confirm_rights`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConfirmRightsError = rt::ServiceError;
/// An error reply of [`Api::finish_beginner_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FinishBeginnerTaskError = rt::ServiceError;
/// An error reply of [`Api::get_application_reg_form_by_flow_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetApplicationRegFormByFlowIdError = rt::ServiceError;
/// An error reply of [`Api::get_candidate_by_phone_number`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCandidateByPhoneNumberError = rt::ServiceError;
/// An error reply of [`Api::get_file_upload_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileUploadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_flow_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowByIdError = rt::ServiceError;
/// An error reply of [`Api::get_flow_id_by_relation_entity_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowIdByRelationEntityIdError = rt::ServiceError;
/// An error reply of [`Api::get_job_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetJobAuthError = rt::ServiceError;
/// An error reply of [`Api::get_job_info_by_job_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetJobInfoByJobIdError = rt::ServiceError;
/// An error reply of [`Api::import_candidate_by_resume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ImportCandidateByResumeError = rt::ServiceError;
/// An error reply of [`Api::import_job_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ImportJobDataError = rt::ServiceError;
/// An error reply of [`Api::query_candidates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCandidatesError = rt::ServiceError;
/// An error reply of [`Api::query_interviews`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInterviewsError = rt::ServiceError;
/// An error reply of [`Api::report_message_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReportMessageStatusError = rt::ServiceError;
/// An error reply of [`Api::resume_post_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ResumePostEventError = rt::ServiceError;
/// An error reply of [`Api::search_flow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchFlowError = rt::ServiceError;
/// An error reply of [`Api::sync_channel_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncChannelMessageError = rt::ServiceError;
/// An error reply of [`Api::sync_interview_info_to_ai_interview_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncInterviewInfoToAIInterviewAssistantError = rt::ServiceError;
/// An error reply of [`Api::update_application_reg_form`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateApplicationRegFormError = rt::ServiceError;
/// An error reply of [`Api::update_interview_sign_in_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInterviewSignInInfoError = rt::ServiceError;
/// An error reply of [`Api::update_job_deliver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateJobDeliverError = rt::ServiceError;
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
        "AddApplicationRegFormTemplate" => {
            rt::conformance::reply(
                    api.add_application_reg_form_template(&inputs.request(true)?),
                )
                .await
        }
        "AddFile" => rt::conformance::reply(api.add_file(&inputs.request(true)?)).await,
        "AddUserAccount" => {
            rt::conformance::reply(api.add_user_account(&inputs.request(true)?)).await
        }
        "CollectRecruitJobDetail" => {
            rt::conformance::reply(
                    api.collect_recruit_job_detail(&inputs.request(true)?),
                )
                .await
        }
        "CollectResumeDetail" => {
            rt::conformance::reply(api.collect_resume_detail(&inputs.request(true)?))
                .await
        }
        "CollectResumeMail" => {
            rt::conformance::reply(api.collect_resume_mail(&inputs.request(true)?)).await
        }
        "ConfirmRights" => {
            rt::conformance::reply(
                    api.confirm_rights(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "FinishBeginnerTask" => {
            rt::conformance::reply(
                    api
                        .finish_beginner_task(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetApplicationRegFormByFlowId" => {
            rt::conformance::reply(
                    api
                        .get_application_reg_form_by_flow_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetCandidateByPhoneNumber" => {
            rt::conformance::reply(
                    api.get_candidate_by_phone_number(&inputs.request(false)?),
                )
                .await
        }
        "GetFileUploadInfo" => {
            rt::conformance::reply(api.get_file_upload_info(&inputs.request(false)?))
                .await
        }
        "GetFlowById" => {
            rt::conformance::reply(api.get_flow_by_id(inputs.path(0usize)?)).await
        }
        "GetFlowIdByRelationEntityId" => {
            rt::conformance::reply(
                    api.get_flow_id_by_relation_entity_id(&inputs.request(false)?),
                )
                .await
        }
        "GetJobAuth" => {
            rt::conformance::reply(
                    api.get_job_auth(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetJobInfoByJobId" => {
            rt::conformance::reply(api.get_job_info_by_job_id(inputs.path(0usize)?))
                .await
        }
        "ImportCandidateByResume" => {
            rt::conformance::reply(
                    api.import_candidate_by_resume(&inputs.request(true)?),
                )
                .await
        }
        "ImportJobData" => {
            rt::conformance::reply(api.import_job_data(&inputs.request(false)?)).await
        }
        "QueryCandidates" => {
            rt::conformance::reply(api.query_candidates(&inputs.request(true)?)).await
        }
        "QueryInterviews" => {
            rt::conformance::reply(api.query_interviews(&inputs.request(true)?)).await
        }
        "ReportMessageStatus" => {
            rt::conformance::reply(api.report_message_status(&inputs.request(true)?))
                .await
        }
        "ResumePostEvent" => {
            rt::conformance::reply(api.resume_post_event(&inputs.request(true)?)).await
        }
        "SearchFlow" => {
            rt::conformance::reply(api.search_flow(&inputs.request(true)?)).await
        }
        "SyncChannelMessage" => {
            rt::conformance::reply(api.sync_channel_message(&inputs.request(true)?))
                .await
        }
        "SyncInterviewInfoToAIInterviewAssistant" => {
            rt::conformance::reply(
                    api
                        .sync_interview_info_to_ai_interview_assistant(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateApplicationRegForm" => {
            rt::conformance::reply(
                    api
                        .update_application_reg_form(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateInterviewSignInInfo" => {
            rt::conformance::reply(
                    api
                        .update_interview_sign_in_info(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateJobDeliver" => {
            rt::conformance::reply(api.update_job_deliver(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
