// @generated from api-spec/chengfeng_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! chengfeng（未在钉钉开放平台文档中找到）：员工与任职、职级、职位与职务，OKR 与日志数据。
//!
//! 20 operations, methods of [`Api`] (`client.chengfeng_1_0()`), behind the cargo feature `chengfeng_1_0`; its paths start with `/v1.0/chengfeng/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `chengfeng_1_0`. Get it with `client.chengfeng_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取组织下的全部职级
    ///
    /// `GET /v1.0/chengfeng/jobLevels`: DingTalk's `GetAllJobLevel` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllJobLevel")]
    #[doc(alias = "/v1.0/chengfeng/jobLevels")]
    #[doc(alias = "GET /v1.0/chengfeng/jobLevels")]
    pub fn get_all_job_level(
        &self,
    ) -> rt::Call<GetAllJobLevelResponseBody, GetAllJobLevelError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllJobLevel",
            rt::Method::Get,
            "/v1.0/chengfeng/jobLevels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取公司全部职位
    ///
    /// `GET /v1.0/chengfeng/jobPositions`: DingTalk's `GetAllJobPosition` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllJobPosition")]
    #[doc(alias = "/v1.0/chengfeng/jobPositions")]
    #[doc(alias = "GET /v1.0/chengfeng/jobPositions")]
    pub fn get_all_job_position(
        &self,
    ) -> rt::Call<GetAllJobPositionResponseBody, GetAllJobPositionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllJobPosition",
            rt::Method::Get,
            "/v1.0/chengfeng/jobPositions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取组织下的所有职务
    ///
    /// `GET /v1.0/chengfeng/jobPosts`: DingTalk's `GetAllJobPost` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllJobPost")]
    #[doc(alias = "/v1.0/chengfeng/jobPosts")]
    #[doc(alias = "GET /v1.0/chengfeng/jobPosts")]
    pub fn get_all_job_post(
        &self,
    ) -> rt::Call<GetAllJobPostResponseBody, GetAllJobPostError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllJobPost",
            rt::Method::Get,
            "/v1.0/chengfeng/jobPosts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取分析运营数据
    ///
    /// `POST /v1.0/chengfeng/okr/analyses/datas/query`: DingTalk's `GetAnalyzeData` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAnalyzeData")]
    #[doc(alias = "/v1.0/chengfeng/okr/analyses/datas/query")]
    #[doc(alias = "POST /v1.0/chengfeng/okr/analyses/datas/query")]
    pub fn get_analyze_data(
        &self,
        request: &GetAnalyzeDataRequest,
    ) -> rt::Call<GetAnalyzeDataResponseBody, GetAnalyzeDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAnalyzeData",
            rt::Method::Post,
            "/v1.0/chengfeng/okr/analyses/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据部门编码查询下组织列表
    ///
    /// `GET /v1.0/chengfeng/organizations`: DingTalk's `GetChildOrgList` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetChildOrgList")]
    #[doc(alias = "/v1.0/chengfeng/organizations")]
    #[doc(alias = "GET /v1.0/chengfeng/organizations")]
    pub fn get_child_org_list(
        &self,
        request: &GetChildOrgListRequest,
    ) -> rt::Call<GetChildOrgListResponseBody, GetChildOrgListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetChildOrgList",
            rt::Method::Get,
            "/v1.0/chengfeng/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据工号查询员工基础信息
    ///
    /// `GET /v1.0/chengfeng/workNumbers/employees`: DingTalk's `GetEmployeeInfoByWorkNo` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEmployeeInfoByWorkNo")]
    #[doc(alias = "/v1.0/chengfeng/workNumbers/employees")]
    #[doc(alias = "GET /v1.0/chengfeng/workNumbers/employees")]
    pub fn get_employee_info_by_work_no(
        &self,
        request: &GetEmployeeInfoByWorkNoRequest,
    ) -> rt::Call<GetEmployeeInfoByWorkNoResponseBody, GetEmployeeInfoByWorkNoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEmployeeInfoByWorkNo",
            rt::Method::Get,
            "/v1.0/chengfeng/workNumbers/employees",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据人员工号查询人员任职记录
    ///
    /// `GET /v1.0/chengfeng/users/workNumber/{workNumbers}employmentRecords`: DingTalk's `GetEmploymentRecordByWorkNo` (module feature `chengfeng_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `work_numbers`: `{workNumbers}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEmploymentRecordByWorkNo")]
    #[doc(alias = "/v1.0/chengfeng/users/workNumber/{workNumbers}employmentRecords")]
    #[doc(alias = "GET /v1.0/chengfeng/users/workNumber/{workNumbers}employmentRecords")]
    pub fn get_employment_record_by_work_no(
        &self,
        work_numbers: &str,
    ) -> rt::Call<
        GetEmploymentRecordByWorkNoResponseBody,
        GetEmploymentRecordByWorkNoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEmploymentRecordByWorkNo",
            rt::Method::Get,
            "/v1.0/chengfeng/users/workNumber/{workNumbers}employmentRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[work_numbers], &())
    }
    /// 获取职位详情
    ///
    /// `GET /v1.0/chengfeng/jobPositions/infos`: DingTalk's `GetJobPosition` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetJobPosition")]
    #[doc(alias = "/v1.0/chengfeng/jobPositions/infos")]
    #[doc(alias = "GET /v1.0/chengfeng/jobPositions/infos")]
    pub fn get_job_position(
        &self,
        request: &GetJobPositionRequest,
    ) -> rt::Call<GetJobPositionResponseBody, GetJobPositionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobPosition",
            rt::Method::Get,
            "/v1.0/chengfeng/jobPositions/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据编码获取职位详情
    ///
    /// `GET /v1.0/chengfeng/jobPosts/infos`: DingTalk's `GetJobPost` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetJobPost")]
    #[doc(alias = "/v1.0/chengfeng/jobPosts/infos")]
    #[doc(alias = "GET /v1.0/chengfeng/jobPosts/infos")]
    pub fn get_job_post(
        &self,
        request: &GetJobPostRequest,
    ) -> rt::Call<GetJobPostResponseBody, GetJobPostError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobPost",
            rt::Method::Get,
            "/v1.0/chengfeng/jobPosts/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织详情
    ///
    /// `GET /v1.0/chengfeng/organizations/infos`: DingTalk's `GetOrgInfo` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrgInfo")]
    #[doc(alias = "/v1.0/chengfeng/organizations/infos")]
    #[doc(alias = "GET /v1.0/chengfeng/organizations/infos")]
    pub fn get_org_info(
        &self,
        request: &GetOrgInfoRequest,
    ) -> rt::Call<GetOrgInfoResponseBody, GetOrgInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrgInfo",
            rt::Method::Get,
            "/v1.0/chengfeng/organizations/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据员工工号获取员工的基本信息
    ///
    /// `GET /v1.0/chengfeng/users`: DingTalk's `GetStaffInfoByWorkNo` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetStaffInfoByWorkNo")]
    #[doc(alias = "/v1.0/chengfeng/users")]
    #[doc(alias = "GET /v1.0/chengfeng/users")]
    pub fn get_staff_info_by_work_no(
        &self,
        request: &GetStaffInfoByWorkNoRequest,
    ) -> rt::Call<GetStaffInfoByWorkNoResponseBody, GetStaffInfoByWorkNoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStaffInfoByWorkNo",
            rt::Method::Get,
            "/v1.0/chengfeng/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询员工信息
    ///
    /// `POST /v1.0/chengfeng/users/query`: DingTalk's `GetStaffPageQuery` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_staff_page_query_pages`].
    #[doc(alias = "GetStaffPageQuery")]
    #[doc(alias = "/v1.0/chengfeng/users/query")]
    #[doc(alias = "POST /v1.0/chengfeng/users/query")]
    pub fn get_staff_page_query(
        &self,
        request: &GetStaffPageQueryRequest,
    ) -> rt::Call<GetStaffPageQueryResponseBody, GetStaffPageQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStaffPageQuery",
            rt::Method::Post,
            "/v1.0/chengfeng/users/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户信息
    ///
    /// `GET /v1.0/chengfeng/okr/users`: DingTalk's `GetUser` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUser")]
    #[doc(alias = "/v1.0/chengfeng/okr/users")]
    #[doc(alias = "GET /v1.0/chengfeng/okr/users")]
    pub fn get_user(
        &self,
        request: &GetUserRequest,
    ) -> rt::Call<GetUserResponseBody, GetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUser",
            rt::Method::Get,
            "/v1.0/chengfeng/okr/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 运营数据分析下的周期列表
    ///
    /// `GET /v1.0/chengfeng/okr/analyses/periods`: DingTalk's `ListAnalyzePeriods` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAnalyzePeriods")]
    #[doc(alias = "/v1.0/chengfeng/okr/analyses/periods")]
    #[doc(alias = "GET /v1.0/chengfeng/okr/analyses/periods")]
    pub fn list_analyze_periods(
        &self,
    ) -> rt::Call<ListAnalyzePeriodsResponseBody, ListAnalyzePeriodsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAnalyzePeriods",
            rt::Method::Get,
            "/v1.0/chengfeng/okr/analyses/periods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 根据目标id批量获取目标列表
    ///
    /// `POST /v1.0/chengfeng/okr/objectives/query`: DingTalk's `ListObjectiveByIds` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListObjectiveByIds")]
    #[doc(alias = "/v1.0/chengfeng/okr/objectives/query")]
    #[doc(alias = "POST /v1.0/chengfeng/okr/objectives/query")]
    pub fn list_objective_by_ids(
        &self,
        request: &ListObjectiveByIdsRequest,
    ) -> rt::Call<ListObjectiveByIdsResponseBody, ListObjectiveByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListObjectiveByIds",
            rt::Method::Post,
            "/v1.0/chengfeng/okr/objectives/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户的 OKR 列表
    ///
    /// `GET /v1.0/chengfeng/okr/users/objectives`: DingTalk's `ListObjectiveByUser` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_objective_by_user_pages`].
    #[doc(alias = "ListObjectiveByUser")]
    #[doc(alias = "/v1.0/chengfeng/okr/users/objectives")]
    #[doc(alias = "GET /v1.0/chengfeng/okr/users/objectives")]
    pub fn list_objective_by_user(
        &self,
        request: &ListObjectiveByUserRequest,
    ) -> rt::Call<ListObjectiveByUserResponseBody, ListObjectiveByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListObjectiveByUser",
            rt::Method::Get,
            "/v1.0/chengfeng/okr/users/objectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据进展id获取进展列表
    ///
    /// `POST /v1.0/chengfeng/okr/objectives/progresses/query`: DingTalk's `ListProgressByIds` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListProgressByIds")]
    #[doc(alias = "/v1.0/chengfeng/okr/objectives/progresses/query")]
    #[doc(alias = "POST /v1.0/chengfeng/okr/objectives/progresses/query")]
    pub fn list_progress_by_ids(
        &self,
        request: &ListProgressByIdsRequest,
    ) -> rt::Call<ListProgressByIdsResponseBody, ListProgressByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListProgressByIds",
            rt::Method::Post,
            "/v1.0/chengfeng/okr/objectives/progresses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织下的日志数据
    ///
    /// `GET /v1.0/chengfeng/organizations/slsLogDatas`: DingTalk's `ListSlsLog` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_sls_log_pages`].
    #[doc(alias = "ListSlsLog")]
    #[doc(alias = "/v1.0/chengfeng/organizations/slsLogDatas")]
    #[doc(alias = "GET /v1.0/chengfeng/organizations/slsLogDatas")]
    pub fn list_sls_log(
        &self,
        request: &ListSlsLogRequest,
    ) -> rt::Call<ListSlsLogResponseBody, ListSlsLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSlsLog",
            rt::Method::Get,
            "/v1.0/chengfeng/organizations/slsLogDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取目标进展记录
    ///
    /// `GET /v1.0/chengfeng/okr/objectives/progresses/records`: DingTalk's `PageListObjectiveProgress` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_objective_progress_pages`].
    #[doc(alias = "PageListObjectiveProgress")]
    #[doc(alias = "/v1.0/chengfeng/okr/objectives/progresses/records")]
    #[doc(alias = "GET /v1.0/chengfeng/okr/objectives/progresses/records")]
    pub fn page_list_objective_progress(
        &self,
        request: &PageListObjectiveProgressRequest,
    ) -> rt::Call<
        PageListObjectiveProgressResponseBody,
        PageListObjectiveProgressError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListObjectiveProgress",
            rt::Method::Get,
            "/v1.0/chengfeng/okr/objectives/progresses/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 转交目标OKR
    ///
    /// `POST /v1.0/chengfeng/okr/objectives/transfer`: DingTalk's `TransferUserObjective` (module feature `chengfeng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransferUserObjective")]
    #[doc(alias = "/v1.0/chengfeng/okr/objectives/transfer")]
    #[doc(alias = "POST /v1.0/chengfeng/okr/objectives/transfer")]
    pub fn transfer_user_objective(
        &self,
        request: &TransferUserObjectiveRequest,
    ) -> rt::Call<TransferUserObjectiveResponseBody, TransferUserObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransferUserObjective",
            rt::Method::Post,
            "/v1.0/chengfeng/okr/objectives/transfer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_staff_page_query`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.data` of each page.
    pub fn get_staff_page_query_pages(
        &self,
        request: &GetStaffPageQueryRequest,
    ) -> rt::Paginator<
        GetStaffPageQueryResponseBody,
        GetStaffPageQueryError,
        CfStaffResp,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "data"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.get_staff_page_query(request), &PAGING)
    }
    /// Every page of [`Api::list_objective_by_user`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `content.objectives` of each page.
    pub fn list_objective_by_user_pages(
        &self,
        request: &ListObjectiveByUserRequest,
    ) -> rt::Paginator<
        ListObjectiveByUserResponseBody,
        ListObjectiveByUserError,
        OpenObjectiveDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "objectives"],
            &[],
            &[],
        );
        rt::Paginator::new(self.list_objective_by_user(request), &PAGING)
    }
    /// Every page of [`Api::list_sls_log`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.data` of each page.
    pub fn list_sls_log_pages(
        &self,
        request: &ListSlsLogRequest,
    ) -> rt::Paginator<ListSlsLogResponseBody, ListSlsLogError, SlsLogResp> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "data"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.list_sls_log(request), &PAGING)
    }
    /// Every page of [`Api::page_list_objective_progress`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `content.progressList` of each page.
    pub fn page_list_objective_progress_pages(
        &self,
        request: &PageListObjectiveProgressRequest,
    ) -> rt::Paginator<
        PageListObjectiveProgressResponseBody,
        PageListObjectiveProgressError,
        OpenProgressDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "progressList"],
            &[],
            &[],
        );
        rt::Paginator::new(self.page_list_objective_progress(request), &PAGING)
    }
}
/// `GetAllJobLevelResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllJobLevelResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobLevelResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetAllJobLevelResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllJobLevelResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetAllJobPositionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllJobPositionResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobPositionResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetAllJobPositionResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllJobPositionResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetAllJobPostResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllJobPostResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobPostResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetAllJobPostResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllJobPostResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetAnalyzeDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAnalyzeDataResponseBody {
    /// `content`.
    pub content: Option<OpenAnalyzeDataDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetAnalyzeDataResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAnalyzeDataResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `GetChildOrgListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetChildOrgListResponseBody {
    /// `content`.
    pub content: Option<Vec<CfOrgResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetChildOrgListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetChildOrgListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetEmployeeInfoByWorkNoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmployeeInfoByWorkNoResponseBody {
    /// `content`.
    pub content: Option<GetEmployeeInfoByWorkNoResponseBodyContent>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetEmployeeInfoByWorkNoResponseBody { "content" => read_field(content), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeInfoByWorkNoResponseBody { "content" => optional(content), "success" =>
    optional(success) }
}
/// `GetEmploymentRecordByWorkNoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmploymentRecordByWorkNoResponseBody {
    /// `content`.
    pub content: Option<Vec<CfEmploymentRecordResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetEmploymentRecordByWorkNoResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmploymentRecordByWorkNoResponseBody { "content" => optional(content), "requestId"
    => optional(request_id) }
}
/// `GetJobPositionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobPositionResponseBody {
    /// `content`.
    pub content: Option<GetJobPositionResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetJobPositionResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobPositionResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetJobPostResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobPostResponseBody {
    /// `content`.
    pub content: Option<GetJobPostResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetJobPostResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobPostResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetOrgInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgInfoResponseBody {
    /// `content`.
    pub content: Option<GetOrgInfoResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetOrgInfoResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgInfoResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetStaffInfoByWorkNoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStaffInfoByWorkNoResponseBody {
    /// `content`.
    pub content: Option<GetStaffInfoByWorkNoResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetStaffInfoByWorkNoResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStaffInfoByWorkNoResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetStaffPageQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStaffPageQueryResponseBody {
    /// `content`.
    pub content: Option<GetStaffPageQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetStaffPageQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStaffPageQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id) }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBody {
    /// `content`.
    pub content: Option<OpenUserDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetUserResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `ListAnalyzePeriodsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAnalyzePeriodsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenPeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListAnalyzePeriodsResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAnalyzePeriodsResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `ListObjectiveByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListObjectiveByIdsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListObjectiveByIdsResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListObjectiveByIdsResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `ListObjectiveByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListObjectiveByUserResponseBody {
    /// `content`.
    pub content: Option<ListObjectiveByUserResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListObjectiveByUserResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListObjectiveByUserResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `ListProgressByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListProgressByIdsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenProgressDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListProgressByIdsResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListProgressByIdsResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `ListSlsLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSlsLogResponseBody {
    /// `content`.
    pub content: Option<ListSlsLogResponseBodyContent>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListSlsLogResponseBody { "content" => read_field(content), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSlsLogResponseBody { "content" => optional(content), "success" =>
    optional(success) }
}
/// `PageListObjectiveProgressResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListObjectiveProgressResponseBody {
    /// `content`.
    pub content: Option<PageListObjectiveProgressResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PageListObjectiveProgressResponseBody { "content" => read_field(content), "requestId"
    => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListObjectiveProgressResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "success" => optional(success) }
}
/// `TransferUserObjectiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TransferUserObjectiveResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    TransferUserObjectiveResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TransferUserObjectiveResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `CfJobLevelResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfJobLevelResp {
    /// `level`.
    pub level: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `stopDate`.
    pub stop_date: Option<String>,
}
rt::impl_deserialize! {
    CfJobLevelResp { "level" => read_field(level), "name" => read_field(name),
    "startDate" => read_field(start_date), "stopDate" => read_field(stop_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfJobLevelResp { "level" => optional(level), "name" => optional(name), "startDate" =>
    optional(start_date), "stopDate" => optional(stop_date) }
}
/// `CfJobPositionResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfJobPositionResp {
    /// `jobPositionCode`.
    pub job_position_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    CfJobPositionResp { "jobPositionCode" => read_field(job_position_code), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfJobPositionResp { "jobPositionCode" => optional(job_position_code), "name" =>
    optional(name) }
}
/// `CfJobPostResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfJobPostResp {
    /// `jobPostCode`.
    pub job_post_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    CfJobPostResp { "jobPostCode" => read_field(job_post_code), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfJobPostResp { "jobPostCode" => optional(job_post_code), "name" => optional(name) }
}
/// `OpenAnalyzeDataDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAnalyzeDataDTO {
    /// `deptCount`.
    pub dept_count: Option<i64>,
    /// `noAlignObjectiveCount`.
    pub no_align_objective_count: Option<i64>,
    /// `noKeyActionCount`.
    pub no_key_action_count: Option<i64>,
    /// `objectiveAlignRate`.
    pub objective_align_rate: Option<f64>,
    /// `objectiveNoSetCount`.
    pub objective_no_set_count: Option<i64>,
    /// `objectiveRiskCount`.
    pub objective_risk_count: Option<i64>,
    /// `objectiveSetRate`.
    pub objective_set_rate: Option<f64>,
    /// `onlyOneKeyResultCount`.
    pub only_one_key_result_count: Option<i64>,
    /// `onlyOneObjectiveCount`.
    pub only_one_objective_count: Option<i64>,
    /// `progressUpdateRateLast15Days`.
    pub progress_update_rate_last15_days: Option<f64>,
    /// `progressUpdateRateLast30Days`.
    pub progress_update_rate_last30_days: Option<f64>,
    /// `progressUpdateRateLast7Days`.
    pub progress_update_rate_last7_days: Option<f64>,
}
rt::impl_deserialize! {
    OpenAnalyzeDataDTO { "deptCount" => read_field(dept_count), "noAlignObjectiveCount"
    => read_field(no_align_objective_count), "noKeyActionCount" =>
    read_field(no_key_action_count), "objectiveAlignRate" =>
    read_field(objective_align_rate), "objectiveNoSetCount" =>
    read_field(objective_no_set_count), "objectiveRiskCount" =>
    read_field(objective_risk_count), "objectiveSetRate" =>
    read_field(objective_set_rate), "onlyOneKeyResultCount" =>
    read_field(only_one_key_result_count), "onlyOneObjectiveCount" =>
    read_field(only_one_objective_count), "progressUpdateRateLast15Days" =>
    read_field(progress_update_rate_last15_days), "progressUpdateRateLast30Days" =>
    read_field(progress_update_rate_last30_days), "progressUpdateRateLast7Days" =>
    read_field(progress_update_rate_last7_days) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAnalyzeDataDTO { "deptCount" => optional(dept_count), "noAlignObjectiveCount" =>
    optional(no_align_objective_count), "noKeyActionCount" =>
    optional(no_key_action_count), "objectiveAlignRate" =>
    optional(objective_align_rate), "objectiveNoSetCount" =>
    optional(objective_no_set_count), "objectiveRiskCount" =>
    optional(objective_risk_count), "objectiveSetRate" => optional(objective_set_rate),
    "onlyOneKeyResultCount" => optional(only_one_key_result_count),
    "onlyOneObjectiveCount" => optional(only_one_objective_count),
    "progressUpdateRateLast15Days" => optional(progress_update_rate_last15_days),
    "progressUpdateRateLast30Days" => optional(progress_update_rate_last30_days),
    "progressUpdateRateLast7Days" => optional(progress_update_rate_last7_days) }
}
/// `CfOrgResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfOrgResp {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `level`.
    pub level: Option<i64>,
    /// `organizationCodePath`.
    pub organization_code_path: Option<String>,
    /// `organizationPath`.
    pub organization_path: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
}
rt::impl_deserialize! {
    CfOrgResp { "deptCode" => read_field(dept_code), "deptName" => read_field(dept_name),
    "level" => read_field(level), "organizationCodePath" =>
    read_field(organization_code_path), "organizationPath" =>
    read_field(organization_path), "parentDeptCode" => read_field(parent_dept_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfOrgResp { "deptCode" => optional(dept_code), "deptName" => optional(dept_name),
    "level" => optional(level), "organizationCodePath" =>
    optional(organization_code_path), "organizationPath" => optional(organization_path),
    "parentDeptCode" => optional(parent_dept_code) }
}
/// `GetEmployeeInfoByWorkNoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmployeeInfoByWorkNoResponseBodyContent {
    /// `name`.
    pub name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    GetEmployeeInfoByWorkNoResponseBodyContent { "name" => read_field(name), "workNo" =>
    read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeInfoByWorkNoResponseBodyContent { "name" => optional(name), "workNo" =>
    optional(work_no) }
}
/// `CfEmploymentRecordResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfEmploymentRecordResp {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `employeeStatus`.
    pub employee_status: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `isLatestRecord`.
    pub is_latest_record: Option<bool>,
    /// `jobLevelName`.
    pub job_level_name: Option<String>,
    /// `jobPositionCode`.
    pub job_position_code: Option<String>,
    /// `jobPositionName`.
    pub job_position_name: Option<String>,
    /// `jobPostCode`.
    pub job_post_code: Option<String>,
    /// `jobPostName`.
    pub job_post_name: Option<String>,
    /// `serviceStatus`.
    pub service_status: Option<String>,
    /// `serviceType`.
    pub service_type: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `workNumbers`.
    pub work_numbers: Option<String>,
}
rt::impl_deserialize! {
    CfEmploymentRecordResp { "deptCode" => read_field(dept_code), "deptName" =>
    read_field(dept_name), "employeeStatus" => read_field(employee_status), "endDate" =>
    read_field(end_date), "isLatestRecord" => read_field(is_latest_record),
    "jobLevelName" => read_field(job_level_name), "jobPositionCode" =>
    read_field(job_position_code), "jobPositionName" => read_field(job_position_name),
    "jobPostCode" => read_field(job_post_code), "jobPostName" =>
    read_field(job_post_name), "serviceStatus" => read_field(service_status),
    "serviceType" => read_field(service_type), "startDate" => read_field(start_date),
    "workNumbers" => read_field(work_numbers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfEmploymentRecordResp { "deptCode" => optional(dept_code), "deptName" =>
    optional(dept_name), "employeeStatus" => optional(employee_status), "endDate" =>
    optional(end_date), "isLatestRecord" => optional(is_latest_record), "jobLevelName" =>
    optional(job_level_name), "jobPositionCode" => optional(job_position_code),
    "jobPositionName" => optional(job_position_name), "jobPostCode" =>
    optional(job_post_code), "jobPostName" => optional(job_post_name), "serviceStatus" =>
    optional(service_status), "serviceType" => optional(service_type), "startDate" =>
    optional(start_date), "workNumbers" => optional(work_numbers) }
}
/// `GetJobPositionResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobPositionResponseBodyContent {
    /// `description`.
    pub description: Option<String>,
    /// `establishDate`.
    pub establish_date: Option<String>,
    /// `jobCode`.
    pub job_code: Option<String>,
    /// `jobRequirements`.
    pub job_requirements: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `stopDate`.
    pub stop_date: Option<String>,
}
rt::impl_deserialize! {
    GetJobPositionResponseBodyContent { "description" => read_field(description),
    "establishDate" => read_field(establish_date), "jobCode" => read_field(job_code),
    "jobRequirements" => read_field(job_requirements), "name" => read_field(name),
    "startDate" => read_field(start_date), "stopDate" => read_field(stop_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobPositionResponseBodyContent { "description" => optional(description),
    "establishDate" => optional(establish_date), "jobCode" => optional(job_code),
    "jobRequirements" => optional(job_requirements), "name" => optional(name),
    "startDate" => optional(start_date), "stopDate" => optional(stop_date) }
}
/// `GetJobPostResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetJobPostResponseBodyContent {
    /// `code`.
    pub code: Option<String>,
    /// `establishDate`.
    pub establish_date: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `stopDate`.
    pub stop_date: Option<String>,
}
rt::impl_deserialize! {
    GetJobPostResponseBodyContent { "code" => read_field(code), "establishDate" =>
    read_field(establish_date), "name" => read_field(name), "startDate" =>
    read_field(start_date), "stopDate" => read_field(stop_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetJobPostResponseBodyContent { "code" => optional(code), "establishDate" =>
    optional(establish_date), "name" => optional(name), "startDate" =>
    optional(start_date), "stopDate" => optional(stop_date) }
}
/// `GetOrgInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgInfoResponseBodyContent {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNum`.
    pub dept_num: Option<String>,
    /// `level`.
    pub level: Option<String>,
    /// `organizationCodePath`.
    pub organization_code_path: Option<String>,
    /// `organizationPath`.
    pub organization_path: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
    /// `shortName`.
    pub short_name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `stopDate`.
    pub stop_date: Option<String>,
}
rt::impl_deserialize! {
    GetOrgInfoResponseBodyContent { "deptCode" => read_field(dept_code), "deptName" =>
    read_field(dept_name), "deptNum" => read_field(dept_num), "level" =>
    read_field(level), "organizationCodePath" => read_field(organization_code_path),
    "organizationPath" => read_field(organization_path), "parentDeptCode" =>
    read_field(parent_dept_code), "shortName" => read_field(short_name), "startDate" =>
    read_field(start_date), "stopDate" => read_field(stop_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgInfoResponseBodyContent { "deptCode" => optional(dept_code), "deptName" =>
    optional(dept_name), "deptNum" => optional(dept_num), "level" => optional(level),
    "organizationCodePath" => optional(organization_code_path), "organizationPath" =>
    optional(organization_path), "parentDeptCode" => optional(parent_dept_code),
    "shortName" => optional(short_name), "startDate" => optional(start_date), "stopDate"
    => optional(stop_date) }
}
/// `GetStaffInfoByWorkNoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStaffInfoByWorkNoResponseBodyContent {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `employType`.
    pub employ_type: Option<String>,
    /// `employeeStatus`.
    pub employee_status: Option<String>,
    /// `jobLevelName`.
    pub job_level_name: Option<String>,
    /// `jobPositionCode`.
    pub job_position_code: Option<String>,
    /// `jobPositionName`.
    pub job_position_name: Option<String>,
    /// `jobPostCode`.
    pub job_post_code: Option<String>,
    /// `jobPostName`.
    pub job_post_name: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `workNumbers`.
    pub work_numbers: Option<String>,
}
rt::impl_deserialize! {
    GetStaffInfoByWorkNoResponseBodyContent { "deptCode" => read_field(dept_code),
    "deptName" => read_field(dept_name), "email" => read_field(email), "employType" =>
    read_field(employ_type), "employeeStatus" => read_field(employee_status),
    "jobLevelName" => read_field(job_level_name), "jobPositionCode" =>
    read_field(job_position_code), "jobPositionName" => read_field(job_position_name),
    "jobPostCode" => read_field(job_post_code), "jobPostName" =>
    read_field(job_post_name), "mobile" => read_field(mobile), "name" =>
    read_field(name), "nickName" => read_field(nick_name), "workNumbers" =>
    read_field(work_numbers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStaffInfoByWorkNoResponseBodyContent { "deptCode" => optional(dept_code),
    "deptName" => optional(dept_name), "email" => optional(email), "employType" =>
    optional(employ_type), "employeeStatus" => optional(employee_status), "jobLevelName"
    => optional(job_level_name), "jobPositionCode" => optional(job_position_code),
    "jobPositionName" => optional(job_position_name), "jobPostCode" =>
    optional(job_post_code), "jobPostName" => optional(job_post_name), "mobile" =>
    optional(mobile), "name" => optional(name), "nickName" => optional(nick_name),
    "workNumbers" => optional(work_numbers) }
}
/// `GetStaffPageQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStaffPageQueryResponseBodyContent {
    /// `data`.
    pub data: Option<Vec<CfStaffResp>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetStaffPageQueryResponseBodyContent { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStaffPageQueryResponseBodyContent { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `OpenUserDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenUserDTO {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    OpenUserDTO { "id" => read_field(id), "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenUserDTO { "id" => optional(id), "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `OpenPeriodDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenPeriodDTO {
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `periodBizType`.
    pub period_biz_type: Option<String>,
    /// `startDate`.
    pub start_date: Option<i64>,
}
rt::impl_deserialize! {
    OpenPeriodDTO { "endDate" => read_field(end_date), "id" => read_field(id), "name" =>
    read_field(name), "periodBizType" => read_field(period_biz_type), "startDate" =>
    read_field(start_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenPeriodDTO { "endDate" => optional(end_date), "id" => optional(id), "name" =>
    optional(name), "periodBizType" => optional(period_biz_type), "startDate" =>
    optional(start_date) }
}
/// `OpenObjectiveDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenObjectiveDTO {
    /// `executor`.
    pub executor: Option<OpenUserDTO>,
    /// `id`.
    pub id: Option<String>,
    /// `keyResults`.
    pub key_results: Option<Vec<OpenKeyResultDTO>>,
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
}
rt::impl_deserialize! {
    OpenObjectiveDTO { "executor" => read_field(executor), "id" => read_field(id),
    "keyResults" => read_field(key_results), "period" => read_field(period), "progress"
    => read_field(progress), "status" => read_field(status), "teams" =>
    read_field(teams), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenObjectiveDTO { "executor" => optional(executor), "id" => optional(id),
    "keyResults" => optional(key_results), "period" => optional(period), "progress" =>
    optional(progress), "status" => optional(status), "teams" => optional(teams), "title"
    => optional(title) }
}
/// `ListObjectiveByUserResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListObjectiveByUserResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `objectives`.
    pub objectives: Option<Vec<OpenObjectiveDTO>>,
}
rt::impl_deserialize! {
    ListObjectiveByUserResponseBodyContent { "count" => read_field(count), "objectives"
    => read_field(objectives) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListObjectiveByUserResponseBodyContent { "count" => optional(count), "objectives" =>
    optional(objectives) }
}
/// `OpenProgressDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenProgressDTO {
    /// `created`.
    pub created: Option<i64>,
    /// `creator`.
    pub creator: Option<OpenUserDTO>,
    /// `htmlContent`.
    pub html_content: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifier`.
    pub modifier: Option<OpenUserDTO>,
    /// `updated`.
    pub updated: Option<i64>,
}
rt::impl_deserialize! {
    OpenProgressDTO { "created" => read_field(created), "creator" => read_field(creator),
    "htmlContent" => read_field(html_content), "id" => read_field(id), "modifier" =>
    read_field(modifier), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenProgressDTO { "created" => optional(created), "creator" => optional(creator),
    "htmlContent" => optional(html_content), "id" => optional(id), "modifier" =>
    optional(modifier), "updated" => optional(updated) }
}
/// `ListSlsLogResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSlsLogResponseBodyContent {
    /// `currentPageSize`.
    pub current_page_size: Option<i64>,
    /// `data`.
    pub data: Option<Vec<SlsLogResp>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `pages`.
    pub pages: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListSlsLogResponseBodyContent { "currentPageSize" => read_field(current_page_size),
    "data" => read_field(data), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "pages" => read_field(pages), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSlsLogResponseBodyContent { "currentPageSize" => optional(current_page_size),
    "data" => optional(data), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "pages" => optional(pages), "totalCount" =>
    optional(total_count) }
}
/// `PageListObjectiveProgressResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListObjectiveProgressResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `progressList`.
    pub progress_list: Option<Vec<OpenProgressDTO>>,
}
rt::impl_deserialize! {
    PageListObjectiveProgressResponseBodyContent { "count" => read_field(count),
    "progressList" => read_field(progress_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListObjectiveProgressResponseBodyContent { "count" => optional(count),
    "progressList" => optional(progress_list) }
}
/// `CfStaffResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CfStaffResp {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `workNumbers`.
    pub work_numbers: Option<String>,
}
rt::impl_deserialize! {
    CfStaffResp { "deptCode" => read_field(dept_code), "deptName" =>
    read_field(dept_name), "email" => read_field(email), "mobile" => read_field(mobile),
    "name" => read_field(name), "nickName" => read_field(nick_name), "workNumbers" =>
    read_field(work_numbers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CfStaffResp { "deptCode" => optional(dept_code), "deptName" => optional(dept_name),
    "email" => optional(email), "mobile" => optional(mobile), "name" => optional(name),
    "nickName" => optional(nick_name), "workNumbers" => optional(work_numbers) }
}
/// `OpenKeyResultDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenKeyResultDTO {
    /// `id`.
    pub id: Option<String>,
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
}
rt::impl_deserialize! {
    OpenKeyResultDTO { "id" => read_field(id), "progress" => read_field(progress),
    "status" => read_field(status), "title" => read_field(title), "titleMentions" =>
    read_field(title_mentions), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenKeyResultDTO { "id" => optional(id), "progress" => optional(progress), "status"
    => optional(status), "title" => optional(title), "titleMentions" =>
    optional(title_mentions), "type" => optional(r#type) }
}
/// `OpenTeamDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenTeamDTO {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `openId`.
    pub open_id: Option<String>,
}
rt::impl_deserialize! {
    OpenTeamDTO { "id" => read_field(id), "name" => read_field(name), "openId" =>
    read_field(open_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenTeamDTO { "id" => optional(id), "name" => optional(name), "openId" =>
    optional(open_id) }
}
/// `SlsLogResp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SlsLogResp {
    /// `action`.
    pub action: Option<String>,
    /// `entity`.
    pub entity: Option<String>,
    /// `header`.
    pub header: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `info`.
    pub info: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `tenant`.
    pub tenant: Option<String>,
    /// `tenantId`.
    pub tenant_id: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    SlsLogResp { "action" => read_field(action), "entity" => read_field(entity), "header"
    => read_field(header), "id" => read_field(id), "info" => read_field(info), "operator"
    => read_field(operator), "tenant" => read_field(tenant), "tenantId" =>
    read_field(tenant_id), "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SlsLogResp { "action" => optional(action), "entity" => optional(entity), "header" =>
    optional(header), "id" => optional(id), "info" => optional(info), "operator" =>
    optional(operator), "tenant" => optional(tenant), "tenantId" => optional(tenant_id),
    "time" => optional(time) }
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
    pub user: Option<OpenUserDTO>,
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
/// The request of [`Api::get_analyze_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAnalyzeDataRequest {
    /// `deptId`: a query parameter.
    pub dept_id: String,
    /// `periodIds`.
    pub period_ids: Option<Vec<String>>,
}
/// The required fields of [`GetAnalyzeDataRequest`], each named where it is set: `GetAnalyzeDataRequest::new(GetAnalyzeDataRequired { .. })`.
pub struct GetAnalyzeDataRequired {
    /// `deptId`: see [`GetAnalyzeDataRequest::dept_id`].
    pub dept_id: String,
}
impl GetAnalyzeDataRequest {
    /// A `GetAnalyzeDataRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: GetAnalyzeDataRequired) -> Self {
        let GetAnalyzeDataRequired { dept_id } = required;
        Self { dept_id, period_ids: None }
    }
    /// Sets `periodIds`.
    pub fn period_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.period_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    GetAnalyzeDataRequest { "periodIds" => optional(period_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAnalyzeDataRequest { "deptId" => read_field(dept_id), "periodIds" =>
    read_field(period_ids) }
}
impl rt::WriteRequest for GetAnalyzeDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_child_org_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetChildOrgListRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: String,
}
/// The required fields of [`GetChildOrgListRequest`], each named where it is set: `GetChildOrgListRequest::new(GetChildOrgListRequired { .. })`.
pub struct GetChildOrgListRequired {
    /// `deptCode`: see [`GetChildOrgListRequest::dept_code`].
    pub dept_code: String,
}
impl GetChildOrgListRequest {
    /// A `GetChildOrgListRequest` with its required fields (`deptCode`); set the others with the methods named after them.
    pub fn new(required: GetChildOrgListRequired) -> Self {
        let GetChildOrgListRequired { dept_code } = required;
        Self { dept_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetChildOrgListRequest { "deptCode" => read_field(dept_code) }
}
impl rt::WriteRequest for GetChildOrgListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptCode", &self.dept_code);
    }
}
/// The request of [`Api::get_employee_info_by_work_no`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeInfoByWorkNoRequest {
    /// `workNo`: a query parameter.
    pub work_no: Option<String>,
}
impl GetEmployeeInfoByWorkNoRequest {
    /// An empty `GetEmployeeInfoByWorkNoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetEmployeeInfoByWorkNoRequest { "workNo" => read_field(work_no) }
}
impl rt::WriteRequest for GetEmployeeInfoByWorkNoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::get_job_position`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetJobPositionRequest {
    /// `jobPositionCode`: a query parameter.
    pub job_position_code: String,
}
/// The required fields of [`GetJobPositionRequest`], each named where it is set: `GetJobPositionRequest::new(GetJobPositionRequired { .. })`.
pub struct GetJobPositionRequired {
    /// `jobPositionCode`: see [`GetJobPositionRequest::job_position_code`].
    pub job_position_code: String,
}
impl GetJobPositionRequest {
    /// A `GetJobPositionRequest` with its required fields (`jobPositionCode`); set the others with the methods named after them.
    pub fn new(required: GetJobPositionRequired) -> Self {
        let GetJobPositionRequired { job_position_code } = required;
        Self { job_position_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetJobPositionRequest { "jobPositionCode" => read_field(job_position_code) }
}
impl rt::WriteRequest for GetJobPositionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobPositionCode", &self.job_position_code);
    }
}
/// The request of [`Api::get_job_post`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetJobPostRequest {
    /// `jobPostCode`: a query parameter.
    pub job_post_code: String,
}
/// The required fields of [`GetJobPostRequest`], each named where it is set: `GetJobPostRequest::new(GetJobPostRequired { .. })`.
pub struct GetJobPostRequired {
    /// `jobPostCode`: see [`GetJobPostRequest::job_post_code`].
    pub job_post_code: String,
}
impl GetJobPostRequest {
    /// A `GetJobPostRequest` with its required fields (`jobPostCode`); set the others with the methods named after them.
    pub fn new(required: GetJobPostRequired) -> Self {
        let GetJobPostRequired { job_post_code } = required;
        Self { job_post_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetJobPostRequest { "jobPostCode" => read_field(job_post_code) }
}
impl rt::WriteRequest for GetJobPostRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobPostCode", &self.job_post_code);
    }
}
/// The request of [`Api::get_org_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOrgInfoRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: String,
}
/// The required fields of [`GetOrgInfoRequest`], each named where it is set: `GetOrgInfoRequest::new(GetOrgInfoRequired { .. })`.
pub struct GetOrgInfoRequired {
    /// `deptCode`: see [`GetOrgInfoRequest::dept_code`].
    pub dept_code: String,
}
impl GetOrgInfoRequest {
    /// A `GetOrgInfoRequest` with its required fields (`deptCode`); set the others with the methods named after them.
    pub fn new(required: GetOrgInfoRequired) -> Self {
        let GetOrgInfoRequired { dept_code } = required;
        Self { dept_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgInfoRequest { "deptCode" => read_field(dept_code) }
}
impl rt::WriteRequest for GetOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptCode", &self.dept_code);
    }
}
/// The request of [`Api::get_staff_info_by_work_no`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetStaffInfoByWorkNoRequest {
    /// `workNumbers`: a query parameter.
    pub work_numbers: String,
}
/// The required fields of [`GetStaffInfoByWorkNoRequest`], each named where it is set: `GetStaffInfoByWorkNoRequest::new(GetStaffInfoByWorkNoRequired { .. })`.
pub struct GetStaffInfoByWorkNoRequired {
    /// `workNumbers`: see [`GetStaffInfoByWorkNoRequest::work_numbers`].
    pub work_numbers: String,
}
impl GetStaffInfoByWorkNoRequest {
    /// A `GetStaffInfoByWorkNoRequest` with its required fields (`workNumbers`); set the others with the methods named after them.
    pub fn new(required: GetStaffInfoByWorkNoRequired) -> Self {
        let GetStaffInfoByWorkNoRequired { work_numbers } = required;
        Self { work_numbers }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetStaffInfoByWorkNoRequest { "workNumbers" => read_field(work_numbers) }
}
impl rt::WriteRequest for GetStaffInfoByWorkNoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("workNumbers", &self.work_numbers);
    }
}
/// The request of [`Api::get_staff_page_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetStaffPageQueryRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: Option<String>,
    /// `name`: a query parameter.
    pub name: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `workNo`: a query parameter.
    pub work_no: Option<String>,
}
/// The required fields of [`GetStaffPageQueryRequest`], each named where it is set: `GetStaffPageQueryRequest::new(GetStaffPageQueryRequired { .. })`.
pub struct GetStaffPageQueryRequired {
    /// `pageNumber`: see [`GetStaffPageQueryRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetStaffPageQueryRequest::page_size`].
    pub page_size: i64,
}
impl GetStaffPageQueryRequest {
    /// A `GetStaffPageQueryRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetStaffPageQueryRequired) -> Self {
        let GetStaffPageQueryRequired { page_number, page_size } = required;
        Self {
            dept_code: None,
            name: None,
            page_number,
            page_size,
            work_no: None,
        }
    }
    /// Sets `deptCode`.
    pub fn dept_code(mut self, value: impl Into<String>) -> Self {
        self.dept_code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetStaffPageQueryRequest { "deptCode" => read_field(dept_code), "name" =>
    read_field(name), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "workNo" => read_field(work_no) }
}
impl rt::WriteRequest for GetStaffPageQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptCode", &self.dept_code);
        writer.query("name", &self.name);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::get_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserRequest {
    /// `okrUserId`: a query parameter.
    pub okr_user_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetUserRequest {
    /// An empty `GetUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `okrUserId`.
    pub fn okr_user_id(mut self, value: impl Into<String>) -> Self {
        self.okr_user_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserRequest { "okrUserId" => read_field(okr_user_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("okrUserId", &self.okr_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_objective_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListObjectiveByIdsRequest {
    /// `objectiveIds`.
    pub objective_ids: Vec<String>,
}
/// The required fields of [`ListObjectiveByIdsRequest`], each named where it is set: `ListObjectiveByIdsRequest::new(ListObjectiveByIdsRequired { .. })`.
pub struct ListObjectiveByIdsRequired {
    /// `objectiveIds`: see [`ListObjectiveByIdsRequest::objective_ids`].
    pub objective_ids: Vec<String>,
}
impl ListObjectiveByIdsRequest {
    /// A `ListObjectiveByIdsRequest` with its required fields (`objectiveIds`); set the others with the methods named after them.
    pub fn new(required: ListObjectiveByIdsRequired) -> Self {
        let ListObjectiveByIdsRequired { objective_ids } = required;
        Self { objective_ids }
    }
}
rt::impl_serialize! {
    ListObjectiveByIdsRequest { "objectiveIds" => field(objective_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListObjectiveByIdsRequest { "objectiveIds" => read_field(objective_ids) }
}
impl rt::WriteRequest for ListObjectiveByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_objective_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListObjectiveByUserRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListObjectiveByUserRequest`], each named where it is set: `ListObjectiveByUserRequest::new(ListObjectiveByUserRequired { .. })`.
pub struct ListObjectiveByUserRequired {
    /// `userId`: see [`ListObjectiveByUserRequest::user_id`].
    pub user_id: String,
}
impl ListObjectiveByUserRequest {
    /// A `ListObjectiveByUserRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: ListObjectiveByUserRequired) -> Self {
        let ListObjectiveByUserRequired { user_id } = required;
        Self {
            page_number: None,
            page_size: None,
            user_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListObjectiveByUserRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListObjectiveByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_progress_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListProgressByIdsRequest {
    /// `progressIds`.
    pub progress_ids: Vec<String>,
}
/// The required fields of [`ListProgressByIdsRequest`], each named where it is set: `ListProgressByIdsRequest::new(ListProgressByIdsRequired { .. })`.
pub struct ListProgressByIdsRequired {
    /// `progressIds`: see [`ListProgressByIdsRequest::progress_ids`].
    pub progress_ids: Vec<String>,
}
impl ListProgressByIdsRequest {
    /// A `ListProgressByIdsRequest` with its required fields (`progressIds`); set the others with the methods named after them.
    pub fn new(required: ListProgressByIdsRequired) -> Self {
        let ListProgressByIdsRequired { progress_ids } = required;
        Self { progress_ids }
    }
}
rt::impl_serialize! {
    ListProgressByIdsRequest { "progressIds" => field(progress_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListProgressByIdsRequest { "progressIds" => read_field(progress_ids) }
}
impl rt::WriteRequest for ListProgressByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_sls_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSlsLogRequest {
    /// `appCode`: a query parameter.
    pub app_code: String,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
}
/// The required fields of [`ListSlsLogRequest`], each named where it is set: `ListSlsLogRequest::new(ListSlsLogRequired { .. })`.
pub struct ListSlsLogRequired {
    /// `appCode`: see [`ListSlsLogRequest::app_code`].
    pub app_code: String,
    /// `pageNumber`: see [`ListSlsLogRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ListSlsLogRequest::page_size`].
    pub page_size: i64,
}
impl ListSlsLogRequest {
    /// A `ListSlsLogRequest` with its required fields (`appCode`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ListSlsLogRequired) -> Self {
        let ListSlsLogRequired { app_code, page_number, page_size } = required;
        Self {
            app_code,
            end_time: None,
            page_number,
            page_size,
            start_time: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSlsLogRequest { "appCode" => read_field(app_code), "endTime" =>
    read_field(end_time), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for ListSlsLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appCode", &self.app_code);
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::page_list_objective_progress`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PageListObjectiveProgressRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`PageListObjectiveProgressRequest`], each named where it is set: `PageListObjectiveProgressRequest::new(PageListObjectiveProgressRequired { .. })`.
pub struct PageListObjectiveProgressRequired {
    /// `objectiveId`: see [`PageListObjectiveProgressRequest::objective_id`].
    pub objective_id: String,
}
impl PageListObjectiveProgressRequest {
    /// A `PageListObjectiveProgressRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(required: PageListObjectiveProgressRequired) -> Self {
        let PageListObjectiveProgressRequired { objective_id } = required;
        Self {
            objective_id,
            page_number: None,
            page_size: None,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListObjectiveProgressRequest { "objectiveId" => read_field(objective_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for PageListObjectiveProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::transfer_user_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TransferUserObjectiveRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `targetUserId`: a query parameter.
    pub target_user_id: String,
}
/// The required fields of [`TransferUserObjectiveRequest`], each named where it is set: `TransferUserObjectiveRequest::new(TransferUserObjectiveRequired { .. })`.
pub struct TransferUserObjectiveRequired {
    /// `objectiveId`: see [`TransferUserObjectiveRequest::objective_id`].
    pub objective_id: String,
    /// `targetUserId`: see [`TransferUserObjectiveRequest::target_user_id`].
    pub target_user_id: String,
}
impl TransferUserObjectiveRequest {
    /// A `TransferUserObjectiveRequest` with its required fields (`objectiveId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(required: TransferUserObjectiveRequired) -> Self {
        let TransferUserObjectiveRequired { objective_id, target_user_id } = required;
        Self {
            objective_id,
            target_user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransferUserObjectiveRequest { "objectiveId" => read_field(objective_id),
    "targetUserId" => read_field(target_user_id) }
}
impl rt::WriteRequest for TransferUserObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
        writer.query("targetUserId", &self.target_user_id);
    }
}
/// An error reply of [`Api::get_all_job_level`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllJobLevelError = rt::ServiceError;
/// An error reply of [`Api::get_all_job_position`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllJobPositionError = rt::ServiceError;
/// An error reply of [`Api::get_all_job_post`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllJobPostError = rt::ServiceError;
/// An error reply of [`Api::get_analyze_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAnalyzeDataError = rt::ServiceError;
/// An error reply of [`Api::get_child_org_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetChildOrgListError = rt::ServiceError;
/// An error reply of [`Api::get_employee_info_by_work_no`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEmployeeInfoByWorkNoError = rt::ServiceError;
/// An error reply of [`Api::get_employment_record_by_work_no`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEmploymentRecordByWorkNoError = rt::ServiceError;
/// An error reply of [`Api::get_job_position`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetJobPositionError = rt::ServiceError;
/// An error reply of [`Api::get_job_post`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetJobPostError = rt::ServiceError;
/// An error reply of [`Api::get_org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrgInfoError = rt::ServiceError;
/// An error reply of [`Api::get_staff_info_by_work_no`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetStaffInfoByWorkNoError = rt::ServiceError;
/// An error reply of [`Api::get_staff_page_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetStaffPageQueryError = rt::ServiceError;
/// An error reply of [`Api::get_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserError = rt::ServiceError;
/// An error reply of [`Api::list_analyze_periods`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAnalyzePeriodsError = rt::ServiceError;
/// An error reply of [`Api::list_objective_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListObjectiveByIdsError = rt::ServiceError;
/// An error reply of [`Api::list_objective_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListObjectiveByUserError = rt::ServiceError;
/// An error reply of [`Api::list_progress_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListProgressByIdsError = rt::ServiceError;
/// An error reply of [`Api::list_sls_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSlsLogError = rt::ServiceError;
/// An error reply of [`Api::page_list_objective_progress`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListObjectiveProgressError = rt::ServiceError;
/// An error reply of [`Api::transfer_user_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransferUserObjectiveError = rt::ServiceError;
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
        "GetAllJobLevel" => rt::conformance::reply(api.get_all_job_level()).await,
        "GetAllJobPosition" => rt::conformance::reply(api.get_all_job_position()).await,
        "GetAllJobPost" => rt::conformance::reply(api.get_all_job_post()).await,
        "GetAnalyzeData" => {
            rt::conformance::reply(api.get_analyze_data(&inputs.request(true)?)).await
        }
        "GetChildOrgList" => {
            rt::conformance::reply(api.get_child_org_list(&inputs.request(false)?)).await
        }
        "GetEmployeeInfoByWorkNo" => {
            rt::conformance::reply(
                    api.get_employee_info_by_work_no(&inputs.request(false)?),
                )
                .await
        }
        "GetEmploymentRecordByWorkNo" => {
            rt::conformance::reply(
                    api.get_employment_record_by_work_no(inputs.path(0usize)?),
                )
                .await
        }
        "GetJobPosition" => {
            rt::conformance::reply(api.get_job_position(&inputs.request(false)?)).await
        }
        "GetJobPost" => {
            rt::conformance::reply(api.get_job_post(&inputs.request(false)?)).await
        }
        "GetOrgInfo" => {
            rt::conformance::reply(api.get_org_info(&inputs.request(false)?)).await
        }
        "GetStaffInfoByWorkNo" => {
            rt::conformance::reply(
                    api.get_staff_info_by_work_no(&inputs.request(false)?),
                )
                .await
        }
        "GetStaffPageQuery" => {
            rt::conformance::reply(api.get_staff_page_query(&inputs.request(false)?))
                .await
        }
        "GetUser" => rt::conformance::reply(api.get_user(&inputs.request(false)?)).await,
        "ListAnalyzePeriods" => rt::conformance::reply(api.list_analyze_periods()).await,
        "ListObjectiveByIds" => {
            rt::conformance::reply(api.list_objective_by_ids(&inputs.request(true)?))
                .await
        }
        "ListObjectiveByUser" => {
            rt::conformance::reply(api.list_objective_by_user(&inputs.request(false)?))
                .await
        }
        "ListProgressByIds" => {
            rt::conformance::reply(api.list_progress_by_ids(&inputs.request(true)?))
                .await
        }
        "ListSlsLog" => {
            rt::conformance::reply(api.list_sls_log(&inputs.request(false)?)).await
        }
        "PageListObjectiveProgress" => {
            rt::conformance::reply(
                    api.page_list_objective_progress(&inputs.request(false)?),
                )
                .await
        }
        "TransferUserObjective" => {
            rt::conformance::reply(api.transfer_user_objective(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
