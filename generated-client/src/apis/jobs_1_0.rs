// @generated from api-spec/jobs_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉招聘 (Jobs)：简历的创建与投递。
//!
//! 2 operations, methods of [`Api`] (`client.jobs_1_0()`), behind the cargo feature `jobs_1_0`; its paths start with `/v1.0/jobs/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `jobs_1_0`. Get it with `client.jobs_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建简历
    ///
    /// `POST /v1.0/jobs/resumes`: DingTalk's `CreateResume` (module feature `jobs_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateResume")]
    #[doc(alias = "/v1.0/jobs/resumes")]
    #[doc(alias = "POST /v1.0/jobs/resumes")]
    pub fn create_resume(
        &self,
        request: &CreateResumeRequest,
    ) -> rt::Call<CreateResumeResponseBody, CreateResumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateResume",
            rt::Method::Post,
            "/v1.0/jobs/resumes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 投递简历
    ///
    /// `POST /v1.0/jobs/resumes/post`: DingTalk's `PostResume` (module feature `jobs_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PostResume")]
    #[doc(alias = "/v1.0/jobs/resumes/post")]
    #[doc(alias = "POST /v1.0/jobs/resumes/post")]
    pub fn post_resume(
        &self,
        request: &PostResumeRequest,
    ) -> rt::Call<PostResumeResponseBody, PostResumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PostResume",
            rt::Method::Post,
            "/v1.0/jobs/resumes/post",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateResumeRequestResumeDataVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVO {
    /// `baseInfo`.
    pub base_info: Option<CreateResumeRequestResumeDataVOBaseInfo>,
    /// `certificates`.
    pub certificates: Option<Vec<CreateResumeRequestResumeDataVOCertificates>>,
    /// `jobExpects`.
    pub job_expects: Option<Vec<CreateResumeRequestResumeDataVOJobExpects>>,
    /// `personalHonors`.
    pub personal_honors: Option<Vec<CreateResumeRequestResumeDataVOPersonalHonors>>,
    /// `projectExperiences`.
    pub project_experiences: Option<
        Vec<CreateResumeRequestResumeDataVOProjectExperiences>,
    >,
    /// `tags`.
    pub tags: Option<Vec<CreateResumeRequestResumeDataVOTags>>,
    /// `workExperiences`.
    pub work_experiences: Option<Vec<CreateResumeRequestResumeDataVOWorkExperiences>>,
}
impl CreateResumeRequestResumeDataVO {
    /// An empty `CreateResumeRequestResumeDataVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `baseInfo`.
    pub fn base_info(mut self, value: CreateResumeRequestResumeDataVOBaseInfo) -> Self {
        self.base_info = Some(value);
        self
    }
    /// Sets `certificates`.
    pub fn certificates(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOCertificates>,
    ) -> Self {
        self.certificates = Some(value.into_iter().collect());
        self
    }
    /// Sets `jobExpects`.
    pub fn job_expects(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOJobExpects>,
    ) -> Self {
        self.job_expects = Some(value.into_iter().collect());
        self
    }
    /// Sets `personalHonors`.
    pub fn personal_honors(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOPersonalHonors>,
    ) -> Self {
        self.personal_honors = Some(value.into_iter().collect());
        self
    }
    /// Sets `projectExperiences`.
    pub fn project_experiences(
        mut self,
        value: impl IntoIterator<
            Item = CreateResumeRequestResumeDataVOProjectExperiences,
        >,
    ) -> Self {
        self.project_experiences = Some(value.into_iter().collect());
        self
    }
    /// Sets `tags`.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOTags>,
    ) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
    /// Sets `workExperiences`.
    pub fn work_experiences(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOWorkExperiences>,
    ) -> Self {
        self.work_experiences = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVO { "baseInfo" => optional(base_info), "certificates"
    => optional(certificates), "jobExpects" => optional(job_expects), "personalHonors" =>
    optional(personal_honors), "projectExperiences" => optional(project_experiences),
    "tags" => optional(tags), "workExperiences" => optional(work_experiences) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVO { "baseInfo" => read_field(base_info), "certificates"
    => read_field(certificates), "jobExpects" => read_field(job_expects),
    "personalHonors" => read_field(personal_honors), "projectExperiences" =>
    read_field(project_experiences), "tags" => read_field(tags), "workExperiences" =>
    read_field(work_experiences) }
}
/// `CreateResumeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateResumeResponseBody {
    /// `result`.
    pub result: Option<CreateResumeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateResumeResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateResumeResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PostResumeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PostResumeResponseBody {
    /// `jobId`.
    pub job_id: Option<i64>,
    /// `userIdentify`.
    pub user_identify: Option<String>,
}
rt::impl_deserialize! {
    PostResumeResponseBody { "jobId" => read_field(job_id), "userIdentify" =>
    read_field(user_identify) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PostResumeResponseBody { "jobId" => optional(job_id), "userIdentify" =>
    optional(user_identify) }
}
/// `CreateResumeRequestResumeDataVOBaseInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOBaseInfo {
    /// `age`.
    pub age: Option<i64>,
    /// `avatar`.
    pub avatar: Option<String>,
    /// `beginWorkTime`.
    pub begin_work_time: Option<String>,
    /// `birthday`.
    pub birthday: Option<String>,
    /// `candidateBackground`.
    pub candidate_background: Option<i64>,
    /// `dingTalk`.
    pub ding_talk: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `englishName`.
    pub english_name: Option<String>,
    /// `ethnicity`.
    pub ethnicity: Option<String>,
    /// `gaduateTime`.
    pub gaduate_time: Option<String>,
    /// `highestAcademic`.
    pub highest_academic: Option<String>,
    /// `highestEducation`.
    pub highest_education: Option<i64>,
    /// `identify`.
    pub identify: Option<String>,
    /// `industry`.
    pub industry: Option<String>,
    /// `industryCode`.
    pub industry_code: Option<String>,
    /// `jobTitle`.
    pub job_title: Option<String>,
    /// `lastSchoolName`.
    pub last_school_name: Option<String>,
    /// `married`.
    pub married: Option<i64>,
    /// `mbtiType`.
    pub mbti_type: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nationality`.
    pub nationality: Option<String>,
    /// `nativePlace`.
    pub native_place: Option<String>,
    /// `nativePlaceCode`.
    pub native_place_code: Option<String>,
    /// `nowLocation`.
    pub now_location: Option<String>,
    /// `nowLocationCode`.
    pub now_location_code: Option<String>,
    /// `parentIndustry`.
    pub parent_industry: Option<String>,
    /// `parentIndustryCode`.
    pub parent_industry_code: Option<String>,
    /// `personalHonor`.
    pub personal_honor: Option<String>,
    /// `personalUrls`.
    pub personal_urls: Option<Vec<String>>,
    /// `phoneNum`.
    pub phone_num: Option<String>,
    /// `politicalStatus`.
    pub political_status: Option<i64>,
    /// `qq`.
    pub qq: Option<String>,
    /// `realAvatar`.
    pub real_avatar: Option<i64>,
    /// `selfEvaluation`.
    pub self_evaluation: Option<String>,
    /// `sex`.
    pub sex: Option<i64>,
    /// `skillSummary`.
    pub skill_summary: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `virtualPhoneNum`.
    pub virtual_phone_num: Option<String>,
    /// `weChat`.
    pub we_chat: Option<String>,
    /// `weibo`.
    pub weibo: Option<String>,
    /// `workingYears`.
    pub working_years: Option<i64>,
}
impl CreateResumeRequestResumeDataVOBaseInfo {
    /// An empty `CreateResumeRequestResumeDataVOBaseInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `candidateBackground`.
    pub fn candidate_background(mut self, value: i64) -> Self {
        self.candidate_background = Some(value);
        self
    }
    /// Sets `dingTalk`.
    pub fn ding_talk(mut self, value: impl Into<String>) -> Self {
        self.ding_talk = Some(value.into());
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
    /// Sets `ethnicity`.
    pub fn ethnicity(mut self, value: impl Into<String>) -> Self {
        self.ethnicity = Some(value.into());
        self
    }
    /// Sets `gaduateTime`.
    pub fn gaduate_time(mut self, value: impl Into<String>) -> Self {
        self.gaduate_time = Some(value.into());
        self
    }
    /// Sets `highestAcademic`.
    pub fn highest_academic(mut self, value: impl Into<String>) -> Self {
        self.highest_academic = Some(value.into());
        self
    }
    /// Sets `highestEducation`.
    pub fn highest_education(mut self, value: i64) -> Self {
        self.highest_education = Some(value);
        self
    }
    /// Sets `identify`.
    pub fn identify(mut self, value: impl Into<String>) -> Self {
        self.identify = Some(value.into());
        self
    }
    /// Sets `industry`.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }
    /// Sets `industryCode`.
    pub fn industry_code(mut self, value: impl Into<String>) -> Self {
        self.industry_code = Some(value.into());
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
    /// Sets `mbtiType`.
    pub fn mbti_type(mut self, value: i64) -> Self {
        self.mbti_type = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `nationality`.
    pub fn nationality(mut self, value: impl Into<String>) -> Self {
        self.nationality = Some(value.into());
        self
    }
    /// Sets `nativePlace`.
    pub fn native_place(mut self, value: impl Into<String>) -> Self {
        self.native_place = Some(value.into());
        self
    }
    /// Sets `nativePlaceCode`.
    pub fn native_place_code(mut self, value: impl Into<String>) -> Self {
        self.native_place_code = Some(value.into());
        self
    }
    /// Sets `nowLocation`.
    pub fn now_location(mut self, value: impl Into<String>) -> Self {
        self.now_location = Some(value.into());
        self
    }
    /// Sets `nowLocationCode`.
    pub fn now_location_code(mut self, value: impl Into<String>) -> Self {
        self.now_location_code = Some(value.into());
        self
    }
    /// Sets `parentIndustry`.
    pub fn parent_industry(mut self, value: impl Into<String>) -> Self {
        self.parent_industry = Some(value.into());
        self
    }
    /// Sets `parentIndustryCode`.
    pub fn parent_industry_code(mut self, value: impl Into<String>) -> Self {
        self.parent_industry_code = Some(value.into());
        self
    }
    /// Sets `personalHonor`.
    pub fn personal_honor(mut self, value: impl Into<String>) -> Self {
        self.personal_honor = Some(value.into());
        self
    }
    /// Sets `personalUrls`.
    pub fn personal_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.personal_urls = Some(value.into_iter().map(Into::into).collect());
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
    /// Sets `qq`.
    pub fn qq(mut self, value: impl Into<String>) -> Self {
        self.qq = Some(value.into());
        self
    }
    /// Sets `realAvatar`.
    pub fn real_avatar(mut self, value: i64) -> Self {
        self.real_avatar = Some(value);
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
    /// Sets `skillSummary`.
    pub fn skill_summary(mut self, value: impl Into<String>) -> Self {
        self.skill_summary = Some(value.into());
        self
    }
    /// Sets `stateCode`.
    pub fn state_code(mut self, value: impl Into<String>) -> Self {
        self.state_code = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `virtualPhoneNum`.
    pub fn virtual_phone_num(mut self, value: impl Into<String>) -> Self {
        self.virtual_phone_num = Some(value.into());
        self
    }
    /// Sets `weChat`.
    pub fn we_chat(mut self, value: impl Into<String>) -> Self {
        self.we_chat = Some(value.into());
        self
    }
    /// Sets `weibo`.
    pub fn weibo(mut self, value: impl Into<String>) -> Self {
        self.weibo = Some(value.into());
        self
    }
    /// Sets `workingYears`.
    pub fn working_years(mut self, value: i64) -> Self {
        self.working_years = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOBaseInfo { "age" => optional(age), "avatar" =>
    optional(avatar), "beginWorkTime" => optional(begin_work_time), "birthday" =>
    optional(birthday), "candidateBackground" => optional(candidate_background),
    "dingTalk" => optional(ding_talk), "email" => optional(email), "englishName" =>
    optional(english_name), "ethnicity" => optional(ethnicity), "gaduateTime" =>
    optional(gaduate_time), "highestAcademic" => optional(highest_academic),
    "highestEducation" => optional(highest_education), "identify" => optional(identify),
    "industry" => optional(industry), "industryCode" => optional(industry_code),
    "jobTitle" => optional(job_title), "lastSchoolName" => optional(last_school_name),
    "married" => optional(married), "mbtiType" => optional(mbti_type), "name" =>
    optional(name), "nationality" => optional(nationality), "nativePlace" =>
    optional(native_place), "nativePlaceCode" => optional(native_place_code),
    "nowLocation" => optional(now_location), "nowLocationCode" =>
    optional(now_location_code), "parentIndustry" => optional(parent_industry),
    "parentIndustryCode" => optional(parent_industry_code), "personalHonor" =>
    optional(personal_honor), "personalUrls" => optional(personal_urls), "phoneNum" =>
    optional(phone_num), "politicalStatus" => optional(political_status), "qq" =>
    optional(qq), "realAvatar" => optional(real_avatar), "selfEvaluation" =>
    optional(self_evaluation), "sex" => optional(sex), "skillSummary" =>
    optional(skill_summary), "stateCode" => optional(state_code), "status" =>
    optional(status), "virtualPhoneNum" => optional(virtual_phone_num), "weChat" =>
    optional(we_chat), "weibo" => optional(weibo), "workingYears" =>
    optional(working_years) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOBaseInfo { "age" => read_field(age), "avatar" =>
    read_field(avatar), "beginWorkTime" => read_field(begin_work_time), "birthday" =>
    read_field(birthday), "candidateBackground" => read_field(candidate_background),
    "dingTalk" => read_field(ding_talk), "email" => read_field(email), "englishName" =>
    read_field(english_name), "ethnicity" => read_field(ethnicity), "gaduateTime" =>
    read_field(gaduate_time), "highestAcademic" => read_field(highest_academic),
    "highestEducation" => read_field(highest_education), "identify" =>
    read_field(identify), "industry" => read_field(industry), "industryCode" =>
    read_field(industry_code), "jobTitle" => read_field(job_title), "lastSchoolName" =>
    read_field(last_school_name), "married" => read_field(married), "mbtiType" =>
    read_field(mbti_type), "name" => read_field(name), "nationality" =>
    read_field(nationality), "nativePlace" => read_field(native_place), "nativePlaceCode"
    => read_field(native_place_code), "nowLocation" => read_field(now_location),
    "nowLocationCode" => read_field(now_location_code), "parentIndustry" =>
    read_field(parent_industry), "parentIndustryCode" =>
    read_field(parent_industry_code), "personalHonor" => read_field(personal_honor),
    "personalUrls" => read_field(personal_urls), "phoneNum" => read_field(phone_num),
    "politicalStatus" => read_field(political_status), "qq" => read_field(qq),
    "realAvatar" => read_field(real_avatar), "selfEvaluation" =>
    read_field(self_evaluation), "sex" => read_field(sex), "skillSummary" =>
    read_field(skill_summary), "stateCode" => read_field(state_code), "status" =>
    read_field(status), "virtualPhoneNum" => read_field(virtual_phone_num), "weChat" =>
    read_field(we_chat), "weibo" => read_field(weibo), "workingYears" =>
    read_field(working_years) }
}
/// `CreateResumeRequestResumeDataVOCertificates`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOCertificates {
    /// `certificateId`.
    pub certificate_id: Option<String>,
    /// `certificateName`.
    pub certificate_name: Option<String>,
    /// `crantTime`.
    pub crant_time: Option<String>,
}
impl CreateResumeRequestResumeDataVOCertificates {
    /// An empty `CreateResumeRequestResumeDataVOCertificates`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `certificateId`.
    pub fn certificate_id(mut self, value: impl Into<String>) -> Self {
        self.certificate_id = Some(value.into());
        self
    }
    /// Sets `certificateName`.
    pub fn certificate_name(mut self, value: impl Into<String>) -> Self {
        self.certificate_name = Some(value.into());
        self
    }
    /// Sets `crantTime`.
    pub fn crant_time(mut self, value: impl Into<String>) -> Self {
        self.crant_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOCertificates { "certificateId" =>
    optional(certificate_id), "certificateName" => optional(certificate_name),
    "crantTime" => optional(crant_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOCertificates { "certificateId" =>
    read_field(certificate_id), "certificateName" => read_field(certificate_name),
    "crantTime" => read_field(crant_time) }
}
/// `CreateResumeRequestResumeDataVOJobExpects`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOJobExpects {
    /// `cityList`.
    pub city_list: Option<Vec<CreateResumeRequestResumeDataVOJobExpectsCityList>>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `industryList`.
    pub industry_list: Option<
        Vec<CreateResumeRequestResumeDataVOJobExpectsIndustryList>,
    >,
    /// `jobList`.
    pub job_list: Option<Vec<CreateResumeRequestResumeDataVOJobExpectsJobList>>,
    /// `jobNature`.
    pub job_nature: Option<String>,
    /// `maxSalary`.
    pub max_salary: Option<String>,
    /// `minSalary`.
    pub min_salary: Option<String>,
    /// `otherCityList`.
    pub other_city_list: Option<
        Vec<CreateResumeRequestResumeDataVOJobExpectsOtherCityList>,
    >,
    /// `salaryDesc`.
    pub salary_desc: Option<String>,
    /// `salarySettleType`.
    pub salary_settle_type: Option<String>,
    /// `salaryType`.
    pub salary_type: Option<String>,
    /// `salaryYear`.
    pub salary_year: Option<String>,
}
impl CreateResumeRequestResumeDataVOJobExpects {
    /// An empty `CreateResumeRequestResumeDataVOJobExpects`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cityList`.
    pub fn city_list(
        mut self,
        value: impl IntoIterator<
            Item = CreateResumeRequestResumeDataVOJobExpectsCityList,
        >,
    ) -> Self {
        self.city_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `gmtCreate`.
    pub fn gmt_create(mut self, value: i64) -> Self {
        self.gmt_create = Some(value);
        self
    }
    /// Sets `gmtModified`.
    pub fn gmt_modified(mut self, value: i64) -> Self {
        self.gmt_modified = Some(value);
        self
    }
    /// Sets `industryList`.
    pub fn industry_list(
        mut self,
        value: impl IntoIterator<
            Item = CreateResumeRequestResumeDataVOJobExpectsIndustryList,
        >,
    ) -> Self {
        self.industry_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `jobList`.
    pub fn job_list(
        mut self,
        value: impl IntoIterator<Item = CreateResumeRequestResumeDataVOJobExpectsJobList>,
    ) -> Self {
        self.job_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `jobNature`.
    pub fn job_nature(mut self, value: impl Into<String>) -> Self {
        self.job_nature = Some(value.into());
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
    /// Sets `otherCityList`.
    pub fn other_city_list(
        mut self,
        value: impl IntoIterator<
            Item = CreateResumeRequestResumeDataVOJobExpectsOtherCityList,
        >,
    ) -> Self {
        self.other_city_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `salaryDesc`.
    pub fn salary_desc(mut self, value: impl Into<String>) -> Self {
        self.salary_desc = Some(value.into());
        self
    }
    /// Sets `salarySettleType`.
    pub fn salary_settle_type(mut self, value: impl Into<String>) -> Self {
        self.salary_settle_type = Some(value.into());
        self
    }
    /// Sets `salaryType`.
    pub fn salary_type(mut self, value: impl Into<String>) -> Self {
        self.salary_type = Some(value.into());
        self
    }
    /// Sets `salaryYear`.
    pub fn salary_year(mut self, value: impl Into<String>) -> Self {
        self.salary_year = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOJobExpects { "cityList" => optional(city_list),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified),
    "industryList" => optional(industry_list), "jobList" => optional(job_list),
    "jobNature" => optional(job_nature), "maxSalary" => optional(max_salary), "minSalary"
    => optional(min_salary), "otherCityList" => optional(other_city_list), "salaryDesc"
    => optional(salary_desc), "salarySettleType" => optional(salary_settle_type),
    "salaryType" => optional(salary_type), "salaryYear" => optional(salary_year) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOJobExpects { "cityList" => read_field(city_list),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "industryList" => read_field(industry_list), "jobList" => read_field(job_list),
    "jobNature" => read_field(job_nature), "maxSalary" => read_field(max_salary),
    "minSalary" => read_field(min_salary), "otherCityList" =>
    read_field(other_city_list), "salaryDesc" => read_field(salary_desc),
    "salarySettleType" => read_field(salary_settle_type), "salaryType" =>
    read_field(salary_type), "salaryYear" => read_field(salary_year) }
}
/// `CreateResumeRequestResumeDataVOPersonalHonors`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOPersonalHonors {
    /// `description`.
    pub description: Option<String>,
    /// `grantTime`.
    pub grant_time: Option<String>,
}
impl CreateResumeRequestResumeDataVOPersonalHonors {
    /// An empty `CreateResumeRequestResumeDataVOPersonalHonors`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `grantTime`.
    pub fn grant_time(mut self, value: impl Into<String>) -> Self {
        self.grant_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOPersonalHonors { "description" =>
    optional(description), "grantTime" => optional(grant_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOPersonalHonors { "description" =>
    read_field(description), "grantTime" => read_field(grant_time) }
}
/// `CreateResumeRequestResumeDataVOProjectExperiences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOProjectExperiences {
    /// `achievement`.
    pub achievement: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `projectUrl`.
    pub project_url: Option<String>,
    /// `responsibility`.
    pub responsibility: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `technology`.
    pub technology: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl CreateResumeRequestResumeDataVOProjectExperiences {
    /// An empty `CreateResumeRequestResumeDataVOProjectExperiences`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `achievement`.
    pub fn achievement(mut self, value: impl Into<String>) -> Self {
        self.achievement = Some(value.into());
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
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `projectUrl`.
    pub fn project_url(mut self, value: impl Into<String>) -> Self {
        self.project_url = Some(value.into());
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
    /// Sets `technology`.
    pub fn technology(mut self, value: impl Into<String>) -> Self {
        self.technology = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOProjectExperiences { "achievement" =>
    optional(achievement), "description" => optional(description), "endDate" =>
    optional(end_date), "name" => optional(name), "projectUrl" => optional(project_url),
    "responsibility" => optional(responsibility), "startDate" => optional(start_date),
    "technology" => optional(technology), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOProjectExperiences { "achievement" =>
    read_field(achievement), "description" => read_field(description), "endDate" =>
    read_field(end_date), "name" => read_field(name), "projectUrl" =>
    read_field(project_url), "responsibility" => read_field(responsibility), "startDate"
    => read_field(start_date), "technology" => read_field(technology), "title" =>
    read_field(title) }
}
/// `CreateResumeRequestResumeDataVOTags`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOTags {
    /// `tag`.
    pub tag: Option<String>,
}
impl CreateResumeRequestResumeDataVOTags {
    /// An empty `CreateResumeRequestResumeDataVOTags`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tag`.
    pub fn tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOTags { "tag" => optional(tag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOTags { "tag" => read_field(tag) }
}
/// `CreateResumeRequestResumeDataVOWorkExperiences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOWorkExperiences {
    /// `achievement`.
    pub achievement: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `companyName`.
    pub company_name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `industry`.
    pub industry: Option<String>,
    /// `industryCode`.
    pub industry_code: Option<String>,
    /// `internship`.
    pub internship: Option<bool>,
    /// `jobCode`.
    pub job_code: Option<String>,
    /// `jobNature`.
    pub job_nature: Option<String>,
    /// `jobTitle`.
    pub job_title: Option<String>,
    /// `leader`.
    pub leader: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `locationCode`.
    pub location_code: Option<String>,
    /// `parentIndustry`.
    pub parent_industry: Option<String>,
    /// `parentIndustryCode`.
    pub parent_industry_code: Option<String>,
    /// `reasonOfLeaving`.
    pub reason_of_leaving: Option<String>,
    /// `responsibility`.
    pub responsibility: Option<String>,
    /// `resumePrivacy`.
    pub resume_privacy: Option<
        CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy,
    >,
    /// `salary`.
    pub salary: Option<String>,
    /// `selectedSkillOptions`.
    pub selected_skill_options: Option<Vec<String>>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `underlingNumber`.
    pub underling_number: Option<String>,
}
impl CreateResumeRequestResumeDataVOWorkExperiences {
    /// An empty `CreateResumeRequestResumeDataVOWorkExperiences`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `achievement`.
    pub fn achievement(mut self, value: impl Into<String>) -> Self {
        self.achievement = Some(value.into());
        self
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `companyName`.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
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
    /// Sets `industry`.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }
    /// Sets `industryCode`.
    pub fn industry_code(mut self, value: impl Into<String>) -> Self {
        self.industry_code = Some(value.into());
        self
    }
    /// Sets `internship`.
    pub fn internship(mut self, value: bool) -> Self {
        self.internship = Some(value);
        self
    }
    /// Sets `jobCode`.
    pub fn job_code(mut self, value: impl Into<String>) -> Self {
        self.job_code = Some(value.into());
        self
    }
    /// Sets `jobNature`.
    pub fn job_nature(mut self, value: impl Into<String>) -> Self {
        self.job_nature = Some(value.into());
        self
    }
    /// Sets `jobTitle`.
    pub fn job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(value.into());
        self
    }
    /// Sets `leader`.
    pub fn leader(mut self, value: impl Into<String>) -> Self {
        self.leader = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `locationCode`.
    pub fn location_code(mut self, value: impl Into<String>) -> Self {
        self.location_code = Some(value.into());
        self
    }
    /// Sets `parentIndustry`.
    pub fn parent_industry(mut self, value: impl Into<String>) -> Self {
        self.parent_industry = Some(value.into());
        self
    }
    /// Sets `parentIndustryCode`.
    pub fn parent_industry_code(mut self, value: impl Into<String>) -> Self {
        self.parent_industry_code = Some(value.into());
        self
    }
    /// Sets `reasonOfLeaving`.
    pub fn reason_of_leaving(mut self, value: impl Into<String>) -> Self {
        self.reason_of_leaving = Some(value.into());
        self
    }
    /// Sets `responsibility`.
    pub fn responsibility(mut self, value: impl Into<String>) -> Self {
        self.responsibility = Some(value.into());
        self
    }
    /// Sets `resumePrivacy`.
    pub fn resume_privacy(
        mut self,
        value: CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy,
    ) -> Self {
        self.resume_privacy = Some(value);
        self
    }
    /// Sets `salary`.
    pub fn salary(mut self, value: impl Into<String>) -> Self {
        self.salary = Some(value.into());
        self
    }
    /// Sets `selectedSkillOptions`.
    pub fn selected_skill_options(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.selected_skill_options = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `underlingNumber`.
    pub fn underling_number(mut self, value: impl Into<String>) -> Self {
        self.underling_number = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOWorkExperiences { "achievement" =>
    optional(achievement), "companyCode" => optional(company_code), "companyName" =>
    optional(company_name), "description" => optional(description), "endDate" =>
    optional(end_date), "industry" => optional(industry), "industryCode" =>
    optional(industry_code), "internship" => optional(internship), "jobCode" =>
    optional(job_code), "jobNature" => optional(job_nature), "jobTitle" =>
    optional(job_title), "leader" => optional(leader), "location" => optional(location),
    "locationCode" => optional(location_code), "parentIndustry" =>
    optional(parent_industry), "parentIndustryCode" => optional(parent_industry_code),
    "reasonOfLeaving" => optional(reason_of_leaving), "responsibility" =>
    optional(responsibility), "resumePrivacy" => optional(resume_privacy), "salary" =>
    optional(salary), "selectedSkillOptions" => optional(selected_skill_options),
    "startDate" => optional(start_date), "underlingNumber" => optional(underling_number)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOWorkExperiences { "achievement" =>
    read_field(achievement), "companyCode" => read_field(company_code), "companyName" =>
    read_field(company_name), "description" => read_field(description), "endDate" =>
    read_field(end_date), "industry" => read_field(industry), "industryCode" =>
    read_field(industry_code), "internship" => read_field(internship), "jobCode" =>
    read_field(job_code), "jobNature" => read_field(job_nature), "jobTitle" =>
    read_field(job_title), "leader" => read_field(leader), "location" =>
    read_field(location), "locationCode" => read_field(location_code), "parentIndustry"
    => read_field(parent_industry), "parentIndustryCode" =>
    read_field(parent_industry_code), "reasonOfLeaving" => read_field(reason_of_leaving),
    "responsibility" => read_field(responsibility), "resumePrivacy" =>
    read_field(resume_privacy), "salary" => read_field(salary), "selectedSkillOptions" =>
    read_field(selected_skill_options), "startDate" => read_field(start_date),
    "underlingNumber" => read_field(underling_number) }
}
/// `CreateResumeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateResumeResponseBodyResult {
    /// `resumeId`.
    pub resume_id: Option<String>,
}
rt::impl_deserialize! {
    CreateResumeResponseBodyResult { "resumeId" => read_field(resume_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateResumeResponseBodyResult { "resumeId" => optional(resume_id) }
}
/// `CreateResumeRequestResumeDataVOJobExpectsCityList`, a model several operations share: also named [`CreateResumeRequestResumeDataVOJobExpectsIndustryList`], [`CreateResumeRequestResumeDataVOJobExpectsJobList`], [`CreateResumeRequestResumeDataVOJobExpectsOtherCityList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOJobExpectsCityList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl CreateResumeRequestResumeDataVOJobExpectsCityList {
    /// An empty `CreateResumeRequestResumeDataVOJobExpectsCityList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOJobExpectsCityList { "code" => optional(code), "name"
    => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOJobExpectsCityList { "code" => read_field(code),
    "name" => read_field(name) }
}
/// `CreateResumeRequestResumeDataVOJobExpectsIndustryList`: the same model as [`CreateResumeRequestResumeDataVOJobExpectsCityList`].
pub type CreateResumeRequestResumeDataVOJobExpectsIndustryList = CreateResumeRequestResumeDataVOJobExpectsCityList;
/// `CreateResumeRequestResumeDataVOJobExpectsJobList`: the same model as [`CreateResumeRequestResumeDataVOJobExpectsCityList`].
pub type CreateResumeRequestResumeDataVOJobExpectsJobList = CreateResumeRequestResumeDataVOJobExpectsCityList;
/// `CreateResumeRequestResumeDataVOJobExpectsOtherCityList`: the same model as [`CreateResumeRequestResumeDataVOJobExpectsCityList`].
pub type CreateResumeRequestResumeDataVOJobExpectsOtherCityList = CreateResumeRequestResumeDataVOJobExpectsCityList;
/// `CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy {
    /// `shieldedCompany`.
    pub shielded_company: Option<bool>,
    /// `shieldedRelatedCompany`.
    pub shielded_related_company: Option<bool>,
}
impl CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy {
    /// An empty `CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `shieldedCompany`.
    pub fn shielded_company(mut self, value: bool) -> Self {
        self.shielded_company = Some(value);
        self
    }
    /// Sets `shieldedRelatedCompany`.
    pub fn shielded_related_company(mut self, value: bool) -> Self {
        self.shielded_related_company = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy { "shieldedCompany" =>
    optional(shielded_company), "shieldedRelatedCompany" =>
    optional(shielded_related_company) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy { "shieldedCompany" =>
    read_field(shielded_company), "shieldedRelatedCompany" =>
    read_field(shielded_related_company) }
}
/// The request of [`Api::create_resume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeRequest {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `ext`.
    pub ext: Option<String>,
    /// `resumeDataVO`.
    pub resume_data_vo: Option<CreateResumeRequestResumeDataVO>,
    /// `scene`.
    pub scene: Option<String>,
    /// `types`.
    pub types: Option<Vec<String>>,
    /// `userIdentify`.
    pub user_identify: Option<String>,
}
impl CreateResumeRequest {
    /// An empty `CreateResumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `ext`.
    pub fn ext(mut self, value: impl Into<String>) -> Self {
        self.ext = Some(value.into());
        self
    }
    /// Sets `resumeDataVO`.
    pub fn resume_data_vo(mut self, value: CreateResumeRequestResumeDataVO) -> Self {
        self.resume_data_vo = Some(value);
        self
    }
    /// Sets `scene`.
    pub fn scene(mut self, value: impl Into<String>) -> Self {
        self.scene = Some(value.into());
        self
    }
    /// Sets `types`.
    pub fn types(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIdentify`.
    pub fn user_identify(mut self, value: impl Into<String>) -> Self {
        self.user_identify = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResumeRequest { "bizCode" => optional(biz_code), "ext" => optional(ext),
    "resumeDataVO" => optional(resume_data_vo), "scene" => optional(scene), "types" =>
    optional(types), "userIdentify" => optional(user_identify) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResumeRequest { "bizCode" => read_field(biz_code), "ext" => read_field(ext),
    "resumeDataVO" => read_field(resume_data_vo), "scene" => read_field(scene), "types"
    => read_field(types), "userIdentify" => read_field(user_identify) }
}
impl rt::WriteRequest for CreateResumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::post_resume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PostResumeRequest {
    /// `jobId`.
    pub job_id: Option<i64>,
    /// `userIdentify`.
    pub user_identify: Option<String>,
}
impl PostResumeRequest {
    /// An empty `PostResumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `jobId`.
    pub fn job_id(mut self, value: i64) -> Self {
        self.job_id = Some(value);
        self
    }
    /// Sets `userIdentify`.
    pub fn user_identify(mut self, value: impl Into<String>) -> Self {
        self.user_identify = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PostResumeRequest { "jobId" => optional(job_id), "userIdentify" =>
    optional(user_identify) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PostResumeRequest { "jobId" => read_field(job_id), "userIdentify" =>
    read_field(user_identify) }
}
impl rt::WriteRequest for PostResumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_resume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateResumeError = rt::ServiceError;
/// An error reply of [`Api::post_resume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PostResumeError = rt::ServiceError;
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
        "CreateResume" => {
            rt::conformance::reply(api.create_resume(&inputs.request(true)?)).await
        }
        "PostResume" => {
            rt::conformance::reply(api.post_resume(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
