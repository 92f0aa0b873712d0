// @generated from api-spec/chengfeng_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.chengfeng_1_0()`. Generated from `api-spec/chengfeng_1_0.yaml`.
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
    /// `GET /v1.0/chengfeng/jobLevels` (operation `GetAllJobLevel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllJobLevelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/jobPositions` (operation `GetAllJobPosition`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllJobPositionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/jobPosts` (operation `GetAllJobPost`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllJobPostError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/chengfeng/okr/analyses/datas/query` (operation `GetAnalyzeData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAnalyzeDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/organizations` (operation `GetChildOrgList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetChildOrgListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/workNumbers/employees` (operation `GetEmployeeInfoByWorkNo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEmployeeInfoByWorkNoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/users/workNumber/{work_numbers}employmentRecords` (operation `GetEmploymentRecordByWorkNo`).
    ///
    /// # Path parameters
    ///
    /// - `work_numbers` (`work_numbers`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEmploymentRecordByWorkNoError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/chengfeng/users/workNumber/{work_numbers}employmentRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[work_numbers], &())
    }
    /// 获取职位详情
    ///
    /// `GET /v1.0/chengfeng/jobPositions/infos` (operation `GetJobPosition`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetJobPositionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/jobPosts/infos` (operation `GetJobPost`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetJobPostError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/organizations/infos` (operation `GetOrgInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrgInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/users` (operation `GetStaffInfoByWorkNo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetStaffInfoByWorkNoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/chengfeng/users/query` (operation `GetStaffPageQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetStaffPageQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/okr/users` (operation `GetUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/okr/analyses/periods` (operation `ListAnalyzePeriods`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAnalyzePeriodsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/chengfeng/okr/objectives/query` (operation `ListObjectiveByIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListObjectiveByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/okr/users/objectives` (operation `ListObjectiveByUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListObjectiveByUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/chengfeng/okr/objectives/progresses/query` (operation `ListProgressByIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListProgressByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/organizations/slsLogDatas` (operation `ListSlsLog`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSlsLogError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/chengfeng/okr/objectives/progresses/records` (operation `PageListObjectiveProgress`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListObjectiveProgressError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/chengfeng/okr/objectives/transfer` (operation `TransferUserObjective`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransferUserObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `GetAllJobLevelResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllJobLevelResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobLevelResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllJobLevelResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllJobLevelResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllJobLevelResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetAllJobPositionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllJobPositionResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobPositionResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllJobPositionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllJobPositionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllJobPositionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetAllJobPostResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllJobPostResponseBody {
    /// `content`.
    pub content: Option<Vec<CfJobPostResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllJobPostResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllJobPostResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllJobPostResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetAnalyzeDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAnalyzeDataResponseBody {
    /// `content`.
    pub content: Option<OpenAnalyzeDataDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAnalyzeDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAnalyzeDataResponseBody {
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
impl rt::serde::Serialize for GetAnalyzeDataResponseBody {
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
/// `GetChildOrgListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetChildOrgListResponseBody {
    /// `content`.
    pub content: Option<Vec<CfOrgResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetChildOrgListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetChildOrgListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetChildOrgListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetEmployeeInfoByWorkNoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeInfoByWorkNoResponseBody {
    /// `content`.
    pub content: Option<GetEmployeeInfoByWorkNoResponseBodyContent>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeInfoByWorkNoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmployeeInfoByWorkNoResponseBody {
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
impl rt::serde::Serialize for GetEmployeeInfoByWorkNoResponseBody {
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
/// `GetEmploymentRecordByWorkNoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmploymentRecordByWorkNoResponseBody {
    /// `content`.
    pub content: Option<Vec<CfEmploymentRecordResp>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmploymentRecordByWorkNoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmploymentRecordByWorkNoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmploymentRecordByWorkNoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetJobPositionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetJobPositionResponseBody {
    /// `content`.
    pub content: Option<GetJobPositionResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetJobPositionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobPositionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobPositionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetJobPostResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetJobPostResponseBody {
    /// `content`.
    pub content: Option<GetJobPostResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetJobPostResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobPostResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobPostResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetOrgInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgInfoResponseBody {
    /// `content`.
    pub content: Option<GetOrgInfoResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrgInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrgInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrgInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetStaffInfoByWorkNoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStaffInfoByWorkNoResponseBody {
    /// `content`.
    pub content: Option<GetStaffInfoByWorkNoResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetStaffInfoByWorkNoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStaffInfoByWorkNoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStaffInfoByWorkNoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetStaffPageQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStaffPageQueryResponseBody {
    /// `content`.
    pub content: Option<GetStaffPageQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetStaffPageQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStaffPageQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStaffPageQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBody {
    /// `content`.
    pub content: Option<OpenUserDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBody {
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
impl rt::serde::Serialize for GetUserResponseBody {
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
/// `ListAnalyzePeriodsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAnalyzePeriodsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenPeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAnalyzePeriodsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAnalyzePeriodsResponseBody {
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
impl rt::serde::Serialize for ListAnalyzePeriodsResponseBody {
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
/// `ListObjectiveByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListObjectiveByIdsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListObjectiveByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListObjectiveByIdsResponseBody {
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
impl rt::serde::Serialize for ListObjectiveByIdsResponseBody {
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
/// `ListObjectiveByUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListObjectiveByUserResponseBody {
    /// `content`.
    pub content: Option<ListObjectiveByUserResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListObjectiveByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListObjectiveByUserResponseBody {
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
impl rt::serde::Serialize for ListObjectiveByUserResponseBody {
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
/// `ListProgressByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListProgressByIdsResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenProgressDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListProgressByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListProgressByIdsResponseBody {
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
impl rt::serde::Serialize for ListProgressByIdsResponseBody {
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
/// `ListSlsLogResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSlsLogResponseBody {
    /// `content`.
    pub content: Option<ListSlsLogResponseBodyContent>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSlsLogResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSlsLogResponseBody {
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
impl rt::serde::Serialize for ListSlsLogResponseBody {
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
/// `PageListObjectiveProgressResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListObjectiveProgressResponseBody {
    /// `content`.
    pub content: Option<PageListObjectiveProgressResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListObjectiveProgressResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListObjectiveProgressResponseBody {
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
impl rt::serde::Serialize for PageListObjectiveProgressResponseBody {
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
/// `TransferUserObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TransferUserObjectiveResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for TransferUserObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TransferUserObjectiveResponseBody {
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
impl rt::serde::Serialize for TransferUserObjectiveResponseBody {
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
/// `CfJobLevelResp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CfJobLevelResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfJobLevelResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "level" => rt::read_field(map, &mut self.level),
            "name" => rt::read_field(map, &mut self.name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "stopDate" => rt::read_field(map, &mut self.stop_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfJobLevelResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("level", &self.level)?;
        object.optional("name", &self.name)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("stopDate", &self.stop_date)?;
        object.end()
    }
}
/// `CfJobPositionResp`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CfJobPositionResp {
    /// `jobPositionCode`.
    pub job_position_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CfJobPositionResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfJobPositionResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobPositionCode" => rt::read_field(map, &mut self.job_position_code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfJobPositionResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobPositionCode", &self.job_position_code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `CfJobPostResp`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CfJobPostResp {
    /// `jobPostCode`.
    pub job_post_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CfJobPostResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfJobPostResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobPostCode" => rt::read_field(map, &mut self.job_post_code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfJobPostResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobPostCode", &self.job_post_code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `OpenAnalyzeDataDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAnalyzeDataDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAnalyzeDataDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCount" => rt::read_field(map, &mut self.dept_count),
            "noAlignObjectiveCount" => {
                rt::read_field(map, &mut self.no_align_objective_count)
            }
            "noKeyActionCount" => rt::read_field(map, &mut self.no_key_action_count),
            "objectiveAlignRate" => rt::read_field(map, &mut self.objective_align_rate),
            "objectiveNoSetCount" => {
                rt::read_field(map, &mut self.objective_no_set_count)
            }
            "objectiveRiskCount" => rt::read_field(map, &mut self.objective_risk_count),
            "objectiveSetRate" => rt::read_field(map, &mut self.objective_set_rate),
            "onlyOneKeyResultCount" => {
                rt::read_field(map, &mut self.only_one_key_result_count)
            }
            "onlyOneObjectiveCount" => {
                rt::read_field(map, &mut self.only_one_objective_count)
            }
            "progressUpdateRateLast15Days" => {
                rt::read_field(map, &mut self.progress_update_rate_last15_days)
            }
            "progressUpdateRateLast30Days" => {
                rt::read_field(map, &mut self.progress_update_rate_last30_days)
            }
            "progressUpdateRateLast7Days" => {
                rt::read_field(map, &mut self.progress_update_rate_last7_days)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAnalyzeDataDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCount", &self.dept_count)?;
        object.optional("noAlignObjectiveCount", &self.no_align_objective_count)?;
        object.optional("noKeyActionCount", &self.no_key_action_count)?;
        object.optional("objectiveAlignRate", &self.objective_align_rate)?;
        object.optional("objectiveNoSetCount", &self.objective_no_set_count)?;
        object.optional("objectiveRiskCount", &self.objective_risk_count)?;
        object.optional("objectiveSetRate", &self.objective_set_rate)?;
        object.optional("onlyOneKeyResultCount", &self.only_one_key_result_count)?;
        object.optional("onlyOneObjectiveCount", &self.only_one_objective_count)?;
        object
            .optional(
                "progressUpdateRateLast15Days",
                &self.progress_update_rate_last15_days,
            )?;
        object
            .optional(
                "progressUpdateRateLast30Days",
                &self.progress_update_rate_last30_days,
            )?;
        object
            .optional(
                "progressUpdateRateLast7Days",
                &self.progress_update_rate_last7_days,
            )?;
        object.end()
    }
}
/// `CfOrgResp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CfOrgResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfOrgResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "level" => rt::read_field(map, &mut self.level),
            "organizationCodePath" => {
                rt::read_field(map, &mut self.organization_code_path)
            }
            "organizationPath" => rt::read_field(map, &mut self.organization_path),
            "parentDeptCode" => rt::read_field(map, &mut self.parent_dept_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfOrgResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCode", &self.dept_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("level", &self.level)?;
        object.optional("organizationCodePath", &self.organization_code_path)?;
        object.optional("organizationPath", &self.organization_path)?;
        object.optional("parentDeptCode", &self.parent_dept_code)?;
        object.end()
    }
}
/// `GetEmployeeInfoByWorkNoResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeInfoByWorkNoResponseBodyContent {
    /// `name`.
    pub name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeInfoByWorkNoResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmployeeInfoByWorkNoResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmployeeInfoByWorkNoResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `CfEmploymentRecordResp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CfEmploymentRecordResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfEmploymentRecordResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "employeeStatus" => rt::read_field(map, &mut self.employee_status),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "isLatestRecord" => rt::read_field(map, &mut self.is_latest_record),
            "jobLevelName" => rt::read_field(map, &mut self.job_level_name),
            "jobPositionCode" => rt::read_field(map, &mut self.job_position_code),
            "jobPositionName" => rt::read_field(map, &mut self.job_position_name),
            "jobPostCode" => rt::read_field(map, &mut self.job_post_code),
            "jobPostName" => rt::read_field(map, &mut self.job_post_name),
            "serviceStatus" => rt::read_field(map, &mut self.service_status),
            "serviceType" => rt::read_field(map, &mut self.service_type),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "workNumbers" => rt::read_field(map, &mut self.work_numbers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfEmploymentRecordResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCode", &self.dept_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("employeeStatus", &self.employee_status)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("isLatestRecord", &self.is_latest_record)?;
        object.optional("jobLevelName", &self.job_level_name)?;
        object.optional("jobPositionCode", &self.job_position_code)?;
        object.optional("jobPositionName", &self.job_position_name)?;
        object.optional("jobPostCode", &self.job_post_code)?;
        object.optional("jobPostName", &self.job_post_name)?;
        object.optional("serviceStatus", &self.service_status)?;
        object.optional("serviceType", &self.service_type)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("workNumbers", &self.work_numbers)?;
        object.end()
    }
}
/// `GetJobPositionResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetJobPositionResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobPositionResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "establishDate" => rt::read_field(map, &mut self.establish_date),
            "jobCode" => rt::read_field(map, &mut self.job_code),
            "jobRequirements" => rt::read_field(map, &mut self.job_requirements),
            "name" => rt::read_field(map, &mut self.name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "stopDate" => rt::read_field(map, &mut self.stop_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobPositionResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("establishDate", &self.establish_date)?;
        object.optional("jobCode", &self.job_code)?;
        object.optional("jobRequirements", &self.job_requirements)?;
        object.optional("name", &self.name)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("stopDate", &self.stop_date)?;
        object.end()
    }
}
/// `GetJobPostResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetJobPostResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetJobPostResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "establishDate" => rt::read_field(map, &mut self.establish_date),
            "name" => rt::read_field(map, &mut self.name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "stopDate" => rt::read_field(map, &mut self.stop_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetJobPostResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("establishDate", &self.establish_date)?;
        object.optional("name", &self.name)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("stopDate", &self.stop_date)?;
        object.end()
    }
}
/// `GetOrgInfoResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOrgInfoResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrgInfoResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNum" => rt::read_field(map, &mut self.dept_num),
            "level" => rt::read_field(map, &mut self.level),
            "organizationCodePath" => {
                rt::read_field(map, &mut self.organization_code_path)
            }
            "organizationPath" => rt::read_field(map, &mut self.organization_path),
            "parentDeptCode" => rt::read_field(map, &mut self.parent_dept_code),
            "shortName" => rt::read_field(map, &mut self.short_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "stopDate" => rt::read_field(map, &mut self.stop_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrgInfoResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCode", &self.dept_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNum", &self.dept_num)?;
        object.optional("level", &self.level)?;
        object.optional("organizationCodePath", &self.organization_code_path)?;
        object.optional("organizationPath", &self.organization_path)?;
        object.optional("parentDeptCode", &self.parent_dept_code)?;
        object.optional("shortName", &self.short_name)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("stopDate", &self.stop_date)?;
        object.end()
    }
}
/// `GetStaffInfoByWorkNoResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetStaffInfoByWorkNoResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStaffInfoByWorkNoResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "email" => rt::read_field(map, &mut self.email),
            "employType" => rt::read_field(map, &mut self.employ_type),
            "employeeStatus" => rt::read_field(map, &mut self.employee_status),
            "jobLevelName" => rt::read_field(map, &mut self.job_level_name),
            "jobPositionCode" => rt::read_field(map, &mut self.job_position_code),
            "jobPositionName" => rt::read_field(map, &mut self.job_position_name),
            "jobPostCode" => rt::read_field(map, &mut self.job_post_code),
            "jobPostName" => rt::read_field(map, &mut self.job_post_name),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "workNumbers" => rt::read_field(map, &mut self.work_numbers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStaffInfoByWorkNoResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCode", &self.dept_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("email", &self.email)?;
        object.optional("employType", &self.employ_type)?;
        object.optional("employeeStatus", &self.employee_status)?;
        object.optional("jobLevelName", &self.job_level_name)?;
        object.optional("jobPositionCode", &self.job_position_code)?;
        object.optional("jobPositionName", &self.job_position_name)?;
        object.optional("jobPostCode", &self.job_post_code)?;
        object.optional("jobPostName", &self.job_post_name)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("workNumbers", &self.work_numbers)?;
        object.end()
    }
}
/// `GetStaffPageQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetStaffPageQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStaffPageQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStaffPageQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `OpenUserDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenUserDTO {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
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
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
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
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `OpenPeriodDTO`.
#[derive(Clone, Debug, Default)]
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
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "periodBizType" => rt::read_field(map, &mut self.period_biz_type),
            "startDate" => rt::read_field(map, &mut self.start_date),
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
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("periodBizType", &self.period_biz_type)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
/// `OpenObjectiveDTO`.
#[derive(Clone, Debug, Default)]
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
            "id" => rt::read_field(map, &mut self.id),
            "keyResults" => rt::read_field(map, &mut self.key_results),
            "period" => rt::read_field(map, &mut self.period),
            "progress" => rt::read_field(map, &mut self.progress),
            "status" => rt::read_field(map, &mut self.status),
            "teams" => rt::read_field(map, &mut self.teams),
            "title" => rt::read_field(map, &mut self.title),
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
        object.optional("id", &self.id)?;
        object.optional("keyResults", &self.key_results)?;
        object.optional("period", &self.period)?;
        object.optional("progress", &self.progress)?;
        object.optional("status", &self.status)?;
        object.optional("teams", &self.teams)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `ListObjectiveByUserResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListObjectiveByUserResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `objectives`.
    pub objectives: Option<Vec<OpenObjectiveDTO>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListObjectiveByUserResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListObjectiveByUserResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "objectives" => rt::read_field(map, &mut self.objectives),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListObjectiveByUserResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("objectives", &self.objectives)?;
        object.end()
    }
}
/// `OpenProgressDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenProgressDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenProgressDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creator" => rt::read_field(map, &mut self.creator),
            "htmlContent" => rt::read_field(map, &mut self.html_content),
            "id" => rt::read_field(map, &mut self.id),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenProgressDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creator", &self.creator)?;
        object.optional("htmlContent", &self.html_content)?;
        object.optional("id", &self.id)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `ListSlsLogResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSlsLogResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSlsLogResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPageSize" => rt::read_field(map, &mut self.current_page_size),
            "data" => rt::read_field(map, &mut self.data),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "pages" => rt::read_field(map, &mut self.pages),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSlsLogResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPageSize", &self.current_page_size)?;
        object.optional("data", &self.data)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("pages", &self.pages)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `PageListObjectiveProgressResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListObjectiveProgressResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `progressList`.
    pub progress_list: Option<Vec<OpenProgressDTO>>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListObjectiveProgressResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListObjectiveProgressResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "progressList" => rt::read_field(map, &mut self.progress_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListObjectiveProgressResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("progressList", &self.progress_list)?;
        object.end()
    }
}
/// `CfStaffResp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CfStaffResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CfStaffResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "email" => rt::read_field(map, &mut self.email),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "workNumbers" => rt::read_field(map, &mut self.work_numbers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CfStaffResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptCode", &self.dept_code)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("email", &self.email)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("workNumbers", &self.work_numbers)?;
        object.end()
    }
}
/// `OpenKeyResultDTO`.
#[derive(Clone, Debug, Default)]
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
            "id" => rt::read_field(map, &mut self.id),
            "progress" => rt::read_field(map, &mut self.progress),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "titleMentions" => rt::read_field(map, &mut self.title_mentions),
            "type" => rt::read_field(map, &mut self.r#type),
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
        object.optional("id", &self.id)?;
        object.optional("progress", &self.progress)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("titleMentions", &self.title_mentions)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `OpenTeamDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenTeamDTO {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `openId`.
    pub open_id: Option<String>,
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
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "openId" => rt::read_field(map, &mut self.open_id),
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
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("openId", &self.open_id)?;
        object.end()
    }
}
/// `SlsLogResp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SlsLogResp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SlsLogResp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "entity" => rt::read_field(map, &mut self.entity),
            "header" => rt::read_field(map, &mut self.header),
            "id" => rt::read_field(map, &mut self.id),
            "info" => rt::read_field(map, &mut self.info),
            "operator" => rt::read_field(map, &mut self.operator),
            "tenant" => rt::read_field(map, &mut self.tenant),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SlsLogResp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("entity", &self.entity)?;
        object.optional("header", &self.header)?;
        object.optional("id", &self.id)?;
        object.optional("info", &self.info)?;
        object.optional("operator", &self.operator)?;
        object.optional("tenant", &self.tenant)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.optional("time", &self.time)?;
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
/// The request of [`Api::get_analyze_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAnalyzeDataRequest {
    /// `deptId`: a query parameter.
    pub dept_id: String,
    /// `periodIds`.
    pub period_ids: Option<Vec<String>>,
}
impl GetAnalyzeDataRequest {
    /// A `GetAnalyzeDataRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(dept_id: impl Into<String>) -> Self {
        Self {
            dept_id: dept_id.into(),
            period_ids: None,
        }
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
impl rt::serde::Serialize for GetAnalyzeDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("periodIds", &self.period_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAnalyzeDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAnalyzeDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "periodIds" => rt::read_field(map, &mut self.period_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAnalyzeDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_child_org_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetChildOrgListRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: String,
}
impl GetChildOrgListRequest {
    /// A `GetChildOrgListRequest` with its required fields (`deptCode`); set the others with the methods named after them.
    pub fn new(dept_code: impl Into<String>) -> Self {
        Self {
            dept_code: dept_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetChildOrgListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetChildOrgListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeInfoByWorkNoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetEmployeeInfoByWorkNoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetEmployeeInfoByWorkNoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::get_job_position`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetJobPositionRequest {
    /// `jobPositionCode`: a query parameter.
    pub job_position_code: String,
}
impl GetJobPositionRequest {
    /// A `GetJobPositionRequest` with its required fields (`jobPositionCode`); set the others with the methods named after them.
    pub fn new(job_position_code: impl Into<String>) -> Self {
        Self {
            job_position_code: job_position_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetJobPositionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetJobPositionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobPositionCode" => rt::read_field(map, &mut self.job_position_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetJobPositionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobPositionCode", &self.job_position_code);
    }
}
/// The request of [`Api::get_job_post`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetJobPostRequest {
    /// `jobPostCode`: a query parameter.
    pub job_post_code: String,
}
impl GetJobPostRequest {
    /// A `GetJobPostRequest` with its required fields (`jobPostCode`); set the others with the methods named after them.
    pub fn new(job_post_code: impl Into<String>) -> Self {
        Self {
            job_post_code: job_post_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetJobPostRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetJobPostRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobPostCode" => rt::read_field(map, &mut self.job_post_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetJobPostRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobPostCode", &self.job_post_code);
    }
}
/// The request of [`Api::get_org_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOrgInfoRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: String,
}
impl GetOrgInfoRequest {
    /// A `GetOrgInfoRequest` with its required fields (`deptCode`); set the others with the methods named after them.
    pub fn new(dept_code: impl Into<String>) -> Self {
        Self {
            dept_code: dept_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrgInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrgInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptCode", &self.dept_code);
    }
}
/// The request of [`Api::get_staff_info_by_work_no`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetStaffInfoByWorkNoRequest {
    /// `workNumbers`: a query parameter.
    pub work_numbers: String,
}
impl GetStaffInfoByWorkNoRequest {
    /// A `GetStaffInfoByWorkNoRequest` with its required fields (`workNumbers`); set the others with the methods named after them.
    pub fn new(work_numbers: impl Into<String>) -> Self {
        Self {
            work_numbers: work_numbers.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetStaffInfoByWorkNoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetStaffInfoByWorkNoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "workNumbers" => rt::read_field(map, &mut self.work_numbers),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetStaffInfoByWorkNoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("workNumbers", &self.work_numbers);
    }
}
/// The request of [`Api::get_staff_page_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetStaffPageQueryRequest {
    /// A `GetStaffPageQueryRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetStaffPageQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetStaffPageQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptCode" => rt::read_field(map, &mut self.dept_code),
            "name" => rt::read_field(map, &mut self.name),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "okrUserId" => rt::read_field(map, &mut self.okr_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("okrUserId", &self.okr_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_objective_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListObjectiveByIdsRequest {
    /// `objectiveIds`.
    pub objective_ids: Vec<String>,
}
impl ListObjectiveByIdsRequest {
    /// A `ListObjectiveByIdsRequest` with its required fields (`objectiveIds`); set the others with the methods named after them.
    pub fn new(objective_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            objective_ids: objective_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ListObjectiveByIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("objectiveIds", &self.objective_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListObjectiveByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListObjectiveByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveIds" => rt::read_field(map, &mut self.objective_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListObjectiveByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_objective_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListObjectiveByUserRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl ListObjectiveByUserRequest {
    /// A `ListObjectiveByUserRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            page_number: None,
            page_size: None,
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
impl<'de> rt::serde::Deserialize<'de> for ListObjectiveByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListObjectiveByUserRequest {
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
impl rt::WriteRequest for ListObjectiveByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_progress_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListProgressByIdsRequest {
    /// `progressIds`.
    pub progress_ids: Vec<String>,
}
impl ListProgressByIdsRequest {
    /// A `ListProgressByIdsRequest` with its required fields (`progressIds`); set the others with the methods named after them.
    pub fn new(progress_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            progress_ids: progress_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ListProgressByIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("progressIds", &self.progress_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListProgressByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListProgressByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "progressIds" => rt::read_field(map, &mut self.progress_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListProgressByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_sls_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListSlsLogRequest {
    /// A `ListSlsLogRequest` with its required fields (`appCode`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(app_code: impl Into<String>, page_number: i64, page_size: i64) -> Self {
        Self {
            app_code: app_code.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSlsLogRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSlsLogRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PageListObjectiveProgressRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl PageListObjectiveProgressRequest {
    /// A `PageListObjectiveProgressRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(objective_id: impl Into<String>) -> Self {
        Self {
            objective_id: objective_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListObjectiveProgressRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListObjectiveProgressRequest {
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
impl rt::WriteRequest for PageListObjectiveProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::transfer_user_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TransferUserObjectiveRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `targetUserId`: a query parameter.
    pub target_user_id: String,
}
impl TransferUserObjectiveRequest {
    /// A `TransferUserObjectiveRequest` with its required fields (`objectiveId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(
        objective_id: impl Into<String>,
        target_user_id: impl Into<String>,
    ) -> Self {
        Self {
            objective_id: objective_id.into(),
            target_user_id: target_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransferUserObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransferUserObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "targetUserId" => rt::read_field(map, &mut self.target_user_id),
            _ => Ok(false),
        }
    }
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
