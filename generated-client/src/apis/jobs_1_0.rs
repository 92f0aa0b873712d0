// @generated from api-spec/jobs_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.jobs_1_0()`. Generated from `api-spec/jobs_1_0.yaml`.
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
    /// `POST /v1.0/jobs/resumes` (operation `CreateResume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateResumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jobs/resumes/post` (operation `PostResume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PostResumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("baseInfo", &self.base_info)?;
        object.optional("certificates", &self.certificates)?;
        object.optional("jobExpects", &self.job_expects)?;
        object.optional("personalHonors", &self.personal_honors)?;
        object.optional("projectExperiences", &self.project_experiences)?;
        object.optional("tags", &self.tags)?;
        object.optional("workExperiences", &self.work_experiences)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "baseInfo" => rt::read_field(map, &mut self.base_info),
            "certificates" => rt::read_field(map, &mut self.certificates),
            "jobExpects" => rt::read_field(map, &mut self.job_expects),
            "personalHonors" => rt::read_field(map, &mut self.personal_honors),
            "projectExperiences" => rt::read_field(map, &mut self.project_experiences),
            "tags" => rt::read_field(map, &mut self.tags),
            "workExperiences" => rt::read_field(map, &mut self.work_experiences),
            _ => Ok(false),
        }
    }
}
/// `CreateResumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeResponseBody {
    /// `result`.
    pub result: Option<CreateResumeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateResumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateResumeResponseBody {
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
impl rt::serde::Serialize for CreateResumeResponseBody {
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
/// `PostResumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PostResumeResponseBody {
    /// `jobId`.
    pub job_id: Option<i64>,
    /// `userIdentify`.
    pub user_identify: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PostResumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PostResumeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            "userIdentify" => rt::read_field(map, &mut self.user_identify),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PostResumeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("userIdentify", &self.user_identify)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOBaseInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("age", &self.age)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("beginWorkTime", &self.begin_work_time)?;
        object.optional("birthday", &self.birthday)?;
        object.optional("candidateBackground", &self.candidate_background)?;
        object.optional("dingTalk", &self.ding_talk)?;
        object.optional("email", &self.email)?;
        object.optional("englishName", &self.english_name)?;
        object.optional("ethnicity", &self.ethnicity)?;
        object.optional("gaduateTime", &self.gaduate_time)?;
        object.optional("highestAcademic", &self.highest_academic)?;
        object.optional("highestEducation", &self.highest_education)?;
        object.optional("identify", &self.identify)?;
        object.optional("industry", &self.industry)?;
        object.optional("industryCode", &self.industry_code)?;
        object.optional("jobTitle", &self.job_title)?;
        object.optional("lastSchoolName", &self.last_school_name)?;
        object.optional("married", &self.married)?;
        object.optional("mbtiType", &self.mbti_type)?;
        object.optional("name", &self.name)?;
        object.optional("nationality", &self.nationality)?;
        object.optional("nativePlace", &self.native_place)?;
        object.optional("nativePlaceCode", &self.native_place_code)?;
        object.optional("nowLocation", &self.now_location)?;
        object.optional("nowLocationCode", &self.now_location_code)?;
        object.optional("parentIndustry", &self.parent_industry)?;
        object.optional("parentIndustryCode", &self.parent_industry_code)?;
        object.optional("personalHonor", &self.personal_honor)?;
        object.optional("personalUrls", &self.personal_urls)?;
        object.optional("phoneNum", &self.phone_num)?;
        object.optional("politicalStatus", &self.political_status)?;
        object.optional("qq", &self.qq)?;
        object.optional("realAvatar", &self.real_avatar)?;
        object.optional("selfEvaluation", &self.self_evaluation)?;
        object.optional("sex", &self.sex)?;
        object.optional("skillSummary", &self.skill_summary)?;
        object.optional("stateCode", &self.state_code)?;
        object.optional("status", &self.status)?;
        object.optional("virtualPhoneNum", &self.virtual_phone_num)?;
        object.optional("weChat", &self.we_chat)?;
        object.optional("weibo", &self.weibo)?;
        object.optional("workingYears", &self.working_years)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVOBaseInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOBaseInfo {
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
            "candidateBackground" => rt::read_field(map, &mut self.candidate_background),
            "dingTalk" => rt::read_field(map, &mut self.ding_talk),
            "email" => rt::read_field(map, &mut self.email),
            "englishName" => rt::read_field(map, &mut self.english_name),
            "ethnicity" => rt::read_field(map, &mut self.ethnicity),
            "gaduateTime" => rt::read_field(map, &mut self.gaduate_time),
            "highestAcademic" => rt::read_field(map, &mut self.highest_academic),
            "highestEducation" => rt::read_field(map, &mut self.highest_education),
            "identify" => rt::read_field(map, &mut self.identify),
            "industry" => rt::read_field(map, &mut self.industry),
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "jobTitle" => rt::read_field(map, &mut self.job_title),
            "lastSchoolName" => rt::read_field(map, &mut self.last_school_name),
            "married" => rt::read_field(map, &mut self.married),
            "mbtiType" => rt::read_field(map, &mut self.mbti_type),
            "name" => rt::read_field(map, &mut self.name),
            "nationality" => rt::read_field(map, &mut self.nationality),
            "nativePlace" => rt::read_field(map, &mut self.native_place),
            "nativePlaceCode" => rt::read_field(map, &mut self.native_place_code),
            "nowLocation" => rt::read_field(map, &mut self.now_location),
            "nowLocationCode" => rt::read_field(map, &mut self.now_location_code),
            "parentIndustry" => rt::read_field(map, &mut self.parent_industry),
            "parentIndustryCode" => rt::read_field(map, &mut self.parent_industry_code),
            "personalHonor" => rt::read_field(map, &mut self.personal_honor),
            "personalUrls" => rt::read_field(map, &mut self.personal_urls),
            "phoneNum" => rt::read_field(map, &mut self.phone_num),
            "politicalStatus" => rt::read_field(map, &mut self.political_status),
            "qq" => rt::read_field(map, &mut self.qq),
            "realAvatar" => rt::read_field(map, &mut self.real_avatar),
            "selfEvaluation" => rt::read_field(map, &mut self.self_evaluation),
            "sex" => rt::read_field(map, &mut self.sex),
            "skillSummary" => rt::read_field(map, &mut self.skill_summary),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            "status" => rt::read_field(map, &mut self.status),
            "virtualPhoneNum" => rt::read_field(map, &mut self.virtual_phone_num),
            "weChat" => rt::read_field(map, &mut self.we_chat),
            "weibo" => rt::read_field(map, &mut self.weibo),
            "workingYears" => rt::read_field(map, &mut self.working_years),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOCertificates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certificateId", &self.certificate_id)?;
        object.optional("certificateName", &self.certificate_name)?;
        object.optional("crantTime", &self.crant_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVOCertificates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOCertificates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certificateId" => rt::read_field(map, &mut self.certificate_id),
            "certificateName" => rt::read_field(map, &mut self.certificate_name),
            "crantTime" => rt::read_field(map, &mut self.crant_time),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOJobExpects {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cityList", &self.city_list)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("industryList", &self.industry_list)?;
        object.optional("jobList", &self.job_list)?;
        object.optional("jobNature", &self.job_nature)?;
        object.optional("maxSalary", &self.max_salary)?;
        object.optional("minSalary", &self.min_salary)?;
        object.optional("otherCityList", &self.other_city_list)?;
        object.optional("salaryDesc", &self.salary_desc)?;
        object.optional("salarySettleType", &self.salary_settle_type)?;
        object.optional("salaryType", &self.salary_type)?;
        object.optional("salaryYear", &self.salary_year)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVOJobExpects {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOJobExpects {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cityList" => rt::read_field(map, &mut self.city_list),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "industryList" => rt::read_field(map, &mut self.industry_list),
            "jobList" => rt::read_field(map, &mut self.job_list),
            "jobNature" => rt::read_field(map, &mut self.job_nature),
            "maxSalary" => rt::read_field(map, &mut self.max_salary),
            "minSalary" => rt::read_field(map, &mut self.min_salary),
            "otherCityList" => rt::read_field(map, &mut self.other_city_list),
            "salaryDesc" => rt::read_field(map, &mut self.salary_desc),
            "salarySettleType" => rt::read_field(map, &mut self.salary_settle_type),
            "salaryType" => rt::read_field(map, &mut self.salary_type),
            "salaryYear" => rt::read_field(map, &mut self.salary_year),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOPersonalHonors {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("grantTime", &self.grant_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVOPersonalHonors {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOPersonalHonors {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "grantTime" => rt::read_field(map, &mut self.grant_time),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOProjectExperiences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("achievement", &self.achievement)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("name", &self.name)?;
        object.optional("projectUrl", &self.project_url)?;
        object.optional("responsibility", &self.responsibility)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("technology", &self.technology)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateResumeRequestResumeDataVOProjectExperiences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOProjectExperiences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "achievement" => rt::read_field(map, &mut self.achievement),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "name" => rt::read_field(map, &mut self.name),
            "projectUrl" => rt::read_field(map, &mut self.project_url),
            "responsibility" => rt::read_field(map, &mut self.responsibility),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "technology" => rt::read_field(map, &mut self.technology),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOTags {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tag", &self.tag)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequestResumeDataVOTags {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOTags {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tag" => rt::read_field(map, &mut self.tag),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOWorkExperiences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("achievement", &self.achievement)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("industry", &self.industry)?;
        object.optional("industryCode", &self.industry_code)?;
        object.optional("internship", &self.internship)?;
        object.optional("jobCode", &self.job_code)?;
        object.optional("jobNature", &self.job_nature)?;
        object.optional("jobTitle", &self.job_title)?;
        object.optional("leader", &self.leader)?;
        object.optional("location", &self.location)?;
        object.optional("locationCode", &self.location_code)?;
        object.optional("parentIndustry", &self.parent_industry)?;
        object.optional("parentIndustryCode", &self.parent_industry_code)?;
        object.optional("reasonOfLeaving", &self.reason_of_leaving)?;
        object.optional("responsibility", &self.responsibility)?;
        object.optional("resumePrivacy", &self.resume_privacy)?;
        object.optional("salary", &self.salary)?;
        object.optional("selectedSkillOptions", &self.selected_skill_options)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("underlingNumber", &self.underling_number)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateResumeRequestResumeDataVOWorkExperiences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOWorkExperiences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "achievement" => rt::read_field(map, &mut self.achievement),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "companyName" => rt::read_field(map, &mut self.company_name),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "industry" => rt::read_field(map, &mut self.industry),
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "internship" => rt::read_field(map, &mut self.internship),
            "jobCode" => rt::read_field(map, &mut self.job_code),
            "jobNature" => rt::read_field(map, &mut self.job_nature),
            "jobTitle" => rt::read_field(map, &mut self.job_title),
            "leader" => rt::read_field(map, &mut self.leader),
            "location" => rt::read_field(map, &mut self.location),
            "locationCode" => rt::read_field(map, &mut self.location_code),
            "parentIndustry" => rt::read_field(map, &mut self.parent_industry),
            "parentIndustryCode" => rt::read_field(map, &mut self.parent_industry_code),
            "reasonOfLeaving" => rt::read_field(map, &mut self.reason_of_leaving),
            "responsibility" => rt::read_field(map, &mut self.responsibility),
            "resumePrivacy" => rt::read_field(map, &mut self.resume_privacy),
            "salary" => rt::read_field(map, &mut self.salary),
            "selectedSkillOptions" => {
                rt::read_field(map, &mut self.selected_skill_options)
            }
            "startDate" => rt::read_field(map, &mut self.start_date),
            "underlingNumber" => rt::read_field(map, &mut self.underling_number),
            _ => Ok(false),
        }
    }
}
/// `CreateResumeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResumeResponseBodyResult {
    /// `resumeId`.
    pub resume_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateResumeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateResumeResponseBodyResult {
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
impl rt::serde::Serialize for CreateResumeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resumeId", &self.resume_id)?;
        object.end()
    }
}
/// `CreateResumeRequestResumeDataVOJobExpectsCityList`.
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
impl rt::serde::Serialize for CreateResumeRequestResumeDataVOJobExpectsCityList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateResumeRequestResumeDataVOJobExpectsCityList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOJobExpectsCityList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("shieldedCompany", &self.shielded_company)?;
        object.optional("shieldedRelatedCompany", &self.shielded_related_company)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequestResumeDataVOWorkExperiencesResumePrivacy {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "shieldedCompany" => rt::read_field(map, &mut self.shielded_company),
            "shieldedRelatedCompany" => {
                rt::read_field(map, &mut self.shielded_related_company)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateResumeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCode", &self.biz_code)?;
        object.optional("ext", &self.ext)?;
        object.optional("resumeDataVO", &self.resume_data_vo)?;
        object.optional("scene", &self.scene)?;
        object.optional("types", &self.types)?;
        object.optional("userIdentify", &self.user_identify)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "ext" => rt::read_field(map, &mut self.ext),
            "resumeDataVO" => rt::read_field(map, &mut self.resume_data_vo),
            "scene" => rt::read_field(map, &mut self.scene),
            "types" => rt::read_field(map, &mut self.types),
            "userIdentify" => rt::read_field(map, &mut self.user_identify),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for PostResumeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("userIdentify", &self.user_identify)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PostResumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PostResumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            "userIdentify" => rt::read_field(map, &mut self.user_identify),
            _ => Ok(false),
        }
    }
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
