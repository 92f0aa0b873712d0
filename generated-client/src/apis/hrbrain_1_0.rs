// @generated from api-spec/hrbrain_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 组织大脑 (HR Brain)：组织与人员、绩效与奖惩、能力与标签等数据的集成，以及自定义模型。
//!
//! 57 operations, methods of [`Api`] (`client.hrbrain_1_0()`), behind the cargo feature `hrbrain_1_0`; its paths start with `/v1.0/hrbrain/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `hrbrain_1_0`. Get it with `client.hrbrain_1_0()` or [`Api::new`].
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
    /// `POST /v1.0/hrbrain/bizData/query`: DingTalk's `HrbrainBizDataQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::hrbrain_biz_data_query_pages`].
    #[doc(alias = "HrbrainBizDataQuery")]
    #[doc(alias = "/v1.0/hrbrain/bizData/query")]
    #[doc(alias = "POST /v1.0/hrbrain/bizData/query")]
    pub fn hrbrain_biz_data_query(
        &self,
        request: &HrbrainBizDataQueryRequest,
    ) -> rt::Call<HrbrainBizDataQueryResponseBody, HrbrainBizDataQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainBizDataQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/bizData/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除奖励记录
    ///
    /// `POST /v1.0/hrbrain/datas/awardRecords/remove`: DingTalk's `HrbrainDeleteAwardRecords` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteAwardRecords")]
    #[doc(alias = "/v1.0/hrbrain/datas/awardRecords/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/awardRecords/remove")]
    pub fn hrbrain_delete_award_records(
        &self,
        request: &HrbrainDeleteAwardRecordsRequest,
    ) -> rt::Call<
        HrbrainDeleteAwardRecordsResponseBody,
        HrbrainDeleteAwardRecordsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteAwardRecords",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/awardRecords/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除自定义模型记录
    ///
    /// `POST /v1.0/hrbrain/datas/customModels/remove`: DingTalk's `HrbrainDeleteCustom` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteCustom")]
    #[doc(alias = "/v1.0/hrbrain/datas/customModels/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/customModels/remove")]
    pub fn hrbrain_delete_custom(
        &self,
        request: &HrbrainDeleteCustomRequest,
    ) -> rt::Call<HrbrainDeleteCustomResponseBody, HrbrainDeleteCustomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteCustom",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/customModels/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除组织架构
    ///
    /// `POST /v1.0/hrbrain/datas/deptInfos/remove`: DingTalk's `HrbrainDeleteDeptInfo` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteDeptInfo")]
    #[doc(alias = "/v1.0/hrbrain/datas/deptInfos/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/deptInfos/remove")]
    pub fn hrbrain_delete_dept_info(
        &self,
        request: &HrbrainDeleteDeptInfoRequest,
    ) -> rt::Call<HrbrainDeleteDeptInfoResponseBody, HrbrainDeleteDeptInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteDeptInfo",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/deptInfos/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除离职记录
    ///
    /// `POST /v1.0/hrbrain/datas/dimissionInfos/remove`: DingTalk's `HrbrainDeleteDimission` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteDimission")]
    #[doc(alias = "/v1.0/hrbrain/datas/dimissionInfos/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/dimissionInfos/remove")]
    pub fn hrbrain_delete_dimission(
        &self,
        request: &HrbrainDeleteDimissionRequest,
    ) -> rt::Call<HrbrainDeleteDimissionResponseBody, HrbrainDeleteDimissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteDimission",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/dimissionInfos/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除教育经历
    ///
    /// `POST /v1.0/hrbrain/datas/eduExperiences/remove`: DingTalk's `HrbrainDeleteEduExp` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteEduExp")]
    #[doc(alias = "/v1.0/hrbrain/datas/eduExperiences/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/eduExperiences/remove")]
    pub fn hrbrain_delete_edu_exp(
        &self,
        request: &HrbrainDeleteEduExpRequest,
    ) -> rt::Call<HrbrainDeleteEduExpResponseBody, HrbrainDeleteEduExpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteEduExp",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/eduExperiences/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除人员信息
    ///
    /// `POST /v1.0/hrbrain/datas/empInfos/remove`: DingTalk's `HrbrainDeleteEmpInfo` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteEmpInfo")]
    #[doc(alias = "/v1.0/hrbrain/datas/empInfos/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/empInfos/remove")]
    pub fn hrbrain_delete_emp_info(
        &self,
        request: &HrbrainDeleteEmpInfoRequest,
    ) -> rt::Call<HrbrainDeleteEmpInfoResponseBody, HrbrainDeleteEmpInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteEmpInfo",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/empInfos/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除领域经验
    ///
    /// `POST /v1.0/hrbrain/datas/industries/remove`: DingTalk's `HrbrainDeleteLabelIndustry` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteLabelIndustry")]
    #[doc(alias = "/v1.0/hrbrain/datas/industries/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/industries/remove")]
    pub fn hrbrain_delete_label_industry(
        &self,
        request: &HrbrainDeleteLabelIndustryRequest,
    ) -> rt::Call<
        HrbrainDeleteLabelIndustryResponseBody,
        HrbrainDeleteLabelIndustryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteLabelIndustry",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/industries/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除盘点数据
    ///
    /// `POST /v1.0/hrbrain/datas/inventories/remove`: DingTalk's `HrbrainDeleteLabelInventory` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteLabelInventory")]
    #[doc(alias = "/v1.0/hrbrain/datas/inventories/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/inventories/remove")]
    pub fn hrbrain_delete_label_inventory(
        &self,
        request: &HrbrainDeleteLabelInventoryRequest,
    ) -> rt::Call<
        HrbrainDeleteLabelInventoryResponseBody,
        HrbrainDeleteLabelInventoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteLabelInventory",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/inventories/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除专业技能
    ///
    /// `POST /v1.0/hrbrain/datas/profSkills/remove`: DingTalk's `HrbrainDeleteLabelProfSkill` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteLabelProfSkill")]
    #[doc(alias = "/v1.0/hrbrain/datas/profSkills/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/profSkills/remove")]
    pub fn hrbrain_delete_label_prof_skill(
        &self,
        request: &HrbrainDeleteLabelProfSkillRequest,
    ) -> rt::Call<
        HrbrainDeleteLabelProfSkillResponseBody,
        HrbrainDeleteLabelProfSkillError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteLabelProfSkill",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/profSkills/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除绩效记录
    ///
    /// `POST /v1.0/hrbrain/datas/perfRecords/remove`: DingTalk's `HrbrainDeletePerfEval` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeletePerfEval")]
    #[doc(alias = "/v1.0/hrbrain/datas/perfRecords/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/perfRecords/remove")]
    pub fn hrbrain_delete_perf_eval(
        &self,
        request: &HrbrainDeletePerfEvalRequest,
    ) -> rt::Call<HrbrainDeletePerfEvalResponseBody, HrbrainDeletePerfEvalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeletePerfEval",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/perfRecords/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据集成晋升记录删除
    ///
    /// `POST /v1.0/hrbrain/datas/promEvals/remove`: DingTalk's `HrbrainDeletePromRecords` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeletePromRecords")]
    #[doc(alias = "/v1.0/hrbrain/datas/promEvals/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/promEvals/remove")]
    pub fn hrbrain_delete_prom_records(
        &self,
        request: &HrbrainDeletePromRecordsRequest,
    ) -> rt::Call<HrbrainDeletePromRecordsResponseBody, HrbrainDeletePromRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeletePromRecords",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/promEvals/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除处分记录
    ///
    /// `POST /v1.0/hrbrain/datas/punDetails/remove`: DingTalk's `HrbrainDeletePunDetail` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeletePunDetail")]
    #[doc(alias = "/v1.0/hrbrain/datas/punDetails/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/punDetails/remove")]
    pub fn hrbrain_delete_pun_detail(
        &self,
        request: &HrbrainDeletePunDetailRequest,
    ) -> rt::Call<HrbrainDeletePunDetailResponseBody, HrbrainDeletePunDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeletePunDetail",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/punDetails/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除入职记录
    ///
    /// `POST /v1.0/hrbrain/datas/registerInfos/remove`: DingTalk's `HrbrainDeleteRegist` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteRegist")]
    #[doc(alias = "/v1.0/hrbrain/datas/registerInfos/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/registerInfos/remove")]
    pub fn hrbrain_delete_regist(
        &self,
        request: &HrbrainDeleteRegistRequest,
    ) -> rt::Call<HrbrainDeleteRegistResponseBody, HrbrainDeleteRegistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteRegist",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/registerInfos/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除转正记录
    ///
    /// `POST /v1.0/hrbrain/datas/regulars/remove`: DingTalk's `HrbrainDeleteRegular` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteRegular")]
    #[doc(alias = "/v1.0/hrbrain/datas/regulars/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/regulars/remove")]
    pub fn hrbrain_delete_regular(
        &self,
        request: &HrbrainDeleteRegularRequest,
    ) -> rt::Call<HrbrainDeleteRegularResponseBody, HrbrainDeleteRegularError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteRegular",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/regulars/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除培训学习记录
    ///
    /// `POST /v1.0/hrbrain/datas/trainings/remove`: DingTalk's `HrbrainDeleteTraining` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteTraining")]
    #[doc(alias = "/v1.0/hrbrain/datas/trainings/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/trainings/remove")]
    pub fn hrbrain_delete_training(
        &self,
        request: &HrbrainDeleteTrainingRequest,
    ) -> rt::Call<HrbrainDeleteTrainingResponseBody, HrbrainDeleteTrainingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteTraining",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/trainings/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除调岗记录
    ///
    /// `POST /v1.0/hrbrain/datas/changeRecords/remove`: DingTalk's `HrbrainDeleteTransferEval` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteTransferEval")]
    #[doc(alias = "/v1.0/hrbrain/datas/changeRecords/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/changeRecords/remove")]
    pub fn hrbrain_delete_transfer_eval(
        &self,
        request: &HrbrainDeleteTransferEvalRequest,
    ) -> rt::Call<
        HrbrainDeleteTransferEvalResponseBody,
        HrbrainDeleteTransferEvalError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteTransferEval",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/changeRecords/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除工作经历
    ///
    /// `POST /v1.0/hrbrain/datas/workExperiences/remove`: DingTalk's `HrbrainDeleteWorkExp` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeleteWorkExp")]
    #[doc(alias = "/v1.0/hrbrain/datas/workExperiences/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/workExperiences/remove")]
    pub fn hrbrain_delete_work_exp(
        &self,
        request: &HrbrainDeleteWorkExpRequest,
    ) -> rt::Call<HrbrainDeleteWorkExpResponseBody, HrbrainDeleteWorkExpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeleteWorkExp",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/workExperiences/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除标签数据
    ///
    /// `POST /v1.0/hrbrain/datas/baseLabels/remove`: DingTalk's `HrbrainDeletetLabelBase` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainDeletetLabelBase")]
    #[doc(alias = "/v1.0/hrbrain/datas/baseLabels/remove")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/baseLabels/remove")]
    pub fn hrbrain_deletet_label_base(
        &self,
        request: &HrbrainDeletetLabelBaseRequest,
    ) -> rt::Call<HrbrainDeletetLabelBaseResponseBody, HrbrainDeletetLabelBaseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainDeletetLabelBase",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/baseLabels/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才池信息查询
    ///
    /// `POST /v1.0/hrbrain/datas/empPools/infos/query`: DingTalk's `HrbrainEmpPoolQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::hrbrain_emp_pool_query_pages`].
    #[doc(alias = "HrbrainEmpPoolQuery")]
    #[doc(alias = "/v1.0/hrbrain/datas/empPools/infos/query")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/empPools/infos/query")]
    pub fn hrbrain_emp_pool_query(
        &self,
        request: &HrbrainEmpPoolQueryRequest,
    ) -> rt::Call<HrbrainEmpPoolQueryResponseBody, HrbrainEmpPoolQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainEmpPoolQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/empPools/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才池人员查询
    ///
    /// `POST /v1.0/hrbrain/datas/empPools/users/lists/query`: DingTalk's `HrbrainEmpPoolUser` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::hrbrain_emp_pool_user_pages`].
    #[doc(alias = "HrbrainEmpPoolUser")]
    #[doc(alias = "/v1.0/hrbrain/datas/empPools/users/lists/query")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/empPools/users/lists/query")]
    pub fn hrbrain_emp_pool_user(
        &self,
        request: &HrbrainEmpPoolUserRequest,
    ) -> rt::Call<HrbrainEmpPoolUserResponseBody, HrbrainEmpPoolUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainEmpPoolUser",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/empPools/users/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成奖励记录
    ///
    /// `POST /v1.0/hrbrain/datas/awardDetails/import`: DingTalk's `HrbrainImportAwardDetail` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportAwardDetail")]
    #[doc(alias = "/v1.0/hrbrain/datas/awardDetails/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/awardDetails/import")]
    pub fn hrbrain_import_award_detail(
        &self,
        request: &HrbrainImportAwardDetailRequest,
    ) -> rt::Call<HrbrainImportAwardDetailResponseBody, HrbrainImportAwardDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportAwardDetail",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/awardDetails/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成自定义模型记录
    ///
    /// `POST /v1.0/hrbrain/datas/customModels/import`: DingTalk's `HrbrainImportCustom` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportCustom")]
    #[doc(alias = "/v1.0/hrbrain/datas/customModels/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/customModels/import")]
    pub fn hrbrain_import_custom(
        &self,
        request: &HrbrainImportCustomRequest,
    ) -> rt::Call<HrbrainImportCustomResponseBody, HrbrainImportCustomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportCustom",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/customModels/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成组织架构
    ///
    /// `POST /v1.0/hrbrain/datas/deptInfos/import`: DingTalk's `HrbrainImportDeptInfo` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportDeptInfo")]
    #[doc(alias = "/v1.0/hrbrain/datas/deptInfos/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/deptInfos/import")]
    pub fn hrbrain_import_dept_info(
        &self,
        request: &HrbrainImportDeptInfoRequest,
    ) -> rt::Call<HrbrainImportDeptInfoResponseBody, HrbrainImportDeptInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportDeptInfo",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/deptInfos/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成离职信息
    ///
    /// `POST /v1.0/hrbrain/datas/dimissionInfos/import`: DingTalk's `HrbrainImportDimission` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportDimission")]
    #[doc(alias = "/v1.0/hrbrain/datas/dimissionInfos/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/dimissionInfos/import")]
    pub fn hrbrain_import_dimission(
        &self,
        request: &HrbrainImportDimissionRequest,
    ) -> rt::Call<HrbrainImportDimissionResponseBody, HrbrainImportDimissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportDimission",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/dimissionInfos/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成教育经历
    ///
    /// `POST /v1.0/hrbrain/datas/eduExperiences/import`: DingTalk's `HrbrainImportEduExp` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportEduExp")]
    #[doc(alias = "/v1.0/hrbrain/datas/eduExperiences/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/eduExperiences/import")]
    pub fn hrbrain_import_edu_exp(
        &self,
        request: &HrbrainImportEduExpRequest,
    ) -> rt::Call<HrbrainImportEduExpResponseBody, HrbrainImportEduExpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportEduExp",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/eduExperiences/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成人员信息
    ///
    /// `POST /v1.0/hrbrain/datas/empInfos/import`: DingTalk's `HrbrainImportEmpInfo` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportEmpInfo")]
    #[doc(alias = "/v1.0/hrbrain/datas/empInfos/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/empInfos/import")]
    pub fn hrbrain_import_emp_info(
        &self,
        request: &HrbrainImportEmpInfoRequest,
    ) -> rt::Call<HrbrainImportEmpInfoResponseBody, HrbrainImportEmpInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportEmpInfo",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/empInfos/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成基础标签
    ///
    /// `POST /v1.0/hrbrain/datas/baseLabels/import`: DingTalk's `HrbrainImportLabelBase` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportLabelBase")]
    #[doc(alias = "/v1.0/hrbrain/datas/baseLabels/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/baseLabels/import")]
    pub fn hrbrain_import_label_base(
        &self,
        request: &HrbrainImportLabelBaseRequest,
    ) -> rt::Call<HrbrainImportLabelBaseResponseBody, HrbrainImportLabelBaseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportLabelBase",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/baseLabels/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成自定义标签
    ///
    /// `POST /v1.0/hrbrain/datas/customLabels/import`: DingTalk's `HrbrainImportLabelCustom` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportLabelCustom")]
    #[doc(alias = "/v1.0/hrbrain/datas/customLabels/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/customLabels/import")]
    pub fn hrbrain_import_label_custom(
        &self,
        request: &HrbrainImportLabelCustomRequest,
    ) -> rt::Call<HrbrainImportLabelCustomResponseBody, HrbrainImportLabelCustomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportLabelCustom",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/customLabels/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成领域经验
    ///
    /// `POST /v1.0/hrbrain/datas/industries/import`: DingTalk's `HrbrainImportLabelIndustry` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportLabelIndustry")]
    #[doc(alias = "/v1.0/hrbrain/datas/industries/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/industries/import")]
    pub fn hrbrain_import_label_industry(
        &self,
        request: &HrbrainImportLabelIndustryRequest,
    ) -> rt::Call<
        HrbrainImportLabelIndustryResponseBody,
        HrbrainImportLabelIndustryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportLabelIndustry",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/industries/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成盘点数据
    ///
    /// `POST /v1.0/hrbrain/datas/inventories/import`: DingTalk's `HrbrainImportLabelInventory` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportLabelInventory")]
    #[doc(alias = "/v1.0/hrbrain/datas/inventories/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/inventories/import")]
    pub fn hrbrain_import_label_inventory(
        &self,
        request: &HrbrainImportLabelInventoryRequest,
    ) -> rt::Call<
        HrbrainImportLabelInventoryResponseBody,
        HrbrainImportLabelInventoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportLabelInventory",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/inventories/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成专业技能
    ///
    /// `POST /v1.0/hrbrain/datas/profSkills/import`: DingTalk's `HrbrainImportLabelProfSkill` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportLabelProfSkill")]
    #[doc(alias = "/v1.0/hrbrain/datas/profSkills/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/profSkills/import")]
    pub fn hrbrain_import_label_prof_skill(
        &self,
        request: &HrbrainImportLabelProfSkillRequest,
    ) -> rt::Call<
        HrbrainImportLabelProfSkillResponseBody,
        HrbrainImportLabelProfSkillError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportLabelProfSkill",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/profSkills/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成绩效记录
    ///
    /// `POST /v1.0/hrbrain/datas/perfRecords/import`: DingTalk's `HrbrainImportPerfEval` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportPerfEval")]
    #[doc(alias = "/v1.0/hrbrain/datas/perfRecords/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/perfRecords/import")]
    pub fn hrbrain_import_perf_eval(
        &self,
        request: &HrbrainImportPerfEvalRequest,
    ) -> rt::Call<HrbrainImportPerfEvalResponseBody, HrbrainImportPerfEvalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportPerfEval",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/perfRecords/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成晋升记录
    ///
    /// `POST /v1.0/hrbrain/datas/promRecords/import`: DingTalk's `HrbrainImportPromEval` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportPromEval")]
    #[doc(alias = "/v1.0/hrbrain/datas/promRecords/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/promRecords/import")]
    pub fn hrbrain_import_prom_eval(
        &self,
        request: &HrbrainImportPromEvalRequest,
    ) -> rt::Call<HrbrainImportPromEvalResponseBody, HrbrainImportPromEvalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportPromEval",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/promRecords/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成处分记录
    ///
    /// `POST /v1.0/hrbrain/datas/punDetails/import`: DingTalk's `HrbrainImportPunDetail` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportPunDetail")]
    #[doc(alias = "/v1.0/hrbrain/datas/punDetails/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/punDetails/import")]
    pub fn hrbrain_import_pun_detail(
        &self,
        request: &HrbrainImportPunDetailRequest,
    ) -> rt::Call<HrbrainImportPunDetailResponseBody, HrbrainImportPunDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportPunDetail",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/punDetails/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成入职信息
    ///
    /// `POST /v1.0/hrbrain/datas/registerInfos/import`: DingTalk's `HrbrainImportRegist` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportRegist")]
    #[doc(alias = "/v1.0/hrbrain/datas/registerInfos/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/registerInfos/import")]
    pub fn hrbrain_import_regist(
        &self,
        request: &HrbrainImportRegistRequest,
    ) -> rt::Call<HrbrainImportRegistResponseBody, HrbrainImportRegistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportRegist",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/registerInfos/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成转正记录
    ///
    /// `POST /v1.0/hrbrain/datas/regulars/import`: DingTalk's `HrbrainImportRegular` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportRegular")]
    #[doc(alias = "/v1.0/hrbrain/datas/regulars/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/regulars/import")]
    pub fn hrbrain_import_regular(
        &self,
        request: &HrbrainImportRegularRequest,
    ) -> rt::Call<HrbrainImportRegularResponseBody, HrbrainImportRegularError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportRegular",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/regulars/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成培训学习记录
    ///
    /// `POST /v1.0/hrbrain/datas/trainings/import`: DingTalk's `HrbrainImportTraining` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportTraining")]
    #[doc(alias = "/v1.0/hrbrain/datas/trainings/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/trainings/import")]
    pub fn hrbrain_import_training(
        &self,
        request: &HrbrainImportTrainingRequest,
    ) -> rt::Call<HrbrainImportTrainingResponseBody, HrbrainImportTrainingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportTraining",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/trainings/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成异动记录
    ///
    /// `POST /v1.0/hrbrain/datas/changeRecords/import`: DingTalk's `HrbrainImportTransferEval` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportTransferEval")]
    #[doc(alias = "/v1.0/hrbrain/datas/changeRecords/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/changeRecords/import")]
    pub fn hrbrain_import_transfer_eval(
        &self,
        request: &HrbrainImportTransferEvalRequest,
    ) -> rt::Call<
        HrbrainImportTransferEvalResponseBody,
        HrbrainImportTransferEvalError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportTransferEval",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/changeRecords/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 集成工作经历
    ///
    /// `POST /v1.0/hrbrain/datas/workExperiences/import`: DingTalk's `HrbrainImportWorkExp` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainImportWorkExp")]
    #[doc(alias = "/v1.0/hrbrain/datas/workExperiences/import")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/workExperiences/import")]
    pub fn hrbrain_import_work_exp(
        &self,
        request: &HrbrainImportWorkExpRequest,
    ) -> rt::Call<HrbrainImportWorkExpResponseBody, HrbrainImportWorkExpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainImportWorkExp",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/workExperiences/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签分类树查询
    ///
    /// `POST /v1.0/hrbrain/labels/category/list`: DingTalk's `HrbrainLabelCategoryTree` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelCategoryTree")]
    #[doc(alias = "/v1.0/hrbrain/labels/category/list")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/category/list")]
    pub fn hrbrain_label_category_tree(
        &self,
    ) -> rt::Call<HrbrainLabelCategoryTreeResponseBody, HrbrainLabelCategoryTreeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelCategoryTree",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/category/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 标签分类树更新
    ///
    /// `POST /v1.0/hrbrain/labels/category/update`: DingTalk's `HrbrainLabelCategoryUpdate` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelCategoryUpdate")]
    #[doc(alias = "/v1.0/hrbrain/labels/category/update")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/category/update")]
    pub fn hrbrain_label_category_update(
        &self,
        request: &HrbrainLabelCategoryUpdateRequest,
    ) -> rt::Call<
        HrbrainLabelCategoryUpdateResponseBody,
        HrbrainLabelCategoryUpdateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelCategoryUpdate",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/category/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签明细删除
    ///
    /// `POST /v1.0/hrbrain/label/dataDelete`: DingTalk's `HrbrainLabelDataDelete` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelDataDelete")]
    #[doc(alias = "/v1.0/hrbrain/label/dataDelete")]
    #[doc(alias = "POST /v1.0/hrbrain/label/dataDelete")]
    pub fn hrbrain_label_data_delete(
        &self,
        request: &HrbrainLabelDataDeleteRequest,
    ) -> rt::Call<HrbrainLabelDataDeleteResponseBody, HrbrainLabelDataDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelDataDelete",
            rt::Method::Post,
            "/v1.0/hrbrain/label/dataDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签明细查询
    ///
    /// `POST /v1.0/hrbrain/labels/data`: DingTalk's `HrbrainLabelDataQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::hrbrain_label_data_query_pages`].
    #[doc(alias = "HrbrainLabelDataQuery")]
    #[doc(alias = "/v1.0/hrbrain/labels/data")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/data")]
    pub fn hrbrain_label_data_query(
        &self,
        request: &HrbrainLabelDataQueryRequest,
    ) -> rt::Call<HrbrainLabelDataQueryResponseBody, HrbrainLabelDataQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelDataQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签明细更新
    ///
    /// `POST /v1.0/hrbrain/label/dataUpsert`: DingTalk's `HrbrainLabelDataUpsert` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelDataUpsert")]
    #[doc(alias = "/v1.0/hrbrain/label/dataUpsert")]
    #[doc(alias = "POST /v1.0/hrbrain/label/dataUpsert")]
    pub fn hrbrain_label_data_upsert(
        &self,
        request: &HrbrainLabelDataUpsertRequest,
    ) -> rt::Call<HrbrainLabelDataUpsertResponseBody, HrbrainLabelDataUpsertError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelDataUpsert",
            rt::Method::Post,
            "/v1.0/hrbrain/label/dataUpsert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除标签下指定人员
    ///
    /// `POST /v1.0/hrbrain/labels/delete`: DingTalk's `HrbrainLabelEmpDelete` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelEmpDelete")]
    #[doc(alias = "/v1.0/hrbrain/labels/delete")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/delete")]
    pub fn hrbrain_label_emp_delete(
        &self,
        request: &HrbrainLabelEmpDeleteRequest,
    ) -> rt::Call<HrbrainLabelEmpDeleteResponseBody, HrbrainLabelEmpDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelEmpDelete",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签元数据
    ///
    /// `POST /v1.0/hrbrain/labels/meta`: DingTalk's `HrbrainLabelMeta` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::hrbrain_label_meta_pages`].
    #[doc(alias = "HrbrainLabelMeta")]
    #[doc(alias = "/v1.0/hrbrain/labels/meta")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/meta")]
    pub fn hrbrain_label_meta(
        &self,
        request: &HrbrainLabelMetaRequest,
    ) -> rt::Call<HrbrainLabelMetaResponseBody, HrbrainLabelMetaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelMeta",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/meta",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签元数据状态更新
    ///
    /// `POST /v1.0/hrbrain/labels/metaStatus`: DingTalk's `HrbrainLabelMetaStatus` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelMetaStatus")]
    #[doc(alias = "/v1.0/hrbrain/labels/metaStatus")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/metaStatus")]
    pub fn hrbrain_label_meta_status(
        &self,
        request: &HrbrainLabelMetaStatusRequest,
    ) -> rt::Call<HrbrainLabelMetaStatusResponseBody, HrbrainLabelMetaStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelMetaStatus",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/metaStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标签元数据更新
    ///
    /// `POST /v1.0/hrbrain/labels/metaUpdate`: DingTalk's `HrbrainLabelMetaUpdate` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelMetaUpdate")]
    #[doc(alias = "/v1.0/hrbrain/labels/metaUpdate")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/metaUpdate")]
    pub fn hrbrain_label_meta_update(
        &self,
        request: &HrbrainLabelMetaUpdateRequest,
    ) -> rt::Call<HrbrainLabelMetaUpdateResponseBody, HrbrainLabelMetaUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelMetaUpdate",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/metaUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 打标任务生成的标签数据
    ///
    /// `POST /v1.0/hrbrain/labels/task/data`: DingTalk's `HrbrainLabelTaskData` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelTaskData")]
    #[doc(alias = "/v1.0/hrbrain/labels/task/data")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/task/data")]
    pub fn hrbrain_label_task_data(
        &self,
        request: &HrbrainLabelTaskDataRequest,
    ) -> rt::Call<HrbrainLabelTaskDataResponseBody, HrbrainLabelTaskDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelTaskData",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/task/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 打标任务生成的标签元数据
    ///
    /// `POST /v1.0/hrbrain/labels/task/metadata`: DingTalk's `HrbrainLabelTaskMeta` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainLabelTaskMeta")]
    #[doc(alias = "/v1.0/hrbrain/labels/task/metadata")]
    #[doc(alias = "POST /v1.0/hrbrain/labels/task/metadata")]
    pub fn hrbrain_label_task_meta(
        &self,
        request: &HrbrainLabelTaskMetaRequest,
    ) -> rt::Call<HrbrainLabelTaskMetaResponseBody, HrbrainLabelTaskMetaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainLabelTaskMeta",
            rt::Method::Post,
            "/v1.0/hrbrain/labels/task/metadata",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询人才档案附件照片
    ///
    /// `POST /v1.0/hrbrain/profiles/attachmentPhotos/query`: DingTalk's `HrbrainTalentProfileAttachmentQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainTalentProfileAttachmentQuery")]
    #[doc(alias = "/v1.0/hrbrain/profiles/attachmentPhotos/query")]
    #[doc(alias = "POST /v1.0/hrbrain/profiles/attachmentPhotos/query")]
    pub fn hrbrain_talent_profile_attachment_query(
        &self,
        request: &HrbrainTalentProfileAttachmentQueryRequest,
    ) -> rt::Call<
        HrbrainTalentProfileAttachmentQueryResponseBody,
        HrbrainTalentProfileAttachmentQueryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainTalentProfileAttachmentQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/profiles/attachmentPhotos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询人才档案基础数据
    ///
    /// `POST /v1.0/hrbrain/profiles/basicData/query`: DingTalk's `HrbrainTalentProfileBasicQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainTalentProfileBasicQuery")]
    #[doc(alias = "/v1.0/hrbrain/profiles/basicData/query")]
    #[doc(alias = "POST /v1.0/hrbrain/profiles/basicData/query")]
    pub fn hrbrain_talent_profile_basic_query(
        &self,
        request: &HrbrainTalentProfileBasicQueryRequest,
    ) -> rt::Call<
        HrbrainTalentProfileBasicQueryResponseBody,
        HrbrainTalentProfileBasicQueryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainTalentProfileBasicQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/profiles/basicData/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交人才搜索任务
    ///
    /// `POST /v1.0/hrbrain/talent/submitEmpSearchTask`: DingTalk's `HrbrainTalentSearch` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainTalentSearch")]
    #[doc(alias = "/v1.0/hrbrain/talent/submitEmpSearchTask")]
    #[doc(alias = "POST /v1.0/hrbrain/talent/submitEmpSearchTask")]
    pub fn hrbrain_talent_search(
        &self,
        request: &HrbrainTalentSearchRequest,
    ) -> rt::Call<HrbrainTalentSearchResponseBody, HrbrainTalentSearchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainTalentSearch",
            rt::Method::Post,
            "/v1.0/hrbrain/talent/submitEmpSearchTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取搜索结果
    ///
    /// `POST /v1.0/hrbrain/talent/getEmpSearchTaskResult`: DingTalk's `HrbrainTalentSearchResult` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrbrainTalentSearchResult")]
    #[doc(alias = "/v1.0/hrbrain/talent/getEmpSearchTaskResult")]
    #[doc(alias = "POST /v1.0/hrbrain/talent/getEmpSearchTaskResult")]
    pub fn hrbrain_talent_search_result(
        &self,
        request: &HrbrainTalentSearchResultRequest,
    ) -> rt::Call<
        HrbrainTalentSearchResultResponseBody,
        HrbrainTalentSearchResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrbrainTalentSearchResult",
            rt::Method::Post,
            "/v1.0/hrbrain/talent/getEmpSearchTaskResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人员标签查询
    ///
    /// `POST /v1.0/hrbrain/datas/labelRecords/query`: DingTalk's `StaffLabelRecordsQuery` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::staff_label_records_query_pages`].
    #[doc(alias = "StaffLabelRecordsQuery")]
    #[doc(alias = "/v1.0/hrbrain/datas/labelRecords/query")]
    #[doc(alias = "POST /v1.0/hrbrain/datas/labelRecords/query")]
    pub fn staff_label_records_query(
        &self,
        request: &StaffLabelRecordsQueryRequest,
    ) -> rt::Call<StaffLabelRecordsQueryResponseBody, StaffLabelRecordsQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StaffLabelRecordsQuery",
            rt::Method::Post,
            "/v1.0/hrbrain/datas/labelRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步统计基础数据
    ///
    /// `POST /v1.0/hrbrain/datas`: DingTalk's `SyncData` (module feature `hrbrain_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncData")]
    #[doc(alias = "/v1.0/hrbrain/datas")]
    #[doc(alias = "POST /v1.0/hrbrain/datas")]
    pub fn sync_data(
        &self,
        request: &SyncDataRequest,
    ) -> rt::Call<SyncDataResponseBody, SyncDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncData",
            rt::Method::Post,
            "/v1.0/hrbrain/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::hrbrain_biz_data_query`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.bizInfos` of each page.
    pub fn hrbrain_biz_data_query_pages(
        &self,
        request: &HrbrainBizDataQueryRequest,
    ) -> rt::Paginator<
        HrbrainBizDataQueryResponseBody,
        HrbrainBizDataQueryError,
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
        rt::Paginator::new(self.hrbrain_biz_data_query(request), &PAGING)
    }
    /// Every page of [`Api::hrbrain_emp_pool_query`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.poolInfos` of each page.
    pub fn hrbrain_emp_pool_query_pages(
        &self,
        request: &HrbrainEmpPoolQueryRequest,
    ) -> rt::Paginator<
        HrbrainEmpPoolQueryResponseBody,
        HrbrainEmpPoolQueryError,
        HrbrainEmpPoolQueryResponseBodyContentPoolInfos,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["content", "nextToken"],
            &[],
            &["content", "poolInfos"],
        );
        rt::Paginator::new(self.hrbrain_emp_pool_query(request), &PAGING)
    }
    /// Every page of [`Api::hrbrain_emp_pool_user`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.empVos` of each page.
    pub fn hrbrain_emp_pool_user_pages(
        &self,
        request: &HrbrainEmpPoolUserRequest,
    ) -> rt::Paginator<
        HrbrainEmpPoolUserResponseBody,
        HrbrainEmpPoolUserError,
        HrbrainEmpPoolUserResponseBodyContentEmpVos,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["content", "nextToken"],
            &[],
            &["content", "empVos"],
        );
        rt::Paginator::new(self.hrbrain_emp_pool_user(request), &PAGING)
    }
    /// Every page of [`Api::hrbrain_label_data_query`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.labelDatas` of each page.
    pub fn hrbrain_label_data_query_pages(
        &self,
        request: &HrbrainLabelDataQueryRequest,
    ) -> rt::Paginator<
        HrbrainLabelDataQueryResponseBody,
        HrbrainLabelDataQueryError,
        HrbrainLabelDataQueryResponseBodyContentLabelDatas,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["content", "nextToken"],
            &[],
            &["content", "labelDatas"],
        );
        rt::Paginator::new(self.hrbrain_label_data_query(request), &PAGING)
    }
    /// Every page of [`Api::hrbrain_label_meta`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.labelMetas` of each page.
    pub fn hrbrain_label_meta_pages(
        &self,
        request: &HrbrainLabelMetaRequest,
    ) -> rt::Paginator<
        HrbrainLabelMetaResponseBody,
        HrbrainLabelMetaError,
        HrbrainLabelMetaResponseBodyContentLabelMetas,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["content", "nextToken"],
            &[],
            &["content", "labelMetas"],
        );
        rt::Paginator::new(self.hrbrain_label_meta(request), &PAGING)
    }
    /// Every page of [`Api::staff_label_records_query`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.data` of each page.
    pub fn staff_label_records_query_pages(
        &self,
        request: &StaffLabelRecordsQueryRequest,
    ) -> rt::Paginator<
        StaffLabelRecordsQueryResponseBody,
        StaffLabelRecordsQueryError,
        StaffLabelRecordsQueryResponseBodyContentData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["content", "nextToken"],
            &[],
            &["content", "data"],
        );
        rt::Paginator::new(self.staff_label_records_query(request), &PAGING)
    }
}
/// `HrbrainBizDataQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainBizDataQueryResponseBody {
    /// `content`.
    pub content: Option<HrbrainBizDataQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainBizDataQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainBizDataQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainDeleteAwardRecordsRequestParams`, a model several operations share: also named [`HrbrainDeletePromRecordsRequestParams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteAwardRecordsRequestParams {
    /// `awardDate`.
    pub award_date: Option<String>,
    /// `awardName`.
    pub award_name: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteAwardRecordsRequestParams`], each named where it is set: `HrbrainDeleteAwardRecordsRequestParams::new(HrbrainDeleteAwardRecordsRequestParamsRequired { .. })`.
pub struct HrbrainDeleteAwardRecordsRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteAwardRecordsRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteAwardRecordsRequestParams {
    /// A `HrbrainDeleteAwardRecordsRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteAwardRecordsRequestParamsRequired) -> Self {
        let HrbrainDeleteAwardRecordsRequestParamsRequired { work_no } = required;
        Self {
            award_date: None,
            award_name: None,
            work_no,
        }
    }
    /// Sets `awardDate`.
    pub fn award_date(mut self, value: impl Into<String>) -> Self {
        self.award_date = Some(value.into());
        self
    }
    /// Sets `awardName`.
    pub fn award_name(mut self, value: impl Into<String>) -> Self {
        self.award_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteAwardRecordsRequestParams { "awardDate" => optional(award_date),
    "awardName" => optional(award_name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteAwardRecordsRequestParams { "awardDate" => read_field(award_date),
    "awardName" => read_field(award_name), "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteAwardRecordsResponseBody`, a model several operations share: also named [`HrbrainDeleteCustomResponseBody`], [`HrbrainDeleteDeptInfoResponseBody`], [`HrbrainDeleteDimissionResponseBody`], [`HrbrainDeleteEduExpResponseBody`], [`HrbrainDeleteEmpInfoResponseBody`], [`HrbrainDeleteLabelIndustryResponseBody`], [`HrbrainDeleteLabelInventoryResponseBody`], [`HrbrainDeleteLabelProfSkillResponseBody`], [`HrbrainDeletePerfEvalResponseBody`], [`HrbrainDeletePromRecordsResponseBody`], [`HrbrainDeletePunDetailResponseBody`], [`HrbrainDeleteRegistResponseBody`], [`HrbrainDeleteRegularResponseBody`], [`HrbrainDeleteTrainingResponseBody`], [`HrbrainDeleteTransferEvalResponseBody`], [`HrbrainDeleteWorkExpResponseBody`], [`HrbrainDeletetLabelBaseResponseBody`], [`HrbrainImportAwardDetailResponseBody`], [`HrbrainImportCustomResponseBody`], [`HrbrainImportDeptInfoResponseBody`], [`HrbrainImportDimissionResponseBody`], [`HrbrainImportEduExpResponseBody`], [`HrbrainImportEmpInfoResponseBody`], [`HrbrainImportLabelBaseResponseBody`], [`HrbrainImportLabelCustomResponseBody`], [`HrbrainImportLabelIndustryResponseBody`], [`HrbrainImportLabelInventoryResponseBody`], [`HrbrainImportLabelProfSkillResponseBody`], [`HrbrainImportPerfEvalResponseBody`], [`HrbrainImportPromEvalResponseBody`], [`HrbrainImportPunDetailResponseBody`], [`HrbrainImportRegistResponseBody`], [`HrbrainImportRegularResponseBody`], [`HrbrainImportTrainingResponseBody`], [`HrbrainImportTransferEvalResponseBody`], [`HrbrainImportWorkExpResponseBody`], [`HrbrainLabelCategoryUpdateResponseBody`], [`HrbrainLabelDataDeleteResponseBody`], [`HrbrainLabelDataUpsertResponseBody`], [`HrbrainLabelEmpDeleteResponseBody`], [`HrbrainLabelMetaStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainDeleteAwardRecordsResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainDeleteAwardRecordsResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainDeleteAwardRecordsResponseBody { "requestId" => optional(request_id), "result"
    => optional(result), "success" => optional(success) }
}
/// `HrbrainDeleteCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteDeptInfoRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteDeptInfoRequestParams {
    /// `deptNo`.
    pub dept_no: String,
}
/// The required fields of [`HrbrainDeleteDeptInfoRequestParams`], each named where it is set: `HrbrainDeleteDeptInfoRequestParams::new(HrbrainDeleteDeptInfoRequestParamsRequired { .. })`.
pub struct HrbrainDeleteDeptInfoRequestParamsRequired {
    /// `deptNo`: see [`HrbrainDeleteDeptInfoRequestParams::dept_no`].
    pub dept_no: String,
}
impl HrbrainDeleteDeptInfoRequestParams {
    /// A `HrbrainDeleteDeptInfoRequestParams` with its required fields (`deptNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteDeptInfoRequestParamsRequired) -> Self {
        let HrbrainDeleteDeptInfoRequestParamsRequired { dept_no } = required;
        Self { dept_no }
    }
}
rt::impl_serialize! {
    HrbrainDeleteDeptInfoRequestParams { "deptNo" => field(dept_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteDeptInfoRequestParams { "deptNo" => read_field(dept_no) }
}
/// `HrbrainDeleteDeptInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteDeptInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteDimissionRequestParams`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteDimissionRequestParams {
    /// `dimissionDate`.
    pub dimission_date: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl HrbrainDeleteDimissionRequestParams {
    /// An empty `HrbrainDeleteDimissionRequestParams`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dimissionDate`.
    pub fn dimission_date(mut self, value: impl Into<String>) -> Self {
        self.dimission_date = Some(value.into());
        self
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteDimissionRequestParams { "dimissionDate" => optional(dimission_date),
    "workNo" => optional(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteDimissionRequestParams { "dimissionDate" => read_field(dimission_date),
    "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteDimissionResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteDimissionResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteEduExpRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteEduExpRequestParams {
    /// `eduName`.
    pub edu_name: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `schoolName`.
    pub school_name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteEduExpRequestParams`], each named where it is set: `HrbrainDeleteEduExpRequestParams::new(HrbrainDeleteEduExpRequestParamsRequired { .. })`.
pub struct HrbrainDeleteEduExpRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteEduExpRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteEduExpRequestParams {
    /// A `HrbrainDeleteEduExpRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteEduExpRequestParamsRequired) -> Self {
        let HrbrainDeleteEduExpRequestParamsRequired { work_no } = required;
        Self {
            edu_name: None,
            end_date: None,
            school_name: None,
            start_date: None,
            work_no,
        }
    }
    /// Sets `eduName`.
    pub fn edu_name(mut self, value: impl Into<String>) -> Self {
        self.edu_name = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
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
    HrbrainDeleteEduExpRequestParams { "eduName" => optional(edu_name), "endDate" =>
    optional(end_date), "schoolName" => optional(school_name), "startDate" =>
    optional(start_date), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteEduExpRequestParams { "eduName" => read_field(edu_name), "endDate" =>
    read_field(end_date), "schoolName" => read_field(school_name), "startDate" =>
    read_field(start_date), "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteEduExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteEduExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteEmpInfoRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteEmpInfoRequestParams {
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteEmpInfoRequestParams`], each named where it is set: `HrbrainDeleteEmpInfoRequestParams::new(HrbrainDeleteEmpInfoRequestParamsRequired { .. })`.
pub struct HrbrainDeleteEmpInfoRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteEmpInfoRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteEmpInfoRequestParams {
    /// A `HrbrainDeleteEmpInfoRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteEmpInfoRequestParamsRequired) -> Self {
        let HrbrainDeleteEmpInfoRequestParamsRequired { work_no } = required;
        Self { work_no }
    }
}
rt::impl_serialize! {
    HrbrainDeleteEmpInfoRequestParams { "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteEmpInfoRequestParams { "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteEmpInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteEmpInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelIndustryRequestParams`, a model several operations share: also named [`HrbrainDeleteLabelProfSkillRequestParams`], [`HrbrainDeletetLabelBaseRequestParams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteLabelIndustryRequestParams {
    /// `label`.
    pub label: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteLabelIndustryRequestParams`], each named where it is set: `HrbrainDeleteLabelIndustryRequestParams::new(HrbrainDeleteLabelIndustryRequestParamsRequired { .. })`.
pub struct HrbrainDeleteLabelIndustryRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteLabelIndustryRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteLabelIndustryRequestParams {
    /// A `HrbrainDeleteLabelIndustryRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteLabelIndustryRequestParamsRequired) -> Self {
        let HrbrainDeleteLabelIndustryRequestParamsRequired { work_no } = required;
        Self { label: None, work_no }
    }
    /// Sets `label`.
    pub fn label(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.label = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteLabelIndustryRequestParams { "label" => optional(label), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteLabelIndustryRequestParams { "label" => read_field(label), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainDeleteLabelIndustryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelIndustryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelInventoryRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteLabelInventoryRequestParams {
    /// `label`.
    pub label: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `period`.
    pub period: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteLabelInventoryRequestParams`], each named where it is set: `HrbrainDeleteLabelInventoryRequestParams::new(HrbrainDeleteLabelInventoryRequestParamsRequired { .. })`.
pub struct HrbrainDeleteLabelInventoryRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteLabelInventoryRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteLabelInventoryRequestParams {
    /// A `HrbrainDeleteLabelInventoryRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteLabelInventoryRequestParamsRequired) -> Self {
        let HrbrainDeleteLabelInventoryRequestParamsRequired { work_no } = required;
        Self {
            label: None,
            period: None,
            work_no,
        }
    }
    /// Sets `label`.
    pub fn label(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.label = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `period`.
    pub fn period(mut self, value: impl Into<String>) -> Self {
        self.period = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteLabelInventoryRequestParams { "label" => optional(label), "period" =>
    optional(period), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteLabelInventoryRequestParams { "label" => read_field(label), "period" =>
    read_field(period), "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteLabelInventoryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelInventoryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelProfSkillRequestParams`: the same model as [`HrbrainDeleteLabelIndustryRequestParams`].
pub type HrbrainDeleteLabelProfSkillRequestParams = HrbrainDeleteLabelIndustryRequestParams;
/// The required fields of [`HrbrainDeleteLabelProfSkillRequestParams`].
pub type HrbrainDeleteLabelProfSkillRequestParamsRequired = HrbrainDeleteLabelIndustryRequestParamsRequired;
/// `HrbrainDeleteLabelProfSkillResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelProfSkillResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePerfEvalRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeletePerfEvalRequestParams {
    /// `perfPlanName`.
    pub perf_plan_name: Option<String>,
    /// `period`.
    pub period: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeletePerfEvalRequestParams`], each named where it is set: `HrbrainDeletePerfEvalRequestParams::new(HrbrainDeletePerfEvalRequestParamsRequired { .. })`.
pub struct HrbrainDeletePerfEvalRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeletePerfEvalRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeletePerfEvalRequestParams {
    /// A `HrbrainDeletePerfEvalRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeletePerfEvalRequestParamsRequired) -> Self {
        let HrbrainDeletePerfEvalRequestParamsRequired { work_no } = required;
        Self {
            perf_plan_name: None,
            period: None,
            work_no,
        }
    }
    /// Sets `perfPlanName`.
    pub fn perf_plan_name(mut self, value: impl Into<String>) -> Self {
        self.perf_plan_name = Some(value.into());
        self
    }
    /// Sets `period`.
    pub fn period(mut self, value: impl Into<String>) -> Self {
        self.period = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletePerfEvalRequestParams { "perfPlanName" => optional(perf_plan_name),
    "period" => optional(period), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletePerfEvalRequestParams { "perfPlanName" => read_field(perf_plan_name),
    "period" => read_field(period), "workNo" => read_field(work_no) }
}
/// `HrbrainDeletePerfEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePerfEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePromRecordsRequestParams`: the same model as [`HrbrainDeleteAwardRecordsRequestParams`].
pub type HrbrainDeletePromRecordsRequestParams = HrbrainDeleteAwardRecordsRequestParams;
/// The required fields of [`HrbrainDeletePromRecordsRequestParams`].
pub type HrbrainDeletePromRecordsRequestParamsRequired = HrbrainDeleteAwardRecordsRequestParamsRequired;
/// `HrbrainDeletePromRecordsResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePromRecordsResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePunDetailRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeletePunDetailRequestParams {
    /// `effectiveDate`.
    pub effective_date: Option<String>,
    /// `punName`.
    pub pun_name: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeletePunDetailRequestParams`], each named where it is set: `HrbrainDeletePunDetailRequestParams::new(HrbrainDeletePunDetailRequestParamsRequired { .. })`.
pub struct HrbrainDeletePunDetailRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeletePunDetailRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeletePunDetailRequestParams {
    /// A `HrbrainDeletePunDetailRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeletePunDetailRequestParamsRequired) -> Self {
        let HrbrainDeletePunDetailRequestParamsRequired { work_no } = required;
        Self {
            effective_date: None,
            pun_name: None,
            work_no,
        }
    }
    /// Sets `effectiveDate`.
    pub fn effective_date(mut self, value: impl Into<String>) -> Self {
        self.effective_date = Some(value.into());
        self
    }
    /// Sets `punName`.
    pub fn pun_name(mut self, value: impl Into<String>) -> Self {
        self.pun_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletePunDetailRequestParams { "effectiveDate" => optional(effective_date),
    "punName" => optional(pun_name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletePunDetailRequestParams { "effectiveDate" => read_field(effective_date),
    "punName" => read_field(pun_name), "workNo" => read_field(work_no) }
}
/// `HrbrainDeletePunDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePunDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteRegistRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteRegistRequestParams {
    /// `registDate`.
    pub regist_date: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteRegistRequestParams`], each named where it is set: `HrbrainDeleteRegistRequestParams::new(HrbrainDeleteRegistRequestParamsRequired { .. })`.
pub struct HrbrainDeleteRegistRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteRegistRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteRegistRequestParams {
    /// A `HrbrainDeleteRegistRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteRegistRequestParamsRequired) -> Self {
        let HrbrainDeleteRegistRequestParamsRequired { work_no } = required;
        Self { regist_date: None, work_no }
    }
    /// Sets `registDate`.
    pub fn regist_date(mut self, value: impl Into<String>) -> Self {
        self.regist_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteRegistRequestParams { "registDate" => optional(regist_date), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteRegistRequestParams { "registDate" => read_field(regist_date), "workNo"
    => read_field(work_no) }
}
/// `HrbrainDeleteRegistResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteRegistResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteRegularRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteRegularRequestParams {
    /// `regularDate`.
    pub regular_date: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteRegularRequestParams`], each named where it is set: `HrbrainDeleteRegularRequestParams::new(HrbrainDeleteRegularRequestParamsRequired { .. })`.
pub struct HrbrainDeleteRegularRequestParamsRequired {
    /// `regularDate`: see [`HrbrainDeleteRegularRequestParams::regular_date`].
    pub regular_date: String,
    /// `workNo`: see [`HrbrainDeleteRegularRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteRegularRequestParams {
    /// A `HrbrainDeleteRegularRequestParams` with its required fields (`regularDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteRegularRequestParamsRequired) -> Self {
        let HrbrainDeleteRegularRequestParamsRequired { regular_date, work_no } = required;
        Self { regular_date, work_no }
    }
}
rt::impl_serialize! {
    HrbrainDeleteRegularRequestParams { "regularDate" => field(regular_date), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteRegularRequestParams { "regularDate" => read_field(regular_date),
    "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteRegularResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteRegularResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteTrainingRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteTrainingRequestParams {
    /// `trainEndDate`.
    pub train_end_date: Option<String>,
    /// `trainName`.
    pub train_name: Option<String>,
    /// `trainStartDate`.
    pub train_start_date: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteTrainingRequestParams`], each named where it is set: `HrbrainDeleteTrainingRequestParams::new(HrbrainDeleteTrainingRequestParamsRequired { .. })`.
pub struct HrbrainDeleteTrainingRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteTrainingRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteTrainingRequestParams {
    /// A `HrbrainDeleteTrainingRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteTrainingRequestParamsRequired) -> Self {
        let HrbrainDeleteTrainingRequestParamsRequired { work_no } = required;
        Self {
            train_end_date: None,
            train_name: None,
            train_start_date: None,
            work_no,
        }
    }
    /// Sets `trainEndDate`.
    pub fn train_end_date(mut self, value: impl Into<String>) -> Self {
        self.train_end_date = Some(value.into());
        self
    }
    /// Sets `trainName`.
    pub fn train_name(mut self, value: impl Into<String>) -> Self {
        self.train_name = Some(value.into());
        self
    }
    /// Sets `trainStartDate`.
    pub fn train_start_date(mut self, value: impl Into<String>) -> Self {
        self.train_start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteTrainingRequestParams { "trainEndDate" => optional(train_end_date),
    "trainName" => optional(train_name), "trainStartDate" => optional(train_start_date),
    "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteTrainingRequestParams { "trainEndDate" => read_field(train_end_date),
    "trainName" => read_field(train_name), "trainStartDate" =>
    read_field(train_start_date), "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteTrainingResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteTrainingResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteTransferEvalRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteTransferEvalRequestParams {
    /// `transferDate`.
    pub transfer_date: Option<String>,
    /// `transferType`.
    pub transfer_type: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteTransferEvalRequestParams`], each named where it is set: `HrbrainDeleteTransferEvalRequestParams::new(HrbrainDeleteTransferEvalRequestParamsRequired { .. })`.
pub struct HrbrainDeleteTransferEvalRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteTransferEvalRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteTransferEvalRequestParams {
    /// A `HrbrainDeleteTransferEvalRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteTransferEvalRequestParamsRequired) -> Self {
        let HrbrainDeleteTransferEvalRequestParamsRequired { work_no } = required;
        Self {
            transfer_date: None,
            transfer_type: None,
            work_no,
        }
    }
    /// Sets `transferDate`.
    pub fn transfer_date(mut self, value: impl Into<String>) -> Self {
        self.transfer_date = Some(value.into());
        self
    }
    /// Sets `transferType`.
    pub fn transfer_type(mut self, value: impl Into<String>) -> Self {
        self.transfer_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteTransferEvalRequestParams { "transferDate" => optional(transfer_date),
    "transferType" => optional(transfer_type), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteTransferEvalRequestParams { "transferDate" => read_field(transfer_date),
    "transferType" => read_field(transfer_type), "workNo" => read_field(work_no) }
}
/// `HrbrainDeleteTransferEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteTransferEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteWorkExpRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteWorkExpRequestParams {
    /// `companyName`.
    pub company_name: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainDeleteWorkExpRequestParams`], each named where it is set: `HrbrainDeleteWorkExpRequestParams::new(HrbrainDeleteWorkExpRequestParamsRequired { .. })`.
pub struct HrbrainDeleteWorkExpRequestParamsRequired {
    /// `workNo`: see [`HrbrainDeleteWorkExpRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainDeleteWorkExpRequestParams {
    /// A `HrbrainDeleteWorkExpRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteWorkExpRequestParamsRequired) -> Self {
        let HrbrainDeleteWorkExpRequestParamsRequired { work_no } = required;
        Self {
            company_name: None,
            end_date: None,
            start_date: None,
            work_no,
        }
    }
    /// Sets `companyName`.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteWorkExpRequestParams { "companyName" => optional(company_name),
    "endDate" => optional(end_date), "startDate" => optional(start_date), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteWorkExpRequestParams { "companyName" => read_field(company_name),
    "endDate" => read_field(end_date), "startDate" => read_field(start_date), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainDeleteWorkExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteWorkExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletetLabelBaseRequestParams`: the same model as [`HrbrainDeleteLabelIndustryRequestParams`].
pub type HrbrainDeletetLabelBaseRequestParams = HrbrainDeleteLabelIndustryRequestParams;
/// The required fields of [`HrbrainDeletetLabelBaseRequestParams`].
pub type HrbrainDeletetLabelBaseRequestParamsRequired = HrbrainDeleteLabelIndustryRequestParamsRequired;
/// `HrbrainDeletetLabelBaseResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletetLabelBaseResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainEmpPoolQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryResponseBody {
    /// `content`.
    pub content: Option<HrbrainEmpPoolQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainEmpPoolUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolUserResponseBody {
    /// `content`.
    pub content: Option<HrbrainEmpPoolUserResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolUserResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolUserResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainImportAwardDetailRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportAwardDetailRequestBody {
    /// `awardDate`.
    pub award_date: String,
    /// `awardName`.
    pub award_name: String,
    /// `awardOrg`.
    pub award_org: Option<String>,
    /// `awardType`.
    pub award_type: Option<String>,
    /// `comment`.
    pub comment: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportAwardDetailRequestBody`], each named where it is set: `HrbrainImportAwardDetailRequestBody::new(HrbrainImportAwardDetailRequestBodyRequired { .. })`.
pub struct HrbrainImportAwardDetailRequestBodyRequired {
    /// `awardDate`: see [`HrbrainImportAwardDetailRequestBody::award_date`].
    pub award_date: String,
    /// `awardName`: see [`HrbrainImportAwardDetailRequestBody::award_name`].
    pub award_name: String,
    /// `name`: see [`HrbrainImportAwardDetailRequestBody::name`].
    pub name: String,
    /// `workNo`: see [`HrbrainImportAwardDetailRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportAwardDetailRequestBody {
    /// A `HrbrainImportAwardDetailRequestBody` with its required fields (`awardDate`, `awardName`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportAwardDetailRequestBodyRequired) -> Self {
        let HrbrainImportAwardDetailRequestBodyRequired {
            award_date,
            award_name,
            name,
            work_no,
        } = required;
        Self {
            award_date,
            award_name,
            award_org: None,
            award_type: None,
            comment: None,
            extend_info: None,
            name,
            work_no,
        }
    }
    /// Sets `awardOrg`.
    pub fn award_org(mut self, value: impl Into<String>) -> Self {
        self.award_org = Some(value.into());
        self
    }
    /// Sets `awardType`.
    pub fn award_type(mut self, value: impl Into<String>) -> Self {
        self.award_type = Some(value.into());
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportAwardDetailRequestBody { "awardDate" => field(award_date), "awardName"
    => field(award_name), "awardOrg" => optional(award_org), "awardType" =>
    optional(award_type), "comment" => optional(comment), "extendInfo" =>
    optional(extend_info), "name" => field(name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportAwardDetailRequestBody { "awardDate" => read_field(award_date),
    "awardName" => read_field(award_name), "awardOrg" => read_field(award_org),
    "awardType" => read_field(award_type), "comment" => read_field(comment), "extendInfo"
    => read_field(extend_info), "name" => read_field(name), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainImportAwardDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportAwardDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportDeptInfoRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDeptInfoRequestBody {
    /// `createDate`.
    pub create_date: Option<String>,
    /// `deptName`.
    pub dept_name: String,
    /// `deptNo`.
    pub dept_no: String,
    /// `effectiveDate`.
    pub effective_date: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `isEffective`.
    pub is_effective: Option<String>,
    /// `superDeptName`.
    pub super_dept_name: Option<String>,
    /// `superDeptNo`.
    pub super_dept_no: String,
    /// `superEmpId`.
    pub super_emp_id: Option<String>,
    /// `superName`.
    pub super_name: Option<String>,
}
/// The required fields of [`HrbrainImportDeptInfoRequestBody`], each named where it is set: `HrbrainImportDeptInfoRequestBody::new(HrbrainImportDeptInfoRequestBodyRequired { .. })`.
pub struct HrbrainImportDeptInfoRequestBodyRequired {
    /// `deptName`: see [`HrbrainImportDeptInfoRequestBody::dept_name`].
    pub dept_name: String,
    /// `deptNo`: see [`HrbrainImportDeptInfoRequestBody::dept_no`].
    pub dept_no: String,
    /// `superDeptNo`: see [`HrbrainImportDeptInfoRequestBody::super_dept_no`].
    pub super_dept_no: String,
}
impl HrbrainImportDeptInfoRequestBody {
    /// A `HrbrainImportDeptInfoRequestBody` with its required fields (`deptName`, `deptNo`, `superDeptNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportDeptInfoRequestBodyRequired) -> Self {
        let HrbrainImportDeptInfoRequestBodyRequired {
            dept_name,
            dept_no,
            super_dept_no,
        } = required;
        Self {
            create_date: None,
            dept_name,
            dept_no,
            effective_date: None,
            extend_info: None,
            is_effective: None,
            super_dept_name: None,
            super_dept_no,
            super_emp_id: None,
            super_name: None,
        }
    }
    /// Sets `createDate`.
    pub fn create_date(mut self, value: impl Into<String>) -> Self {
        self.create_date = Some(value.into());
        self
    }
    /// Sets `effectiveDate`.
    pub fn effective_date(mut self, value: impl Into<String>) -> Self {
        self.effective_date = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `isEffective`.
    pub fn is_effective(mut self, value: impl Into<String>) -> Self {
        self.is_effective = Some(value.into());
        self
    }
    /// Sets `superDeptName`.
    pub fn super_dept_name(mut self, value: impl Into<String>) -> Self {
        self.super_dept_name = Some(value.into());
        self
    }
    /// Sets `superEmpId`.
    pub fn super_emp_id(mut self, value: impl Into<String>) -> Self {
        self.super_emp_id = Some(value.into());
        self
    }
    /// Sets `superName`.
    pub fn super_name(mut self, value: impl Into<String>) -> Self {
        self.super_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportDeptInfoRequestBody { "createDate" => optional(create_date), "deptName"
    => field(dept_name), "deptNo" => field(dept_no), "effectiveDate" =>
    optional(effective_date), "extendInfo" => optional(extend_info), "isEffective" =>
    optional(is_effective), "superDeptName" => optional(super_dept_name), "superDeptNo"
    => field(super_dept_no), "superEmpId" => optional(super_emp_id), "superName" =>
    optional(super_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportDeptInfoRequestBody { "createDate" => read_field(create_date),
    "deptName" => read_field(dept_name), "deptNo" => read_field(dept_no), "effectiveDate"
    => read_field(effective_date), "extendInfo" => read_field(extend_info), "isEffective"
    => read_field(is_effective), "superDeptName" => read_field(super_dept_name),
    "superDeptNo" => read_field(super_dept_no), "superEmpId" => read_field(super_emp_id),
    "superName" => read_field(super_name) }
}
/// `HrbrainImportDeptInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportDeptInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportDimissionRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDimissionRequestBody {
    /// `deptName`.
    pub dept_name: String,
    /// `deptNo`.
    pub dept_no: String,
    /// `dimissionDate`.
    pub dimission_date: String,
    /// `dimissionReaasonDesc`.
    pub dimission_reaason_desc: String,
    /// `dimissionReason`.
    pub dimission_reason: String,
    /// `empType`.
    pub emp_type: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `jobCodeName`.
    pub job_code_name: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `name`.
    pub name: String,
    /// `postName`.
    pub post_name: Option<String>,
    /// `superName`.
    pub super_name: String,
    /// `workLocAddr`.
    pub work_loc_addr: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportDimissionRequestBody`], each named where it is set: `HrbrainImportDimissionRequestBody::new(HrbrainImportDimissionRequestBodyRequired { .. })`.
pub struct HrbrainImportDimissionRequestBodyRequired {
    /// `deptName`: see [`HrbrainImportDimissionRequestBody::dept_name`].
    pub dept_name: String,
    /// `deptNo`: see [`HrbrainImportDimissionRequestBody::dept_no`].
    pub dept_no: String,
    /// `dimissionDate`: see [`HrbrainImportDimissionRequestBody::dimission_date`].
    pub dimission_date: String,
    /// `dimissionReaasonDesc`: see [`HrbrainImportDimissionRequestBody::dimission_reaason_desc`].
    pub dimission_reaason_desc: String,
    /// `dimissionReason`: see [`HrbrainImportDimissionRequestBody::dimission_reason`].
    pub dimission_reason: String,
    /// `empType`: see [`HrbrainImportDimissionRequestBody::emp_type`].
    pub emp_type: String,
    /// `name`: see [`HrbrainImportDimissionRequestBody::name`].
    pub name: String,
    /// `superName`: see [`HrbrainImportDimissionRequestBody::super_name`].
    pub super_name: String,
    /// `workNo`: see [`HrbrainImportDimissionRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportDimissionRequestBody {
    /// A `HrbrainImportDimissionRequestBody` with its required fields (`deptName`, `deptNo`, `dimissionDate`, `dimissionReaasonDesc`, `dimissionReason`, `empType`, `name`, `superName`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportDimissionRequestBodyRequired) -> Self {
        let HrbrainImportDimissionRequestBodyRequired {
            dept_name,
            dept_no,
            dimission_date,
            dimission_reaason_desc,
            dimission_reason,
            emp_type,
            name,
            super_name,
            work_no,
        } = required;
        Self {
            dept_name,
            dept_no,
            dimission_date,
            dimission_reaason_desc,
            dimission_reason,
            emp_type,
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name,
            post_name: None,
            super_name,
            work_loc_addr: None,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `jobCodeName`.
    pub fn job_code_name(mut self, value: impl Into<String>) -> Self {
        self.job_code_name = Some(value.into());
        self
    }
    /// Sets `jobLevel`.
    pub fn job_level(mut self, value: impl Into<String>) -> Self {
        self.job_level = Some(value.into());
        self
    }
    /// Sets `postName`.
    pub fn post_name(mut self, value: impl Into<String>) -> Self {
        self.post_name = Some(value.into());
        self
    }
    /// Sets `workLocAddr`.
    pub fn work_loc_addr(mut self, value: impl Into<String>) -> Self {
        self.work_loc_addr = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportDimissionRequestBody { "deptName" => field(dept_name), "deptNo" =>
    field(dept_no), "dimissionDate" => field(dimission_date), "dimissionReaasonDesc" =>
    field(dimission_reaason_desc), "dimissionReason" => field(dimission_reason),
    "empType" => field(emp_type), "extendInfo" => optional(extend_info), "jobCodeName" =>
    optional(job_code_name), "jobLevel" => optional(job_level), "name" => field(name),
    "postName" => optional(post_name), "superName" => field(super_name), "workLocAddr" =>
    optional(work_loc_addr), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportDimissionRequestBody { "deptName" => read_field(dept_name), "deptNo" =>
    read_field(dept_no), "dimissionDate" => read_field(dimission_date),
    "dimissionReaasonDesc" => read_field(dimission_reaason_desc), "dimissionReason" =>
    read_field(dimission_reason), "empType" => read_field(emp_type), "extendInfo" =>
    read_field(extend_info), "jobCodeName" => read_field(job_code_name), "jobLevel" =>
    read_field(job_level), "name" => read_field(name), "postName" =>
    read_field(post_name), "superName" => read_field(super_name), "workLocAddr" =>
    read_field(work_loc_addr), "workNo" => read_field(work_no) }
}
/// `HrbrainImportDimissionResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportDimissionResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportEduExpRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEduExpRequestBody {
    /// `eduName`.
    pub edu_name: String,
    /// `endDate`.
    pub end_date: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `major`.
    pub major: Option<String>,
    /// `name`.
    pub name: String,
    /// `schoolName`.
    pub school_name: String,
    /// `startDate`.
    pub start_date: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportEduExpRequestBody`], each named where it is set: `HrbrainImportEduExpRequestBody::new(HrbrainImportEduExpRequestBodyRequired { .. })`.
pub struct HrbrainImportEduExpRequestBodyRequired {
    /// `eduName`: see [`HrbrainImportEduExpRequestBody::edu_name`].
    pub edu_name: String,
    /// `endDate`: see [`HrbrainImportEduExpRequestBody::end_date`].
    pub end_date: String,
    /// `name`: see [`HrbrainImportEduExpRequestBody::name`].
    pub name: String,
    /// `schoolName`: see [`HrbrainImportEduExpRequestBody::school_name`].
    pub school_name: String,
    /// `startDate`: see [`HrbrainImportEduExpRequestBody::start_date`].
    pub start_date: String,
    /// `workNo`: see [`HrbrainImportEduExpRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportEduExpRequestBody {
    /// A `HrbrainImportEduExpRequestBody` with its required fields (`eduName`, `endDate`, `name`, `schoolName`, `startDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportEduExpRequestBodyRequired) -> Self {
        let HrbrainImportEduExpRequestBodyRequired {
            edu_name,
            end_date,
            name,
            school_name,
            start_date,
            work_no,
        } = required;
        Self {
            edu_name,
            end_date,
            extend_info: None,
            major: None,
            name,
            school_name,
            start_date,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `major`.
    pub fn major(mut self, value: impl Into<String>) -> Self {
        self.major = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportEduExpRequestBody { "eduName" => field(edu_name), "endDate" =>
    field(end_date), "extendInfo" => optional(extend_info), "major" => optional(major),
    "name" => field(name), "schoolName" => field(school_name), "startDate" =>
    field(start_date), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportEduExpRequestBody { "eduName" => read_field(edu_name), "endDate" =>
    read_field(end_date), "extendInfo" => read_field(extend_info), "major" =>
    read_field(major), "name" => read_field(name), "schoolName" =>
    read_field(school_name), "startDate" => read_field(start_date), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainImportEduExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportEduExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportEmpInfoRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEmpInfoRequestBody {
    /// `birthday`.
    pub birthday: String,
    /// `deptName`.
    pub dept_name: String,
    /// `deptNo`.
    pub dept_no: String,
    /// `dimissionDate`.
    pub dimission_date: Option<String>,
    /// `empSource`.
    pub emp_source: String,
    /// `empStatus`.
    pub emp_status: String,
    /// `empType`.
    pub emp_type: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gender`.
    pub gender: String,
    /// `highestDegree`.
    pub highest_degree: Option<String>,
    /// `highestEduName`.
    pub highest_edu_name: Option<String>,
    /// `isDimission`.
    pub is_dimission: Option<String>,
    /// `jobCategory`.
    pub job_category: Option<String>,
    /// `jobCodeName`.
    pub job_code_name: String,
    /// `jobFamily`.
    pub job_family: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `lastSchoolName`.
    pub last_school_name: Option<String>,
    /// `marriage`.
    pub marriage: Option<String>,
    /// `name`.
    pub name: String,
    /// `nation`.
    pub nation: String,
    /// `nationCtry`.
    pub nation_ctry: String,
    /// `politicalStatus`.
    pub political_status: String,
    /// `postName`.
    pub post_name: String,
    /// `registDate`.
    pub regist_date: Option<String>,
    /// `regularDate`.
    pub regular_date: Option<String>,
    /// `superEmpId`.
    pub super_emp_id: Option<String>,
    /// `superName`.
    pub super_name: Option<String>,
    /// `workEmail`.
    pub work_email: Option<String>,
    /// `workLocAddr`.
    pub work_loc_addr: Option<String>,
    /// `workLocCity`.
    pub work_loc_city: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportEmpInfoRequestBody`], each named where it is set: `HrbrainImportEmpInfoRequestBody::new(HrbrainImportEmpInfoRequestBodyRequired { .. })`.
pub struct HrbrainImportEmpInfoRequestBodyRequired {
    /// `birthday`: see [`HrbrainImportEmpInfoRequestBody::birthday`].
    pub birthday: String,
    /// `deptName`: see [`HrbrainImportEmpInfoRequestBody::dept_name`].
    pub dept_name: String,
    /// `deptNo`: see [`HrbrainImportEmpInfoRequestBody::dept_no`].
    pub dept_no: String,
    /// `empSource`: see [`HrbrainImportEmpInfoRequestBody::emp_source`].
    pub emp_source: String,
    /// `empStatus`: see [`HrbrainImportEmpInfoRequestBody::emp_status`].
    pub emp_status: String,
    /// `empType`: see [`HrbrainImportEmpInfoRequestBody::emp_type`].
    pub emp_type: String,
    /// `gender`: see [`HrbrainImportEmpInfoRequestBody::gender`].
    pub gender: String,
    /// `jobCodeName`: see [`HrbrainImportEmpInfoRequestBody::job_code_name`].
    pub job_code_name: String,
    /// `name`: see [`HrbrainImportEmpInfoRequestBody::name`].
    pub name: String,
    /// `nation`: see [`HrbrainImportEmpInfoRequestBody::nation`].
    pub nation: String,
    /// `nationCtry`: see [`HrbrainImportEmpInfoRequestBody::nation_ctry`].
    pub nation_ctry: String,
    /// `politicalStatus`: see [`HrbrainImportEmpInfoRequestBody::political_status`].
    pub political_status: String,
    /// `postName`: see [`HrbrainImportEmpInfoRequestBody::post_name`].
    pub post_name: String,
    /// `workNo`: see [`HrbrainImportEmpInfoRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportEmpInfoRequestBody {
    /// A `HrbrainImportEmpInfoRequestBody` with its required fields (`birthday`, `deptName`, `deptNo`, `empSource`, `empStatus`, `empType`, `gender`, `jobCodeName`, `name`, `nation`, `nationCtry`, `politicalStatus`, `postName`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportEmpInfoRequestBodyRequired) -> Self {
        let HrbrainImportEmpInfoRequestBodyRequired {
            birthday,
            dept_name,
            dept_no,
            emp_source,
            emp_status,
            emp_type,
            gender,
            job_code_name,
            name,
            nation,
            nation_ctry,
            political_status,
            post_name,
            work_no,
        } = required;
        Self {
            birthday,
            dept_name,
            dept_no,
            dimission_date: None,
            emp_source,
            emp_status,
            emp_type,
            extend_info: None,
            gender,
            highest_degree: None,
            highest_edu_name: None,
            is_dimission: None,
            job_category: None,
            job_code_name,
            job_family: None,
            job_level: None,
            last_school_name: None,
            marriage: None,
            name,
            nation,
            nation_ctry,
            political_status,
            post_name,
            regist_date: None,
            regular_date: None,
            super_emp_id: None,
            super_name: None,
            work_email: None,
            work_loc_addr: None,
            work_loc_city: None,
            work_no,
        }
    }
    /// Sets `dimissionDate`.
    pub fn dimission_date(mut self, value: impl Into<String>) -> Self {
        self.dimission_date = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `highestDegree`.
    pub fn highest_degree(mut self, value: impl Into<String>) -> Self {
        self.highest_degree = Some(value.into());
        self
    }
    /// Sets `highestEduName`.
    pub fn highest_edu_name(mut self, value: impl Into<String>) -> Self {
        self.highest_edu_name = Some(value.into());
        self
    }
    /// Sets `isDimission`.
    pub fn is_dimission(mut self, value: impl Into<String>) -> Self {
        self.is_dimission = Some(value.into());
        self
    }
    /// Sets `jobCategory`.
    pub fn job_category(mut self, value: impl Into<String>) -> Self {
        self.job_category = Some(value.into());
        self
    }
    /// Sets `jobFamily`.
    pub fn job_family(mut self, value: impl Into<String>) -> Self {
        self.job_family = Some(value.into());
        self
    }
    /// Sets `jobLevel`.
    pub fn job_level(mut self, value: impl Into<String>) -> Self {
        self.job_level = Some(value.into());
        self
    }
    /// Sets `lastSchoolName`.
    pub fn last_school_name(mut self, value: impl Into<String>) -> Self {
        self.last_school_name = Some(value.into());
        self
    }
    /// Sets `marriage`.
    pub fn marriage(mut self, value: impl Into<String>) -> Self {
        self.marriage = Some(value.into());
        self
    }
    /// Sets `registDate`.
    pub fn regist_date(mut self, value: impl Into<String>) -> Self {
        self.regist_date = Some(value.into());
        self
    }
    /// Sets `regularDate`.
    pub fn regular_date(mut self, value: impl Into<String>) -> Self {
        self.regular_date = Some(value.into());
        self
    }
    /// Sets `superEmpId`.
    pub fn super_emp_id(mut self, value: impl Into<String>) -> Self {
        self.super_emp_id = Some(value.into());
        self
    }
    /// Sets `superName`.
    pub fn super_name(mut self, value: impl Into<String>) -> Self {
        self.super_name = Some(value.into());
        self
    }
    /// Sets `workEmail`.
    pub fn work_email(mut self, value: impl Into<String>) -> Self {
        self.work_email = Some(value.into());
        self
    }
    /// Sets `workLocAddr`.
    pub fn work_loc_addr(mut self, value: impl Into<String>) -> Self {
        self.work_loc_addr = Some(value.into());
        self
    }
    /// Sets `workLocCity`.
    pub fn work_loc_city(mut self, value: impl Into<String>) -> Self {
        self.work_loc_city = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportEmpInfoRequestBody { "birthday" => field(birthday), "deptName" =>
    field(dept_name), "deptNo" => field(dept_no), "dimissionDate" =>
    optional(dimission_date), "empSource" => field(emp_source), "empStatus" =>
    field(emp_status), "empType" => field(emp_type), "extendInfo" =>
    optional(extend_info), "gender" => field(gender), "highestDegree" =>
    optional(highest_degree), "highestEduName" => optional(highest_edu_name),
    "isDimission" => optional(is_dimission), "jobCategory" => optional(job_category),
    "jobCodeName" => field(job_code_name), "jobFamily" => optional(job_family),
    "jobLevel" => optional(job_level), "lastSchoolName" => optional(last_school_name),
    "marriage" => optional(marriage), "name" => field(name), "nation" => field(nation),
    "nationCtry" => field(nation_ctry), "politicalStatus" => field(political_status),
    "postName" => field(post_name), "registDate" => optional(regist_date), "regularDate"
    => optional(regular_date), "superEmpId" => optional(super_emp_id), "superName" =>
    optional(super_name), "workEmail" => optional(work_email), "workLocAddr" =>
    optional(work_loc_addr), "workLocCity" => optional(work_loc_city), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportEmpInfoRequestBody { "birthday" => read_field(birthday), "deptName" =>
    read_field(dept_name), "deptNo" => read_field(dept_no), "dimissionDate" =>
    read_field(dimission_date), "empSource" => read_field(emp_source), "empStatus" =>
    read_field(emp_status), "empType" => read_field(emp_type), "extendInfo" =>
    read_field(extend_info), "gender" => read_field(gender), "highestDegree" =>
    read_field(highest_degree), "highestEduName" => read_field(highest_edu_name),
    "isDimission" => read_field(is_dimission), "jobCategory" => read_field(job_category),
    "jobCodeName" => read_field(job_code_name), "jobFamily" => read_field(job_family),
    "jobLevel" => read_field(job_level), "lastSchoolName" =>
    read_field(last_school_name), "marriage" => read_field(marriage), "name" =>
    read_field(name), "nation" => read_field(nation), "nationCtry" =>
    read_field(nation_ctry), "politicalStatus" => read_field(political_status),
    "postName" => read_field(post_name), "registDate" => read_field(regist_date),
    "regularDate" => read_field(regular_date), "superEmpId" => read_field(super_emp_id),
    "superName" => read_field(super_name), "workEmail" => read_field(work_email),
    "workLocAddr" => read_field(work_loc_addr), "workLocCity" =>
    read_field(work_loc_city), "workNo" => read_field(work_no) }
}
/// `HrbrainImportEmpInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportEmpInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelBaseRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelBaseRequestBody {
    /// `extendInfo`.
    pub extend_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `name`.
    pub name: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportLabelBaseRequestBody`], each named where it is set: `HrbrainImportLabelBaseRequestBody::new(HrbrainImportLabelBaseRequestBodyRequired { .. })`.
pub struct HrbrainImportLabelBaseRequestBodyRequired {
    /// `extendInfo`: see [`HrbrainImportLabelBaseRequestBody::extend_info`].
    pub extend_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `name`: see [`HrbrainImportLabelBaseRequestBody::name`].
    pub name: String,
    /// `workNo`: see [`HrbrainImportLabelBaseRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportLabelBaseRequestBody {
    /// A `HrbrainImportLabelBaseRequestBody` with its required fields (`extendInfo`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelBaseRequestBodyRequired) -> Self {
        let HrbrainImportLabelBaseRequestBodyRequired { extend_info, name, work_no } = required;
        Self { extend_info, name, work_no }
    }
}
rt::impl_serialize! {
    HrbrainImportLabelBaseRequestBody { "extendInfo" => field(extend_info), "name" =>
    field(name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelBaseRequestBody { "extendInfo" => read_field(extend_info), "name"
    => read_field(name), "workNo" => read_field(work_no) }
}
/// `HrbrainImportLabelBaseResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelBaseResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelCustomRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelCustomRequestBody {
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `tag`.
    pub tag: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportLabelCustomRequestBody`], each named where it is set: `HrbrainImportLabelCustomRequestBody::new(HrbrainImportLabelCustomRequestBodyRequired { .. })`.
pub struct HrbrainImportLabelCustomRequestBodyRequired {
    /// `name`: see [`HrbrainImportLabelCustomRequestBody::name`].
    pub name: String,
    /// `tag`: see [`HrbrainImportLabelCustomRequestBody::tag`].
    pub tag: String,
    /// `workNo`: see [`HrbrainImportLabelCustomRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportLabelCustomRequestBody {
    /// A `HrbrainImportLabelCustomRequestBody` with its required fields (`name`, `tag`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelCustomRequestBodyRequired) -> Self {
        let HrbrainImportLabelCustomRequestBodyRequired { name, tag, work_no } = required;
        Self {
            extend_info: None,
            name,
            tag,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportLabelCustomRequestBody { "extendInfo" => optional(extend_info), "name"
    => field(name), "tag" => field(tag), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelCustomRequestBody { "extendInfo" => read_field(extend_info), "name"
    => read_field(name), "tag" => read_field(tag), "workNo" => read_field(work_no) }
}
/// `HrbrainImportLabelCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelIndustryRequestBody`, a model several operations share: also named [`HrbrainImportLabelProfSkillRequestBody`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelIndustryRequestBody {
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `level1`.
    pub level1: String,
    /// `level2`.
    pub level2: String,
    /// `level3`.
    pub level3: String,
    /// `name`.
    pub name: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportLabelIndustryRequestBody`], each named where it is set: `HrbrainImportLabelIndustryRequestBody::new(HrbrainImportLabelIndustryRequestBodyRequired { .. })`.
pub struct HrbrainImportLabelIndustryRequestBodyRequired {
    /// `level1`: see [`HrbrainImportLabelIndustryRequestBody::level1`].
    pub level1: String,
    /// `level2`: see [`HrbrainImportLabelIndustryRequestBody::level2`].
    pub level2: String,
    /// `level3`: see [`HrbrainImportLabelIndustryRequestBody::level3`].
    pub level3: String,
    /// `name`: see [`HrbrainImportLabelIndustryRequestBody::name`].
    pub name: String,
    /// `workNo`: see [`HrbrainImportLabelIndustryRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportLabelIndustryRequestBody {
    /// A `HrbrainImportLabelIndustryRequestBody` with its required fields (`level1`, `level2`, `level3`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelIndustryRequestBodyRequired) -> Self {
        let HrbrainImportLabelIndustryRequestBodyRequired {
            level1,
            level2,
            level3,
            name,
            work_no,
        } = required;
        Self {
            extend_info: None,
            level1,
            level2,
            level3,
            name,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportLabelIndustryRequestBody { "extendInfo" => optional(extend_info),
    "level1" => field(level1), "level2" => field(level2), "level3" => field(level3),
    "name" => field(name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelIndustryRequestBody { "extendInfo" => read_field(extend_info),
    "level1" => read_field(level1), "level2" => read_field(level2), "level3" =>
    read_field(level3), "name" => read_field(name), "workNo" => read_field(work_no) }
}
/// `HrbrainImportLabelIndustryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelIndustryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelInventoryRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelInventoryRequestBody {
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `period`.
    pub period: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportLabelInventoryRequestBody`], each named where it is set: `HrbrainImportLabelInventoryRequestBody::new(HrbrainImportLabelInventoryRequestBodyRequired { .. })`.
pub struct HrbrainImportLabelInventoryRequestBodyRequired {
    /// `name`: see [`HrbrainImportLabelInventoryRequestBody::name`].
    pub name: String,
    /// `period`: see [`HrbrainImportLabelInventoryRequestBody::period`].
    pub period: String,
    /// `workNo`: see [`HrbrainImportLabelInventoryRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportLabelInventoryRequestBody {
    /// A `HrbrainImportLabelInventoryRequestBody` with its required fields (`name`, `period`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelInventoryRequestBodyRequired) -> Self {
        let HrbrainImportLabelInventoryRequestBodyRequired { name, period, work_no } = required;
        Self {
            extend_info: None,
            name,
            period,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportLabelInventoryRequestBody { "extendInfo" => optional(extend_info),
    "name" => field(name), "period" => field(period), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelInventoryRequestBody { "extendInfo" => read_field(extend_info),
    "name" => read_field(name), "period" => read_field(period), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainImportLabelInventoryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelInventoryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelProfSkillRequestBody`: the same model as [`HrbrainImportLabelIndustryRequestBody`].
pub type HrbrainImportLabelProfSkillRequestBody = HrbrainImportLabelIndustryRequestBody;
/// The required fields of [`HrbrainImportLabelProfSkillRequestBody`].
pub type HrbrainImportLabelProfSkillRequestBodyRequired = HrbrainImportLabelIndustryRequestBodyRequired;
/// `HrbrainImportLabelProfSkillResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelProfSkillResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPerfEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPerfEvalRequestBody {
    /// `comment`.
    pub comment: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `perfCate`.
    pub perf_cate: Option<String>,
    /// `perfPlanName`.
    pub perf_plan_name: String,
    /// `perfScore`.
    pub perf_score: Option<String>,
    /// `period`.
    pub period: String,
    /// `periodEndDate`.
    pub period_end_date: String,
    /// `periodStartDate`.
    pub period_start_date: String,
    /// `score`.
    pub score: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportPerfEvalRequestBody`], each named where it is set: `HrbrainImportPerfEvalRequestBody::new(HrbrainImportPerfEvalRequestBodyRequired { .. })`.
pub struct HrbrainImportPerfEvalRequestBodyRequired {
    /// `name`: see [`HrbrainImportPerfEvalRequestBody::name`].
    pub name: String,
    /// `perfPlanName`: see [`HrbrainImportPerfEvalRequestBody::perf_plan_name`].
    pub perf_plan_name: String,
    /// `period`: see [`HrbrainImportPerfEvalRequestBody::period`].
    pub period: String,
    /// `periodEndDate`: see [`HrbrainImportPerfEvalRequestBody::period_end_date`].
    pub period_end_date: String,
    /// `periodStartDate`: see [`HrbrainImportPerfEvalRequestBody::period_start_date`].
    pub period_start_date: String,
    /// `score`: see [`HrbrainImportPerfEvalRequestBody::score`].
    pub score: String,
    /// `workNo`: see [`HrbrainImportPerfEvalRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportPerfEvalRequestBody {
    /// A `HrbrainImportPerfEvalRequestBody` with its required fields (`name`, `perfPlanName`, `period`, `periodEndDate`, `periodStartDate`, `score`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPerfEvalRequestBodyRequired) -> Self {
        let HrbrainImportPerfEvalRequestBodyRequired {
            name,
            perf_plan_name,
            period,
            period_end_date,
            period_start_date,
            score,
            work_no,
        } = required;
        Self {
            comment: None,
            extend_info: None,
            name,
            perf_cate: None,
            perf_plan_name,
            perf_score: None,
            period,
            period_end_date,
            period_start_date,
            score,
            work_no,
        }
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `perfCate`.
    pub fn perf_cate(mut self, value: impl Into<String>) -> Self {
        self.perf_cate = Some(value.into());
        self
    }
    /// Sets `perfScore`.
    pub fn perf_score(mut self, value: impl Into<String>) -> Self {
        self.perf_score = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportPerfEvalRequestBody { "comment" => optional(comment), "extendInfo" =>
    optional(extend_info), "name" => field(name), "perfCate" => optional(perf_cate),
    "perfPlanName" => field(perf_plan_name), "perfScore" => optional(perf_score),
    "period" => field(period), "periodEndDate" => field(period_end_date),
    "periodStartDate" => field(period_start_date), "score" => field(score), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPerfEvalRequestBody { "comment" => read_field(comment), "extendInfo" =>
    read_field(extend_info), "name" => read_field(name), "perfCate" =>
    read_field(perf_cate), "perfPlanName" => read_field(perf_plan_name), "perfScore" =>
    read_field(perf_score), "period" => read_field(period), "periodEndDate" =>
    read_field(period_end_date), "periodStartDate" => read_field(period_start_date),
    "score" => read_field(score), "workNo" => read_field(work_no) }
}
/// `HrbrainImportPerfEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPerfEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPromEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPromEvalRequestBody {
    /// `comment`.
    pub comment: Option<String>,
    /// `effectiveDate`.
    pub effective_date: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `newJobLevel`.
    pub new_job_level: String,
    /// `period`.
    pub period: String,
    /// `periodEndDate`.
    pub period_end_date: Option<String>,
    /// `periodStartDate`.
    pub period_start_date: Option<String>,
    /// `preJobLevel`.
    pub pre_job_level: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportPromEvalRequestBody`], each named where it is set: `HrbrainImportPromEvalRequestBody::new(HrbrainImportPromEvalRequestBodyRequired { .. })`.
pub struct HrbrainImportPromEvalRequestBodyRequired {
    /// `effectiveDate`: see [`HrbrainImportPromEvalRequestBody::effective_date`].
    pub effective_date: String,
    /// `name`: see [`HrbrainImportPromEvalRequestBody::name`].
    pub name: String,
    /// `newJobLevel`: see [`HrbrainImportPromEvalRequestBody::new_job_level`].
    pub new_job_level: String,
    /// `period`: see [`HrbrainImportPromEvalRequestBody::period`].
    pub period: String,
    /// `preJobLevel`: see [`HrbrainImportPromEvalRequestBody::pre_job_level`].
    pub pre_job_level: String,
    /// `workNo`: see [`HrbrainImportPromEvalRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportPromEvalRequestBody {
    /// A `HrbrainImportPromEvalRequestBody` with its required fields (`effectiveDate`, `name`, `newJobLevel`, `period`, `preJobLevel`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPromEvalRequestBodyRequired) -> Self {
        let HrbrainImportPromEvalRequestBodyRequired {
            effective_date,
            name,
            new_job_level,
            period,
            pre_job_level,
            work_no,
        } = required;
        Self {
            comment: None,
            effective_date,
            extend_info: None,
            name,
            new_job_level,
            period,
            period_end_date: None,
            period_start_date: None,
            pre_job_level,
            work_no,
        }
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `periodEndDate`.
    pub fn period_end_date(mut self, value: impl Into<String>) -> Self {
        self.period_end_date = Some(value.into());
        self
    }
    /// Sets `periodStartDate`.
    pub fn period_start_date(mut self, value: impl Into<String>) -> Self {
        self.period_start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportPromEvalRequestBody { "comment" => optional(comment), "effectiveDate" =>
    field(effective_date), "extendInfo" => optional(extend_info), "name" => field(name),
    "newJobLevel" => field(new_job_level), "period" => field(period), "periodEndDate" =>
    optional(period_end_date), "periodStartDate" => optional(period_start_date),
    "preJobLevel" => field(pre_job_level), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPromEvalRequestBody { "comment" => read_field(comment), "effectiveDate"
    => read_field(effective_date), "extendInfo" => read_field(extend_info), "name" =>
    read_field(name), "newJobLevel" => read_field(new_job_level), "period" =>
    read_field(period), "periodEndDate" => read_field(period_end_date), "periodStartDate"
    => read_field(period_start_date), "preJobLevel" => read_field(pre_job_level),
    "workNo" => read_field(work_no) }
}
/// `HrbrainImportPromEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPromEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPunDetailRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPunDetailRequestBody {
    /// `comment`.
    pub comment: Option<String>,
    /// `effectiveDate`.
    pub effective_date: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `punName`.
    pub pun_name: String,
    /// `punOrg`.
    pub pun_org: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportPunDetailRequestBody`], each named where it is set: `HrbrainImportPunDetailRequestBody::new(HrbrainImportPunDetailRequestBodyRequired { .. })`.
pub struct HrbrainImportPunDetailRequestBodyRequired {
    /// `effectiveDate`: see [`HrbrainImportPunDetailRequestBody::effective_date`].
    pub effective_date: String,
    /// `name`: see [`HrbrainImportPunDetailRequestBody::name`].
    pub name: String,
    /// `punName`: see [`HrbrainImportPunDetailRequestBody::pun_name`].
    pub pun_name: String,
    /// `workNo`: see [`HrbrainImportPunDetailRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportPunDetailRequestBody {
    /// A `HrbrainImportPunDetailRequestBody` with its required fields (`effectiveDate`, `name`, `punName`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPunDetailRequestBodyRequired) -> Self {
        let HrbrainImportPunDetailRequestBodyRequired {
            effective_date,
            name,
            pun_name,
            work_no,
        } = required;
        Self {
            comment: None,
            effective_date,
            extend_info: None,
            name,
            pun_name,
            pun_org: None,
            work_no,
        }
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `punOrg`.
    pub fn pun_org(mut self, value: impl Into<String>) -> Self {
        self.pun_org = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportPunDetailRequestBody { "comment" => optional(comment), "effectiveDate"
    => field(effective_date), "extendInfo" => optional(extend_info), "name" =>
    field(name), "punName" => field(pun_name), "punOrg" => optional(pun_org), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPunDetailRequestBody { "comment" => read_field(comment), "effectiveDate"
    => read_field(effective_date), "extendInfo" => read_field(extend_info), "name" =>
    read_field(name), "punName" => read_field(pun_name), "punOrg" => read_field(pun_org),
    "workNo" => read_field(work_no) }
}
/// `HrbrainImportPunDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPunDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportRegistRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegistRequestBody {
    /// `deptName`.
    pub dept_name: String,
    /// `deptNo`.
    pub dept_no: String,
    /// `empSource`.
    pub emp_source: String,
    /// `empType`.
    pub emp_type: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `jobCodeName`.
    pub job_code_name: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `name`.
    pub name: String,
    /// `postName`.
    pub post_name: Option<String>,
    /// `registDate`.
    pub regist_date: String,
    /// `superName`.
    pub super_name: Option<String>,
    /// `workLocAddr`.
    pub work_loc_addr: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportRegistRequestBody`], each named where it is set: `HrbrainImportRegistRequestBody::new(HrbrainImportRegistRequestBodyRequired { .. })`.
pub struct HrbrainImportRegistRequestBodyRequired {
    /// `deptName`: see [`HrbrainImportRegistRequestBody::dept_name`].
    pub dept_name: String,
    /// `deptNo`: see [`HrbrainImportRegistRequestBody::dept_no`].
    pub dept_no: String,
    /// `empSource`: see [`HrbrainImportRegistRequestBody::emp_source`].
    pub emp_source: String,
    /// `empType`: see [`HrbrainImportRegistRequestBody::emp_type`].
    pub emp_type: String,
    /// `name`: see [`HrbrainImportRegistRequestBody::name`].
    pub name: String,
    /// `registDate`: see [`HrbrainImportRegistRequestBody::regist_date`].
    pub regist_date: String,
    /// `workNo`: see [`HrbrainImportRegistRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportRegistRequestBody {
    /// A `HrbrainImportRegistRequestBody` with its required fields (`deptName`, `deptNo`, `empSource`, `empType`, `name`, `registDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportRegistRequestBodyRequired) -> Self {
        let HrbrainImportRegistRequestBodyRequired {
            dept_name,
            dept_no,
            emp_source,
            emp_type,
            name,
            regist_date,
            work_no,
        } = required;
        Self {
            dept_name,
            dept_no,
            emp_source,
            emp_type,
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name,
            post_name: None,
            regist_date,
            super_name: None,
            work_loc_addr: None,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `jobCodeName`.
    pub fn job_code_name(mut self, value: impl Into<String>) -> Self {
        self.job_code_name = Some(value.into());
        self
    }
    /// Sets `jobLevel`.
    pub fn job_level(mut self, value: impl Into<String>) -> Self {
        self.job_level = Some(value.into());
        self
    }
    /// Sets `postName`.
    pub fn post_name(mut self, value: impl Into<String>) -> Self {
        self.post_name = Some(value.into());
        self
    }
    /// Sets `superName`.
    pub fn super_name(mut self, value: impl Into<String>) -> Self {
        self.super_name = Some(value.into());
        self
    }
    /// Sets `workLocAddr`.
    pub fn work_loc_addr(mut self, value: impl Into<String>) -> Self {
        self.work_loc_addr = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportRegistRequestBody { "deptName" => field(dept_name), "deptNo" =>
    field(dept_no), "empSource" => field(emp_source), "empType" => field(emp_type),
    "extendInfo" => optional(extend_info), "jobCodeName" => optional(job_code_name),
    "jobLevel" => optional(job_level), "name" => field(name), "postName" =>
    optional(post_name), "registDate" => field(regist_date), "superName" =>
    optional(super_name), "workLocAddr" => optional(work_loc_addr), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportRegistRequestBody { "deptName" => read_field(dept_name), "deptNo" =>
    read_field(dept_no), "empSource" => read_field(emp_source), "empType" =>
    read_field(emp_type), "extendInfo" => read_field(extend_info), "jobCodeName" =>
    read_field(job_code_name), "jobLevel" => read_field(job_level), "name" =>
    read_field(name), "postName" => read_field(post_name), "registDate" =>
    read_field(regist_date), "superName" => read_field(super_name), "workLocAddr" =>
    read_field(work_loc_addr), "workNo" => read_field(work_no) }
}
/// `HrbrainImportRegistResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportRegistResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportRegularRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegularRequestBody {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `jobCodeName`.
    pub job_code_name: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `planRegularDate`.
    pub plan_regular_date: Option<String>,
    /// `postName`.
    pub post_name: Option<String>,
    /// `regularDate`.
    pub regular_date: String,
    /// `superEmpId`.
    pub super_emp_id: Option<String>,
    /// `superName`.
    pub super_name: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportRegularRequestBody`], each named where it is set: `HrbrainImportRegularRequestBody::new(HrbrainImportRegularRequestBodyRequired { .. })`.
pub struct HrbrainImportRegularRequestBodyRequired {
    /// `regularDate`: see [`HrbrainImportRegularRequestBody::regular_date`].
    pub regular_date: String,
    /// `workNo`: see [`HrbrainImportRegularRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportRegularRequestBody {
    /// A `HrbrainImportRegularRequestBody` with its required fields (`regularDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportRegularRequestBodyRequired) -> Self {
        let HrbrainImportRegularRequestBodyRequired { regular_date, work_no } = required;
        Self {
            dept_name: None,
            dept_no: None,
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name: None,
            plan_regular_date: None,
            post_name: None,
            regular_date,
            super_emp_id: None,
            super_name: None,
            work_no,
        }
    }
    /// Sets `deptName`.
    pub fn dept_name(mut self, value: impl Into<String>) -> Self {
        self.dept_name = Some(value.into());
        self
    }
    /// Sets `deptNo`.
    pub fn dept_no(mut self, value: impl Into<String>) -> Self {
        self.dept_no = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `jobCodeName`.
    pub fn job_code_name(mut self, value: impl Into<String>) -> Self {
        self.job_code_name = Some(value.into());
        self
    }
    /// Sets `jobLevel`.
    pub fn job_level(mut self, value: impl Into<String>) -> Self {
        self.job_level = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `planRegularDate`.
    pub fn plan_regular_date(mut self, value: impl Into<String>) -> Self {
        self.plan_regular_date = Some(value.into());
        self
    }
    /// Sets `postName`.
    pub fn post_name(mut self, value: impl Into<String>) -> Self {
        self.post_name = Some(value.into());
        self
    }
    /// Sets `superEmpId`.
    pub fn super_emp_id(mut self, value: impl Into<String>) -> Self {
        self.super_emp_id = Some(value.into());
        self
    }
    /// Sets `superName`.
    pub fn super_name(mut self, value: impl Into<String>) -> Self {
        self.super_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportRegularRequestBody { "deptName" => optional(dept_name), "deptNo" =>
    optional(dept_no), "extendInfo" => optional(extend_info), "jobCodeName" =>
    optional(job_code_name), "jobLevel" => optional(job_level), "name" => optional(name),
    "planRegularDate" => optional(plan_regular_date), "postName" => optional(post_name),
    "regularDate" => field(regular_date), "superEmpId" => optional(super_emp_id),
    "superName" => optional(super_name), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportRegularRequestBody { "deptName" => read_field(dept_name), "deptNo" =>
    read_field(dept_no), "extendInfo" => read_field(extend_info), "jobCodeName" =>
    read_field(job_code_name), "jobLevel" => read_field(job_level), "name" =>
    read_field(name), "planRegularDate" => read_field(plan_regular_date), "postName" =>
    read_field(post_name), "regularDate" => read_field(regular_date), "superEmpId" =>
    read_field(super_emp_id), "superName" => read_field(super_name), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainImportRegularResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportRegularResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportTrainingRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTrainingRequestBody {
    /// `certifCnt`.
    pub certif_cnt: Option<String>,
    /// `creditScore`.
    pub credit_score: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `jobCodeName`.
    pub job_code_name: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `postName`.
    pub post_name: Option<String>,
    /// `trainEndDate`.
    pub train_end_date: String,
    /// `trainName`.
    pub train_name: String,
    /// `trainStartDate`.
    pub train_start_date: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportTrainingRequestBody`], each named where it is set: `HrbrainImportTrainingRequestBody::new(HrbrainImportTrainingRequestBodyRequired { .. })`.
pub struct HrbrainImportTrainingRequestBodyRequired {
    /// `trainEndDate`: see [`HrbrainImportTrainingRequestBody::train_end_date`].
    pub train_end_date: String,
    /// `trainName`: see [`HrbrainImportTrainingRequestBody::train_name`].
    pub train_name: String,
    /// `trainStartDate`: see [`HrbrainImportTrainingRequestBody::train_start_date`].
    pub train_start_date: String,
    /// `workNo`: see [`HrbrainImportTrainingRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportTrainingRequestBody {
    /// A `HrbrainImportTrainingRequestBody` with its required fields (`trainEndDate`, `trainName`, `trainStartDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportTrainingRequestBodyRequired) -> Self {
        let HrbrainImportTrainingRequestBodyRequired {
            train_end_date,
            train_name,
            train_start_date,
            work_no,
        } = required;
        Self {
            certif_cnt: None,
            credit_score: None,
            dept_name: None,
            dept_no: None,
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name: None,
            post_name: None,
            train_end_date,
            train_name,
            train_start_date,
            work_no,
        }
    }
    /// Sets `certifCnt`.
    pub fn certif_cnt(mut self, value: impl Into<String>) -> Self {
        self.certif_cnt = Some(value.into());
        self
    }
    /// Sets `creditScore`.
    pub fn credit_score(mut self, value: impl Into<String>) -> Self {
        self.credit_score = Some(value.into());
        self
    }
    /// Sets `deptName`.
    pub fn dept_name(mut self, value: impl Into<String>) -> Self {
        self.dept_name = Some(value.into());
        self
    }
    /// Sets `deptNo`.
    pub fn dept_no(mut self, value: impl Into<String>) -> Self {
        self.dept_no = Some(value.into());
        self
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `jobCodeName`.
    pub fn job_code_name(mut self, value: impl Into<String>) -> Self {
        self.job_code_name = Some(value.into());
        self
    }
    /// Sets `jobLevel`.
    pub fn job_level(mut self, value: impl Into<String>) -> Self {
        self.job_level = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `postName`.
    pub fn post_name(mut self, value: impl Into<String>) -> Self {
        self.post_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportTrainingRequestBody { "certifCnt" => optional(certif_cnt), "creditScore"
    => optional(credit_score), "deptName" => optional(dept_name), "deptNo" =>
    optional(dept_no), "extendInfo" => optional(extend_info), "jobCodeName" =>
    optional(job_code_name), "jobLevel" => optional(job_level), "name" => optional(name),
    "postName" => optional(post_name), "trainEndDate" => field(train_end_date),
    "trainName" => field(train_name), "trainStartDate" => field(train_start_date),
    "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportTrainingRequestBody { "certifCnt" => read_field(certif_cnt),
    "creditScore" => read_field(credit_score), "deptName" => read_field(dept_name),
    "deptNo" => read_field(dept_no), "extendInfo" => read_field(extend_info),
    "jobCodeName" => read_field(job_code_name), "jobLevel" => read_field(job_level),
    "name" => read_field(name), "postName" => read_field(post_name), "trainEndDate" =>
    read_field(train_end_date), "trainName" => read_field(train_name), "trainStartDate"
    => read_field(train_start_date), "workNo" => read_field(work_no) }
}
/// `HrbrainImportTrainingResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportTrainingResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportTransferEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTransferEvalRequestBody {
    /// `currInfo`.
    pub curr_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: String,
    /// `preInfo`.
    pub pre_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `transferDate`.
    pub transfer_date: String,
    /// `transferReason`.
    pub transfer_reason: String,
    /// `transferType`.
    pub transfer_type: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportTransferEvalRequestBody`], each named where it is set: `HrbrainImportTransferEvalRequestBody::new(HrbrainImportTransferEvalRequestBodyRequired { .. })`.
pub struct HrbrainImportTransferEvalRequestBodyRequired {
    /// `currInfo`: see [`HrbrainImportTransferEvalRequestBody::curr_info`].
    pub curr_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `name`: see [`HrbrainImportTransferEvalRequestBody::name`].
    pub name: String,
    /// `preInfo`: see [`HrbrainImportTransferEvalRequestBody::pre_info`].
    pub pre_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `transferDate`: see [`HrbrainImportTransferEvalRequestBody::transfer_date`].
    pub transfer_date: String,
    /// `transferReason`: see [`HrbrainImportTransferEvalRequestBody::transfer_reason`].
    pub transfer_reason: String,
    /// `transferType`: see [`HrbrainImportTransferEvalRequestBody::transfer_type`].
    pub transfer_type: String,
    /// `workNo`: see [`HrbrainImportTransferEvalRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportTransferEvalRequestBody {
    /// A `HrbrainImportTransferEvalRequestBody` with its required fields (`currInfo`, `name`, `preInfo`, `transferDate`, `transferReason`, `transferType`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportTransferEvalRequestBodyRequired) -> Self {
        let HrbrainImportTransferEvalRequestBodyRequired {
            curr_info,
            name,
            pre_info,
            transfer_date,
            transfer_reason,
            transfer_type,
            work_no,
        } = required;
        Self {
            curr_info,
            extend_info: None,
            name,
            pre_info,
            transfer_date,
            transfer_reason,
            transfer_type,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportTransferEvalRequestBody { "currInfo" => field(curr_info), "extendInfo"
    => optional(extend_info), "name" => field(name), "preInfo" => field(pre_info),
    "transferDate" => field(transfer_date), "transferReason" => field(transfer_reason),
    "transferType" => field(transfer_type), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportTransferEvalRequestBody { "currInfo" => read_field(curr_info),
    "extendInfo" => read_field(extend_info), "name" => read_field(name), "preInfo" =>
    read_field(pre_info), "transferDate" => read_field(transfer_date), "transferReason"
    => read_field(transfer_reason), "transferType" => read_field(transfer_type), "workNo"
    => read_field(work_no) }
}
/// `HrbrainImportTransferEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportTransferEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportWorkExpRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportWorkExpRequestBody {
    /// `companyName`.
    pub company_name: String,
    /// `endDate`.
    pub end_date: String,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `jobDesc`.
    pub job_desc: Option<String>,
    /// `name`.
    pub name: String,
    /// `postName`.
    pub post_name: Option<String>,
    /// `startDate`.
    pub start_date: String,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainImportWorkExpRequestBody`], each named where it is set: `HrbrainImportWorkExpRequestBody::new(HrbrainImportWorkExpRequestBodyRequired { .. })`.
pub struct HrbrainImportWorkExpRequestBodyRequired {
    /// `companyName`: see [`HrbrainImportWorkExpRequestBody::company_name`].
    pub company_name: String,
    /// `endDate`: see [`HrbrainImportWorkExpRequestBody::end_date`].
    pub end_date: String,
    /// `name`: see [`HrbrainImportWorkExpRequestBody::name`].
    pub name: String,
    /// `startDate`: see [`HrbrainImportWorkExpRequestBody::start_date`].
    pub start_date: String,
    /// `workNo`: see [`HrbrainImportWorkExpRequestBody::work_no`].
    pub work_no: String,
}
impl HrbrainImportWorkExpRequestBody {
    /// A `HrbrainImportWorkExpRequestBody` with its required fields (`companyName`, `endDate`, `name`, `startDate`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportWorkExpRequestBodyRequired) -> Self {
        let HrbrainImportWorkExpRequestBodyRequired {
            company_name,
            end_date,
            name,
            start_date,
            work_no,
        } = required;
        Self {
            company_name,
            end_date,
            extend_info: None,
            job_desc: None,
            name,
            post_name: None,
            start_date,
            work_no,
        }
    }
    /// Sets `extendInfo`.
    pub fn extend_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extend_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `jobDesc`.
    pub fn job_desc(mut self, value: impl Into<String>) -> Self {
        self.job_desc = Some(value.into());
        self
    }
    /// Sets `postName`.
    pub fn post_name(mut self, value: impl Into<String>) -> Self {
        self.post_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainImportWorkExpRequestBody { "companyName" => field(company_name), "endDate" =>
    field(end_date), "extendInfo" => optional(extend_info), "jobDesc" =>
    optional(job_desc), "name" => field(name), "postName" => optional(post_name),
    "startDate" => field(start_date), "workNo" => field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportWorkExpRequestBody { "companyName" => read_field(company_name),
    "endDate" => read_field(end_date), "extendInfo" => read_field(extend_info), "jobDesc"
    => read_field(job_desc), "name" => read_field(name), "postName" =>
    read_field(post_name), "startDate" => read_field(start_date), "workNo" =>
    read_field(work_no) }
}
/// `HrbrainImportWorkExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportWorkExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelCategoryTreeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelCategoryTreeResponseBody {
    /// `content`.
    pub content: Option<Vec<HrbrainLabelCategoryTreeResponseBodyContent>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelCategoryTreeResponseBody { "content" => read_field(content), "requestId"
    => read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelCategoryTreeResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainLabelCategoryUpdateRequestCategoryVo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelCategoryUpdateRequestCategoryVo {
    /// `categories`.
    pub categories: Option<Vec<HrbrainLabelCategoryUpdateRequestCategoryVoCategories>>,
}
impl HrbrainLabelCategoryUpdateRequestCategoryVo {
    /// An empty `HrbrainLabelCategoryUpdateRequestCategoryVo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categories`.
    pub fn categories(
        mut self,
        value: impl IntoIterator<
            Item = HrbrainLabelCategoryUpdateRequestCategoryVoCategories,
        >,
    ) -> Self {
        self.categories = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelCategoryUpdateRequestCategoryVo { "categories" => optional(categories) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelCategoryUpdateRequestCategoryVo { "categories" => read_field(categories)
    }
}
/// `HrbrainLabelCategoryUpdateResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelCategoryUpdateResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelDataDeleteRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataDeleteRequestParams {
    /// `labelCodes`.
    pub label_codes: Vec<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
/// The required fields of [`HrbrainLabelDataDeleteRequestParams`], each named where it is set: `HrbrainLabelDataDeleteRequestParams::new(HrbrainLabelDataDeleteRequestParamsRequired { .. })`.
pub struct HrbrainLabelDataDeleteRequestParamsRequired {
    /// `labelCodes`: see [`HrbrainLabelDataDeleteRequestParams::label_codes`].
    pub label_codes: Vec<String>,
}
impl HrbrainLabelDataDeleteRequestParams {
    /// A `HrbrainLabelDataDeleteRequestParams` with its required fields (`labelCodes`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelDataDeleteRequestParamsRequired) -> Self {
        let HrbrainLabelDataDeleteRequestParamsRequired { label_codes } = required;
        Self { label_codes, work_no: None }
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelDataDeleteRequestParams { "labelCodes" => field(label_codes), "workNo" =>
    optional(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataDeleteRequestParams { "labelCodes" => read_field(label_codes),
    "workNo" => read_field(work_no) }
}
/// `HrbrainLabelDataDeleteResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelDataDeleteResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelDataQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelDataQueryResponseBody {
    /// `content`.
    pub content: Option<HrbrainLabelDataQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelDataQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelDataQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainLabelDataUpsertRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataUpsertRequestParams {
    /// `labelDatas`.
    pub label_datas: Vec<HrbrainLabelDataUpsertRequestParamsLabelDatas>,
    /// `workNo`.
    pub work_no: String,
}
/// The required fields of [`HrbrainLabelDataUpsertRequestParams`], each named where it is set: `HrbrainLabelDataUpsertRequestParams::new(HrbrainLabelDataUpsertRequestParamsRequired { .. })`.
pub struct HrbrainLabelDataUpsertRequestParamsRequired {
    /// `labelDatas`: see [`HrbrainLabelDataUpsertRequestParams::label_datas`].
    pub label_datas: Vec<HrbrainLabelDataUpsertRequestParamsLabelDatas>,
    /// `workNo`: see [`HrbrainLabelDataUpsertRequestParams::work_no`].
    pub work_no: String,
}
impl HrbrainLabelDataUpsertRequestParams {
    /// A `HrbrainLabelDataUpsertRequestParams` with its required fields (`labelDatas`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelDataUpsertRequestParamsRequired) -> Self {
        let HrbrainLabelDataUpsertRequestParamsRequired { label_datas, work_no } = required;
        Self { label_datas, work_no }
    }
}
rt::impl_serialize! {
    HrbrainLabelDataUpsertRequestParams { "labelDatas" => field(label_datas), "workNo" =>
    field(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataUpsertRequestParams { "labelDatas" => read_field(label_datas),
    "workNo" => read_field(work_no) }
}
/// `HrbrainLabelDataUpsertResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelDataUpsertResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelEmpDeleteResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelEmpDeleteResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelMetaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelMetaResponseBody {
    /// `content`.
    pub content: Option<HrbrainLabelMetaResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelMetaResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelMetaResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainLabelMetaStatusResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelMetaStatusResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelMetaUpdateResponseBody`, a model several operations share: also named [`HrbrainTalentSearchResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelMetaUpdateResponseBody {
    /// `content`.
    pub content: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelMetaUpdateResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelMetaUpdateResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainLabelTaskDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelTaskDataResponseBody {
    /// `content`.
    pub content: Option<Vec<HrbrainLabelTaskDataResponseBodyContent>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelTaskDataResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelTaskDataResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainLabelTaskMetaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelTaskMetaResponseBody {
    /// `content`.
    pub content: Option<Vec<HrbrainLabelTaskMetaResponseBodyContent>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainLabelTaskMetaResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelTaskMetaResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBody {
    /// `content`.
    pub content: Option<HrbrainTalentProfileAttachmentQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainTalentProfileAttachmentQueryResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileAttachmentQueryResponseBody { "content" => optional(content),
    "requestId" => optional(request_id), "result" => optional(result), "success" =>
    optional(success) }
}
/// `HrbrainTalentProfileBasicQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileBasicQueryResponseBody {
    /// `content`.
    pub content: Option<HrbrainTalentProfileBasicQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainTalentProfileBasicQueryResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileBasicQueryResponseBody { "content" => optional(content),
    "requestId" => optional(request_id), "result" => optional(result), "success" =>
    optional(success) }
}
/// `HrbrainTalentSearchResponseBody`: the same model as [`HrbrainLabelMetaUpdateResponseBody`].
pub type HrbrainTalentSearchResponseBody = HrbrainLabelMetaUpdateResponseBody;
/// `HrbrainTalentSearchResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentSearchResultResponseBody {
    /// `content`.
    pub content: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HrbrainTalentSearchResultResponseBody { "content" => read_field(content), "requestId"
    => read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentSearchResultResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "result" => optional(result), "success" => optional(success)
    }
}
/// `StaffLabelRecordsQueryRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryRequestBody {
    /// `labels`.
    pub labels: Option<Vec<StaffLabelRecordsQueryRequestBodyLabels>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl StaffLabelRecordsQueryRequestBody {
    /// An empty `StaffLabelRecordsQueryRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `labels`.
    pub fn labels(
        mut self,
        value: impl IntoIterator<Item = StaffLabelRecordsQueryRequestBodyLabels>,
    ) -> Self {
        self.labels = Some(value.into_iter().collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    StaffLabelRecordsQueryRequestBody { "labels" => optional(labels), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StaffLabelRecordsQueryRequestBody { "labels" => read_field(labels), "userId" =>
    read_field(user_id) }
}
/// `StaffLabelRecordsQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBody {
    /// `content`.
    pub content: Option<StaffLabelRecordsQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    StaffLabelRecordsQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StaffLabelRecordsQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `SyncDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncDataResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncDataResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncDataResponseBody { "success" => optional(success) }
}
/// `HrbrainBizDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainBizDataQueryResponseBodyContent {
    /// `bizInfos`.
    pub biz_infos: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    HrbrainBizDataQueryResponseBodyContent { "bizInfos" => read_field(biz_infos),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainBizDataQueryResponseBodyContent { "bizInfos" => optional(biz_infos),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token) }
}
/// `HrbrainEmpPoolQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryResponseBodyContent {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `poolInfos`.
    pub pool_infos: Option<Vec<HrbrainEmpPoolQueryResponseBodyContentPoolInfos>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolQueryResponseBodyContent { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "poolInfos" => read_field(pool_infos),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolQueryResponseBodyContent { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "poolInfos" => optional(pool_infos),
    "totalCount" => optional(total_count) }
}
/// `HrbrainEmpPoolUserResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolUserResponseBodyContent {
    /// `empVos`.
    pub emp_vos: Option<Vec<HrbrainEmpPoolUserResponseBodyContentEmpVos>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolUserResponseBodyContent { "empVos" => read_field(emp_vos), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolUserResponseBodyContent { "empVos" => optional(emp_vos), "maxResults"
    => optional(max_results), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `HrbrainLabelCategoryTreeResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelCategoryTreeResponseBodyContent {
    /// `children`.
    pub children: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `code`.
    pub code: Option<String>,
    /// `currentLabelNum`.
    pub current_label_num: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `pcode`.
    pub pcode: Option<String>,
    /// `sortSize`.
    pub sort_size: Option<i64>,
    /// `totalLabelNum`.
    pub total_label_num: Option<i64>,
}
rt::impl_deserialize! {
    HrbrainLabelCategoryTreeResponseBodyContent { "children" => read_field(children),
    "code" => read_field(code), "currentLabelNum" => read_field(current_label_num),
    "name" => read_field(name), "pcode" => read_field(pcode), "sortSize" =>
    read_field(sort_size), "totalLabelNum" => read_field(total_label_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelCategoryTreeResponseBodyContent { "children" => optional(children),
    "code" => optional(code), "currentLabelNum" => optional(current_label_num), "name" =>
    optional(name), "pcode" => optional(pcode), "sortSize" => optional(sort_size),
    "totalLabelNum" => optional(total_label_num) }
}
/// `HrbrainLabelCategoryUpdateRequestCategoryVoCategories`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelCategoryUpdateRequestCategoryVoCategories {
    /// `children`.
    pub children: Option<Vec<rt::serde_json::Value>>,
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pCode`.
    pub p_code: Option<String>,
    /// `sortSize`.
    pub sort_size: Option<String>,
}
impl HrbrainLabelCategoryUpdateRequestCategoryVoCategories {
    /// An empty `HrbrainLabelCategoryUpdateRequestCategoryVoCategories`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `children`.
    pub fn children(
        mut self,
        value: impl IntoIterator<Item = rt::serde_json::Value>,
    ) -> Self {
        self.children = Some(value.into_iter().collect());
        self
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
    /// Sets `pCode`.
    pub fn p_code(mut self, value: impl Into<String>) -> Self {
        self.p_code = Some(value.into());
        self
    }
    /// Sets `sortSize`.
    pub fn sort_size(mut self, value: impl Into<String>) -> Self {
        self.sort_size = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelCategoryUpdateRequestCategoryVoCategories { "children" =>
    optional(children), "code" => optional(code), "name" => optional(name), "pCode" =>
    optional(p_code), "sortSize" => optional(sort_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelCategoryUpdateRequestCategoryVoCategories { "children" =>
    read_field(children), "code" => read_field(code), "name" => read_field(name), "pCode"
    => read_field(p_code), "sortSize" => read_field(sort_size) }
}
/// `HrbrainLabelDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelDataQueryResponseBodyContent {
    /// `labelDatas`.
    pub label_datas: Option<Vec<HrbrainLabelDataQueryResponseBodyContentLabelDatas>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    HrbrainLabelDataQueryResponseBodyContent { "labelDatas" => read_field(label_datas),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelDataQueryResponseBodyContent { "labelDatas" => optional(label_datas),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token),
    "totalCount" => optional(total_count) }
}
/// `HrbrainLabelDataUpsertRequestParamsLabelDatas`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelDataUpsertRequestParamsLabelDatas {
    /// `labelCode`.
    pub label_code: Option<String>,
    /// `labelValue`.
    pub label_value: Option<Vec<String>>,
}
impl HrbrainLabelDataUpsertRequestParamsLabelDatas {
    /// An empty `HrbrainLabelDataUpsertRequestParamsLabelDatas`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `labelCode`.
    pub fn label_code(mut self, value: impl Into<String>) -> Self {
        self.label_code = Some(value.into());
        self
    }
    /// Sets `labelValue`.
    pub fn label_value(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.label_value = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelDataUpsertRequestParamsLabelDatas { "labelCode" => optional(label_code),
    "labelValue" => optional(label_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataUpsertRequestParamsLabelDatas { "labelCode" =>
    read_field(label_code), "labelValue" => read_field(label_value) }
}
/// `HrbrainLabelMetaResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelMetaResponseBodyContent {
    /// `labelMetas`.
    pub label_metas: Option<Vec<HrbrainLabelMetaResponseBodyContentLabelMetas>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    HrbrainLabelMetaResponseBodyContent { "labelMetas" => read_field(label_metas),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelMetaResponseBodyContent { "labelMetas" => optional(label_metas),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token),
    "totalCount" => optional(total_count) }
}
/// `HrbrainLabelTaskDataResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelTaskDataResponseBodyContent {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `tags`.
    pub tags: Option<Vec<HrbrainLabelTaskDataResponseBodyContentTags>>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    HrbrainLabelTaskDataResponseBodyContent { "deptName" => read_field(dept_name),
    "deptNo" => read_field(dept_no), "name" => read_field(name), "tags" =>
    read_field(tags), "workNo" => read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelTaskDataResponseBodyContent { "deptName" => optional(dept_name), "deptNo"
    => optional(dept_no), "name" => optional(name), "tags" => optional(tags), "workNo" =>
    optional(work_no) }
}
/// `HrbrainLabelTaskMetaResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelTaskMetaResponseBodyContent {
    /// `code`.
    pub code: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `isSystem`.
    pub is_system: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `tagConfig`.
    pub tag_config: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    HrbrainLabelTaskMetaResponseBodyContent { "code" => read_field(code), "description"
    => read_field(description), "isSystem" => read_field(is_system), "name" =>
    read_field(name), "tagConfig" => read_field(tag_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelTaskMetaResponseBodyContent { "code" => optional(code), "description" =>
    optional(description), "isSystem" => optional(is_system), "name" => optional(name),
    "tagConfig" => optional(tag_config) }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBodyContent {
    /// `staffAttachmentInfoList`.
    pub staff_attachment_info_list: Option<
        Vec<
            HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList,
        >,
    >,
}
rt::impl_deserialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContent { "staffAttachmentInfoList" =>
    read_field(staff_attachment_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContent { "staffAttachmentInfoList" =>
    optional(staff_attachment_info_list) }
}
/// `HrbrainTalentProfileBasicQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileBasicQueryResponseBodyContent {
    /// `profileBaseInfoList`.
    pub profile_base_info_list: Option<
        Vec<HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList>,
    >,
}
rt::impl_deserialize! {
    HrbrainTalentProfileBasicQueryResponseBodyContent { "profileBaseInfoList" =>
    read_field(profile_base_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileBasicQueryResponseBodyContent { "profileBaseInfoList" =>
    optional(profile_base_info_list) }
}
/// `StaffLabelRecordsQueryRequestBodyLabels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryRequestBodyLabels {
    /// `code`.
    pub code: Option<String>,
    /// `typeCode`.
    pub type_code: Option<String>,
}
impl StaffLabelRecordsQueryRequestBodyLabels {
    /// An empty `StaffLabelRecordsQueryRequestBodyLabels`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `typeCode`.
    pub fn type_code(mut self, value: impl Into<String>) -> Self {
        self.type_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    StaffLabelRecordsQueryRequestBodyLabels { "code" => optional(code), "typeCode" =>
    optional(type_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StaffLabelRecordsQueryRequestBodyLabels { "code" => read_field(code), "typeCode" =>
    read_field(type_code) }
}
/// `StaffLabelRecordsQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContent {
    /// `data`.
    pub data: Option<Vec<StaffLabelRecordsQueryResponseBodyContentData>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCountt`.
    pub total_countt: Option<i64>,
}
rt::impl_deserialize! {
    StaffLabelRecordsQueryResponseBodyContent { "data" => read_field(data), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "totalCountt" =>
    read_field(total_countt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StaffLabelRecordsQueryResponseBodyContent { "data" => optional(data), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "totalCountt" =>
    optional(total_countt) }
}
/// `HrbrainEmpPoolQueryResponseBodyContentPoolInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryResponseBodyContentPoolInfos {
    /// `poolCode`.
    pub pool_code: Option<String>,
    /// `poolDesc`.
    pub pool_desc: Option<String>,
    /// `poolName`.
    pub pool_name: Option<String>,
    /// `poolTags`.
    pub pool_tags: Option<Vec<HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags>>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolQueryResponseBodyContentPoolInfos { "poolCode" =>
    read_field(pool_code), "poolDesc" => read_field(pool_desc), "poolName" =>
    read_field(pool_name), "poolTags" => read_field(pool_tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolQueryResponseBodyContentPoolInfos { "poolCode" => optional(pool_code),
    "poolDesc" => optional(pool_desc), "poolName" => optional(pool_name), "poolTags" =>
    optional(pool_tags) }
}
/// `HrbrainEmpPoolUserResponseBodyContentEmpVos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolUserResponseBodyContentEmpVos {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolUserResponseBodyContentEmpVos { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolUserResponseBodyContentEmpVos { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `HrbrainLabelDataQueryResponseBodyContentLabelDatas`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelDataQueryResponseBodyContentLabelDatas {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `labelTitle`.
    pub label_title: Option<String>,
    /// `labelValue`.
    pub label_value: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `postName`.
    pub post_name: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    HrbrainLabelDataQueryResponseBodyContentLabelDatas { "deptName" =>
    read_field(dept_name), "deptNo" => read_field(dept_no), "jobLevel" =>
    read_field(job_level), "labelTitle" => read_field(label_title), "labelValue" =>
    read_field(label_value), "name" => read_field(name), "postName" =>
    read_field(post_name), "workNo" => read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelDataQueryResponseBodyContentLabelDatas { "deptName" =>
    optional(dept_name), "deptNo" => optional(dept_no), "jobLevel" =>
    optional(job_level), "labelTitle" => optional(label_title), "labelValue" =>
    optional(label_value), "name" => optional(name), "postName" => optional(post_name),
    "workNo" => optional(work_no) }
}
/// `HrbrainLabelMetaResponseBodyContentLabelMetas`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelMetaResponseBodyContentLabelMetas {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `dataType`.
    pub data_type: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gmtCreated`.
    pub gmt_created: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `importantLevel`.
    pub important_level: Option<String>,
    /// `isSensitive`.
    pub is_sensitive: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `options`.
    pub options: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `required`.
    pub required: Option<bool>,
    /// `useStatus`.
    pub use_status: Option<String>,
}
rt::impl_deserialize! {
    HrbrainLabelMetaResponseBodyContentLabelMetas { "categoryCode" =>
    read_field(category_code), "categoryName" => read_field(category_name), "code" =>
    read_field(code), "dataType" => read_field(data_type), "description" =>
    read_field(description), "extendInfo" => read_field(extend_info), "gmtCreated" =>
    read_field(gmt_created), "gmtModified" => read_field(gmt_modified), "importantLevel"
    => read_field(important_level), "isSensitive" => read_field(is_sensitive), "name" =>
    read_field(name), "options" => read_field(options), "required" =>
    read_field(required), "useStatus" => read_field(use_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelMetaResponseBodyContentLabelMetas { "categoryCode" =>
    optional(category_code), "categoryName" => optional(category_name), "code" =>
    optional(code), "dataType" => optional(data_type), "description" =>
    optional(description), "extendInfo" => optional(extend_info), "gmtCreated" =>
    optional(gmt_created), "gmtModified" => optional(gmt_modified), "importantLevel" =>
    optional(important_level), "isSensitive" => optional(is_sensitive), "name" =>
    optional(name), "options" => optional(options), "required" => optional(required),
    "useStatus" => optional(use_status) }
}
/// `HrbrainLabelTaskDataResponseBodyContentTags`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainLabelTaskDataResponseBodyContentTags {
    /// `code`.
    pub code: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `values`.
    pub values: Option<Vec<String>>,
}
rt::impl_deserialize! {
    HrbrainLabelTaskDataResponseBodyContentTags { "code" => read_field(code),
    "description" => read_field(description), "name" => read_field(name), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainLabelTaskDataResponseBodyContentTags { "code" => optional(code), "description"
    => optional(description), "name" => optional(name), "values" => optional(values) }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    /// `attachmentInfoList`.
    pub attachment_info_list: Option<
        Vec<
            HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList,
        >,
    >,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    "attachmentInfoList" => read_field(attachment_info_list), "workNo" =>
    read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    "attachmentInfoList" => optional(attachment_info_list), "workNo" => optional(work_no)
    }
}
/// `HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList {
    /// `age`.
    pub age: Option<String>,
    /// `birthday`.
    pub birthday: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptNo`.
    pub dept_no: Option<String>,
    /// `gender`.
    pub gender: Option<String>,
    /// `jobLevel`.
    pub job_level: Option<String>,
    /// `jobcode`.
    pub jobcode: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `position`.
    pub position: Option<String>,
    /// `seniorityYears`.
    pub seniority_years: Option<String>,
    /// `superName`.
    pub super_name: Option<String>,
    /// `superWorkNo`.
    pub super_work_no: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
    /// `workPlace`.
    pub work_place: Option<String>,
}
rt::impl_deserialize! {
    HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList { "age" =>
    read_field(age), "birthday" => read_field(birthday), "deptName" =>
    read_field(dept_name), "deptNo" => read_field(dept_no), "gender" =>
    read_field(gender), "jobLevel" => read_field(job_level), "jobcode" =>
    read_field(jobcode), "name" => read_field(name), "position" => read_field(position),
    "seniorityYears" => read_field(seniority_years), "superName" =>
    read_field(super_name), "superWorkNo" => read_field(super_work_no), "workNo" =>
    read_field(work_no), "workPlace" => read_field(work_place) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList { "age" =>
    optional(age), "birthday" => optional(birthday), "deptName" => optional(dept_name),
    "deptNo" => optional(dept_no), "gender" => optional(gender), "jobLevel" =>
    optional(job_level), "jobcode" => optional(jobcode), "name" => optional(name),
    "position" => optional(position), "seniorityYears" => optional(seniority_years),
    "superName" => optional(super_name), "superWorkNo" => optional(super_work_no),
    "workNo" => optional(work_no), "workPlace" => optional(work_place) }
}
/// `StaffLabelRecordsQueryResponseBodyContentData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContentData {
    /// `labels`.
    pub labels: Option<Vec<StaffLabelRecordsQueryResponseBodyContentDataLabels>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    StaffLabelRecordsQueryResponseBodyContentData { "labels" => read_field(labels),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StaffLabelRecordsQueryResponseBodyContentData { "labels" => optional(labels),
    "userId" => optional(user_id) }
}
/// `HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags { "label" =>
    read_field(label), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags { "label" => optional(label),
    "value" => optional(value) }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList
    { "name" => read_field(name), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList
    { "name" => optional(name), "url" => optional(url) }
}
/// `StaffLabelRecordsQueryResponseBodyContentDataLabels`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContentDataLabels {
    /// `code`.
    pub code: Option<String>,
    /// `guid`.
    pub guid: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `options`.
    pub options: Option<Vec<StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions>>,
    /// `typeCode`.
    pub type_code: Option<String>,
    /// `typeName`.
    pub type_name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    StaffLabelRecordsQueryResponseBodyContentDataLabels { "code" => read_field(code),
    "guid" => read_field(guid), "name" => read_field(name), "options" =>
    read_field(options), "typeCode" => read_field(type_code), "typeName" =>
    read_field(type_name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StaffLabelRecordsQueryResponseBodyContentDataLabels { "code" => optional(code),
    "guid" => optional(guid), "name" => optional(name), "options" => optional(options),
    "typeCode" => optional(type_code), "typeName" => optional(type_name), "value" =>
    optional(value) }
}
/// `StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions {
    /// `label`.
    pub label: Option<String>,
    /// `tip`.
    pub tip: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions { "label" =>
    read_field(label), "tip" => read_field(tip), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions { "label" =>
    optional(label), "tip" => optional(tip), "value" => optional(value) }
}
/// The request of [`Api::hrbrain_biz_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainBizDataQueryRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`HrbrainBizDataQueryRequest`], each named where it is set: `HrbrainBizDataQueryRequest::new(HrbrainBizDataQueryRequired { .. })`.
pub struct HrbrainBizDataQueryRequired {
    /// `bizCode`: see [`HrbrainBizDataQueryRequest::biz_code`].
    pub biz_code: String,
}
impl HrbrainBizDataQueryRequest {
    /// A `HrbrainBizDataQueryRequest` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: HrbrainBizDataQueryRequired) -> Self {
        let HrbrainBizDataQueryRequired { biz_code } = required;
        Self {
            biz_code,
            max_results: None,
            next_token: None,
            user_id: None,
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
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainBizDataQueryRequest { "bizCode" => read_field(biz_code), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for HrbrainBizDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::hrbrain_delete_award_records`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteAwardRecordsRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteAwardRecordsRequestParams>>,
}
impl HrbrainDeleteAwardRecordsRequest {
    /// An empty `HrbrainDeleteAwardRecordsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteAwardRecordsRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteAwardRecordsRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteAwardRecordsRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteAwardRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteCustomRequest {
    /// `modelCode`.
    pub model_code: String,
    /// `params`.
    pub params: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`HrbrainDeleteCustomRequest`], each named where it is set: `HrbrainDeleteCustomRequest::new(HrbrainDeleteCustomRequired { .. })`.
pub struct HrbrainDeleteCustomRequired {
    /// `modelCode`: see [`HrbrainDeleteCustomRequest::model_code`].
    pub model_code: String,
    /// `params`: see [`HrbrainDeleteCustomRequest::params`].
    pub params: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl HrbrainDeleteCustomRequest {
    /// A `HrbrainDeleteCustomRequest` with its required fields (`modelCode`, `params`); set the others with the methods named after them.
    pub fn new(required: HrbrainDeleteCustomRequired) -> Self {
        let HrbrainDeleteCustomRequired { model_code, params } = required;
        Self { model_code, params }
    }
}
rt::impl_serialize! {
    HrbrainDeleteCustomRequest { "modelCode" => field(model_code), "params" =>
    field(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteCustomRequest { "modelCode" => read_field(model_code), "params" =>
    read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteCustomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_dept_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteDeptInfoRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteDeptInfoRequestParams>>,
}
impl HrbrainDeleteDeptInfoRequest {
    /// An empty `HrbrainDeleteDeptInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteDeptInfoRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteDeptInfoRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteDeptInfoRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_dimission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteDimissionRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteDimissionRequestParams>>,
}
impl HrbrainDeleteDimissionRequest {
    /// An empty `HrbrainDeleteDimissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteDimissionRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteDimissionRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteDimissionRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteDimissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_edu_exp`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteEduExpRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteEduExpRequestParams>>,
}
impl HrbrainDeleteEduExpRequest {
    /// An empty `HrbrainDeleteEduExpRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteEduExpRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteEduExpRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteEduExpRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteEduExpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_emp_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteEmpInfoRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteEmpInfoRequestParams>>,
}
impl HrbrainDeleteEmpInfoRequest {
    /// An empty `HrbrainDeleteEmpInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteEmpInfoRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteEmpInfoRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteEmpInfoRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteEmpInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_label_industry`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteLabelIndustryRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteLabelIndustryRequestParams>>,
}
impl HrbrainDeleteLabelIndustryRequest {
    /// An empty `HrbrainDeleteLabelIndustryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteLabelIndustryRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteLabelIndustryRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteLabelIndustryRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteLabelIndustryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_label_inventory`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteLabelInventoryRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteLabelInventoryRequestParams>>,
}
impl HrbrainDeleteLabelInventoryRequest {
    /// An empty `HrbrainDeleteLabelInventoryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteLabelInventoryRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteLabelInventoryRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteLabelInventoryRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteLabelInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_label_prof_skill`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteLabelProfSkillRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteLabelProfSkillRequestParams>>,
}
impl HrbrainDeleteLabelProfSkillRequest {
    /// An empty `HrbrainDeleteLabelProfSkillRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteLabelProfSkillRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteLabelProfSkillRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteLabelProfSkillRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteLabelProfSkillRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_perf_eval`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeletePerfEvalRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeletePerfEvalRequestParams>>,
}
impl HrbrainDeletePerfEvalRequest {
    /// An empty `HrbrainDeletePerfEvalRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeletePerfEvalRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletePerfEvalRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletePerfEvalRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeletePerfEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_prom_records`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeletePromRecordsRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeletePromRecordsRequestParams>>,
}
impl HrbrainDeletePromRecordsRequest {
    /// An empty `HrbrainDeletePromRecordsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeletePromRecordsRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletePromRecordsRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletePromRecordsRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeletePromRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_pun_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeletePunDetailRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeletePunDetailRequestParams>>,
}
impl HrbrainDeletePunDetailRequest {
    /// An empty `HrbrainDeletePunDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeletePunDetailRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletePunDetailRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletePunDetailRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeletePunDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_regist`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteRegistRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteRegistRequestParams>>,
}
impl HrbrainDeleteRegistRequest {
    /// An empty `HrbrainDeleteRegistRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteRegistRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteRegistRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteRegistRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteRegistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_regular`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteRegularRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteRegularRequestParams>>,
}
impl HrbrainDeleteRegularRequest {
    /// An empty `HrbrainDeleteRegularRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteRegularRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteRegularRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteRegularRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteRegularRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_training`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteTrainingRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteTrainingRequestParams>>,
}
impl HrbrainDeleteTrainingRequest {
    /// An empty `HrbrainDeleteTrainingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteTrainingRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteTrainingRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteTrainingRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteTrainingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_transfer_eval`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteTransferEvalRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteTransferEvalRequestParams>>,
}
impl HrbrainDeleteTransferEvalRequest {
    /// An empty `HrbrainDeleteTransferEvalRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteTransferEvalRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteTransferEvalRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteTransferEvalRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteTransferEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_work_exp`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteWorkExpRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeleteWorkExpRequestParams>>,
}
impl HrbrainDeleteWorkExpRequest {
    /// An empty `HrbrainDeleteWorkExpRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeleteWorkExpRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeleteWorkExpRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeleteWorkExpRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeleteWorkExpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_deletet_label_base`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeletetLabelBaseRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainDeletetLabelBaseRequestParams>>,
}
impl HrbrainDeletetLabelBaseRequest {
    /// An empty `HrbrainDeletetLabelBaseRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainDeletetLabelBaseRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainDeletetLabelBaseRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainDeletetLabelBaseRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainDeletetLabelBaseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_emp_pool_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryRequest {
    /// `keyword`.
    pub keyword: Option<String>,
    /// `labels`.
    pub labels: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl HrbrainEmpPoolQueryRequest {
    /// An empty `HrbrainEmpPoolQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `labels`.
    pub fn labels(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainEmpPoolQueryRequest { "keyword" => optional(keyword), "labels" =>
    optional(labels), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainEmpPoolQueryRequest { "keyword" => read_field(keyword), "labels" =>
    read_field(labels), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for HrbrainEmpPoolQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_emp_pool_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainEmpPoolUserRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `poolCode`.
    pub pool_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl HrbrainEmpPoolUserRequest {
    /// An empty `HrbrainEmpPoolUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `poolCode`.
    pub fn pool_code(mut self, value: impl Into<String>) -> Self {
        self.pool_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrbrainEmpPoolUserRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "poolCode" => optional(pool_code), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainEmpPoolUserRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "poolCode" => read_field(pool_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for HrbrainEmpPoolUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_import_award_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportAwardDetailRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportAwardDetailRequestBody>,
}
/// The required fields of [`HrbrainImportAwardDetailRequest`], each named where it is set: `HrbrainImportAwardDetailRequest::new(HrbrainImportAwardDetailRequired { .. })`.
pub struct HrbrainImportAwardDetailRequired {
    /// `corpId`: see [`HrbrainImportAwardDetailRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportAwardDetailRequest::body`].
    pub body: Vec<HrbrainImportAwardDetailRequestBody>,
}
impl HrbrainImportAwardDetailRequest {
    /// A `HrbrainImportAwardDetailRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportAwardDetailRequired) -> Self {
        let HrbrainImportAwardDetailRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportAwardDetailRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportAwardDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportCustomRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `modelCode`: a query parameter.
    pub model_code: String,
    /// `body`.
    pub body: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`HrbrainImportCustomRequest`], each named where it is set: `HrbrainImportCustomRequest::new(HrbrainImportCustomRequired { .. })`.
pub struct HrbrainImportCustomRequired {
    /// `corpId`: see [`HrbrainImportCustomRequest::corp_id`].
    pub corp_id: String,
    /// `modelCode`: see [`HrbrainImportCustomRequest::model_code`].
    pub model_code: String,
    /// `body`: see [`HrbrainImportCustomRequest::body`].
    pub body: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl HrbrainImportCustomRequest {
    /// A `HrbrainImportCustomRequest` with its required fields (`corpId`, `modelCode`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportCustomRequired) -> Self {
        let HrbrainImportCustomRequired { corp_id, model_code, body } = required;
        Self { corp_id, model_code, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportCustomRequest { "corpId" => read_field(corp_id), "modelCode" =>
    read_field(model_code), "body" => read_field(body) }
}
impl rt::WriteRequest for HrbrainImportCustomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("modelCode", &self.model_code);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDeptInfoRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportDeptInfoRequestBody>,
}
/// The required fields of [`HrbrainImportDeptInfoRequest`], each named where it is set: `HrbrainImportDeptInfoRequest::new(HrbrainImportDeptInfoRequired { .. })`.
pub struct HrbrainImportDeptInfoRequired {
    /// `corpId`: see [`HrbrainImportDeptInfoRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportDeptInfoRequest::body`].
    pub body: Vec<HrbrainImportDeptInfoRequestBody>,
}
impl HrbrainImportDeptInfoRequest {
    /// A `HrbrainImportDeptInfoRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportDeptInfoRequired) -> Self {
        let HrbrainImportDeptInfoRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportDeptInfoRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_dimission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDimissionRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportDimissionRequestBody>,
}
/// The required fields of [`HrbrainImportDimissionRequest`], each named where it is set: `HrbrainImportDimissionRequest::new(HrbrainImportDimissionRequired { .. })`.
pub struct HrbrainImportDimissionRequired {
    /// `corpId`: see [`HrbrainImportDimissionRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportDimissionRequest::body`].
    pub body: Vec<HrbrainImportDimissionRequestBody>,
}
impl HrbrainImportDimissionRequest {
    /// A `HrbrainImportDimissionRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportDimissionRequired) -> Self {
        let HrbrainImportDimissionRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportDimissionRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportDimissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_edu_exp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEduExpRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportEduExpRequestBody>,
}
/// The required fields of [`HrbrainImportEduExpRequest`], each named where it is set: `HrbrainImportEduExpRequest::new(HrbrainImportEduExpRequired { .. })`.
pub struct HrbrainImportEduExpRequired {
    /// `corpId`: see [`HrbrainImportEduExpRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportEduExpRequest::body`].
    pub body: Vec<HrbrainImportEduExpRequestBody>,
}
impl HrbrainImportEduExpRequest {
    /// A `HrbrainImportEduExpRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportEduExpRequired) -> Self {
        let HrbrainImportEduExpRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportEduExpRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportEduExpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_emp_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEmpInfoRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportEmpInfoRequestBody>,
}
/// The required fields of [`HrbrainImportEmpInfoRequest`], each named where it is set: `HrbrainImportEmpInfoRequest::new(HrbrainImportEmpInfoRequired { .. })`.
pub struct HrbrainImportEmpInfoRequired {
    /// `corpId`: see [`HrbrainImportEmpInfoRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportEmpInfoRequest::body`].
    pub body: Vec<HrbrainImportEmpInfoRequestBody>,
}
impl HrbrainImportEmpInfoRequest {
    /// A `HrbrainImportEmpInfoRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportEmpInfoRequired) -> Self {
        let HrbrainImportEmpInfoRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportEmpInfoRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportEmpInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_base`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelBaseRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelBaseRequestBody>,
}
/// The required fields of [`HrbrainImportLabelBaseRequest`], each named where it is set: `HrbrainImportLabelBaseRequest::new(HrbrainImportLabelBaseRequired { .. })`.
pub struct HrbrainImportLabelBaseRequired {
    /// `corpId`: see [`HrbrainImportLabelBaseRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportLabelBaseRequest::body`].
    pub body: Vec<HrbrainImportLabelBaseRequestBody>,
}
impl HrbrainImportLabelBaseRequest {
    /// A `HrbrainImportLabelBaseRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelBaseRequired) -> Self {
        let HrbrainImportLabelBaseRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelBaseRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportLabelBaseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelCustomRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelCustomRequestBody>,
}
/// The required fields of [`HrbrainImportLabelCustomRequest`], each named where it is set: `HrbrainImportLabelCustomRequest::new(HrbrainImportLabelCustomRequired { .. })`.
pub struct HrbrainImportLabelCustomRequired {
    /// `corpId`: see [`HrbrainImportLabelCustomRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportLabelCustomRequest::body`].
    pub body: Vec<HrbrainImportLabelCustomRequestBody>,
}
impl HrbrainImportLabelCustomRequest {
    /// A `HrbrainImportLabelCustomRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelCustomRequired) -> Self {
        let HrbrainImportLabelCustomRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelCustomRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportLabelCustomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_industry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelIndustryRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelIndustryRequestBody>,
}
/// The required fields of [`HrbrainImportLabelIndustryRequest`], each named where it is set: `HrbrainImportLabelIndustryRequest::new(HrbrainImportLabelIndustryRequired { .. })`.
pub struct HrbrainImportLabelIndustryRequired {
    /// `corpId`: see [`HrbrainImportLabelIndustryRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportLabelIndustryRequest::body`].
    pub body: Vec<HrbrainImportLabelIndustryRequestBody>,
}
impl HrbrainImportLabelIndustryRequest {
    /// A `HrbrainImportLabelIndustryRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelIndustryRequired) -> Self {
        let HrbrainImportLabelIndustryRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelIndustryRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportLabelIndustryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelInventoryRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelInventoryRequestBody>,
}
/// The required fields of [`HrbrainImportLabelInventoryRequest`], each named where it is set: `HrbrainImportLabelInventoryRequest::new(HrbrainImportLabelInventoryRequired { .. })`.
pub struct HrbrainImportLabelInventoryRequired {
    /// `corpId`: see [`HrbrainImportLabelInventoryRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportLabelInventoryRequest::body`].
    pub body: Vec<HrbrainImportLabelInventoryRequestBody>,
}
impl HrbrainImportLabelInventoryRequest {
    /// A `HrbrainImportLabelInventoryRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelInventoryRequired) -> Self {
        let HrbrainImportLabelInventoryRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelInventoryRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportLabelInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_prof_skill`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelProfSkillRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelProfSkillRequestBody>,
}
/// The required fields of [`HrbrainImportLabelProfSkillRequest`], each named where it is set: `HrbrainImportLabelProfSkillRequest::new(HrbrainImportLabelProfSkillRequired { .. })`.
pub struct HrbrainImportLabelProfSkillRequired {
    /// `corpId`: see [`HrbrainImportLabelProfSkillRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportLabelProfSkillRequest::body`].
    pub body: Vec<HrbrainImportLabelProfSkillRequestBody>,
}
impl HrbrainImportLabelProfSkillRequest {
    /// A `HrbrainImportLabelProfSkillRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportLabelProfSkillRequired) -> Self {
        let HrbrainImportLabelProfSkillRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportLabelProfSkillRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportLabelProfSkillRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_perf_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPerfEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPerfEvalRequestBody>,
}
/// The required fields of [`HrbrainImportPerfEvalRequest`], each named where it is set: `HrbrainImportPerfEvalRequest::new(HrbrainImportPerfEvalRequired { .. })`.
pub struct HrbrainImportPerfEvalRequired {
    /// `corpId`: see [`HrbrainImportPerfEvalRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportPerfEvalRequest::body`].
    pub body: Vec<HrbrainImportPerfEvalRequestBody>,
}
impl HrbrainImportPerfEvalRequest {
    /// A `HrbrainImportPerfEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPerfEvalRequired) -> Self {
        let HrbrainImportPerfEvalRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPerfEvalRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportPerfEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_prom_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPromEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPromEvalRequestBody>,
}
/// The required fields of [`HrbrainImportPromEvalRequest`], each named where it is set: `HrbrainImportPromEvalRequest::new(HrbrainImportPromEvalRequired { .. })`.
pub struct HrbrainImportPromEvalRequired {
    /// `corpId`: see [`HrbrainImportPromEvalRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportPromEvalRequest::body`].
    pub body: Vec<HrbrainImportPromEvalRequestBody>,
}
impl HrbrainImportPromEvalRequest {
    /// A `HrbrainImportPromEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPromEvalRequired) -> Self {
        let HrbrainImportPromEvalRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPromEvalRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportPromEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_pun_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPunDetailRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPunDetailRequestBody>,
}
/// The required fields of [`HrbrainImportPunDetailRequest`], each named where it is set: `HrbrainImportPunDetailRequest::new(HrbrainImportPunDetailRequired { .. })`.
pub struct HrbrainImportPunDetailRequired {
    /// `corpId`: see [`HrbrainImportPunDetailRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportPunDetailRequest::body`].
    pub body: Vec<HrbrainImportPunDetailRequestBody>,
}
impl HrbrainImportPunDetailRequest {
    /// A `HrbrainImportPunDetailRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportPunDetailRequired) -> Self {
        let HrbrainImportPunDetailRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportPunDetailRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportPunDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_regist`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegistRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportRegistRequestBody>,
}
/// The required fields of [`HrbrainImportRegistRequest`], each named where it is set: `HrbrainImportRegistRequest::new(HrbrainImportRegistRequired { .. })`.
pub struct HrbrainImportRegistRequired {
    /// `corpId`: see [`HrbrainImportRegistRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportRegistRequest::body`].
    pub body: Vec<HrbrainImportRegistRequestBody>,
}
impl HrbrainImportRegistRequest {
    /// A `HrbrainImportRegistRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportRegistRequired) -> Self {
        let HrbrainImportRegistRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportRegistRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportRegistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_regular`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegularRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportRegularRequestBody>,
}
/// The required fields of [`HrbrainImportRegularRequest`], each named where it is set: `HrbrainImportRegularRequest::new(HrbrainImportRegularRequired { .. })`.
pub struct HrbrainImportRegularRequired {
    /// `corpId`: see [`HrbrainImportRegularRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportRegularRequest::body`].
    pub body: Vec<HrbrainImportRegularRequestBody>,
}
impl HrbrainImportRegularRequest {
    /// A `HrbrainImportRegularRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportRegularRequired) -> Self {
        let HrbrainImportRegularRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportRegularRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportRegularRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_training`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTrainingRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportTrainingRequestBody>,
}
/// The required fields of [`HrbrainImportTrainingRequest`], each named where it is set: `HrbrainImportTrainingRequest::new(HrbrainImportTrainingRequired { .. })`.
pub struct HrbrainImportTrainingRequired {
    /// `corpId`: see [`HrbrainImportTrainingRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportTrainingRequest::body`].
    pub body: Vec<HrbrainImportTrainingRequestBody>,
}
impl HrbrainImportTrainingRequest {
    /// A `HrbrainImportTrainingRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportTrainingRequired) -> Self {
        let HrbrainImportTrainingRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportTrainingRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportTrainingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_transfer_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTransferEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportTransferEvalRequestBody>,
}
/// The required fields of [`HrbrainImportTransferEvalRequest`], each named where it is set: `HrbrainImportTransferEvalRequest::new(HrbrainImportTransferEvalRequired { .. })`.
pub struct HrbrainImportTransferEvalRequired {
    /// `corpId`: see [`HrbrainImportTransferEvalRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportTransferEvalRequest::body`].
    pub body: Vec<HrbrainImportTransferEvalRequestBody>,
}
impl HrbrainImportTransferEvalRequest {
    /// A `HrbrainImportTransferEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportTransferEvalRequired) -> Self {
        let HrbrainImportTransferEvalRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportTransferEvalRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportTransferEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_work_exp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportWorkExpRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportWorkExpRequestBody>,
}
/// The required fields of [`HrbrainImportWorkExpRequest`], each named where it is set: `HrbrainImportWorkExpRequest::new(HrbrainImportWorkExpRequired { .. })`.
pub struct HrbrainImportWorkExpRequired {
    /// `corpId`: see [`HrbrainImportWorkExpRequest::corp_id`].
    pub corp_id: String,
    /// `body`: see [`HrbrainImportWorkExpRequest::body`].
    pub body: Vec<HrbrainImportWorkExpRequestBody>,
}
impl HrbrainImportWorkExpRequest {
    /// A `HrbrainImportWorkExpRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(required: HrbrainImportWorkExpRequired) -> Self {
        let HrbrainImportWorkExpRequired { corp_id, body } = required;
        Self { corp_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainImportWorkExpRequest { "corpId" => read_field(corp_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for HrbrainImportWorkExpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_label_category_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelCategoryUpdateRequest {
    /// `categoryVo`.
    pub category_vo: Option<HrbrainLabelCategoryUpdateRequestCategoryVo>,
}
impl HrbrainLabelCategoryUpdateRequest {
    /// An empty `HrbrainLabelCategoryUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryVo`.
    pub fn category_vo(
        mut self,
        value: HrbrainLabelCategoryUpdateRequestCategoryVo,
    ) -> Self {
        self.category_vo = Some(value);
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelCategoryUpdateRequest { "categoryVo" => optional(category_vo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelCategoryUpdateRequest { "categoryVo" => read_field(category_vo) }
}
impl rt::WriteRequest for HrbrainLabelCategoryUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_data_delete`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelDataDeleteRequest {
    /// `params`.
    pub params: Option<Vec<HrbrainLabelDataDeleteRequestParams>>,
}
impl HrbrainLabelDataDeleteRequest {
    /// An empty `HrbrainLabelDataDeleteRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = HrbrainLabelDataDeleteRequestParams>,
    ) -> Self {
        self.params = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelDataDeleteRequest { "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataDeleteRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainLabelDataDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataQueryRequest {
    /// `labelCode`.
    pub label_code: String,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
/// The required fields of [`HrbrainLabelDataQueryRequest`], each named where it is set: `HrbrainLabelDataQueryRequest::new(HrbrainLabelDataQueryRequired { .. })`.
pub struct HrbrainLabelDataQueryRequired {
    /// `labelCode`: see [`HrbrainLabelDataQueryRequest::label_code`].
    pub label_code: String,
}
impl HrbrainLabelDataQueryRequest {
    /// A `HrbrainLabelDataQueryRequest` with its required fields (`labelCode`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelDataQueryRequired) -> Self {
        let HrbrainLabelDataQueryRequired { label_code } = required;
        Self {
            label_code,
            max_results: None,
            next_token: None,
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
    HrbrainLabelDataQueryRequest { "labelCode" => field(label_code), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataQueryRequest { "labelCode" => read_field(label_code), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for HrbrainLabelDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_data_upsert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataUpsertRequest {
    /// `params`.
    pub params: Vec<HrbrainLabelDataUpsertRequestParams>,
}
/// The required fields of [`HrbrainLabelDataUpsertRequest`], each named where it is set: `HrbrainLabelDataUpsertRequest::new(HrbrainLabelDataUpsertRequired { .. })`.
pub struct HrbrainLabelDataUpsertRequired {
    /// `params`: see [`HrbrainLabelDataUpsertRequest::params`].
    pub params: Vec<HrbrainLabelDataUpsertRequestParams>,
}
impl HrbrainLabelDataUpsertRequest {
    /// A `HrbrainLabelDataUpsertRequest` with its required fields (`params`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelDataUpsertRequired) -> Self {
        let HrbrainLabelDataUpsertRequired { params } = required;
        Self { params }
    }
}
rt::impl_serialize! {
    HrbrainLabelDataUpsertRequest { "params" => field(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelDataUpsertRequest { "params" => read_field(params) }
}
impl rt::WriteRequest for HrbrainLabelDataUpsertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_emp_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelEmpDeleteRequest {
    /// `labelCode`.
    pub label_code: String,
    /// `workNos`.
    pub work_nos: Vec<String>,
}
/// The required fields of [`HrbrainLabelEmpDeleteRequest`], each named where it is set: `HrbrainLabelEmpDeleteRequest::new(HrbrainLabelEmpDeleteRequired { .. })`.
pub struct HrbrainLabelEmpDeleteRequired {
    /// `labelCode`: see [`HrbrainLabelEmpDeleteRequest::label_code`].
    pub label_code: String,
    /// `workNos`: see [`HrbrainLabelEmpDeleteRequest::work_nos`].
    pub work_nos: Vec<String>,
}
impl HrbrainLabelEmpDeleteRequest {
    /// A `HrbrainLabelEmpDeleteRequest` with its required fields (`labelCode`, `workNos`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelEmpDeleteRequired) -> Self {
        let HrbrainLabelEmpDeleteRequired { label_code, work_nos } = required;
        Self { label_code, work_nos }
    }
}
rt::impl_serialize! {
    HrbrainLabelEmpDeleteRequest { "labelCode" => field(label_code), "workNos" =>
    field(work_nos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelEmpDeleteRequest { "labelCode" => read_field(label_code), "workNos" =>
    read_field(work_nos) }
}
impl rt::WriteRequest for HrbrainLabelEmpDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_meta`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainLabelMetaRequest {
    /// `categoryCodes`.
    pub category_codes: Option<Vec<String>>,
    /// `gmtModifiedEnd`.
    pub gmt_modified_end: Option<String>,
    /// `gmtModifiedStart`.
    pub gmt_modified_start: Option<String>,
    /// `labelCode`.
    pub label_code: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl HrbrainLabelMetaRequest {
    /// An empty `HrbrainLabelMetaRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryCodes`.
    pub fn category_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.category_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `gmtModifiedEnd`.
    pub fn gmt_modified_end(mut self, value: impl Into<String>) -> Self {
        self.gmt_modified_end = Some(value.into());
        self
    }
    /// Sets `gmtModifiedStart`.
    pub fn gmt_modified_start(mut self, value: impl Into<String>) -> Self {
        self.gmt_modified_start = Some(value.into());
        self
    }
    /// Sets `labelCode`.
    pub fn label_code(mut self, value: impl Into<String>) -> Self {
        self.label_code = Some(value.into());
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
rt::impl_serialize! {
    HrbrainLabelMetaRequest { "categoryCodes" => optional(category_codes),
    "gmtModifiedEnd" => optional(gmt_modified_end), "gmtModifiedStart" =>
    optional(gmt_modified_start), "labelCode" => optional(label_code), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelMetaRequest { "categoryCodes" => read_field(category_codes),
    "gmtModifiedEnd" => read_field(gmt_modified_end), "gmtModifiedStart" =>
    read_field(gmt_modified_start), "labelCode" => read_field(label_code), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for HrbrainLabelMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_meta_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelMetaStatusRequest {
    /// `codes`.
    pub codes: Vec<String>,
    /// `optType`.
    pub opt_type: String,
}
/// The required fields of [`HrbrainLabelMetaStatusRequest`], each named where it is set: `HrbrainLabelMetaStatusRequest::new(HrbrainLabelMetaStatusRequired { .. })`.
pub struct HrbrainLabelMetaStatusRequired {
    /// `codes`: see [`HrbrainLabelMetaStatusRequest::codes`].
    pub codes: Vec<String>,
    /// `optType`: see [`HrbrainLabelMetaStatusRequest::opt_type`].
    pub opt_type: String,
}
impl HrbrainLabelMetaStatusRequest {
    /// A `HrbrainLabelMetaStatusRequest` with its required fields (`codes`, `optType`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelMetaStatusRequired) -> Self {
        let HrbrainLabelMetaStatusRequired { codes, opt_type } = required;
        Self { codes, opt_type }
    }
}
rt::impl_serialize! {
    HrbrainLabelMetaStatusRequest { "codes" => field(codes), "optType" => field(opt_type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelMetaStatusRequest { "codes" => read_field(codes), "optType" =>
    read_field(opt_type) }
}
impl rt::WriteRequest for HrbrainLabelMetaStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_meta_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelMetaUpdateRequest {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `code`.
    pub code: String,
    /// `dataType`.
    pub data_type: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `importantLevel`.
    pub important_level: Option<String>,
    /// `isSensitive`.
    pub is_sensitive: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `options`.
    pub options: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `permission`.
    pub permission: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `required`.
    pub required: Option<bool>,
    /// `scenes`.
    pub scenes: Option<Vec<String>>,
}
/// The required fields of [`HrbrainLabelMetaUpdateRequest`], each named where it is set: `HrbrainLabelMetaUpdateRequest::new(HrbrainLabelMetaUpdateRequired { .. })`.
pub struct HrbrainLabelMetaUpdateRequired {
    /// `code`: see [`HrbrainLabelMetaUpdateRequest::code`].
    pub code: String,
}
impl HrbrainLabelMetaUpdateRequest {
    /// A `HrbrainLabelMetaUpdateRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelMetaUpdateRequired) -> Self {
        let HrbrainLabelMetaUpdateRequired { code } = required;
        Self {
            category_code: None,
            code,
            data_type: None,
            description: None,
            important_level: None,
            is_sensitive: None,
            name: None,
            options: None,
            permission: None,
            required: None,
            scenes: None,
        }
    }
    /// Sets `categoryCode`.
    pub fn category_code(mut self, value: impl Into<String>) -> Self {
        self.category_code = Some(value.into());
        self
    }
    /// Sets `dataType`.
    pub fn data_type(mut self, value: impl Into<String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `importantLevel`.
    pub fn important_level(mut self, value: impl Into<String>) -> Self {
        self.important_level = Some(value.into());
        self
    }
    /// Sets `isSensitive`.
    pub fn is_sensitive(mut self, value: bool) -> Self {
        self.is_sensitive = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = rt::BTreeMap<String, rt::serde_json::Value>>,
    ) -> Self {
        self.options = Some(value.into_iter().collect());
        self
    }
    /// Sets `permission`.
    pub fn permission(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.permission = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }
    /// Sets `scenes`.
    pub fn scenes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scenes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    HrbrainLabelMetaUpdateRequest { "categoryCode" => optional(category_code), "code" =>
    field(code), "dataType" => optional(data_type), "description" =>
    optional(description), "importantLevel" => optional(important_level), "isSensitive"
    => optional(is_sensitive), "name" => optional(name), "options" => optional(options),
    "permission" => optional(permission), "required" => optional(required), "scenes" =>
    optional(scenes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelMetaUpdateRequest { "categoryCode" => read_field(category_code), "code"
    => read_field(code), "dataType" => read_field(data_type), "description" =>
    read_field(description), "importantLevel" => read_field(important_level),
    "isSensitive" => read_field(is_sensitive), "name" => read_field(name), "options" =>
    read_field(options), "permission" => read_field(permission), "required" =>
    read_field(required), "scenes" => read_field(scenes) }
}
impl rt::WriteRequest for HrbrainLabelMetaUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_task_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelTaskDataRequest {
    /// `optWorkNo`: a query parameter.
    pub opt_work_no: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
/// The required fields of [`HrbrainLabelTaskDataRequest`], each named where it is set: `HrbrainLabelTaskDataRequest::new(HrbrainLabelTaskDataRequired { .. })`.
pub struct HrbrainLabelTaskDataRequired {
    /// `optWorkNo`: see [`HrbrainLabelTaskDataRequest::opt_work_no`].
    pub opt_work_no: String,
    /// `sessionId`: see [`HrbrainLabelTaskDataRequest::session_id`].
    pub session_id: String,
}
impl HrbrainLabelTaskDataRequest {
    /// A `HrbrainLabelTaskDataRequest` with its required fields (`optWorkNo`, `sessionId`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelTaskDataRequired) -> Self {
        let HrbrainLabelTaskDataRequired { opt_work_no, session_id } = required;
        Self { opt_work_no, session_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelTaskDataRequest { "optWorkNo" => read_field(opt_work_no), "sessionId" =>
    read_field(session_id) }
}
impl rt::WriteRequest for HrbrainLabelTaskDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optWorkNo", &self.opt_work_no);
        writer.query("sessionId", &self.session_id);
    }
}
/// The request of [`Api::hrbrain_label_task_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelTaskMetaRequest {
    /// `optWorkNo`: a query parameter.
    pub opt_work_no: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
/// The required fields of [`HrbrainLabelTaskMetaRequest`], each named where it is set: `HrbrainLabelTaskMetaRequest::new(HrbrainLabelTaskMetaRequired { .. })`.
pub struct HrbrainLabelTaskMetaRequired {
    /// `optWorkNo`: see [`HrbrainLabelTaskMetaRequest::opt_work_no`].
    pub opt_work_no: String,
    /// `sessionId`: see [`HrbrainLabelTaskMetaRequest::session_id`].
    pub session_id: String,
}
impl HrbrainLabelTaskMetaRequest {
    /// A `HrbrainLabelTaskMetaRequest` with its required fields (`optWorkNo`, `sessionId`); set the others with the methods named after them.
    pub fn new(required: HrbrainLabelTaskMetaRequired) -> Self {
        let HrbrainLabelTaskMetaRequired { opt_work_no, session_id } = required;
        Self { opt_work_no, session_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainLabelTaskMetaRequest { "optWorkNo" => read_field(opt_work_no), "sessionId" =>
    read_field(session_id) }
}
impl rt::WriteRequest for HrbrainLabelTaskMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optWorkNo", &self.opt_work_no);
        writer.query("sessionId", &self.session_id);
    }
}
/// The request of [`Api::hrbrain_talent_profile_attachment_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryRequest {
    /// `dingCorpId`: a query parameter.
    pub ding_corp_id: Option<String>,
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl HrbrainTalentProfileAttachmentQueryRequest {
    /// An empty `HrbrainTalentProfileAttachmentQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingCorpId`.
    pub fn ding_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ding_corp_id = Some(value.into());
        self
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainTalentProfileAttachmentQueryRequest { "dingCorpId" =>
    read_field(ding_corp_id), "body" => read_field(body) }
}
impl rt::WriteRequest for HrbrainTalentProfileAttachmentQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingCorpId", &self.ding_corp_id);
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::hrbrain_talent_profile_basic_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainTalentProfileBasicQueryRequest {
    /// `dingCorpId`: a query parameter.
    pub ding_corp_id: Option<String>,
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl HrbrainTalentProfileBasicQueryRequest {
    /// An empty `HrbrainTalentProfileBasicQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingCorpId`.
    pub fn ding_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ding_corp_id = Some(value.into());
        self
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainTalentProfileBasicQueryRequest { "dingCorpId" => read_field(ding_corp_id),
    "body" => read_field(body) }
}
impl rt::WriteRequest for HrbrainTalentProfileBasicQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingCorpId", &self.ding_corp_id);
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::hrbrain_talent_search`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainTalentSearchRequest {
    /// `query`: a query parameter.
    pub query: String,
    /// `sessionId`: a query parameter.
    pub session_id: Option<String>,
    /// `workNo`: a query parameter.
    pub work_no: String,
}
/// The required fields of [`HrbrainTalentSearchRequest`], each named where it is set: `HrbrainTalentSearchRequest::new(HrbrainTalentSearchRequired { .. })`.
pub struct HrbrainTalentSearchRequired {
    /// `query`: see [`HrbrainTalentSearchRequest::query`].
    pub query: String,
    /// `workNo`: see [`HrbrainTalentSearchRequest::work_no`].
    pub work_no: String,
}
impl HrbrainTalentSearchRequest {
    /// A `HrbrainTalentSearchRequest` with its required fields (`query`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainTalentSearchRequired) -> Self {
        let HrbrainTalentSearchRequired { query, work_no } = required;
        Self {
            query,
            session_id: None,
            work_no,
        }
    }
    /// Sets `sessionId`.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainTalentSearchRequest { "query" => read_field(query), "sessionId" =>
    read_field(session_id), "workNo" => read_field(work_no) }
}
impl rt::WriteRequest for HrbrainTalentSearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("query", &self.query);
        writer.query("sessionId", &self.session_id);
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::hrbrain_talent_search_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrbrainTalentSearchResultRequest {
    /// `sessionId`: a query parameter.
    pub session_id: String,
    /// `workNo`: a query parameter.
    pub work_no: String,
}
/// The required fields of [`HrbrainTalentSearchResultRequest`], each named where it is set: `HrbrainTalentSearchResultRequest::new(HrbrainTalentSearchResultRequired { .. })`.
pub struct HrbrainTalentSearchResultRequired {
    /// `sessionId`: see [`HrbrainTalentSearchResultRequest::session_id`].
    pub session_id: String,
    /// `workNo`: see [`HrbrainTalentSearchResultRequest::work_no`].
    pub work_no: String,
}
impl HrbrainTalentSearchResultRequest {
    /// A `HrbrainTalentSearchResultRequest` with its required fields (`sessionId`, `workNo`); set the others with the methods named after them.
    pub fn new(required: HrbrainTalentSearchResultRequired) -> Self {
        let HrbrainTalentSearchResultRequired { session_id, work_no } = required;
        Self { session_id, work_no }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrbrainTalentSearchResultRequest { "sessionId" => read_field(session_id), "workNo" =>
    read_field(work_no) }
}
impl rt::WriteRequest for HrbrainTalentSearchResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("sessionId", &self.session_id);
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::staff_label_records_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryRequest {
    /// `dingCorpId`: a query parameter.
    pub ding_corp_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `body`.
    pub body: Vec<StaffLabelRecordsQueryRequestBody>,
}
/// The required fields of [`StaffLabelRecordsQueryRequest`], each named where it is set: `StaffLabelRecordsQueryRequest::new(StaffLabelRecordsQueryRequired { .. })`.
pub struct StaffLabelRecordsQueryRequired {
    /// `body`: see [`StaffLabelRecordsQueryRequest::body`].
    pub body: Vec<StaffLabelRecordsQueryRequestBody>,
}
impl StaffLabelRecordsQueryRequest {
    /// A `StaffLabelRecordsQueryRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: StaffLabelRecordsQueryRequired) -> Self {
        let StaffLabelRecordsQueryRequired { body } = required;
        Self {
            ding_corp_id: None,
            max_results: None,
            next_token: None,
            body,
        }
    }
    /// Sets `dingCorpId`.
    pub fn ding_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ding_corp_id = Some(value.into());
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
    StaffLabelRecordsQueryRequest { "dingCorpId" => read_field(ding_corp_id),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "body" => read_field(body) }
}
impl rt::WriteRequest for StaffLabelRecordsQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingCorpId", &self.ding_corp_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::sync_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncDataRequest {
    /// `content`.
    pub content: String,
    /// `dataId`.
    pub data_id: String,
    /// `etlTime`.
    pub etl_time: String,
    /// `projectId`.
    pub project_id: String,
    /// `schemaId`.
    pub schema_id: String,
}
/// The required fields of [`SyncDataRequest`], each named where it is set: `SyncDataRequest::new(SyncDataRequired { .. })`.
pub struct SyncDataRequired {
    /// `content`: see [`SyncDataRequest::content`].
    pub content: String,
    /// `dataId`: see [`SyncDataRequest::data_id`].
    pub data_id: String,
    /// `etlTime`: see [`SyncDataRequest::etl_time`].
    pub etl_time: String,
    /// `projectId`: see [`SyncDataRequest::project_id`].
    pub project_id: String,
    /// `schemaId`: see [`SyncDataRequest::schema_id`].
    pub schema_id: String,
}
impl SyncDataRequest {
    /// A `SyncDataRequest` with its required fields (`content`, `dataId`, `etlTime`, `projectId`, `schemaId`); set the others with the methods named after them.
    pub fn new(required: SyncDataRequired) -> Self {
        let SyncDataRequired { content, data_id, etl_time, project_id, schema_id } = required;
        Self {
            content,
            data_id,
            etl_time,
            project_id,
            schema_id,
        }
    }
}
rt::impl_serialize! {
    SyncDataRequest { "content" => field(content), "dataId" => field(data_id), "etlTime"
    => field(etl_time), "projectId" => field(project_id), "schemaId" => field(schema_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncDataRequest { "content" => read_field(content), "dataId" => read_field(data_id),
    "etlTime" => read_field(etl_time), "projectId" => read_field(project_id), "schemaId"
    => read_field(schema_id) }
}
impl rt::WriteRequest for SyncDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::hrbrain_biz_data_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainBizDataQueryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_award_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteAwardRecordsError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_custom`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteCustomError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_dimission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteDimissionError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_edu_exp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteEduExpError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_emp_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteEmpInfoError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_label_industry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteLabelIndustryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_label_inventory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteLabelInventoryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_label_prof_skill`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteLabelProfSkillError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_perf_eval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeletePerfEvalError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_prom_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeletePromRecordsError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_pun_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeletePunDetailError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_regist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteRegistError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_regular`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteRegularError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_training`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteTrainingError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_transfer_eval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteTransferEvalError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_delete_work_exp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeleteWorkExpError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_deletet_label_base`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainDeletetLabelBaseError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_emp_pool_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainEmpPoolQueryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_emp_pool_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainEmpPoolUserError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_award_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportAwardDetailError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_custom`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportCustomError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_dimission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportDimissionError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_edu_exp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportEduExpError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_emp_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportEmpInfoError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_label_base`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportLabelBaseError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_label_custom`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportLabelCustomError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_label_industry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportLabelIndustryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_label_inventory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportLabelInventoryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_label_prof_skill`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportLabelProfSkillError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_perf_eval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportPerfEvalError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_prom_eval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportPromEvalError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_pun_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportPunDetailError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_regist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportRegistError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_regular`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportRegularError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_training`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportTrainingError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_transfer_eval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportTransferEvalError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_import_work_exp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainImportWorkExpError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_category_tree`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelCategoryTreeError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_category_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelCategoryUpdateError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_data_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelDataDeleteError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_data_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelDataQueryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_data_upsert`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelDataUpsertError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_emp_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelEmpDeleteError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelMetaError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_meta_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelMetaStatusError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_meta_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelMetaUpdateError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_task_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelTaskDataError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_label_task_meta`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainLabelTaskMetaError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_talent_profile_attachment_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainTalentProfileAttachmentQueryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_talent_profile_basic_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainTalentProfileBasicQueryError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_talent_search`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainTalentSearchError = rt::ServiceError;
/// An error reply of [`Api::hrbrain_talent_search_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrbrainTalentSearchResultError = rt::ServiceError;
/// An error reply of [`Api::staff_label_records_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StaffLabelRecordsQueryError = rt::ServiceError;
/// An error reply of [`Api::sync_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncDataError = rt::ServiceError;
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
        "HrbrainBizDataQuery" => {
            rt::conformance::reply(api.hrbrain_biz_data_query(&inputs.request(false)?))
                .await
        }
        "HrbrainDeleteAwardRecords" => {
            rt::conformance::reply(
                    api.hrbrain_delete_award_records(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeleteCustom" => {
            rt::conformance::reply(api.hrbrain_delete_custom(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteDeptInfo" => {
            rt::conformance::reply(api.hrbrain_delete_dept_info(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteDimission" => {
            rt::conformance::reply(api.hrbrain_delete_dimission(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteEduExp" => {
            rt::conformance::reply(api.hrbrain_delete_edu_exp(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteEmpInfo" => {
            rt::conformance::reply(api.hrbrain_delete_emp_info(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteLabelIndustry" => {
            rt::conformance::reply(
                    api.hrbrain_delete_label_industry(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeleteLabelInventory" => {
            rt::conformance::reply(
                    api.hrbrain_delete_label_inventory(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeleteLabelProfSkill" => {
            rt::conformance::reply(
                    api.hrbrain_delete_label_prof_skill(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeletePerfEval" => {
            rt::conformance::reply(api.hrbrain_delete_perf_eval(&inputs.request(true)?))
                .await
        }
        "HrbrainDeletePromRecords" => {
            rt::conformance::reply(
                    api.hrbrain_delete_prom_records(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeletePunDetail" => {
            rt::conformance::reply(api.hrbrain_delete_pun_detail(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteRegist" => {
            rt::conformance::reply(api.hrbrain_delete_regist(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteRegular" => {
            rt::conformance::reply(api.hrbrain_delete_regular(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteTraining" => {
            rt::conformance::reply(api.hrbrain_delete_training(&inputs.request(true)?))
                .await
        }
        "HrbrainDeleteTransferEval" => {
            rt::conformance::reply(
                    api.hrbrain_delete_transfer_eval(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainDeleteWorkExp" => {
            rt::conformance::reply(api.hrbrain_delete_work_exp(&inputs.request(true)?))
                .await
        }
        "HrbrainDeletetLabelBase" => {
            rt::conformance::reply(
                    api.hrbrain_deletet_label_base(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainEmpPoolQuery" => {
            rt::conformance::reply(api.hrbrain_emp_pool_query(&inputs.request(true)?))
                .await
        }
        "HrbrainEmpPoolUser" => {
            rt::conformance::reply(api.hrbrain_emp_pool_user(&inputs.request(true)?))
                .await
        }
        "HrbrainImportAwardDetail" => {
            rt::conformance::reply(
                    api.hrbrain_import_award_detail(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportCustom" => {
            rt::conformance::reply(api.hrbrain_import_custom(&inputs.request(false)?))
                .await
        }
        "HrbrainImportDeptInfo" => {
            rt::conformance::reply(api.hrbrain_import_dept_info(&inputs.request(false)?))
                .await
        }
        "HrbrainImportDimission" => {
            rt::conformance::reply(api.hrbrain_import_dimission(&inputs.request(false)?))
                .await
        }
        "HrbrainImportEduExp" => {
            rt::conformance::reply(api.hrbrain_import_edu_exp(&inputs.request(false)?))
                .await
        }
        "HrbrainImportEmpInfo" => {
            rt::conformance::reply(api.hrbrain_import_emp_info(&inputs.request(false)?))
                .await
        }
        "HrbrainImportLabelBase" => {
            rt::conformance::reply(
                    api.hrbrain_import_label_base(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportLabelCustom" => {
            rt::conformance::reply(
                    api.hrbrain_import_label_custom(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportLabelIndustry" => {
            rt::conformance::reply(
                    api.hrbrain_import_label_industry(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportLabelInventory" => {
            rt::conformance::reply(
                    api.hrbrain_import_label_inventory(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportLabelProfSkill" => {
            rt::conformance::reply(
                    api.hrbrain_import_label_prof_skill(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportPerfEval" => {
            rt::conformance::reply(api.hrbrain_import_perf_eval(&inputs.request(false)?))
                .await
        }
        "HrbrainImportPromEval" => {
            rt::conformance::reply(api.hrbrain_import_prom_eval(&inputs.request(false)?))
                .await
        }
        "HrbrainImportPunDetail" => {
            rt::conformance::reply(
                    api.hrbrain_import_pun_detail(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportRegist" => {
            rt::conformance::reply(api.hrbrain_import_regist(&inputs.request(false)?))
                .await
        }
        "HrbrainImportRegular" => {
            rt::conformance::reply(api.hrbrain_import_regular(&inputs.request(false)?))
                .await
        }
        "HrbrainImportTraining" => {
            rt::conformance::reply(api.hrbrain_import_training(&inputs.request(false)?))
                .await
        }
        "HrbrainImportTransferEval" => {
            rt::conformance::reply(
                    api.hrbrain_import_transfer_eval(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainImportWorkExp" => {
            rt::conformance::reply(api.hrbrain_import_work_exp(&inputs.request(false)?))
                .await
        }
        "HrbrainLabelCategoryTree" => {
            rt::conformance::reply(api.hrbrain_label_category_tree()).await
        }
        "HrbrainLabelCategoryUpdate" => {
            rt::conformance::reply(
                    api.hrbrain_label_category_update(&inputs.request(true)?),
                )
                .await
        }
        "HrbrainLabelDataDelete" => {
            rt::conformance::reply(api.hrbrain_label_data_delete(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelDataQuery" => {
            rt::conformance::reply(api.hrbrain_label_data_query(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelDataUpsert" => {
            rt::conformance::reply(api.hrbrain_label_data_upsert(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelEmpDelete" => {
            rt::conformance::reply(api.hrbrain_label_emp_delete(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelMeta" => {
            rt::conformance::reply(api.hrbrain_label_meta(&inputs.request(true)?)).await
        }
        "HrbrainLabelMetaStatus" => {
            rt::conformance::reply(api.hrbrain_label_meta_status(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelMetaUpdate" => {
            rt::conformance::reply(api.hrbrain_label_meta_update(&inputs.request(true)?))
                .await
        }
        "HrbrainLabelTaskData" => {
            rt::conformance::reply(api.hrbrain_label_task_data(&inputs.request(false)?))
                .await
        }
        "HrbrainLabelTaskMeta" => {
            rt::conformance::reply(api.hrbrain_label_task_meta(&inputs.request(false)?))
                .await
        }
        "HrbrainTalentProfileAttachmentQuery" => {
            rt::conformance::reply(
                    api.hrbrain_talent_profile_attachment_query(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainTalentProfileBasicQuery" => {
            rt::conformance::reply(
                    api.hrbrain_talent_profile_basic_query(&inputs.request(false)?),
                )
                .await
        }
        "HrbrainTalentSearch" => {
            rt::conformance::reply(api.hrbrain_talent_search(&inputs.request(false)?))
                .await
        }
        "HrbrainTalentSearchResult" => {
            rt::conformance::reply(
                    api.hrbrain_talent_search_result(&inputs.request(false)?),
                )
                .await
        }
        "StaffLabelRecordsQuery" => {
            rt::conformance::reply(
                    api.staff_label_records_query(&inputs.request(false)?),
                )
                .await
        }
        "SyncData" => rt::conformance::reply(api.sync_data(&inputs.request(true)?)).await,
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
