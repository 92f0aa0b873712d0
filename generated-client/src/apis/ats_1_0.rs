// @generated from api-spec/ats_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ats_1_0()`. Generated from `api-spec/ats_1_0.yaml`.
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
    /// `POST /v1.0/ats/flows/applicationRegForms/templates` (operation `AddApplicationRegFormTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddApplicationRegFormTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/files` (operation `AddFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddFileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/channels/users/accounts` (operation `AddUserAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddUserAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/channels/jobs/import` (operation `CollectRecruitJobDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CollectRecruitJobDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/resumes/details` (operation `CollectResumeDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CollectResumeDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/resumes/mails` (operation `CollectResumeMail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CollectResumeMailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/rights/{rights_code}/confirm` (operation `ConfirmRights`).
    ///
    /// # Path parameters
    ///
    /// - `rights_code` (`rights_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConfirmRightsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn confirm_rights(
        &self,
        rights_code: &str,
        request: &ConfirmRightsRequest,
    ) -> rt::Call<ConfirmRightsResponseBody, ConfirmRightsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmRights",
            rt::Method::Post,
            "/v1.0/ats/rights/{rights_code}/confirm",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[rights_code], request)
    }
    /// 完成指定的新手任务
    ///
    /// `POST /v1.0/ats/beginnerTasks/{task_code}/finish` (operation `FinishBeginnerTask`).
    ///
    /// # Path parameters
    ///
    /// - `task_code` (`task_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FinishBeginnerTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn finish_beginner_task(
        &self,
        task_code: &str,
        request: &FinishBeginnerTaskRequest,
    ) -> rt::Call<FinishBeginnerTaskResponseBody, FinishBeginnerTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FinishBeginnerTask",
            rt::Method::Post,
            "/v1.0/ats/beginnerTasks/{task_code}/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_code], request)
    }
    /// 获取招聘流程关联的应聘登记表信息
    ///
    /// `GET /v1.0/ats/flows/{flow_id}/applicationRegForms` (operation `GetApplicationRegFormByFlowId`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetApplicationRegFormByFlowIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/ats/flows/{flow_id}/applicationRegForms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], request)
    }
    /// 根据手机号获取候选人信息
    ///
    /// `GET /v1.0/ats/candidates` (operation `GetCandidateByPhoneNumber`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCandidateByPhoneNumberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/ats/files/uploadInfos` (operation `GetFileUploadInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileUploadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/ats/flows/{flow_id}/info` (operation `GetFlowById`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowByIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_flow_by_id(
        &self,
        flow_id: &str,
    ) -> rt::Call<GetFlowByIdResponseBody, GetFlowByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowById",
            rt::Method::Get,
            "/v1.0/ats/flows/{flow_id}/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], &())
    }
    /// 根据招聘流程关联的实体标识获取招聘流程标识
    ///
    /// `GET /v1.0/ats/flows/ids` (operation `GetFlowIdByRelationEntityId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowIdByRelationEntityIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/ats/auths/jobs/{job_id}` (operation `GetJobAuth`).
    ///
    /// # Path parameters
    ///
    /// - `job_id` (`job_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetJobAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_job_auth(
        &self,
        job_id: &str,
        request: &GetJobAuthRequest,
    ) -> rt::Call<GetJobAuthResponseBody, GetJobAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobAuth",
            rt::Method::Get,
            "/v1.0/ats/auths/jobs/{job_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[job_id], request)
    }
    /// 根据职位id获取职位信息
    ///
    /// `GET /v1.0/ats/jobs/{job_id}/info` (operation `GetJobInfoByJobId`).
    ///
    /// # Path parameters
    ///
    /// - `job_id` (`job_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetJobInfoByJobIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_job_info_by_job_id(
        &self,
        job_id: &str,
    ) -> rt::Call<GetJobInfoByJobIdResponseBody, GetJobInfoByJobIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobInfoByJobId",
            rt::Method::Get,
            "/v1.0/ats/jobs/{job_id}/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[job_id], &())
    }
    /// 导入简历创建候选人
    ///
    /// `POST /v1.0/ats/candidates/importCandidateByResume` (operation `ImportCandidateByResume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ImportCandidateByResumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/weHire/jobs/import` (operation `ImportJobData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ImportJobDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/candidates/query` (operation `QueryCandidates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCandidatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/interviews/query` (operation `QueryInterviews`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInterviewsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/channels/messages/statuses/report` (operation `ReportMessageStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReportMessageStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/resumes/post/event` (operation `ResumePostEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ResumePostEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/flows/search` (operation `SearchFlow`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchFlowError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/channels/messages/sync` (operation `SyncChannelMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncChannelMessageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/ats/ai/interview/interviewInfos/sync` (operation `SyncInterviewInfoToAIInterviewAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncInterviewInfoToAIInterviewAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/ats/flows/{flow_id}/applicationRegForms` (operation `UpdateApplicationRegForm`).
    ///
    /// # Path parameters
    ///
    /// - `flow_id` (`flow_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateApplicationRegFormError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_application_reg_form(
        &self,
        flow_id: &str,
        request: &UpdateApplicationRegFormRequest,
    ) -> rt::Call<UpdateApplicationRegFormResponseBody, UpdateApplicationRegFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateApplicationRegForm",
            rt::Method::Put,
            "/v1.0/ats/flows/{flow_id}/applicationRegForms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flow_id], request)
    }
    /// 更新面试签到信息
    ///
    /// `PUT /v1.0/ats/interviews/{interview_id}/signInInfos` (operation `UpdateInterviewSignInInfo`).
    ///
    /// # Path parameters
    ///
    /// - `interview_id` (`interview_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInterviewSignInInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_interview_sign_in_info(
        &self,
        interview_id: &str,
        request: &UpdateInterviewSignInInfoRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateInterviewSignInInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInterviewSignInInfo",
            rt::Method::Put,
            "/v1.0/ats/interviews/{interview_id}/signInInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[interview_id], request)
    }
    /// 渠道侧职位发布状态变更回调
    ///
    /// `PUT /v1.0/ats/jobs/deliveryStatus` (operation `UpdateJobDeliver`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateJobDeliverError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddApplicationRegFormTemplateResponseBody {
    /// `templateId`.
    pub template_id: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddApplicationRegFormTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddApplicationRegFormTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddApplicationRegFormTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `AddFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFileResponseBody {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `AddUserAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddUserAccountResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddUserAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddUserAccountResponseBody {
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
impl rt::serde::Serialize for AddUserAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequestJobInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("category", &self.category)?;
        object.optional("description", &self.description)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("fullTimeInfo", &self.full_time_info)?;
        object.optional("headCount", &self.head_count)?;
        object.optional("jobNature", &self.job_nature)?;
        object.optional("jobTags", &self.job_tags)?;
        object.optional("maxSalary", &self.max_salary)?;
        object.optional("minSalary", &self.min_salary)?;
        object.optional("name", &self.name)?;
        object.optional("outJobId", &self.out_job_id)?;
        object.optional("partTimeInfo", &self.part_time_info)?;
        object.optional("requiredEdu", &self.required_edu)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectRecruitJobDetailRequestJobInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequestJobInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "category" => rt::read_field(map, &mut self.category),
            "description" => rt::read_field(map, &mut self.description),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "fullTimeInfo" => rt::read_field(map, &mut self.full_time_info),
            "headCount" => rt::read_field(map, &mut self.head_count),
            "jobNature" => rt::read_field(map, &mut self.job_nature),
            "jobTags" => rt::read_field(map, &mut self.job_tags),
            "maxSalary" => rt::read_field(map, &mut self.max_salary),
            "minSalary" => rt::read_field(map, &mut self.min_salary),
            "name" => rt::read_field(map, &mut self.name),
            "outJobId" => rt::read_field(map, &mut self.out_job_id),
            "partTimeInfo" => rt::read_field(map, &mut self.part_time_info),
            "requiredEdu" => rt::read_field(map, &mut self.required_edu),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequestRecruitUserInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("outUserId", &self.out_user_id)?;
        object.optional("userMobile", &self.user_mobile)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectRecruitJobDetailRequestRecruitUserInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequestRecruitUserInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "outUserId" => rt::read_field(map, &mut self.out_user_id),
            "userMobile" => rt::read_field(map, &mut self.user_mobile),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
/// `CollectRecruitJobDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectRecruitJobDetailResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CollectRecruitJobDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CollectRecruitJobDetailResponseBody {
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
impl rt::serde::Serialize for CollectRecruitJobDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CollectResumeDetailRequestResumeData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CollectResumeDetailRequestResumeData {
    /// A `CollectResumeDetailRequestResumeData` with its required fields (`baseInfo`); set the others with the methods named after them.
    pub fn new(base_info: CollectResumeDetailRequestResumeDataBaseInfo) -> Self {
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("baseInfo", &self.base_info)?;
        object.optional("certificates", &self.certificates)?;
        object.optional("educationExperiences", &self.education_experiences)?;
        object.optional("jobExpect", &self.job_expect)?;
        object.optional("languageSkill", &self.language_skill)?;
        object.optional("trainingExperiences", &self.training_experiences)?;
        object.optional("workExperiences", &self.work_experiences)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailRequestResumeData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "baseInfo" => rt::read_field(map, &mut self.base_info),
            "certificates" => rt::read_field(map, &mut self.certificates),
            "educationExperiences" => {
                rt::read_field(map, &mut self.education_experiences)
            }
            "jobExpect" => rt::read_field(map, &mut self.job_expect),
            "languageSkill" => rt::read_field(map, &mut self.language_skill),
            "trainingExperiences" => rt::read_field(map, &mut self.training_experiences),
            "workExperiences" => rt::read_field(map, &mut self.work_experiences),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileType", &self.file_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailRequestResumeFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            _ => Ok(false),
        }
    }
}
/// `CollectResumeDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CollectResumeDetailResponseBody {
    /// `resumeId`.
    pub resume_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CollectResumeDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resumeId" => rt::read_field(map, &mut self.resume_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CollectResumeDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resumeId", &self.resume_id)?;
        object.end()
    }
}
/// `CollectResumeMailRequestResumeFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CollectResumeMailRequestResumeFile {
    /// `downloadUrl`.
    pub download_url: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: String,
}
impl CollectResumeMailRequestResumeFile {
    /// A `CollectResumeMailRequestResumeFile` with its required fields (`downloadUrl`, `fileName`, `fileType`); set the others with the methods named after them.
    pub fn new(
        download_url: impl Into<String>,
        file_name: impl Into<String>,
        file_type: impl Into<String>,
    ) -> Self {
        Self {
            download_url: download_url.into(),
            file_name: file_name.into(),
            file_type: file_type.into(),
        }
    }
}
impl rt::serde::Serialize for CollectResumeMailRequestResumeFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("downloadUrl", &self.download_url)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileType", &self.file_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeMailRequestResumeFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeMailRequestResumeFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            _ => Ok(false),
        }
    }
}
/// `CollectResumeMailResponseBody`: the same model as [`CollectResumeDetailResponseBody`].
pub type CollectResumeMailResponseBody = CollectResumeDetailResponseBody;
/// `ConfirmRightsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmRightsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConfirmRightsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmRightsResponseBody {
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
impl rt::serde::Serialize for ConfirmRightsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `FinishBeginnerTaskResponseBody`: the same model as [`ConfirmRightsResponseBody`].
pub type FinishBeginnerTaskResponseBody = ConfirmRightsResponseBody;
/// `GetApplicationRegFormByFlowIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetApplicationRegFormByFlowIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetApplicationRegFormByFlowIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "formId" => rt::read_field(map, &mut self.form_id),
            "gmtCreateMillis" => rt::read_field(map, &mut self.gmt_create_millis),
            "gmtModifiedMillis" => rt::read_field(map, &mut self.gmt_modified_millis),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "status" => rt::read_field(map, &mut self.status),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateVersion" => rt::read_field(map, &mut self.template_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetApplicationRegFormByFlowIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateId", &self.candidate_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("flowId", &self.flow_id)?;
        object.optional("formId", &self.form_id)?;
        object.optional("gmtCreateMillis", &self.gmt_create_millis)?;
        object.optional("gmtModifiedMillis", &self.gmt_modified_millis)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("status", &self.status)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateVersion", &self.template_version)?;
        object.end()
    }
}
/// `GetCandidateByPhoneNumberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCandidateByPhoneNumberResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCandidateByPhoneNumberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCandidateByPhoneNumberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCandidateByPhoneNumberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateId", &self.candidate_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetFileUploadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileUploadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "accessTokenExpirationMillis" => {
                rt::read_field(map, &mut self.access_token_expiration_millis)
            }
            "bucket" => rt::read_field(map, &mut self.bucket),
            "endPoint" => rt::read_field(map, &mut self.end_point),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileUploadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("accessKeySecret", &self.access_key_secret)?;
        object.optional("accessToken", &self.access_token)?;
        object
            .optional(
                "accessTokenExpirationMillis",
                &self.access_token_expiration_millis,
            )?;
        object.optional("bucket", &self.bucket)?;
        object.optional("endPoint", &self.end_point)?;
        object.optional("mediaId", &self.media_id)?;
        object.end()
    }
}
/// `GetFlowByIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlowByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowByIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "candidateName" => rt::read_field(map, &mut self.candidate_name),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "currentStatus" => rt::read_field(map, &mut self.current_status),
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "sourceName" => rt::read_field(map, &mut self.source_name),
            "statId" => rt::read_field(map, &mut self.stat_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowByIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateId", &self.candidate_id)?;
        object.optional("candidateName", &self.candidate_name)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("currentStatus", &self.current_status)?;
        object.optional("flowId", &self.flow_id)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("sourceName", &self.source_name)?;
        object.optional("statId", &self.stat_id)?;
        object.end()
    }
}
/// `GetFlowIdByRelationEntityIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowIdByRelationEntityIdResponseBody {
    /// `flowId`.
    pub flow_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowIdByRelationEntityIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowIdByRelationEntityIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flowId" => rt::read_field(map, &mut self.flow_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowIdByRelationEntityIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flowId", &self.flow_id)?;
        object.end()
    }
}
/// `GetJobAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetJobAuthResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
    /// `jobOwners`.
    pub job_owners: Option<Vec<GetJobAuthResponseBodyJobOwners>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetJobAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobAuthResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            "jobOwners" => rt::read_field(map, &mut self.job_owners),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobAuthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("jobOwners", &self.job_owners)?;
        object.end()
    }
}
/// `GetJobInfoByJobIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetJobInfoByJobIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobInfoByJobIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "headCount" => rt::read_field(map, &mut self.head_count),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "jobOwners" => rt::read_field(map, &mut self.job_owners),
            "mainDeptId" => rt::read_field(map, &mut self.main_dept_id),
            "mainDeptName" => rt::read_field(map, &mut self.main_dept_name),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobInfoByJobIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("headCount", &self.head_count)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("jobOwners", &self.job_owners)?;
        object.optional("mainDeptId", &self.main_dept_id)?;
        object.optional("mainDeptName", &self.main_dept_name)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ImportCandidateByResumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportCandidateByResumeResponseBody {
    /// `candidateId`.
    pub candidate_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ImportCandidateByResumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ImportCandidateByResumeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ImportCandidateByResumeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateId", &self.candidate_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ImportJobDataRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ImportJobDataRequestBody {
    /// A `ImportJobDataRequestBody` with its required fields (`address`, `category`, `description`, `experience`, `jobNature`, `maxSalary`, `minSalary`, `name`, `requiredEdu`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address: ImportJobDataRequestBodyAddress,
        category: impl Into<String>,
        description: impl Into<String>,
        experience: impl Into<String>,
        job_nature: impl Into<String>,
        max_salary: i64,
        min_salary: i64,
        name: impl Into<String>,
        required_edu: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            address,
            category: category.into(),
            description: description.into(),
            experience: experience.into(),
            full_time_ext: None,
            job_nature: job_nature.into(),
            max_salary,
            min_salary,
            name: name.into(),
            required_edu,
            user_id: user_id.into(),
        }
    }
    /// Sets `fullTimeExt`.
    pub fn full_time_ext(mut self, value: ImportJobDataRequestBodyFullTimeExt) -> Self {
        self.full_time_ext = Some(value);
        self
    }
}
impl rt::serde::Serialize for ImportJobDataRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("address", &self.address)?;
        object.field("category", &self.category)?;
        object.field("description", &self.description)?;
        object.field("experience", &self.experience)?;
        object.optional("fullTimeExt", &self.full_time_ext)?;
        object.field("jobNature", &self.job_nature)?;
        object.field("maxSalary", &self.max_salary)?;
        object.field("minSalary", &self.min_salary)?;
        object.field("name", &self.name)?;
        object.field("requiredEdu", &self.required_edu)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportJobDataRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportJobDataRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "category" => rt::read_field(map, &mut self.category),
            "description" => rt::read_field(map, &mut self.description),
            "experience" => rt::read_field(map, &mut self.experience),
            "fullTimeExt" => rt::read_field(map, &mut self.full_time_ext),
            "jobNature" => rt::read_field(map, &mut self.job_nature),
            "maxSalary" => rt::read_field(map, &mut self.max_salary),
            "minSalary" => rt::read_field(map, &mut self.min_salary),
            "name" => rt::read_field(map, &mut self.name),
            "requiredEdu" => rt::read_field(map, &mut self.required_edu),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `ImportJobDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportJobDataResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ImportJobDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ImportJobDataResponseBody {
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
impl rt::serde::Serialize for ImportJobDataResponseBody {
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
/// `QueryCandidatesResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCandidatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCandidatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCandidatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryInterviewsResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryInterviewsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInterviewsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInterviewsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ReportMessageStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportMessageStatusResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ReportMessageStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ReportMessageStatusResponseBody {
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
impl rt::serde::Serialize for ReportMessageStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ResumePostEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResumePostEventResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ResumePostEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResumePostEventResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResumePostEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.end()
    }
}
/// `SearchFlowResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchFlowResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchFlowResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchFlowResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCandidateId", &self.biz_candidate_id)?;
        object
            .optional(
                "historyInterviewInfoVOList",
                &self.history_interview_info_vo_list,
            )?;
        object.optional("name", &self.name)?;
        object.optional("phone", &self.phone)?;
        object.optional("resumeContent", &self.resume_content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCandidateId" => rt::read_field(map, &mut self.biz_candidate_id),
            "historyInterviewInfoVOList" => {
                rt::read_field(map, &mut self.history_interview_info_vo_list)
            }
            "name" => rt::read_field(map, &mut self.name),
            "phone" => rt::read_field(map, &mut self.phone),
            "resumeContent" => rt::read_field(map, &mut self.resume_content),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceBookerInfoVO", &self.conference_booker_info_vo)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("scheduleConferenceUrl", &self.schedule_conference_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceBookerInfoVO" => {
                rt::read_field(map, &mut self.conference_booker_info_vo)
            }
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "scheduleConferenceUrl" => {
                rt::read_field(map, &mut self.schedule_conference_url)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object
            .optional(
                "interviewEvaluationFormConfigVO",
                &self.interview_evaluation_form_config_vo,
            )?;
        object.optional("name", &self.name)?;
        object.optional("position", &self.position)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "interviewEvaluationFormConfigVO" => {
                rt::read_field(map, &mut self.interview_evaluation_form_config_vo)
            }
            "name" => rt::read_field(map, &mut self.name),
            "position" => rt::read_field(map, &mut self.position),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commitment", &self.commitment)?;
        object.optional("hireCount", &self.hire_count)?;
        object.optional("jobContent", &self.job_content)?;
        object.optional("jobName", &self.job_name)?;
        object.optional("maxSalary", &self.max_salary)?;
        object.optional("minSalary", &self.min_salary)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantRequestJobContentVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commitment" => rt::read_field(map, &mut self.commitment),
            "hireCount" => rt::read_field(map, &mut self.hire_count),
            "jobContent" => rt::read_field(map, &mut self.job_content),
            "jobName" => rt::read_field(map, &mut self.job_name),
            "maxSalary" => rt::read_field(map, &mut self.max_salary),
            "minSalary" => rt::read_field(map, &mut self.min_salary),
            _ => Ok(false),
        }
    }
}
/// `SyncInterviewInfoToAIInterviewAssistantResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncInterviewInfoToAIInterviewAssistantResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantResponseBody {
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
impl rt::serde::Serialize for SyncInterviewInfoToAIInterviewAssistantResponseBody {
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
/// `UpdateApplicationRegFormRequestDingPanFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateApplicationRegFormRequestDingPanFile {
    /// A `UpdateApplicationRegFormRequestDingPanFile` with its required fields (`fileId`, `fileName`, `fileType`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        file_name: impl Into<String>,
        file_type: impl Into<String>,
        space_id: i64,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: file_name.into(),
            file_size: None,
            file_type: file_type.into(),
            space_id,
        }
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateApplicationRegFormRequestDingPanFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.field("fileType", &self.file_type)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateApplicationRegFormRequestDingPanFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateApplicationRegFormRequestDingPanFile {
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
/// `UpdateApplicationRegFormResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UpdateApplicationRegFormResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateApplicationRegFormResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "formId" => rt::read_field(map, &mut self.form_id),
            "gmtCreateMillis" => rt::read_field(map, &mut self.gmt_create_millis),
            "gmtModifiedMillis" => rt::read_field(map, &mut self.gmt_modified_millis),
            "status" => rt::read_field(map, &mut self.status),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateVersion" => rt::read_field(map, &mut self.template_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateApplicationRegFormResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("formId", &self.form_id)?;
        object.optional("gmtCreateMillis", &self.gmt_create_millis)?;
        object.optional("gmtModifiedMillis", &self.gmt_modified_millis)?;
        object.optional("status", &self.status)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateVersion", &self.template_version)?;
        object.end()
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequestJobInfoAddress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cityCode", &self.city_code)?;
        object.optional("detail", &self.detail)?;
        object.optional("districtCode", &self.district_code)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("name", &self.name)?;
        object.optional("provinceCode", &self.province_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectRecruitJobDetailRequestJobInfoAddress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequestJobInfoAddress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cityCode" => rt::read_field(map, &mut self.city_code),
            "detail" => rt::read_field(map, &mut self.detail),
            "districtCode" => rt::read_field(map, &mut self.district_code),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "name" => rt::read_field(map, &mut self.name),
            "provinceCode" => rt::read_field(map, &mut self.province_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequestJobInfoFullTimeInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxJobExperience", &self.max_job_experience)?;
        object.optional("minJobExperience", &self.min_job_experience)?;
        object.optional("salaryMonth", &self.salary_month)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectRecruitJobDetailRequestJobInfoFullTimeInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequestJobInfoFullTimeInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxJobExperience" => rt::read_field(map, &mut self.max_job_experience),
            "minJobExperience" => rt::read_field(map, &mut self.min_job_experience),
            "salaryMonth" => rt::read_field(map, &mut self.salary_month),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequestJobInfoPartTimeInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactNumber", &self.contact_number)?;
        object.optional("salaryPeriod", &self.salary_period)?;
        object.optional("settleType", &self.settle_type)?;
        object.optional("specifyWorkDate", &self.specify_work_date)?;
        object.optional("specifyWorkTime", &self.specify_work_time)?;
        object.optional("workBeginTimeMin", &self.work_begin_time_min)?;
        object.optional("workDateType", &self.work_date_type)?;
        object.optional("workEndDate", &self.work_end_date)?;
        object.optional("workEndTimeMin", &self.work_end_time_min)?;
        object.optional("workStartDate", &self.work_start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectRecruitJobDetailRequestJobInfoPartTimeInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequestJobInfoPartTimeInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactNumber" => rt::read_field(map, &mut self.contact_number),
            "salaryPeriod" => rt::read_field(map, &mut self.salary_period),
            "settleType" => rt::read_field(map, &mut self.settle_type),
            "specifyWorkDate" => rt::read_field(map, &mut self.specify_work_date),
            "specifyWorkTime" => rt::read_field(map, &mut self.specify_work_time),
            "workBeginTimeMin" => rt::read_field(map, &mut self.work_begin_time_min),
            "workDateType" => rt::read_field(map, &mut self.work_date_type),
            "workEndDate" => rt::read_field(map, &mut self.work_end_date),
            "workEndTimeMin" => rt::read_field(map, &mut self.work_end_time_min),
            "workStartDate" => rt::read_field(map, &mut self.work_start_date),
            _ => Ok(false),
        }
    }
}
/// `CollectResumeDetailRequestResumeDataBaseInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CollectResumeDetailRequestResumeDataBaseInfo {
    /// A `CollectResumeDetailRequestResumeDataBaseInfo` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
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
            name: name.into(),
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataBaseInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("age", &self.age)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("beginWorkTime", &self.begin_work_time)?;
        object.optional("birthday", &self.birthday)?;
        object.optional("email", &self.email)?;
        object.optional("englishName", &self.english_name)?;
        object.optional("graduateTime", &self.graduate_time)?;
        object.optional("highestEducation", &self.highest_education)?;
        object.optional("jobTitle", &self.job_title)?;
        object.optional("lastSchoolName", &self.last_school_name)?;
        object.optional("married", &self.married)?;
        object.field("name", &self.name)?;
        object.optional("nativePlace", &self.native_place)?;
        object.optional("nowLocation", &self.now_location)?;
        object.optional("personalHonor", &self.personal_honor)?;
        object.optional("phoneNum", &self.phone_num)?;
        object.optional("politicalStatus", &self.political_status)?;
        object.optional("selfEvaluation", &self.self_evaluation)?;
        object.optional("sex", &self.sex)?;
        object.optional("virtualPhoneNum", &self.virtual_phone_num)?;
        object.optional("workingYears", &self.working_years)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailRequestResumeDataBaseInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataBaseInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "age" => rt::read_field(map, &mut self.age),
            "avatar" => rt::read_field(map, &mut self.avatar),
            "beginWorkTime" => rt::read_field(map, &mut self.begin_work_time),
            "birthday" => rt::read_field(map, &mut self.birthday),
            "email" => rt::read_field(map, &mut self.email),
            "englishName" => rt::read_field(map, &mut self.english_name),
            "graduateTime" => rt::read_field(map, &mut self.graduate_time),
            "highestEducation" => rt::read_field(map, &mut self.highest_education),
            "jobTitle" => rt::read_field(map, &mut self.job_title),
            "lastSchoolName" => rt::read_field(map, &mut self.last_school_name),
            "married" => rt::read_field(map, &mut self.married),
            "name" => rt::read_field(map, &mut self.name),
            "nativePlace" => rt::read_field(map, &mut self.native_place),
            "nowLocation" => rt::read_field(map, &mut self.now_location),
            "personalHonor" => rt::read_field(map, &mut self.personal_honor),
            "phoneNum" => rt::read_field(map, &mut self.phone_num),
            "politicalStatus" => rt::read_field(map, &mut self.political_status),
            "selfEvaluation" => rt::read_field(map, &mut self.self_evaluation),
            "sex" => rt::read_field(map, &mut self.sex),
            "virtualPhoneNum" => rt::read_field(map, &mut self.virtual_phone_num),
            "workingYears" => rt::read_field(map, &mut self.working_years),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataCertificates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certificateName", &self.certificate_name)?;
        object.optional("grantTime", &self.grant_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectResumeDetailRequestResumeDataCertificates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataCertificates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certificateName" => rt::read_field(map, &mut self.certificate_name),
            "grantTime" => rt::read_field(map, &mut self.grant_time),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataEducationExperiences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("degree", &self.degree)?;
        object.optional("department", &self.department)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("major", &self.major)?;
        object.optional("schoolName", &self.school_name)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectResumeDetailRequestResumeDataEducationExperiences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataEducationExperiences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "degree" => rt::read_field(map, &mut self.degree),
            "department" => rt::read_field(map, &mut self.department),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "major" => rt::read_field(map, &mut self.major),
            "schoolName" => rt::read_field(map, &mut self.school_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataJobExpect {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobName", &self.job_name)?;
        object.optional("locations", &self.locations)?;
        object.optional("maxSalary", &self.max_salary)?;
        object.optional("minSalary", &self.min_salary)?;
        object.optional("onboardTime", &self.onboard_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailRequestResumeDataJobExpect {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataJobExpect {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobName" => rt::read_field(map, &mut self.job_name),
            "locations" => rt::read_field(map, &mut self.locations),
            "maxSalary" => rt::read_field(map, &mut self.max_salary),
            "minSalary" => rt::read_field(map, &mut self.min_salary),
            "onboardTime" => rt::read_field(map, &mut self.onboard_time),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataLanguageSkill {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certificateName", &self.certificate_name)?;
        object.optional("languageName", &self.language_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectResumeDetailRequestResumeDataLanguageSkill {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataLanguageSkill {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certificateName" => rt::read_field(map, &mut self.certificate_name),
            "languageName" => rt::read_field(map, &mut self.language_name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataTrainingExperiences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("institutionName", &self.institution_name)?;
        object.optional("location", &self.location)?;
        object.optional("name", &self.name)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectResumeDetailRequestResumeDataTrainingExperiences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataTrainingExperiences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "institutionName" => rt::read_field(map, &mut self.institution_name),
            "location" => rt::read_field(map, &mut self.location),
            "name" => rt::read_field(map, &mut self.name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectResumeDetailRequestResumeDataWorkExperiences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("department", &self.department)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("jobTitle", &self.job_title)?;
        object.optional("location", &self.location)?;
        object.optional("responsibility", &self.responsibility)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CollectResumeDetailRequestResumeDataWorkExperiences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequestResumeDataWorkExperiences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyName" => rt::read_field(map, &mut self.company_name),
            "department" => rt::read_field(map, &mut self.department),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "jobTitle" => rt::read_field(map, &mut self.job_title),
            "location" => rt::read_field(map, &mut self.location),
            "responsibility" => rt::read_field(map, &mut self.responsibility),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
/// `GetJobAuthResponseBodyJobOwners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetJobAuthResponseBodyJobOwners {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetJobAuthResponseBodyJobOwners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobAuthResponseBodyJobOwners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobAuthResponseBodyJobOwners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetJobInfoByJobIdResponseBodyJobOwners`: the same model as [`GetJobAuthResponseBodyJobOwners`].
pub type GetJobInfoByJobIdResponseBodyJobOwners = GetJobAuthResponseBodyJobOwners;
/// `ImportJobDataRequestBodyAddress`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ImportJobDataRequestBodyAddress {
    /// A `ImportJobDataRequestBodyAddress` with its required fields (`cityCode`, `districtCode`, `latitude`, `longitude`, `name`, `provinceCode`); set the others with the methods named after them.
    pub fn new(
        city_code: impl Into<String>,
        district_code: impl Into<String>,
        latitude: impl Into<String>,
        longitude: impl Into<String>,
        name: impl Into<String>,
        province_code: impl Into<String>,
    ) -> Self {
        Self {
            city_code: city_code.into(),
            custom_name: None,
            district_code: district_code.into(),
            latitude: latitude.into(),
            longitude: longitude.into(),
            name: name.into(),
            province_code: province_code.into(),
        }
    }
    /// Sets `customName`.
    pub fn custom_name(mut self, value: impl Into<String>) -> Self {
        self.custom_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ImportJobDataRequestBodyAddress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cityCode", &self.city_code)?;
        object.optional("customName", &self.custom_name)?;
        object.field("districtCode", &self.district_code)?;
        object.field("latitude", &self.latitude)?;
        object.field("longitude", &self.longitude)?;
        object.field("name", &self.name)?;
        object.field("provinceCode", &self.province_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportJobDataRequestBodyAddress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportJobDataRequestBodyAddress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cityCode" => rt::read_field(map, &mut self.city_code),
            "customName" => rt::read_field(map, &mut self.custom_name),
            "districtCode" => rt::read_field(map, &mut self.district_code),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "name" => rt::read_field(map, &mut self.name),
            "provinceCode" => rt::read_field(map, &mut self.province_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ImportJobDataRequestBodyFullTimeExt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("salaryMonth", &self.salary_month)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportJobDataRequestBodyFullTimeExt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportJobDataRequestBodyFullTimeExt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "salaryMonth" => rt::read_field(map, &mut self.salary_month),
            _ => Ok(false),
        }
    }
}
/// `QueryCandidatesResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCandidatesResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCandidatesResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "entryDate" => rt::read_field(map, &mut self.entry_date),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCandidatesResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateId", &self.candidate_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("entryDate", &self.entry_date)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryInterviewsResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryInterviewsResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInterviewsResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cancelled" => rt::read_field(map, &mut self.cancelled),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "endTimeMillis" => rt::read_field(map, &mut self.end_time_millis),
            "interviewId" => rt::read_field(map, &mut self.interview_id),
            "interviewers" => rt::read_field(map, &mut self.interviewers),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "startTimeMillis" => rt::read_field(map, &mut self.start_time_millis),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInterviewsResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cancelled", &self.cancelled)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("endTimeMillis", &self.end_time_millis)?;
        object.optional("interviewId", &self.interview_id)?;
        object.optional("interviewers", &self.interviewers)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("startTimeMillis", &self.start_time_millis)?;
        object.end()
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "aiInterviewHistoryEvaluationContentList",
                &self.ai_interview_history_evaluation_content_list,
            )?;
        object.optional("canViewUserIdList", &self.can_view_user_id_list)?;
        object.optional("historyInterviewId", &self.history_interview_id)?;
        object.optional("historyInterviewRounds", &self.history_interview_rounds)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiInterviewHistoryEvaluationContentList" => {
                rt::read_field(
                    map,
                    &mut self.ai_interview_history_evaluation_content_list,
                )
            }
            "canViewUserIdList" => rt::read_field(map, &mut self.can_view_user_id_list),
            "historyInterviewId" => rt::read_field(map, &mut self.history_interview_id),
            "historyInterviewRounds" => {
                rt::read_field(map, &mut self.history_interview_rounds)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for SyncInterviewInfoToAIInterviewAssistantRequestConferenceInfoVOConferenceBookerInfoVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for SyncInterviewInfoToAIInterviewAssistantRequestInterviewerInfoVOListInterviewEvaluationFormConfigVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
/// `QueryInterviewsResponseBodyListInterviewers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInterviewsResponseBodyListInterviewers {
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInterviewsResponseBodyListInterviewers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInterviewsResponseBodyListInterviewers {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInterviewsResponseBodyListInterviewers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
impl rt::serde::Serialize
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4 {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("historyInterviewContent", &self.history_interview_content)?;
        object.optional("interviewerUserId", &self.interviewer_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4 {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for SyncInterviewInfoToAIInterviewAssistantRequestCandidateInfoVOListHistoryInterviewInfoVOListAiInterviewHistoryEvaluationC61756af4 {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "historyInterviewContent" => {
                rt::read_field(map, &mut self.history_interview_content)
            }
            "interviewerUserId" => rt::read_field(map, &mut self.interviewer_user_id),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::add_application_reg_form_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddApplicationRegFormTemplateRequest {
    /// A `AddApplicationRegFormTemplateRequest` with its required fields (`opUserId`, `content`, `name`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        content: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            biz_code: None,
            op_user_id: op_user_id.into(),
            content: content.into(),
            name: name.into(),
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
impl rt::serde::Serialize for AddApplicationRegFormTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("name", &self.name)?;
        object.optional("outerId", &self.outer_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddApplicationRegFormTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddApplicationRegFormTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "content" => rt::read_field(map, &mut self.content),
            "name" => rt::read_field(map, &mut self.name),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddFileRequest {
    /// A `AddFileRequest` with its required fields (`fileName`, `mediaId`); set the others with the methods named after them.
    pub fn new(file_name: impl Into<String>, media_id: impl Into<String>) -> Self {
        Self {
            biz_code: None,
            op_user_id: None,
            file_name: file_name.into(),
            media_id: media_id.into(),
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
impl rt::serde::Serialize for AddFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileName", &self.file_name)?;
        object.field("mediaId", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AddUserAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channelAccountName", &self.channel_account_name)?;
        object.optional("channelUserIdentify", &self.channel_user_identify)?;
        object.optional("phoneNumber", &self.phone_number)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddUserAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddUserAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "channelAccountName" => rt::read_field(map, &mut self.channel_account_name),
            "channelUserIdentify" => rt::read_field(map, &mut self.channel_user_identify),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CollectRecruitJobDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("jobInfo", &self.job_info)?;
        object.optional("outCorpId", &self.out_corp_id)?;
        object.optional("outCorpName", &self.out_corp_name)?;
        object.optional("recruitUserInfo", &self.recruit_user_info)?;
        object.optional("source", &self.source)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectRecruitJobDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectRecruitJobDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "channel" => rt::read_field(map, &mut self.channel),
            "jobInfo" => rt::read_field(map, &mut self.job_info),
            "outCorpId" => rt::read_field(map, &mut self.out_corp_id),
            "outCorpName" => rt::read_field(map, &mut self.out_corp_name),
            "recruitUserInfo" => rt::read_field(map, &mut self.recruit_user_info),
            "source" => rt::read_field(map, &mut self.source),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CollectRecruitJobDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::collect_resume_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CollectResumeDetailRequest {
    /// A `CollectResumeDetailRequest` with its required fields (`deliverJobId`, `optUserId`, `resumeData`); set the others with the methods named after them.
    pub fn new(
        deliver_job_id: impl Into<String>,
        opt_user_id: impl Into<String>,
        resume_data: CollectResumeDetailRequestResumeData,
    ) -> Self {
        Self {
            biz_code: None,
            channel_code: None,
            channel_outer_id: None,
            channel_talent_id: None,
            deliver_job_id: deliver_job_id.into(),
            opt_user_id: opt_user_id.into(),
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
impl rt::serde::Serialize for CollectResumeDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channelCode", &self.channel_code)?;
        object.optional("channelOuterId", &self.channel_outer_id)?;
        object.optional("channelTalentId", &self.channel_talent_id)?;
        object.field("deliverJobId", &self.deliver_job_id)?;
        object.field("optUserId", &self.opt_user_id)?;
        object.optional("resumeChannelUrl", &self.resume_channel_url)?;
        object.field("resumeData", &self.resume_data)?;
        object.optional("resumeFile", &self.resume_file)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "channelOuterId" => rt::read_field(map, &mut self.channel_outer_id),
            "channelTalentId" => rt::read_field(map, &mut self.channel_talent_id),
            "deliverJobId" => rt::read_field(map, &mut self.deliver_job_id),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "resumeChannelUrl" => rt::read_field(map, &mut self.resume_channel_url),
            "resumeData" => rt::read_field(map, &mut self.resume_data),
            "resumeFile" => rt::read_field(map, &mut self.resume_file),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CollectResumeDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::collect_resume_mail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CollectResumeMailRequest {
    /// A `CollectResumeMailRequest` with its required fields (`bizCode`, `channelCode`, `fromMailAddress`, `mailId`, `mailTitle`, `receiveMailAddress`, `receiveMailType`, `receivedTime`, `resumeFile`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        biz_code: impl Into<String>,
        channel_code: impl Into<String>,
        from_mail_address: impl Into<String>,
        mail_id: impl Into<String>,
        mail_title: impl Into<String>,
        receive_mail_address: impl Into<String>,
        receive_mail_type: i64,
        received_time: i64,
        resume_file: CollectResumeMailRequestResumeFile,
    ) -> Self {
        Self {
            biz_code: biz_code.into(),
            channel_code: channel_code.into(),
            deliver_job_id: None,
            from_mail_address: from_mail_address.into(),
            history_mail_import: None,
            mail_id: mail_id.into(),
            mail_title: mail_title.into(),
            opt_user_id: None,
            receive_mail_address: receive_mail_address.into(),
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
impl rt::serde::Serialize for CollectResumeMailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCode", &self.channel_code)?;
        object.optional("deliverJobId", &self.deliver_job_id)?;
        object.field("fromMailAddress", &self.from_mail_address)?;
        object.optional("historyMailImport", &self.history_mail_import)?;
        object.field("mailId", &self.mail_id)?;
        object.field("mailTitle", &self.mail_title)?;
        object.optional("optUserId", &self.opt_user_id)?;
        object.field("receiveMailAddress", &self.receive_mail_address)?;
        object.field("receiveMailType", &self.receive_mail_type)?;
        object.field("receivedTime", &self.received_time)?;
        object.optional("resumeChannelUrl", &self.resume_channel_url)?;
        object.field("resumeFile", &self.resume_file)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CollectResumeMailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CollectResumeMailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "deliverJobId" => rt::read_field(map, &mut self.deliver_job_id),
            "fromMailAddress" => rt::read_field(map, &mut self.from_mail_address),
            "historyMailImport" => rt::read_field(map, &mut self.history_mail_import),
            "mailId" => rt::read_field(map, &mut self.mail_id),
            "mailTitle" => rt::read_field(map, &mut self.mail_title),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "receiveMailAddress" => rt::read_field(map, &mut self.receive_mail_address),
            "receiveMailType" => rt::read_field(map, &mut self.receive_mail_type),
            "receivedTime" => rt::read_field(map, &mut self.received_time),
            "resumeChannelUrl" => rt::read_field(map, &mut self.resume_channel_url),
            "resumeFile" => rt::read_field(map, &mut self.resume_file),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConfirmRightsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConfirmRightsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConfirmRightsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
    }
}
/// The request of [`Api::finish_beginner_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FinishBeginnerTaskRequest {
    /// `scope`: a query parameter.
    pub scope: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl FinishBeginnerTaskRequest {
    /// A `FinishBeginnerTaskRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            scope: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FinishBeginnerTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FinishBeginnerTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => rt::read_field(map, &mut self.scope),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetApplicationRegFormByFlowIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetApplicationRegFormByFlowIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetApplicationRegFormByFlowIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
    }
}
/// The request of [`Api::get_candidate_by_phone_number`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCandidateByPhoneNumberRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `phoneNumber`: a query parameter.
    pub phone_number: String,
}
impl GetCandidateByPhoneNumberRequest {
    /// A `GetCandidateByPhoneNumberRequest` with its required fields (`phoneNumber`); set the others with the methods named after them.
    pub fn new(phone_number: impl Into<String>) -> Self {
        Self {
            biz_code: None,
            phone_number: phone_number.into(),
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCandidateByPhoneNumberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCandidateByPhoneNumberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCandidateByPhoneNumberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("phoneNumber", &self.phone_number);
    }
}
/// The request of [`Api::get_file_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`fileName`, `fileSize`, `md5`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        file_size: i64,
        md5: impl Into<String>,
    ) -> Self {
        Self {
            biz_code: None,
            file_name: file_name.into(),
            file_size,
            md5: md5.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileUploadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "md5" => rt::read_field(map, &mut self.md5),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFlowIdByRelationEntityIdRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `relationEntity`: a query parameter.
    pub relation_entity: String,
    /// `relationEntityId`: a query parameter.
    pub relation_entity_id: String,
}
impl GetFlowIdByRelationEntityIdRequest {
    /// A `GetFlowIdByRelationEntityIdRequest` with its required fields (`relationEntity`, `relationEntityId`); set the others with the methods named after them.
    pub fn new(
        relation_entity: impl Into<String>,
        relation_entity_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_code: None,
            relation_entity: relation_entity.into(),
            relation_entity_id: relation_entity_id.into(),
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFlowIdByRelationEntityIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFlowIdByRelationEntityIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "relationEntity" => rt::read_field(map, &mut self.relation_entity),
            "relationEntityId" => rt::read_field(map, &mut self.relation_entity_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetJobAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetJobAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetJobAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
    }
}
/// The request of [`Api::import_candidate_by_resume`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ImportCandidateByResumeRequest {
    /// A `ImportCandidateByResumeRequest` with its required fields (`fileName`, `fileSize`, `fileSourceType`, `fileType`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        file_size: i64,
        file_source_type: i64,
        file_type: impl Into<String>,
    ) -> Self {
        Self {
            op_user_id: None,
            channel_code: None,
            file_id: None,
            file_name: file_name.into(),
            file_size,
            file_source_type,
            file_type: file_type.into(),
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
impl rt::serde::Serialize for ImportCandidateByResumeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channelCode", &self.channel_code)?;
        object.optional("fileId", &self.file_id)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileSize", &self.file_size)?;
        object.field("fileSourceType", &self.file_source_type)?;
        object.field("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportCandidateByResumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportCandidateByResumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileSourceType" => rt::read_field(map, &mut self.file_source_type),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ImportCandidateByResumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::import_job_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ImportJobDataRequest {
    /// `body`.
    pub body: Vec<ImportJobDataRequestBody>,
}
impl ImportJobDataRequest {
    /// A `ImportJobDataRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = ImportJobDataRequestBody>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportJobDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportJobDataRequest {
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
impl rt::WriteRequest for ImportJobDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::query_candidates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryCandidatesRequest {
    /// A `QueryCandidatesRequest` with its required fields (`opUserId`, `statId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>, stat_id: impl Into<String>) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            max_results: None,
            next_token: None,
            stat_id: stat_id.into(),
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
impl rt::serde::Serialize for QueryCandidatesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("statId", &self.stat_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCandidatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCandidatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "statId" => rt::read_field(map, &mut self.stat_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCandidatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_interviews`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryInterviewsRequest {
    /// A `QueryInterviewsRequest` with its required fields (`candidateId`, `startTimeBeginMillis`, `startTimeEndMillis`); set the others with the methods named after them.
    pub fn new(
        candidate_id: impl Into<String>,
        start_time_begin_millis: i64,
        start_time_end_millis: i64,
    ) -> Self {
        Self {
            biz_code: None,
            next_token: None,
            size: None,
            candidate_id: candidate_id.into(),
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
impl rt::serde::Serialize for QueryInterviewsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("candidateId", &self.candidate_id)?;
        object.field("startTimeBeginMillis", &self.start_time_begin_millis)?;
        object.field("startTimeEndMillis", &self.start_time_end_millis)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInterviewsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInterviewsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "size" => rt::read_field(map, &mut self.size),
            "candidateId" => rt::read_field(map, &mut self.candidate_id),
            "startTimeBeginMillis" => {
                rt::read_field(map, &mut self.start_time_begin_millis)
            }
            "startTimeEndMillis" => rt::read_field(map, &mut self.start_time_end_millis),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ReportMessageStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("messageId", &self.message_id)?;
        object.optional("receiverUserId", &self.receiver_user_id)?;
        object.optional("senderUserId", &self.sender_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReportMessageStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReportMessageStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "channel" => rt::read_field(map, &mut self.channel),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReportMessageStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::resume_post_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ResumePostEventRequest {
    /// A `ResumePostEventRequest` with its required fields (`candidateName`, `jobName`, `jobOwnerUserId`, `mobileResumeUrl`, `pcResumeUrl`, `resumePostTime`); set the others with the methods named after them.
    pub fn new(
        candidate_name: impl Into<String>,
        job_name: impl Into<String>,
        job_owner_user_id: impl Into<String>,
        mobile_resume_url: impl Into<String>,
        pc_resume_url: impl Into<String>,
        resume_post_time: i64,
    ) -> Self {
        Self {
            candidate_name: candidate_name.into(),
            job_name: job_name.into(),
            job_owner_user_id: job_owner_user_id.into(),
            mobile_resume_url: mobile_resume_url.into(),
            pc_resume_url: pc_resume_url.into(),
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
impl rt::serde::Serialize for ResumePostEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("candidateName", &self.candidate_name)?;
        object.field("jobName", &self.job_name)?;
        object.field("jobOwnerUserId", &self.job_owner_user_id)?;
        object.field("mobileResumeUrl", &self.mobile_resume_url)?;
        object.field("pcResumeUrl", &self.pc_resume_url)?;
        object.optional("resumeDesc", &self.resume_desc)?;
        object.field("resumePostTime", &self.resume_post_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ResumePostEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ResumePostEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateName" => rt::read_field(map, &mut self.candidate_name),
            "jobName" => rt::read_field(map, &mut self.job_name),
            "jobOwnerUserId" => rt::read_field(map, &mut self.job_owner_user_id),
            "mobileResumeUrl" => rt::read_field(map, &mut self.mobile_resume_url),
            "pcResumeUrl" => rt::read_field(map, &mut self.pc_resume_url),
            "resumeDesc" => rt::read_field(map, &mut self.resume_desc),
            "resumePostTime" => rt::read_field(map, &mut self.resume_post_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ResumePostEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_flow`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchFlowRequest {
    /// A `SearchFlowRequest` with its required fields (`opUserId`, `maxModifyTimeMills`, `minModifyTimeMills`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        max_modify_time_mills: i64,
        min_modify_time_mills: i64,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
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
impl rt::serde::Serialize for SearchFlowRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cursor", &self.cursor)?;
        object.field("maxModifyTimeMills", &self.max_modify_time_mills)?;
        object.field("minModifyTimeMills", &self.min_modify_time_mills)?;
        object.optional("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchFlowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchFlowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "maxModifyTimeMills" => rt::read_field(map, &mut self.max_modify_time_mills),
            "minModifyTimeMills" => rt::read_field(map, &mut self.min_modify_time_mills),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for SyncChannelMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("content", &self.content)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("receiverUserId", &self.receiver_user_id)?;
        object.optional("senderUserId", &self.sender_user_id)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncChannelMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncChannelMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "channel" => rt::read_field(map, &mut self.channel),
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncInterviewInfoToAIInterviewAssistantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("candidateInfoVOList", &self.candidate_info_vo_list)?;
        object.optional("conferenceInfoVO", &self.conference_info_vo)?;
        object.optional("interviewEndTime", &self.interview_end_time)?;
        object.optional("interviewId", &self.interview_id)?;
        object.optional("interviewStartTime", &self.interview_start_time)?;
        object.optional("interviewType", &self.interview_type)?;
        object.optional("interviewerInfoVOList", &self.interviewer_info_vo_list)?;
        object.optional("isvId", &self.isv_id)?;
        object.optional("jobContentVO", &self.job_content_vo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncInterviewInfoToAIInterviewAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInterviewInfoToAIInterviewAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateInfoVOList" => {
                rt::read_field(map, &mut self.candidate_info_vo_list)
            }
            "conferenceInfoVO" => rt::read_field(map, &mut self.conference_info_vo),
            "interviewEndTime" => rt::read_field(map, &mut self.interview_end_time),
            "interviewId" => rt::read_field(map, &mut self.interview_id),
            "interviewStartTime" => rt::read_field(map, &mut self.interview_start_time),
            "interviewType" => rt::read_field(map, &mut self.interview_type),
            "interviewerInfoVOList" => {
                rt::read_field(map, &mut self.interviewer_info_vo_list)
            }
            "isvId" => rt::read_field(map, &mut self.isv_id),
            "jobContentVO" => rt::read_field(map, &mut self.job_content_vo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncInterviewInfoToAIInterviewAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_application_reg_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateApplicationRegFormRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `content`.
    pub content: String,
    /// `dingPanFile`.
    pub ding_pan_file: UpdateApplicationRegFormRequestDingPanFile,
}
impl UpdateApplicationRegFormRequest {
    /// A `UpdateApplicationRegFormRequest` with its required fields (`content`, `dingPanFile`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        ding_pan_file: UpdateApplicationRegFormRequestDingPanFile,
    ) -> Self {
        Self {
            biz_code: None,
            content: content.into(),
            ding_pan_file,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateApplicationRegFormRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("dingPanFile", &self.ding_pan_file)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateApplicationRegFormRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateApplicationRegFormRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "content" => rt::read_field(map, &mut self.content),
            "dingPanFile" => rt::read_field(map, &mut self.ding_pan_file),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateApplicationRegFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_interview_sign_in_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateInterviewSignInInfoRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `signInTimeMillis`.
    pub sign_in_time_millis: i64,
}
impl UpdateInterviewSignInInfoRequest {
    /// A `UpdateInterviewSignInInfoRequest` with its required fields (`signInTimeMillis`); set the others with the methods named after them.
    pub fn new(sign_in_time_millis: i64) -> Self {
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
impl rt::serde::Serialize for UpdateInterviewSignInInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("signInTimeMillis", &self.sign_in_time_millis)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInterviewSignInInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInterviewSignInInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "signInTimeMillis" => rt::read_field(map, &mut self.sign_in_time_millis),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInterviewSignInInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_job_deliver`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateJobDeliverRequest {
    /// A `UpdateJobDeliverRequest` with its required fields (`bizCode`, `jobId`, `channelOuterId`, `deliverUserId`, `opTime`, `status`); set the others with the methods named after them.
    pub fn new(
        biz_code: impl Into<String>,
        job_id: impl Into<String>,
        channel_outer_id: impl Into<String>,
        deliver_user_id: impl Into<String>,
        op_time: i64,
        status: i64,
    ) -> Self {
        Self {
            biz_code: biz_code.into(),
            job_id: job_id.into(),
            channel_outer_id: channel_outer_id.into(),
            deliver_user_id: deliver_user_id.into(),
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
impl rt::serde::Serialize for UpdateJobDeliverRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelOuterId", &self.channel_outer_id)?;
        object.field("deliverUserId", &self.deliver_user_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.field("opTime", &self.op_time)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateJobDeliverRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateJobDeliverRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "channelOuterId" => rt::read_field(map, &mut self.channel_outer_id),
            "deliverUserId" => rt::read_field(map, &mut self.deliver_user_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "opTime" => rt::read_field(map, &mut self.op_time),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
