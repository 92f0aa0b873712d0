// @generated from api-spec/hrbrain_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.hrbrain_1_0()`. Generated from `api-spec/hrbrain_1_0.yaml`.
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
    /// `POST /v1.0/hrbrain/bizData/query` (operation `HrbrainBizDataQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainBizDataQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/awardRecords/remove` (operation `HrbrainDeleteAwardRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteAwardRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/customModels/remove` (operation `HrbrainDeleteCustom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteCustomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/deptInfos/remove` (operation `HrbrainDeleteDeptInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteDeptInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/dimissionInfos/remove` (operation `HrbrainDeleteDimission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteDimissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/eduExperiences/remove` (operation `HrbrainDeleteEduExp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteEduExpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/empInfos/remove` (operation `HrbrainDeleteEmpInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteEmpInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/industries/remove` (operation `HrbrainDeleteLabelIndustry`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteLabelIndustryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/inventories/remove` (operation `HrbrainDeleteLabelInventory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteLabelInventoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/profSkills/remove` (operation `HrbrainDeleteLabelProfSkill`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteLabelProfSkillError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/perfRecords/remove` (operation `HrbrainDeletePerfEval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeletePerfEvalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/promEvals/remove` (operation `HrbrainDeletePromRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeletePromRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/punDetails/remove` (operation `HrbrainDeletePunDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeletePunDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/registerInfos/remove` (operation `HrbrainDeleteRegist`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteRegistError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/regulars/remove` (operation `HrbrainDeleteRegular`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteRegularError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/trainings/remove` (operation `HrbrainDeleteTraining`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteTrainingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/changeRecords/remove` (operation `HrbrainDeleteTransferEval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteTransferEvalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/workExperiences/remove` (operation `HrbrainDeleteWorkExp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeleteWorkExpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/baseLabels/remove` (operation `HrbrainDeletetLabelBase`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainDeletetLabelBaseError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/empPools/infos/query` (operation `HrbrainEmpPoolQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainEmpPoolQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/empPools/users/lists/query` (operation `HrbrainEmpPoolUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainEmpPoolUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/awardDetails/import` (operation `HrbrainImportAwardDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportAwardDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/customModels/import` (operation `HrbrainImportCustom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportCustomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/deptInfos/import` (operation `HrbrainImportDeptInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportDeptInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/dimissionInfos/import` (operation `HrbrainImportDimission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportDimissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/eduExperiences/import` (operation `HrbrainImportEduExp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportEduExpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/empInfos/import` (operation `HrbrainImportEmpInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportEmpInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/baseLabels/import` (operation `HrbrainImportLabelBase`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportLabelBaseError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/customLabels/import` (operation `HrbrainImportLabelCustom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportLabelCustomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/industries/import` (operation `HrbrainImportLabelIndustry`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportLabelIndustryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/inventories/import` (operation `HrbrainImportLabelInventory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportLabelInventoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/profSkills/import` (operation `HrbrainImportLabelProfSkill`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportLabelProfSkillError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/perfRecords/import` (operation `HrbrainImportPerfEval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportPerfEvalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/promRecords/import` (operation `HrbrainImportPromEval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportPromEvalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/punDetails/import` (operation `HrbrainImportPunDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportPunDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/registerInfos/import` (operation `HrbrainImportRegist`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportRegistError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/regulars/import` (operation `HrbrainImportRegular`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportRegularError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/trainings/import` (operation `HrbrainImportTraining`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportTrainingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/changeRecords/import` (operation `HrbrainImportTransferEval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportTransferEvalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/workExperiences/import` (operation `HrbrainImportWorkExp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainImportWorkExpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/category/list` (operation `HrbrainLabelCategoryTree`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelCategoryTreeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/category/update` (operation `HrbrainLabelCategoryUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelCategoryUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/label/dataDelete` (operation `HrbrainLabelDataDelete`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelDataDeleteError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/data` (operation `HrbrainLabelDataQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelDataQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/label/dataUpsert` (operation `HrbrainLabelDataUpsert`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelDataUpsertError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/delete` (operation `HrbrainLabelEmpDelete`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelEmpDeleteError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/meta` (operation `HrbrainLabelMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelMetaError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/metaStatus` (operation `HrbrainLabelMetaStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelMetaStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/metaUpdate` (operation `HrbrainLabelMetaUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelMetaUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/task/data` (operation `HrbrainLabelTaskData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelTaskDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/labels/task/metadata` (operation `HrbrainLabelTaskMeta`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainLabelTaskMetaError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/profiles/attachmentPhotos/query` (operation `HrbrainTalentProfileAttachmentQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainTalentProfileAttachmentQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/profiles/basicData/query` (operation `HrbrainTalentProfileBasicQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainTalentProfileBasicQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/talent/submitEmpSearchTask` (operation `HrbrainTalentSearch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainTalentSearchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/talent/getEmpSearchTaskResult` (operation `HrbrainTalentSearchResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrbrainTalentSearchResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas/labelRecords/query` (operation `StaffLabelRecordsQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StaffLabelRecordsQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/hrbrain/datas` (operation `SyncData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainBizDataQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainBizDataQueryResponseBody {
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
impl rt::serde::Serialize for HrbrainBizDataQueryResponseBody {
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
/// `HrbrainDeleteAwardRecordsRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteAwardRecordsRequestParams {
    /// `awardDate`.
    pub award_date: Option<String>,
    /// `awardName`.
    pub award_name: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteAwardRecordsRequestParams {
    /// A `HrbrainDeleteAwardRecordsRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            award_date: None,
            award_name: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteAwardRecordsRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("awardDate", &self.award_date)?;
        object.optional("awardName", &self.award_name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteAwardRecordsRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteAwardRecordsRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "awardDate" => rt::read_field(map, &mut self.award_date),
            "awardName" => rt::read_field(map, &mut self.award_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteAwardRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainDeleteAwardRecordsResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteAwardRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainDeleteAwardRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainDeleteAwardRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `HrbrainDeleteCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteDeptInfoRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteDeptInfoRequestParams {
    /// `deptNo`.
    pub dept_no: String,
}
impl HrbrainDeleteDeptInfoRequestParams {
    /// A `HrbrainDeleteDeptInfoRequestParams` with its required fields (`deptNo`); set the others with the methods named after them.
    pub fn new(dept_no: impl Into<String>) -> Self {
        Self { dept_no: dept_no.into() }
    }
}
impl rt::serde::Serialize for HrbrainDeleteDeptInfoRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptNo", &self.dept_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteDeptInfoRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteDeptInfoRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteDimissionRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimissionDate", &self.dimission_date)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteDimissionRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteDimissionRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimissionDate" => rt::read_field(map, &mut self.dimission_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteDimissionResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteDimissionResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteEduExpRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainDeleteEduExpRequestParams {
    /// A `HrbrainDeleteEduExpRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            edu_name: None,
            end_date: None,
            school_name: None,
            start_date: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteEduExpRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("eduName", &self.edu_name)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("schoolName", &self.school_name)?;
        object.optional("startDate", &self.start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteEduExpRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteEduExpRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eduName" => rt::read_field(map, &mut self.edu_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "schoolName" => rt::read_field(map, &mut self.school_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteEduExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteEduExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteEmpInfoRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteEmpInfoRequestParams {
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteEmpInfoRequestParams {
    /// A `HrbrainDeleteEmpInfoRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self { work_no: work_no.into() }
    }
}
impl rt::serde::Serialize for HrbrainDeleteEmpInfoRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteEmpInfoRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteEmpInfoRequestParams {
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
/// `HrbrainDeleteEmpInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteEmpInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelIndustryRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteLabelIndustryRequestParams {
    /// `label`.
    pub label: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteLabelIndustryRequestParams {
    /// A `HrbrainDeleteLabelIndustryRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            label: None,
            work_no: work_no.into(),
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
}
impl rt::serde::Serialize for HrbrainDeleteLabelIndustryRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteLabelIndustryRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteLabelIndustryRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteLabelIndustryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelIndustryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelInventoryRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteLabelInventoryRequestParams {
    /// `label`.
    pub label: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `period`.
    pub period: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteLabelInventoryRequestParams {
    /// A `HrbrainDeleteLabelInventoryRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            label: None,
            period: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteLabelInventoryRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.optional("period", &self.period)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteLabelInventoryRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteLabelInventoryRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "period" => rt::read_field(map, &mut self.period),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteLabelInventoryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelInventoryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteLabelProfSkillRequestParams`: the same model as [`HrbrainDeleteLabelIndustryRequestParams`].
pub type HrbrainDeleteLabelProfSkillRequestParams = HrbrainDeleteLabelIndustryRequestParams;
/// `HrbrainDeleteLabelProfSkillResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteLabelProfSkillResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePerfEvalRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeletePerfEvalRequestParams {
    /// `perfPlanName`.
    pub perf_plan_name: Option<String>,
    /// `period`.
    pub period: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeletePerfEvalRequestParams {
    /// A `HrbrainDeletePerfEvalRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            perf_plan_name: None,
            period: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeletePerfEvalRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("perfPlanName", &self.perf_plan_name)?;
        object.optional("period", &self.period)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletePerfEvalRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletePerfEvalRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "perfPlanName" => rt::read_field(map, &mut self.perf_plan_name),
            "period" => rt::read_field(map, &mut self.period),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeletePerfEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePerfEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePromRecordsRequestParams`: the same model as [`HrbrainDeleteAwardRecordsRequestParams`].
pub type HrbrainDeletePromRecordsRequestParams = HrbrainDeleteAwardRecordsRequestParams;
/// `HrbrainDeletePromRecordsResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePromRecordsResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletePunDetailRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeletePunDetailRequestParams {
    /// `effectiveDate`.
    pub effective_date: Option<String>,
    /// `punName`.
    pub pun_name: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeletePunDetailRequestParams {
    /// A `HrbrainDeletePunDetailRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            effective_date: None,
            pun_name: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeletePunDetailRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("effectiveDate", &self.effective_date)?;
        object.optional("punName", &self.pun_name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletePunDetailRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletePunDetailRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "punName" => rt::read_field(map, &mut self.pun_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeletePunDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletePunDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteRegistRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteRegistRequestParams {
    /// `registDate`.
    pub regist_date: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteRegistRequestParams {
    /// A `HrbrainDeleteRegistRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            regist_date: None,
            work_no: work_no.into(),
        }
    }
    /// Sets `registDate`.
    pub fn regist_date(mut self, value: impl Into<String>) -> Self {
        self.regist_date = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrbrainDeleteRegistRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("registDate", &self.regist_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteRegistRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteRegistRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "registDate" => rt::read_field(map, &mut self.regist_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteRegistResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteRegistResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteRegularRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteRegularRequestParams {
    /// `regularDate`.
    pub regular_date: String,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteRegularRequestParams {
    /// A `HrbrainDeleteRegularRequestParams` with its required fields (`regularDate`, `workNo`); set the others with the methods named after them.
    pub fn new(regular_date: impl Into<String>, work_no: impl Into<String>) -> Self {
        Self {
            regular_date: regular_date.into(),
            work_no: work_no.into(),
        }
    }
}
impl rt::serde::Serialize for HrbrainDeleteRegularRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("regularDate", &self.regular_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteRegularRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteRegularRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "regularDate" => rt::read_field(map, &mut self.regular_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteRegularResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteRegularResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteTrainingRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainDeleteTrainingRequestParams {
    /// A `HrbrainDeleteTrainingRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            train_end_date: None,
            train_name: None,
            train_start_date: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteTrainingRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("trainEndDate", &self.train_end_date)?;
        object.optional("trainName", &self.train_name)?;
        object.optional("trainStartDate", &self.train_start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteTrainingRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteTrainingRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "trainEndDate" => rt::read_field(map, &mut self.train_end_date),
            "trainName" => rt::read_field(map, &mut self.train_name),
            "trainStartDate" => rt::read_field(map, &mut self.train_start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteTrainingResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteTrainingResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteTransferEvalRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteTransferEvalRequestParams {
    /// `transferDate`.
    pub transfer_date: Option<String>,
    /// `transferType`.
    pub transfer_type: Option<String>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainDeleteTransferEvalRequestParams {
    /// A `HrbrainDeleteTransferEvalRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            transfer_date: None,
            transfer_type: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteTransferEvalRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("transferDate", &self.transfer_date)?;
        object.optional("transferType", &self.transfer_type)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteTransferEvalRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteTransferEvalRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "transferDate" => rt::read_field(map, &mut self.transfer_date),
            "transferType" => rt::read_field(map, &mut self.transfer_type),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteTransferEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteTransferEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeleteWorkExpRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainDeleteWorkExpRequestParams {
    /// A `HrbrainDeleteWorkExpRequestParams` with its required fields (`workNo`); set the others with the methods named after them.
    pub fn new(work_no: impl Into<String>) -> Self {
        Self {
            company_name: None,
            end_date: None,
            start_date: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainDeleteWorkExpRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("startDate", &self.start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteWorkExpRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteWorkExpRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyName" => rt::read_field(map, &mut self.company_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainDeleteWorkExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeleteWorkExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainDeletetLabelBaseRequestParams`: the same model as [`HrbrainDeleteLabelIndustryRequestParams`].
pub type HrbrainDeletetLabelBaseRequestParams = HrbrainDeleteLabelIndustryRequestParams;
/// `HrbrainDeletetLabelBaseResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainDeletetLabelBaseResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainEmpPoolQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolQueryResponseBody {
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
impl rt::serde::Serialize for HrbrainEmpPoolQueryResponseBody {
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
/// `HrbrainEmpPoolUserResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolUserResponseBody {
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
impl rt::serde::Serialize for HrbrainEmpPoolUserResponseBody {
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
/// `HrbrainImportAwardDetailRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportAwardDetailRequestBody {
    /// A `HrbrainImportAwardDetailRequestBody` with its required fields (`awardDate`, `awardName`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(
        award_date: impl Into<String>,
        award_name: impl Into<String>,
        name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            award_date: award_date.into(),
            award_name: award_name.into(),
            award_org: None,
            award_type: None,
            comment: None,
            extend_info: None,
            name: name.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportAwardDetailRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("awardDate", &self.award_date)?;
        object.field("awardName", &self.award_name)?;
        object.optional("awardOrg", &self.award_org)?;
        object.optional("awardType", &self.award_type)?;
        object.optional("comment", &self.comment)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportAwardDetailRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportAwardDetailRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "awardDate" => rt::read_field(map, &mut self.award_date),
            "awardName" => rt::read_field(map, &mut self.award_name),
            "awardOrg" => rt::read_field(map, &mut self.award_org),
            "awardType" => rt::read_field(map, &mut self.award_type),
            "comment" => rt::read_field(map, &mut self.comment),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportAwardDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportAwardDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportDeptInfoRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportDeptInfoRequestBody {
    /// A `HrbrainImportDeptInfoRequestBody` with its required fields (`deptName`, `deptNo`, `superDeptNo`); set the others with the methods named after them.
    pub fn new(
        dept_name: impl Into<String>,
        dept_no: impl Into<String>,
        super_dept_no: impl Into<String>,
    ) -> Self {
        Self {
            create_date: None,
            dept_name: dept_name.into(),
            dept_no: dept_no.into(),
            effective_date: None,
            extend_info: None,
            is_effective: None,
            super_dept_name: None,
            super_dept_no: super_dept_no.into(),
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
impl rt::serde::Serialize for HrbrainImportDeptInfoRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createDate", &self.create_date)?;
        object.field("deptName", &self.dept_name)?;
        object.field("deptNo", &self.dept_no)?;
        object.optional("effectiveDate", &self.effective_date)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("isEffective", &self.is_effective)?;
        object.optional("superDeptName", &self.super_dept_name)?;
        object.field("superDeptNo", &self.super_dept_no)?;
        object.optional("superEmpId", &self.super_emp_id)?;
        object.optional("superName", &self.super_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportDeptInfoRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportDeptInfoRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createDate" => rt::read_field(map, &mut self.create_date),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "isEffective" => rt::read_field(map, &mut self.is_effective),
            "superDeptName" => rt::read_field(map, &mut self.super_dept_name),
            "superDeptNo" => rt::read_field(map, &mut self.super_dept_no),
            "superEmpId" => rt::read_field(map, &mut self.super_emp_id),
            "superName" => rt::read_field(map, &mut self.super_name),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportDeptInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportDeptInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportDimissionRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportDimissionRequestBody {
    /// A `HrbrainImportDimissionRequestBody` with its required fields (`deptName`, `deptNo`, `dimissionDate`, `dimissionReaasonDesc`, `dimissionReason`, `empType`, `name`, `superName`, `workNo`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        dept_name: impl Into<String>,
        dept_no: impl Into<String>,
        dimission_date: impl Into<String>,
        dimission_reaason_desc: impl Into<String>,
        dimission_reason: impl Into<String>,
        emp_type: impl Into<String>,
        name: impl Into<String>,
        super_name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            dept_name: dept_name.into(),
            dept_no: dept_no.into(),
            dimission_date: dimission_date.into(),
            dimission_reaason_desc: dimission_reaason_desc.into(),
            dimission_reason: dimission_reason.into(),
            emp_type: emp_type.into(),
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name: name.into(),
            post_name: None,
            super_name: super_name.into(),
            work_loc_addr: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportDimissionRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptName", &self.dept_name)?;
        object.field("deptNo", &self.dept_no)?;
        object.field("dimissionDate", &self.dimission_date)?;
        object.field("dimissionReaasonDesc", &self.dimission_reaason_desc)?;
        object.field("dimissionReason", &self.dimission_reason)?;
        object.field("empType", &self.emp_type)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("jobCodeName", &self.job_code_name)?;
        object.optional("jobLevel", &self.job_level)?;
        object.field("name", &self.name)?;
        object.optional("postName", &self.post_name)?;
        object.field("superName", &self.super_name)?;
        object.optional("workLocAddr", &self.work_loc_addr)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportDimissionRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportDimissionRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "dimissionDate" => rt::read_field(map, &mut self.dimission_date),
            "dimissionReaasonDesc" => {
                rt::read_field(map, &mut self.dimission_reaason_desc)
            }
            "dimissionReason" => rt::read_field(map, &mut self.dimission_reason),
            "empType" => rt::read_field(map, &mut self.emp_type),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "jobCodeName" => rt::read_field(map, &mut self.job_code_name),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "name" => rt::read_field(map, &mut self.name),
            "postName" => rt::read_field(map, &mut self.post_name),
            "superName" => rt::read_field(map, &mut self.super_name),
            "workLocAddr" => rt::read_field(map, &mut self.work_loc_addr),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportDimissionResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportDimissionResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportEduExpRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportEduExpRequestBody {
    /// A `HrbrainImportEduExpRequestBody` with its required fields (`eduName`, `endDate`, `name`, `schoolName`, `startDate`, `workNo`); set the others with the methods named after them.
    pub fn new(
        edu_name: impl Into<String>,
        end_date: impl Into<String>,
        name: impl Into<String>,
        school_name: impl Into<String>,
        start_date: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            edu_name: edu_name.into(),
            end_date: end_date.into(),
            extend_info: None,
            major: None,
            name: name.into(),
            school_name: school_name.into(),
            start_date: start_date.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportEduExpRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("eduName", &self.edu_name)?;
        object.field("endDate", &self.end_date)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("major", &self.major)?;
        object.field("name", &self.name)?;
        object.field("schoolName", &self.school_name)?;
        object.field("startDate", &self.start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportEduExpRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportEduExpRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eduName" => rt::read_field(map, &mut self.edu_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "major" => rt::read_field(map, &mut self.major),
            "name" => rt::read_field(map, &mut self.name),
            "schoolName" => rt::read_field(map, &mut self.school_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportEduExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportEduExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportEmpInfoRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportEmpInfoRequestBody {
    /// A `HrbrainImportEmpInfoRequestBody` with its required fields (`birthday`, `deptName`, `deptNo`, `empSource`, `empStatus`, `empType`, `gender`, `jobCodeName`, `name`, `nation`, `nationCtry`, `politicalStatus`, `postName`, `workNo`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        birthday: impl Into<String>,
        dept_name: impl Into<String>,
        dept_no: impl Into<String>,
        emp_source: impl Into<String>,
        emp_status: impl Into<String>,
        emp_type: impl Into<String>,
        gender: impl Into<String>,
        job_code_name: impl Into<String>,
        name: impl Into<String>,
        nation: impl Into<String>,
        nation_ctry: impl Into<String>,
        political_status: impl Into<String>,
        post_name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            birthday: birthday.into(),
            dept_name: dept_name.into(),
            dept_no: dept_no.into(),
            dimission_date: None,
            emp_source: emp_source.into(),
            emp_status: emp_status.into(),
            emp_type: emp_type.into(),
            extend_info: None,
            gender: gender.into(),
            highest_degree: None,
            highest_edu_name: None,
            is_dimission: None,
            job_category: None,
            job_code_name: job_code_name.into(),
            job_family: None,
            job_level: None,
            last_school_name: None,
            marriage: None,
            name: name.into(),
            nation: nation.into(),
            nation_ctry: nation_ctry.into(),
            political_status: political_status.into(),
            post_name: post_name.into(),
            regist_date: None,
            regular_date: None,
            super_emp_id: None,
            super_name: None,
            work_email: None,
            work_loc_addr: None,
            work_loc_city: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportEmpInfoRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("birthday", &self.birthday)?;
        object.field("deptName", &self.dept_name)?;
        object.field("deptNo", &self.dept_no)?;
        object.optional("dimissionDate", &self.dimission_date)?;
        object.field("empSource", &self.emp_source)?;
        object.field("empStatus", &self.emp_status)?;
        object.field("empType", &self.emp_type)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("gender", &self.gender)?;
        object.optional("highestDegree", &self.highest_degree)?;
        object.optional("highestEduName", &self.highest_edu_name)?;
        object.optional("isDimission", &self.is_dimission)?;
        object.optional("jobCategory", &self.job_category)?;
        object.field("jobCodeName", &self.job_code_name)?;
        object.optional("jobFamily", &self.job_family)?;
        object.optional("jobLevel", &self.job_level)?;
        object.optional("lastSchoolName", &self.last_school_name)?;
        object.optional("marriage", &self.marriage)?;
        object.field("name", &self.name)?;
        object.field("nation", &self.nation)?;
        object.field("nationCtry", &self.nation_ctry)?;
        object.field("politicalStatus", &self.political_status)?;
        object.field("postName", &self.post_name)?;
        object.optional("registDate", &self.regist_date)?;
        object.optional("regularDate", &self.regular_date)?;
        object.optional("superEmpId", &self.super_emp_id)?;
        object.optional("superName", &self.super_name)?;
        object.optional("workEmail", &self.work_email)?;
        object.optional("workLocAddr", &self.work_loc_addr)?;
        object.optional("workLocCity", &self.work_loc_city)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportEmpInfoRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportEmpInfoRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "birthday" => rt::read_field(map, &mut self.birthday),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "dimissionDate" => rt::read_field(map, &mut self.dimission_date),
            "empSource" => rt::read_field(map, &mut self.emp_source),
            "empStatus" => rt::read_field(map, &mut self.emp_status),
            "empType" => rt::read_field(map, &mut self.emp_type),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "gender" => rt::read_field(map, &mut self.gender),
            "highestDegree" => rt::read_field(map, &mut self.highest_degree),
            "highestEduName" => rt::read_field(map, &mut self.highest_edu_name),
            "isDimission" => rt::read_field(map, &mut self.is_dimission),
            "jobCategory" => rt::read_field(map, &mut self.job_category),
            "jobCodeName" => rt::read_field(map, &mut self.job_code_name),
            "jobFamily" => rt::read_field(map, &mut self.job_family),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "lastSchoolName" => rt::read_field(map, &mut self.last_school_name),
            "marriage" => rt::read_field(map, &mut self.marriage),
            "name" => rt::read_field(map, &mut self.name),
            "nation" => rt::read_field(map, &mut self.nation),
            "nationCtry" => rt::read_field(map, &mut self.nation_ctry),
            "politicalStatus" => rt::read_field(map, &mut self.political_status),
            "postName" => rt::read_field(map, &mut self.post_name),
            "registDate" => rt::read_field(map, &mut self.regist_date),
            "regularDate" => rt::read_field(map, &mut self.regular_date),
            "superEmpId" => rt::read_field(map, &mut self.super_emp_id),
            "superName" => rt::read_field(map, &mut self.super_name),
            "workEmail" => rt::read_field(map, &mut self.work_email),
            "workLocAddr" => rt::read_field(map, &mut self.work_loc_addr),
            "workLocCity" => rt::read_field(map, &mut self.work_loc_city),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportEmpInfoResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportEmpInfoResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelBaseRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelBaseRequestBody {
    /// `extendInfo`.
    pub extend_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `name`.
    pub name: String,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainImportLabelBaseRequestBody {
    /// A `HrbrainImportLabelBaseRequestBody` with its required fields (`extendInfo`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(
        extend_info: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            extend_info: extend_info.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            name: name.into(),
            work_no: work_no.into(),
        }
    }
}
impl rt::serde::Serialize for HrbrainImportLabelBaseRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelBaseRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelBaseRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportLabelBaseResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelBaseResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelCustomRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportLabelCustomRequestBody {
    /// A `HrbrainImportLabelCustomRequestBody` with its required fields (`name`, `tag`, `workNo`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        tag: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            extend_info: None,
            name: name.into(),
            tag: tag.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportLabelCustomRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("tag", &self.tag)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelCustomRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelCustomRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "tag" => rt::read_field(map, &mut self.tag),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportLabelCustomResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelCustomResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelIndustryRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportLabelIndustryRequestBody {
    /// A `HrbrainImportLabelIndustryRequestBody` with its required fields (`level1`, `level2`, `level3`, `name`, `workNo`); set the others with the methods named after them.
    pub fn new(
        level1: impl Into<String>,
        level2: impl Into<String>,
        level3: impl Into<String>,
        name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            extend_info: None,
            level1: level1.into(),
            level2: level2.into(),
            level3: level3.into(),
            name: name.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportLabelIndustryRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("level1", &self.level1)?;
        object.field("level2", &self.level2)?;
        object.field("level3", &self.level3)?;
        object.field("name", &self.name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelIndustryRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelIndustryRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "level1" => rt::read_field(map, &mut self.level1),
            "level2" => rt::read_field(map, &mut self.level2),
            "level3" => rt::read_field(map, &mut self.level3),
            "name" => rt::read_field(map, &mut self.name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportLabelIndustryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelIndustryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelInventoryRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportLabelInventoryRequestBody {
    /// A `HrbrainImportLabelInventoryRequestBody` with its required fields (`name`, `period`, `workNo`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        period: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            extend_info: None,
            name: name.into(),
            period: period.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportLabelInventoryRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("period", &self.period)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelInventoryRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelInventoryRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "period" => rt::read_field(map, &mut self.period),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportLabelInventoryResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelInventoryResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportLabelProfSkillRequestBody`: the same model as [`HrbrainImportLabelIndustryRequestBody`].
pub type HrbrainImportLabelProfSkillRequestBody = HrbrainImportLabelIndustryRequestBody;
/// `HrbrainImportLabelProfSkillResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportLabelProfSkillResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPerfEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportPerfEvalRequestBody {
    /// A `HrbrainImportPerfEvalRequestBody` with its required fields (`name`, `perfPlanName`, `period`, `periodEndDate`, `periodStartDate`, `score`, `workNo`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        perf_plan_name: impl Into<String>,
        period: impl Into<String>,
        period_end_date: impl Into<String>,
        period_start_date: impl Into<String>,
        score: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            comment: None,
            extend_info: None,
            name: name.into(),
            perf_cate: None,
            perf_plan_name: perf_plan_name.into(),
            perf_score: None,
            period: period.into(),
            period_end_date: period_end_date.into(),
            period_start_date: period_start_date.into(),
            score: score.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportPerfEvalRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comment", &self.comment)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.optional("perfCate", &self.perf_cate)?;
        object.field("perfPlanName", &self.perf_plan_name)?;
        object.optional("perfScore", &self.perf_score)?;
        object.field("period", &self.period)?;
        object.field("periodEndDate", &self.period_end_date)?;
        object.field("periodStartDate", &self.period_start_date)?;
        object.field("score", &self.score)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPerfEvalRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPerfEvalRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comment" => rt::read_field(map, &mut self.comment),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "perfCate" => rt::read_field(map, &mut self.perf_cate),
            "perfPlanName" => rt::read_field(map, &mut self.perf_plan_name),
            "perfScore" => rt::read_field(map, &mut self.perf_score),
            "period" => rt::read_field(map, &mut self.period),
            "periodEndDate" => rt::read_field(map, &mut self.period_end_date),
            "periodStartDate" => rt::read_field(map, &mut self.period_start_date),
            "score" => rt::read_field(map, &mut self.score),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportPerfEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPerfEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPromEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportPromEvalRequestBody {
    /// A `HrbrainImportPromEvalRequestBody` with its required fields (`effectiveDate`, `name`, `newJobLevel`, `period`, `preJobLevel`, `workNo`); set the others with the methods named after them.
    pub fn new(
        effective_date: impl Into<String>,
        name: impl Into<String>,
        new_job_level: impl Into<String>,
        period: impl Into<String>,
        pre_job_level: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            comment: None,
            effective_date: effective_date.into(),
            extend_info: None,
            name: name.into(),
            new_job_level: new_job_level.into(),
            period: period.into(),
            period_end_date: None,
            period_start_date: None,
            pre_job_level: pre_job_level.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportPromEvalRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comment", &self.comment)?;
        object.field("effectiveDate", &self.effective_date)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("newJobLevel", &self.new_job_level)?;
        object.field("period", &self.period)?;
        object.optional("periodEndDate", &self.period_end_date)?;
        object.optional("periodStartDate", &self.period_start_date)?;
        object.field("preJobLevel", &self.pre_job_level)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPromEvalRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPromEvalRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comment" => rt::read_field(map, &mut self.comment),
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "newJobLevel" => rt::read_field(map, &mut self.new_job_level),
            "period" => rt::read_field(map, &mut self.period),
            "periodEndDate" => rt::read_field(map, &mut self.period_end_date),
            "periodStartDate" => rt::read_field(map, &mut self.period_start_date),
            "preJobLevel" => rt::read_field(map, &mut self.pre_job_level),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportPromEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPromEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportPunDetailRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportPunDetailRequestBody {
    /// A `HrbrainImportPunDetailRequestBody` with its required fields (`effectiveDate`, `name`, `punName`, `workNo`); set the others with the methods named after them.
    pub fn new(
        effective_date: impl Into<String>,
        name: impl Into<String>,
        pun_name: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            comment: None,
            effective_date: effective_date.into(),
            extend_info: None,
            name: name.into(),
            pun_name: pun_name.into(),
            pun_org: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportPunDetailRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("comment", &self.comment)?;
        object.field("effectiveDate", &self.effective_date)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("punName", &self.pun_name)?;
        object.optional("punOrg", &self.pun_org)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPunDetailRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPunDetailRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "comment" => rt::read_field(map, &mut self.comment),
            "effectiveDate" => rt::read_field(map, &mut self.effective_date),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "punName" => rt::read_field(map, &mut self.pun_name),
            "punOrg" => rt::read_field(map, &mut self.pun_org),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportPunDetailResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportPunDetailResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportRegistRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportRegistRequestBody {
    /// A `HrbrainImportRegistRequestBody` with its required fields (`deptName`, `deptNo`, `empSource`, `empType`, `name`, `registDate`, `workNo`); set the others with the methods named after them.
    pub fn new(
        dept_name: impl Into<String>,
        dept_no: impl Into<String>,
        emp_source: impl Into<String>,
        emp_type: impl Into<String>,
        name: impl Into<String>,
        regist_date: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            dept_name: dept_name.into(),
            dept_no: dept_no.into(),
            emp_source: emp_source.into(),
            emp_type: emp_type.into(),
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name: name.into(),
            post_name: None,
            regist_date: regist_date.into(),
            super_name: None,
            work_loc_addr: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportRegistRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptName", &self.dept_name)?;
        object.field("deptNo", &self.dept_no)?;
        object.field("empSource", &self.emp_source)?;
        object.field("empType", &self.emp_type)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("jobCodeName", &self.job_code_name)?;
        object.optional("jobLevel", &self.job_level)?;
        object.field("name", &self.name)?;
        object.optional("postName", &self.post_name)?;
        object.field("registDate", &self.regist_date)?;
        object.optional("superName", &self.super_name)?;
        object.optional("workLocAddr", &self.work_loc_addr)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportRegistRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportRegistRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "empSource" => rt::read_field(map, &mut self.emp_source),
            "empType" => rt::read_field(map, &mut self.emp_type),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "jobCodeName" => rt::read_field(map, &mut self.job_code_name),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "name" => rt::read_field(map, &mut self.name),
            "postName" => rt::read_field(map, &mut self.post_name),
            "registDate" => rt::read_field(map, &mut self.regist_date),
            "superName" => rt::read_field(map, &mut self.super_name),
            "workLocAddr" => rt::read_field(map, &mut self.work_loc_addr),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportRegistResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportRegistResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportRegularRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportRegularRequestBody {
    /// A `HrbrainImportRegularRequestBody` with its required fields (`regularDate`, `workNo`); set the others with the methods named after them.
    pub fn new(regular_date: impl Into<String>, work_no: impl Into<String>) -> Self {
        Self {
            dept_name: None,
            dept_no: None,
            extend_info: None,
            job_code_name: None,
            job_level: None,
            name: None,
            plan_regular_date: None,
            post_name: None,
            regular_date: regular_date.into(),
            super_emp_id: None,
            super_name: None,
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportRegularRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("jobCodeName", &self.job_code_name)?;
        object.optional("jobLevel", &self.job_level)?;
        object.optional("name", &self.name)?;
        object.optional("planRegularDate", &self.plan_regular_date)?;
        object.optional("postName", &self.post_name)?;
        object.field("regularDate", &self.regular_date)?;
        object.optional("superEmpId", &self.super_emp_id)?;
        object.optional("superName", &self.super_name)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportRegularRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportRegularRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "jobCodeName" => rt::read_field(map, &mut self.job_code_name),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "name" => rt::read_field(map, &mut self.name),
            "planRegularDate" => rt::read_field(map, &mut self.plan_regular_date),
            "postName" => rt::read_field(map, &mut self.post_name),
            "regularDate" => rt::read_field(map, &mut self.regular_date),
            "superEmpId" => rt::read_field(map, &mut self.super_emp_id),
            "superName" => rt::read_field(map, &mut self.super_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportRegularResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportRegularResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportTrainingRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportTrainingRequestBody {
    /// A `HrbrainImportTrainingRequestBody` with its required fields (`trainEndDate`, `trainName`, `trainStartDate`, `workNo`); set the others with the methods named after them.
    pub fn new(
        train_end_date: impl Into<String>,
        train_name: impl Into<String>,
        train_start_date: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
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
            train_end_date: train_end_date.into(),
            train_name: train_name.into(),
            train_start_date: train_start_date.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportTrainingRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certifCnt", &self.certif_cnt)?;
        object.optional("creditScore", &self.credit_score)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("jobCodeName", &self.job_code_name)?;
        object.optional("jobLevel", &self.job_level)?;
        object.optional("name", &self.name)?;
        object.optional("postName", &self.post_name)?;
        object.field("trainEndDate", &self.train_end_date)?;
        object.field("trainName", &self.train_name)?;
        object.field("trainStartDate", &self.train_start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportTrainingRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportTrainingRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certifCnt" => rt::read_field(map, &mut self.certif_cnt),
            "creditScore" => rt::read_field(map, &mut self.credit_score),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "jobCodeName" => rt::read_field(map, &mut self.job_code_name),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "name" => rt::read_field(map, &mut self.name),
            "postName" => rt::read_field(map, &mut self.post_name),
            "trainEndDate" => rt::read_field(map, &mut self.train_end_date),
            "trainName" => rt::read_field(map, &mut self.train_name),
            "trainStartDate" => rt::read_field(map, &mut self.train_start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportTrainingResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportTrainingResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportTransferEvalRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportTransferEvalRequestBody {
    /// A `HrbrainImportTransferEvalRequestBody` with its required fields (`currInfo`, `name`, `preInfo`, `transferDate`, `transferReason`, `transferType`, `workNo`); set the others with the methods named after them.
    pub fn new(
        curr_info: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        name: impl Into<String>,
        pre_info: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        transfer_date: impl Into<String>,
        transfer_reason: impl Into<String>,
        transfer_type: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            curr_info: curr_info.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            extend_info: None,
            name: name.into(),
            pre_info: pre_info.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            transfer_date: transfer_date.into(),
            transfer_reason: transfer_reason.into(),
            transfer_type: transfer_type.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportTransferEvalRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("currInfo", &self.curr_info)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.field("name", &self.name)?;
        object.field("preInfo", &self.pre_info)?;
        object.field("transferDate", &self.transfer_date)?;
        object.field("transferReason", &self.transfer_reason)?;
        object.field("transferType", &self.transfer_type)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportTransferEvalRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportTransferEvalRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currInfo" => rt::read_field(map, &mut self.curr_info),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "name" => rt::read_field(map, &mut self.name),
            "preInfo" => rt::read_field(map, &mut self.pre_info),
            "transferDate" => rt::read_field(map, &mut self.transfer_date),
            "transferReason" => rt::read_field(map, &mut self.transfer_reason),
            "transferType" => rt::read_field(map, &mut self.transfer_type),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportTransferEvalResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportTransferEvalResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainImportWorkExpRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainImportWorkExpRequestBody {
    /// A `HrbrainImportWorkExpRequestBody` with its required fields (`companyName`, `endDate`, `name`, `startDate`, `workNo`); set the others with the methods named after them.
    pub fn new(
        company_name: impl Into<String>,
        end_date: impl Into<String>,
        name: impl Into<String>,
        start_date: impl Into<String>,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            company_name: company_name.into(),
            end_date: end_date.into(),
            extend_info: None,
            job_desc: None,
            name: name.into(),
            post_name: None,
            start_date: start_date.into(),
            work_no: work_no.into(),
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
impl rt::serde::Serialize for HrbrainImportWorkExpRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("companyName", &self.company_name)?;
        object.field("endDate", &self.end_date)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("jobDesc", &self.job_desc)?;
        object.field("name", &self.name)?;
        object.optional("postName", &self.post_name)?;
        object.field("startDate", &self.start_date)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportWorkExpRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportWorkExpRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyName" => rt::read_field(map, &mut self.company_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "jobDesc" => rt::read_field(map, &mut self.job_desc),
            "name" => rt::read_field(map, &mut self.name),
            "postName" => rt::read_field(map, &mut self.post_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainImportWorkExpResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainImportWorkExpResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelCategoryTreeResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelCategoryTreeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelCategoryTreeResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelCategoryTreeResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelCategoryUpdateRequestCategoryVo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelCategoryUpdateRequestCategoryVo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelCategoryUpdateRequestCategoryVo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            _ => Ok(false),
        }
    }
}
/// `HrbrainLabelCategoryUpdateResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelCategoryUpdateResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelDataDeleteRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataDeleteRequestParams {
    /// `labelCodes`.
    pub label_codes: Vec<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl HrbrainLabelDataDeleteRequestParams {
    /// A `HrbrainLabelDataDeleteRequestParams` with its required fields (`labelCodes`); set the others with the methods named after them.
    pub fn new(label_codes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            label_codes: label_codes.into_iter().map(Into::into).collect(),
            work_no: None,
        }
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrbrainLabelDataDeleteRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("labelCodes", &self.label_codes)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataDeleteRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataDeleteRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelCodes" => rt::read_field(map, &mut self.label_codes),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainLabelDataDeleteResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelDataDeleteResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelDataQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelDataQueryResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelDataQueryResponseBody {
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
/// `HrbrainLabelDataUpsertRequestParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataUpsertRequestParams {
    /// `labelDatas`.
    pub label_datas: Vec<HrbrainLabelDataUpsertRequestParamsLabelDatas>,
    /// `workNo`.
    pub work_no: String,
}
impl HrbrainLabelDataUpsertRequestParams {
    /// A `HrbrainLabelDataUpsertRequestParams` with its required fields (`labelDatas`, `workNo`); set the others with the methods named after them.
    pub fn new(
        label_datas: impl IntoIterator<
            Item = HrbrainLabelDataUpsertRequestParamsLabelDatas,
        >,
        work_no: impl Into<String>,
    ) -> Self {
        Self {
            label_datas: label_datas.into_iter().collect(),
            work_no: work_no.into(),
        }
    }
}
impl rt::serde::Serialize for HrbrainLabelDataUpsertRequestParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("labelDatas", &self.label_datas)?;
        object.field("workNo", &self.work_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataUpsertRequestParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataUpsertRequestParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelDatas" => rt::read_field(map, &mut self.label_datas),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
/// `HrbrainLabelDataUpsertResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelDataUpsertResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelEmpDeleteResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelEmpDeleteResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelMetaResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelMetaResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelMetaResponseBody {
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
/// `HrbrainLabelMetaStatusResponseBody`: the same model as [`HrbrainDeleteAwardRecordsResponseBody`].
pub type HrbrainLabelMetaStatusResponseBody = HrbrainDeleteAwardRecordsResponseBody;
/// `HrbrainLabelMetaUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelMetaUpdateResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelMetaUpdateResponseBody {
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
/// `HrbrainLabelTaskDataResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelTaskDataResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelTaskDataResponseBody {
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
/// `HrbrainLabelTaskMetaResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskMetaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelTaskMetaResponseBody {
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
impl rt::serde::Serialize for HrbrainLabelTaskMetaResponseBody {
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
/// `HrbrainTalentProfileAttachmentQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileAttachmentQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainTalentProfileAttachmentQueryResponseBody {
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
impl rt::serde::Serialize for HrbrainTalentProfileAttachmentQueryResponseBody {
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
/// `HrbrainTalentProfileBasicQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentProfileBasicQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainTalentProfileBasicQueryResponseBody {
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
impl rt::serde::Serialize for HrbrainTalentProfileBasicQueryResponseBody {
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
/// `HrbrainTalentSearchResponseBody`: the same model as [`HrbrainLabelMetaUpdateResponseBody`].
pub type HrbrainTalentSearchResponseBody = HrbrainLabelMetaUpdateResponseBody;
/// `HrbrainTalentSearchResultResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentSearchResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainTalentSearchResultResponseBody {
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
impl rt::serde::Serialize for HrbrainTalentSearchResultResponseBody {
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
impl rt::serde::Serialize for StaffLabelRecordsQueryRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labels", &self.labels)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StaffLabelRecordsQueryRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labels" => rt::read_field(map, &mut self.labels),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `StaffLabelRecordsQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StaffLabelRecordsQueryResponseBody {
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
impl rt::serde::Serialize for StaffLabelRecordsQueryResponseBody {
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
/// `SyncDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncDataResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncDataResponseBody {
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
impl rt::serde::Serialize for SyncDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `HrbrainBizDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainBizDataQueryResponseBodyContent {
    /// `bizInfos`.
    pub biz_infos: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for HrbrainBizDataQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainBizDataQueryResponseBodyContent {
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
impl rt::serde::Serialize for HrbrainBizDataQueryResponseBodyContent {
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
/// `HrbrainEmpPoolQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "poolInfos" => rt::read_field(map, &mut self.pool_infos),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainEmpPoolQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("poolInfos", &self.pool_infos)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `HrbrainEmpPoolUserResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolUserResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolUserResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "empVos" => rt::read_field(map, &mut self.emp_vos),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainEmpPoolUserResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("empVos", &self.emp_vos)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `HrbrainLabelCategoryTreeResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelCategoryTreeResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelCategoryTreeResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "code" => rt::read_field(map, &mut self.code),
            "currentLabelNum" => rt::read_field(map, &mut self.current_label_num),
            "name" => rt::read_field(map, &mut self.name),
            "pcode" => rt::read_field(map, &mut self.pcode),
            "sortSize" => rt::read_field(map, &mut self.sort_size),
            "totalLabelNum" => rt::read_field(map, &mut self.total_label_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelCategoryTreeResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("code", &self.code)?;
        object.optional("currentLabelNum", &self.current_label_num)?;
        object.optional("name", &self.name)?;
        object.optional("pcode", &self.pcode)?;
        object.optional("sortSize", &self.sort_size)?;
        object.optional("totalLabelNum", &self.total_label_num)?;
        object.end()
    }
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
impl rt::serde::Serialize for HrbrainLabelCategoryUpdateRequestCategoryVoCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("pCode", &self.p_code)?;
        object.optional("sortSize", &self.sort_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for HrbrainLabelCategoryUpdateRequestCategoryVoCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelCategoryUpdateRequestCategoryVoCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "pCode" => rt::read_field(map, &mut self.p_code),
            "sortSize" => rt::read_field(map, &mut self.sort_size),
            _ => Ok(false),
        }
    }
}
/// `HrbrainLabelDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelDataQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelDatas" => rt::read_field(map, &mut self.label_datas),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelDataQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelDatas", &self.label_datas)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
impl rt::serde::Serialize for HrbrainLabelDataUpsertRequestParamsLabelDatas {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelCode", &self.label_code)?;
        object.optional("labelValue", &self.label_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataUpsertRequestParamsLabelDatas {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataUpsertRequestParamsLabelDatas {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelCode" => rt::read_field(map, &mut self.label_code),
            "labelValue" => rt::read_field(map, &mut self.label_value),
            _ => Ok(false),
        }
    }
}
/// `HrbrainLabelMetaResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelMetaResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelMetas" => rt::read_field(map, &mut self.label_metas),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelMetaResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelMetas", &self.label_metas)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `HrbrainLabelTaskDataResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskDataResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelTaskDataResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "name" => rt::read_field(map, &mut self.name),
            "tags" => rt::read_field(map, &mut self.tags),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelTaskDataResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("name", &self.name)?;
        object.optional("tags", &self.tags)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `HrbrainLabelTaskMetaResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskMetaResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelTaskMetaResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "description" => rt::read_field(map, &mut self.description),
            "isSystem" => rt::read_field(map, &mut self.is_system),
            "name" => rt::read_field(map, &mut self.name),
            "tagConfig" => rt::read_field(map, &mut self.tag_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelTaskMetaResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("description", &self.description)?;
        object.optional("isSystem", &self.is_system)?;
        object.optional("name", &self.name)?;
        object.optional("tagConfig", &self.tag_config)?;
        object.end()
    }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBodyContent {
    /// `staffAttachmentInfoList`.
    pub staff_attachment_info_list: Option<
        Vec<
            HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileAttachmentQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainTalentProfileAttachmentQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "staffAttachmentInfoList" => {
                rt::read_field(map, &mut self.staff_attachment_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainTalentProfileAttachmentQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("staffAttachmentInfoList", &self.staff_attachment_info_list)?;
        object.end()
    }
}
/// `HrbrainTalentProfileBasicQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainTalentProfileBasicQueryResponseBodyContent {
    /// `profileBaseInfoList`.
    pub profile_base_info_list: Option<
        Vec<HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileBasicQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainTalentProfileBasicQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "profileBaseInfoList" => {
                rt::read_field(map, &mut self.profile_base_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainTalentProfileBasicQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("profileBaseInfoList", &self.profile_base_info_list)?;
        object.end()
    }
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
impl rt::serde::Serialize for StaffLabelRecordsQueryRequestBodyLabels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("typeCode", &self.type_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryRequestBodyLabels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StaffLabelRecordsQueryRequestBodyLabels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "typeCode" => rt::read_field(map, &mut self.type_code),
            _ => Ok(false),
        }
    }
}
/// `StaffLabelRecordsQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StaffLabelRecordsQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCountt" => rt::read_field(map, &mut self.total_countt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for StaffLabelRecordsQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCountt", &self.total_countt)?;
        object.end()
    }
}
/// `HrbrainEmpPoolQueryResponseBodyContentPoolInfos`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for HrbrainEmpPoolQueryResponseBodyContentPoolInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolQueryResponseBodyContentPoolInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "poolCode" => rt::read_field(map, &mut self.pool_code),
            "poolDesc" => rt::read_field(map, &mut self.pool_desc),
            "poolName" => rt::read_field(map, &mut self.pool_name),
            "poolTags" => rt::read_field(map, &mut self.pool_tags),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainEmpPoolQueryResponseBodyContentPoolInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("poolCode", &self.pool_code)?;
        object.optional("poolDesc", &self.pool_desc)?;
        object.optional("poolName", &self.pool_name)?;
        object.optional("poolTags", &self.pool_tags)?;
        object.end()
    }
}
/// `HrbrainEmpPoolUserResponseBodyContentEmpVos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainEmpPoolUserResponseBodyContentEmpVos {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolUserResponseBodyContentEmpVos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolUserResponseBodyContentEmpVos {
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
impl rt::serde::Serialize for HrbrainEmpPoolUserResponseBodyContentEmpVos {
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
/// `HrbrainLabelDataQueryResponseBodyContentLabelDatas`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for HrbrainLabelDataQueryResponseBodyContentLabelDatas {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelDataQueryResponseBodyContentLabelDatas {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "labelTitle" => rt::read_field(map, &mut self.label_title),
            "labelValue" => rt::read_field(map, &mut self.label_value),
            "name" => rt::read_field(map, &mut self.name),
            "postName" => rt::read_field(map, &mut self.post_name),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelDataQueryResponseBodyContentLabelDatas {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("jobLevel", &self.job_level)?;
        object.optional("labelTitle", &self.label_title)?;
        object.optional("labelValue", &self.label_value)?;
        object.optional("name", &self.name)?;
        object.optional("postName", &self.post_name)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `HrbrainLabelMetaResponseBodyContentLabelMetas`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaResponseBodyContentLabelMetas {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelMetaResponseBodyContentLabelMetas {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "code" => rt::read_field(map, &mut self.code),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "description" => rt::read_field(map, &mut self.description),
            "extendInfo" => rt::read_field(map, &mut self.extend_info),
            "gmtCreated" => rt::read_field(map, &mut self.gmt_created),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "importantLevel" => rt::read_field(map, &mut self.important_level),
            "isSensitive" => rt::read_field(map, &mut self.is_sensitive),
            "name" => rt::read_field(map, &mut self.name),
            "options" => rt::read_field(map, &mut self.options),
            "required" => rt::read_field(map, &mut self.required),
            "useStatus" => rt::read_field(map, &mut self.use_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelMetaResponseBodyContentLabelMetas {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCode", &self.category_code)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("code", &self.code)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("description", &self.description)?;
        object.optional("extendInfo", &self.extend_info)?;
        object.optional("gmtCreated", &self.gmt_created)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("importantLevel", &self.important_level)?;
        object.optional("isSensitive", &self.is_sensitive)?;
        object.optional("name", &self.name)?;
        object.optional("options", &self.options)?;
        object.optional("required", &self.required)?;
        object.optional("useStatus", &self.use_status)?;
        object.end()
    }
}
/// `HrbrainLabelTaskDataResponseBodyContentTags`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskDataResponseBodyContentTags {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainLabelTaskDataResponseBodyContentTags {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainLabelTaskDataResponseBodyContentTags {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentInfoList" => rt::read_field(map, &mut self.attachment_info_list),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentInfoList", &self.attachment_info_list)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "age" => rt::read_field(map, &mut self.age),
            "birthday" => rt::read_field(map, &mut self.birthday),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "deptNo" => rt::read_field(map, &mut self.dept_no),
            "gender" => rt::read_field(map, &mut self.gender),
            "jobLevel" => rt::read_field(map, &mut self.job_level),
            "jobcode" => rt::read_field(map, &mut self.jobcode),
            "name" => rt::read_field(map, &mut self.name),
            "position" => rt::read_field(map, &mut self.position),
            "seniorityYears" => rt::read_field(map, &mut self.seniority_years),
            "superName" => rt::read_field(map, &mut self.super_name),
            "superWorkNo" => rt::read_field(map, &mut self.super_work_no),
            "workNo" => rt::read_field(map, &mut self.work_no),
            "workPlace" => rt::read_field(map, &mut self.work_place),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for HrbrainTalentProfileBasicQueryResponseBodyContentProfileBaseInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("age", &self.age)?;
        object.optional("birthday", &self.birthday)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("deptNo", &self.dept_no)?;
        object.optional("gender", &self.gender)?;
        object.optional("jobLevel", &self.job_level)?;
        object.optional("jobcode", &self.jobcode)?;
        object.optional("name", &self.name)?;
        object.optional("position", &self.position)?;
        object.optional("seniorityYears", &self.seniority_years)?;
        object.optional("superName", &self.super_name)?;
        object.optional("superWorkNo", &self.super_work_no)?;
        object.optional("workNo", &self.work_no)?;
        object.optional("workPlace", &self.work_place)?;
        object.end()
    }
}
/// `StaffLabelRecordsQueryResponseBodyContentData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContentData {
    /// `labels`.
    pub labels: Option<Vec<StaffLabelRecordsQueryResponseBodyContentDataLabels>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryResponseBodyContentData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StaffLabelRecordsQueryResponseBodyContentData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labels" => rt::read_field(map, &mut self.labels),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for StaffLabelRecordsQueryResponseBodyContentData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labels", &self.labels)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrbrainEmpPoolQueryResponseBodyContentPoolInfosPoolTags {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for HrbrainTalentProfileAttachmentQueryResponseBodyContentStaffAttachmentInfoListAttachmentInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `StaffLabelRecordsQueryResponseBodyContentDataLabels`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for StaffLabelRecordsQueryResponseBodyContentDataLabels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StaffLabelRecordsQueryResponseBodyContentDataLabels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "guid" => rt::read_field(map, &mut self.guid),
            "name" => rt::read_field(map, &mut self.name),
            "options" => rt::read_field(map, &mut self.options),
            "typeCode" => rt::read_field(map, &mut self.type_code),
            "typeName" => rt::read_field(map, &mut self.type_name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for StaffLabelRecordsQueryResponseBodyContentDataLabels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("guid", &self.guid)?;
        object.optional("name", &self.name)?;
        object.optional("options", &self.options)?;
        object.optional("typeCode", &self.type_code)?;
        object.optional("typeName", &self.type_name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions {
    /// `label`.
    pub label: Option<String>,
    /// `tip`.
    pub tip: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "tip" => rt::read_field(map, &mut self.tip),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for StaffLabelRecordsQueryResponseBodyContentDataLabelsOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.optional("tip", &self.tip)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// The request of [`Api::hrbrain_biz_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainBizDataQueryRequest {
    /// A `HrbrainBizDataQueryRequest` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(biz_code: impl Into<String>) -> Self {
        Self {
            biz_code: biz_code.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainBizDataQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainBizDataQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteAwardRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteAwardRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteAwardRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainDeleteAwardRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_delete_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainDeleteCustomRequest {
    /// `modelCode`.
    pub model_code: String,
    /// `params`.
    pub params: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl HrbrainDeleteCustomRequest {
    /// A `HrbrainDeleteCustomRequest` with its required fields (`modelCode`, `params`); set the others with the methods named after them.
    pub fn new(
        model_code: impl Into<String>,
        params: impl IntoIterator<Item = rt::BTreeMap<String, rt::serde_json::Value>>,
    ) -> Self {
        Self {
            model_code: model_code.into(),
            params: params.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for HrbrainDeleteCustomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("modelCode", &self.model_code)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteCustomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteCustomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "modelCode" => rt::read_field(map, &mut self.model_code),
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteDeptInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteDeptInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteDeptInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteDimissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteDimissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteDimissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteEduExpRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteEduExpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteEduExpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteEmpInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteEmpInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteEmpInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteLabelIndustryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteLabelIndustryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteLabelIndustryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteLabelInventoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteLabelInventoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteLabelInventoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteLabelProfSkillRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteLabelProfSkillRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteLabelProfSkillRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeletePerfEvalRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletePerfEvalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletePerfEvalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeletePromRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletePromRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletePromRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeletePunDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletePunDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletePunDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteRegistRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteRegistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteRegistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteRegularRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteRegularRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteRegularRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteTrainingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteTrainingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteTrainingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteTransferEvalRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteTransferEvalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteTransferEvalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeleteWorkExpRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeleteWorkExpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeleteWorkExpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainDeletetLabelBaseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainDeletetLabelBaseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainDeletetLabelBaseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainEmpPoolQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyword", &self.keyword)?;
        object.optional("labels", &self.labels)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainEmpPoolQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyword" => rt::read_field(map, &mut self.keyword),
            "labels" => rt::read_field(map, &mut self.labels),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainEmpPoolUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("poolCode", &self.pool_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainEmpPoolUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainEmpPoolUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "poolCode" => rt::read_field(map, &mut self.pool_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainEmpPoolUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_import_award_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportAwardDetailRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportAwardDetailRequestBody>,
}
impl HrbrainImportAwardDetailRequest {
    /// A `HrbrainImportAwardDetailRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportAwardDetailRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportAwardDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportAwardDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportAwardDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportCustomRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `modelCode`: a query parameter.
    pub model_code: String,
    /// `body`.
    pub body: Vec<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl HrbrainImportCustomRequest {
    /// A `HrbrainImportCustomRequest` with its required fields (`corpId`, `modelCode`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        model_code: impl Into<String>,
        body: impl IntoIterator<Item = rt::BTreeMap<String, rt::serde_json::Value>>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            model_code: model_code.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportCustomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportCustomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "modelCode" => rt::read_field(map, &mut self.model_code),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDeptInfoRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportDeptInfoRequestBody>,
}
impl HrbrainImportDeptInfoRequest {
    /// A `HrbrainImportDeptInfoRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportDeptInfoRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportDeptInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportDeptInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_dimission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportDimissionRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportDimissionRequestBody>,
}
impl HrbrainImportDimissionRequest {
    /// A `HrbrainImportDimissionRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportDimissionRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportDimissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportDimissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportDimissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_edu_exp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEduExpRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportEduExpRequestBody>,
}
impl HrbrainImportEduExpRequest {
    /// A `HrbrainImportEduExpRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportEduExpRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportEduExpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportEduExpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportEduExpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_emp_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportEmpInfoRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportEmpInfoRequestBody>,
}
impl HrbrainImportEmpInfoRequest {
    /// A `HrbrainImportEmpInfoRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportEmpInfoRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportEmpInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportEmpInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportEmpInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_base`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelBaseRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelBaseRequestBody>,
}
impl HrbrainImportLabelBaseRequest {
    /// A `HrbrainImportLabelBaseRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportLabelBaseRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelBaseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelBaseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportLabelBaseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_custom`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelCustomRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelCustomRequestBody>,
}
impl HrbrainImportLabelCustomRequest {
    /// A `HrbrainImportLabelCustomRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportLabelCustomRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelCustomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelCustomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportLabelCustomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_industry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelIndustryRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelIndustryRequestBody>,
}
impl HrbrainImportLabelIndustryRequest {
    /// A `HrbrainImportLabelIndustryRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportLabelIndustryRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelIndustryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelIndustryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportLabelIndustryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_inventory`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelInventoryRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelInventoryRequestBody>,
}
impl HrbrainImportLabelInventoryRequest {
    /// A `HrbrainImportLabelInventoryRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportLabelInventoryRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelInventoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelInventoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportLabelInventoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_label_prof_skill`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportLabelProfSkillRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportLabelProfSkillRequestBody>,
}
impl HrbrainImportLabelProfSkillRequest {
    /// A `HrbrainImportLabelProfSkillRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportLabelProfSkillRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportLabelProfSkillRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportLabelProfSkillRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportLabelProfSkillRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_perf_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPerfEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPerfEvalRequestBody>,
}
impl HrbrainImportPerfEvalRequest {
    /// A `HrbrainImportPerfEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportPerfEvalRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPerfEvalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPerfEvalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportPerfEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_prom_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPromEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPromEvalRequestBody>,
}
impl HrbrainImportPromEvalRequest {
    /// A `HrbrainImportPromEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportPromEvalRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPromEvalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPromEvalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportPromEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_pun_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportPunDetailRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportPunDetailRequestBody>,
}
impl HrbrainImportPunDetailRequest {
    /// A `HrbrainImportPunDetailRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportPunDetailRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportPunDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportPunDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportPunDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_regist`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegistRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportRegistRequestBody>,
}
impl HrbrainImportRegistRequest {
    /// A `HrbrainImportRegistRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportRegistRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportRegistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportRegistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportRegistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_regular`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportRegularRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportRegularRequestBody>,
}
impl HrbrainImportRegularRequest {
    /// A `HrbrainImportRegularRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportRegularRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportRegularRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportRegularRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportRegularRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_training`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTrainingRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportTrainingRequestBody>,
}
impl HrbrainImportTrainingRequest {
    /// A `HrbrainImportTrainingRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportTrainingRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportTrainingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportTrainingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportTrainingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_transfer_eval`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportTransferEvalRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportTransferEvalRequestBody>,
}
impl HrbrainImportTransferEvalRequest {
    /// A `HrbrainImportTransferEvalRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportTransferEvalRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportTransferEvalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportTransferEvalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainImportTransferEvalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::hrbrain_import_work_exp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainImportWorkExpRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `body`.
    pub body: Vec<HrbrainImportWorkExpRequestBody>,
}
impl HrbrainImportWorkExpRequest {
    /// A `HrbrainImportWorkExpRequest` with its required fields (`corpId`, `body`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        body: impl IntoIterator<Item = HrbrainImportWorkExpRequestBody>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainImportWorkExpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainImportWorkExpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainLabelCategoryUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryVo", &self.category_vo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelCategoryUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelCategoryUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryVo" => rt::read_field(map, &mut self.category_vo),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainLabelDataDeleteRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataDeleteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataDeleteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelDataDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataQueryRequest {
    /// `labelCode`.
    pub label_code: String,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl HrbrainLabelDataQueryRequest {
    /// A `HrbrainLabelDataQueryRequest` with its required fields (`labelCode`); set the others with the methods named after them.
    pub fn new(label_code: impl Into<String>) -> Self {
        Self {
            label_code: label_code.into(),
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
impl rt::serde::Serialize for HrbrainLabelDataQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("labelCode", &self.label_code)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelCode" => rt::read_field(map, &mut self.label_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_data_upsert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelDataUpsertRequest {
    /// `params`.
    pub params: Vec<HrbrainLabelDataUpsertRequestParams>,
}
impl HrbrainLabelDataUpsertRequest {
    /// A `HrbrainLabelDataUpsertRequest` with its required fields (`params`); set the others with the methods named after them.
    pub fn new(
        params: impl IntoIterator<Item = HrbrainLabelDataUpsertRequestParams>,
    ) -> Self {
        Self {
            params: params.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for HrbrainLabelDataUpsertRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelDataUpsertRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelDataUpsertRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelDataUpsertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_emp_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelEmpDeleteRequest {
    /// `labelCode`.
    pub label_code: String,
    /// `workNos`.
    pub work_nos: Vec<String>,
}
impl HrbrainLabelEmpDeleteRequest {
    /// A `HrbrainLabelEmpDeleteRequest` with its required fields (`labelCode`, `workNos`); set the others with the methods named after them.
    pub fn new(
        label_code: impl Into<String>,
        work_nos: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            label_code: label_code.into(),
            work_nos: work_nos.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for HrbrainLabelEmpDeleteRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("labelCode", &self.label_code)?;
        object.field("workNos", &self.work_nos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelEmpDeleteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelEmpDeleteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelCode" => rt::read_field(map, &mut self.label_code),
            "workNos" => rt::read_field(map, &mut self.work_nos),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HrbrainLabelMetaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCodes", &self.category_codes)?;
        object.optional("gmtModifiedEnd", &self.gmt_modified_end)?;
        object.optional("gmtModifiedStart", &self.gmt_modified_start)?;
        object.optional("labelCode", &self.label_code)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCodes" => rt::read_field(map, &mut self.category_codes),
            "gmtModifiedEnd" => rt::read_field(map, &mut self.gmt_modified_end),
            "gmtModifiedStart" => rt::read_field(map, &mut self.gmt_modified_start),
            "labelCode" => rt::read_field(map, &mut self.label_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelMetaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_meta_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelMetaStatusRequest {
    /// `codes`.
    pub codes: Vec<String>,
    /// `optType`.
    pub opt_type: String,
}
impl HrbrainLabelMetaStatusRequest {
    /// A `HrbrainLabelMetaStatusRequest` with its required fields (`codes`, `optType`); set the others with the methods named after them.
    pub fn new(
        codes: impl IntoIterator<Item = impl Into<String>>,
        opt_type: impl Into<String>,
    ) -> Self {
        Self {
            codes: codes.into_iter().map(Into::into).collect(),
            opt_type: opt_type.into(),
        }
    }
}
impl rt::serde::Serialize for HrbrainLabelMetaStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("codes", &self.codes)?;
        object.field("optType", &self.opt_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelMetaStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "codes" => rt::read_field(map, &mut self.codes),
            "optType" => rt::read_field(map, &mut self.opt_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelMetaStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_meta_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HrbrainLabelMetaUpdateRequest {
    /// A `HrbrainLabelMetaUpdateRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            category_code: None,
            code: code.into(),
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
impl rt::serde::Serialize for HrbrainLabelMetaUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCode", &self.category_code)?;
        object.field("code", &self.code)?;
        object.optional("dataType", &self.data_type)?;
        object.optional("description", &self.description)?;
        object.optional("importantLevel", &self.important_level)?;
        object.optional("isSensitive", &self.is_sensitive)?;
        object.optional("name", &self.name)?;
        object.optional("options", &self.options)?;
        object.optional("permission", &self.permission)?;
        object.optional("required", &self.required)?;
        object.optional("scenes", &self.scenes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelMetaUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelMetaUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "code" => rt::read_field(map, &mut self.code),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "description" => rt::read_field(map, &mut self.description),
            "importantLevel" => rt::read_field(map, &mut self.important_level),
            "isSensitive" => rt::read_field(map, &mut self.is_sensitive),
            "name" => rt::read_field(map, &mut self.name),
            "options" => rt::read_field(map, &mut self.options),
            "permission" => rt::read_field(map, &mut self.permission),
            "required" => rt::read_field(map, &mut self.required),
            "scenes" => rt::read_field(map, &mut self.scenes),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelMetaUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrbrain_label_task_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelTaskDataRequest {
    /// `optWorkNo`: a query parameter.
    pub opt_work_no: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
impl HrbrainLabelTaskDataRequest {
    /// A `HrbrainLabelTaskDataRequest` with its required fields (`optWorkNo`, `sessionId`); set the others with the methods named after them.
    pub fn new(opt_work_no: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            opt_work_no: opt_work_no.into(),
            session_id: session_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelTaskDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optWorkNo" => rt::read_field(map, &mut self.opt_work_no),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainLabelTaskDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optWorkNo", &self.opt_work_no);
        writer.query("sessionId", &self.session_id);
    }
}
/// The request of [`Api::hrbrain_label_task_meta`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainLabelTaskMetaRequest {
    /// `optWorkNo`: a query parameter.
    pub opt_work_no: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
impl HrbrainLabelTaskMetaRequest {
    /// A `HrbrainLabelTaskMetaRequest` with its required fields (`optWorkNo`, `sessionId`); set the others with the methods named after them.
    pub fn new(opt_work_no: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            opt_work_no: opt_work_no.into(),
            session_id: session_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainLabelTaskMetaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainLabelTaskMetaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optWorkNo" => rt::read_field(map, &mut self.opt_work_no),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentProfileAttachmentQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainTalentProfileAttachmentQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentProfileBasicQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainTalentProfileBasicQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainTalentSearchRequest {
    /// `query`: a query parameter.
    pub query: String,
    /// `sessionId`: a query parameter.
    pub session_id: Option<String>,
    /// `workNo`: a query parameter.
    pub work_no: String,
}
impl HrbrainTalentSearchRequest {
    /// A `HrbrainTalentSearchRequest` with its required fields (`query`, `workNo`); set the others with the methods named after them.
    pub fn new(query: impl Into<String>, work_no: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            session_id: None,
            work_no: work_no.into(),
        }
    }
    /// Sets `sessionId`.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentSearchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainTalentSearchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "query" => rt::read_field(map, &mut self.query),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrbrainTalentSearchResultRequest {
    /// `sessionId`: a query parameter.
    pub session_id: String,
    /// `workNo`: a query parameter.
    pub work_no: String,
}
impl HrbrainTalentSearchResultRequest {
    /// A `HrbrainTalentSearchResultRequest` with its required fields (`sessionId`, `workNo`); set the others with the methods named after them.
    pub fn new(session_id: impl Into<String>, work_no: impl Into<String>) -> Self {
        Self {
            session_id: session_id.into(),
            work_no: work_no.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrbrainTalentSearchResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrbrainTalentSearchResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrbrainTalentSearchResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("sessionId", &self.session_id);
        writer.query("workNo", &self.work_no);
    }
}
/// The request of [`Api::staff_label_records_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl StaffLabelRecordsQueryRequest {
    /// A `StaffLabelRecordsQueryRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = StaffLabelRecordsQueryRequestBody>,
    ) -> Self {
        Self {
            ding_corp_id: None,
            max_results: None,
            next_token: None,
            body: body.into_iter().collect(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StaffLabelRecordsQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StaffLabelRecordsQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncDataRequest {
    /// A `SyncDataRequest` with its required fields (`content`, `dataId`, `etlTime`, `projectId`, `schemaId`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        data_id: impl Into<String>,
        etl_time: impl Into<String>,
        project_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            data_id: data_id.into(),
            etl_time: etl_time.into(),
            project_id: project_id.into(),
            schema_id: schema_id.into(),
        }
    }
}
impl rt::serde::Serialize for SyncDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("dataId", &self.data_id)?;
        object.field("etlTime", &self.etl_time)?;
        object.field("projectId", &self.project_id)?;
        object.field("schemaId", &self.schema_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "etlTime" => rt::read_field(map, &mut self.etl_time),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "schemaId" => rt::read_field(map, &mut self.schema_id),
            _ => Ok(false),
        }
    }
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
