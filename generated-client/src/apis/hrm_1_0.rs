// @generated from api-spec/hrm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.hrm_1_0()`. Generated from `api-spec/hrm_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `hrm_1_0`. Get it with `client.hrm_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 附件授权
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/attachment/permission` (operation `AISaleAttachmentPermisson`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleAttachmentPermissonError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_attachment_permisson(
        &self,
        request: &AISaleAttachmentPermissonRequest,
    ) -> rt::Call<
        AISaleAttachmentPermissonResponseBody,
        AISaleAttachmentPermissonError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleAttachmentPermisson",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/attachment/permission",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销创建实体
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/create` (operation `AISaleEntityCreate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleEntityCreateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_entity_create(
        &self,
        request: &AISaleEntityCreateRequest,
    ) -> rt::Call<AISaleEntityCreateResponseBody, AISaleEntityCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleEntityCreate",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/entity/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销实体详情查询
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/detail` (operation `AISaleEntityDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleEntityDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_entity_detail(
        &self,
        request: &AISaleEntityDetailRequest,
    ) -> rt::Call<AISaleEntityDetailResponseBody, AISaleEntityDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleEntityDetail",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/entity/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销实体列表查询
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/list` (operation `AISaleEntityList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleEntityListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_entity_list(
        &self,
        request: &AISaleEntityListRequest,
    ) -> rt::Call<AISaleEntityListResponseBody, AISaleEntityListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleEntityList",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/entity/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销实体更新
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/update` (operation `AISaleEntityUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleEntityUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_entity_update(
        &self,
        request: &AISaleEntityUpdateRequest,
    ) -> rt::Call<AISaleEntityUpdateResponseBody, AISaleEntityUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleEntityUpdate",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/entity/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销活动听记总结分析
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis` (operation `AISaleFlashMinutesAnalysis`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleFlashMinutesAnalysisError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_flash_minutes_analysis(
        &self,
        request: &AISaleFlashMinutesAnalysisRequest,
    ) -> rt::Call<
        AISaleFlashMinutesAnalysisResponseBody,
        AISaleFlashMinutesAnalysisError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleFlashMinutesAnalysis",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 活动助理记忆列表查询
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/memory/list` (operation `AISaleGetMemory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleGetMemoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_get_memory(
        &self,
        request: &AISaleGetMemoryRequest,
    ) -> rt::Call<AISaleGetMemoryResponseBody, AISaleGetMemoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleGetMemory",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/memory/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI营销实体定义信息
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/schema/get` (operation `AISaleSchemaGet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleSchemaGetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_schema_get(
        &self,
        request: &AISaleSchemaGetRequest,
    ) -> rt::Call<AISaleSchemaGetResponseBody, AISaleSchemaGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleSchemaGet",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/schema/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销的同步AI任务
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask` (operation `AISaleSyncAiTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleSyncAiTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_sync_ai_task(
        &self,
        request: &AISaleSyncAiTaskRequest,
    ) -> rt::Call<AISaleSyncAiTaskResponseBody, AISaleSyncAiTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleSyncAiTask",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI营销任务结果查询
    ///
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/taskResult` (operation `AISaleTaskResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AISaleTaskResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ai_sale_task_result(
        &self,
        request: &AISaleTaskResultRequest,
    ) -> rt::Call<AISaleTaskResultResponseBody, AISaleTaskResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AISaleTaskResult",
            rt::Method::Post,
            "/v1.0/hrm/ai-sale/api/v1/common/taskResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加自定义花名册字段
    ///
    /// `POST /v1.0/hrm/customRosterField/add` (operation `AddCustomRosterField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCustomRosterFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_custom_roster_field(
        &self,
        request: &AddCustomRosterFieldRequest,
    ) -> rt::Call<AddCustomRosterFieldResponseBody, AddCustomRosterFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCustomRosterField",
            rt::Method::Post,
            "/v1.0/hrm/customRosterField/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增法人公司
    ///
    /// `POST /v1.0/hrm/masters/legalEntities/companies` (operation `AddHrmLegalEntity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddHrmLegalEntityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_hrm_legal_entity(
        &self,
        request: &AddHrmLegalEntityRequest,
    ) -> rt::Call<AddHrmLegalEntityResponseBody, AddHrmLegalEntityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddHrmLegalEntity",
            rt::Method::Post,
            "/v1.0/hrm/masters/legalEntities/companies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事添加待入职员工信息(支持花名册数据和分组明细更新)
    ///
    /// `POST /v1.0/hrm/preentries` (operation `AddHrmPreentry`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddHrmPreentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_hrm_preentry(
        &self,
        request: &AddHrmPreentryRequest,
    ) -> rt::Call<AddHrmPreentryResponseBody, AddHrmPreentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddHrmPreentry",
            rt::Method::Post,
            "/v1.0/hrm/preentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新建花名册字段分组
    ///
    /// `POST /v1.0/hrm/rosterFieldForm/add` (operation `AddRosterFieldForm`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRosterFieldFormError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_roster_field_form(
        &self,
        request: &AddRosterFieldFormRequest,
    ) -> rt::Call<AddRosterFieldFormResponseBody, AddRosterFieldFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRosterFieldForm",
            rt::Method::Post,
            "/v1.0/hrm/rosterFieldForm/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用于提供给独立部署的一方应用转换unionId（白名单策略）
    ///
    /// `POST /v1.0/hrm/isv/convertUnionId` (operation `ConvertUnionId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConvertUnionIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn convert_union_id(
        &self,
        request: &ConvertUnionIdRequest,
    ) -> rt::Call<ConvertUnionIdResponseBody, ConvertUnionIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConvertUnionId",
            rt::Method::Post,
            "/v1.0/hrm/isv/convertUnionId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建电子签签署记录
    ///
    /// `POST /v1.0/hrm/masters/signCenters/records` (operation `CreateRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_record(
        &self,
        request: &CreateRecordRequest,
    ) -> rt::Call<CreateRecordResponseBody, CreateRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRecord",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除花名册自定义字段
    ///
    /// `POST /v1.0/hrm/customRosterField/delete` (operation `DeleteCustomRosterField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCustomRosterFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_custom_roster_field(
        &self,
        request: &DeleteCustomRosterFieldRequest,
    ) -> rt::Call<DeleteCustomRosterFieldResponseBody, DeleteCustomRosterFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCustomRosterField",
            rt::Method::Post,
            "/v1.0/hrm/customRosterField/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除花名册字段分组
    ///
    /// `POST /v1.0/hrm/rosterFieldForm/delete` (operation `DeleteRosterFieldForm`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRosterFieldFormError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_roster_field_form(
        &self,
        request: &DeleteRosterFieldFormRequest,
    ) -> rt::Call<DeleteRosterFieldFormResponseBody, DeleteRosterFieldFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRosterFieldForm",
            rt::Method::Post,
            "/v1.0/hrm/rosterFieldForm/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事设备市场管理
    ///
    /// `GET /v1.0/hrm/device/market/manager` (operation `DeviceMarketManager`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeviceMarketManagerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn device_market_manager(
        &self,
    ) -> rt::Call<DeviceMarketManagerResponseBody, DeviceMarketManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeviceMarketManager",
            rt::Method::Get,
            "/v1.0/hrm/device/market/manager",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 智能人事设备定向管理接口
    ///
    /// `GET /v1.0/hrm/device/market/order/manager` (operation `DeviceMarketOrderManager`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeviceMarketOrderManagerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn device_market_order_manager(
        &self,
    ) -> rt::Call<DeviceMarketOrderManagerResponseBody, DeviceMarketOrderManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeviceMarketOrderManager",
            rt::Method::Get,
            "/v1.0/hrm/device/market/order/manager",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// e签宝专有查询证件接口
    ///
    /// `GET /v1.0/hrm/eCerts` (operation `ECertQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ECertQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn e_cert_query(
        &self,
        request: &ECertQueryRequest,
    ) -> rt::Call<ECertQueryResponseBody, ECertQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ECertQuery",
            rt::Method::Get,
            "/v1.0/hrm/eCerts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 加入待离职
    ///
    /// `POST /v1.0/hrm/pendingDismission/start` (operation `EmpStartDismission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EmpStartDismissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn emp_start_dismission(
        &self,
        request: &EmpStartDismissionRequest,
    ) -> rt::Call<EmpStartDismissionResponseBody, EmpStartDismissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EmpStartDismission",
            rt::Method::Post,
            "/v1.0/hrm/pendingDismission/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事员工档案附件更新
    ///
    /// `PUT /v1.0/hrm/employees/attachments` (operation `EmployeeAttachmentUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EmployeeAttachmentUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn employee_attachment_update(
        &self,
        request: &EmployeeAttachmentUpdateRequest,
    ) -> rt::Call<EmployeeAttachmentUpdateResponseBody, EmployeeAttachmentUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EmployeeAttachmentUpdate",
            rt::Method::Put,
            "/v1.0/hrm/employees/attachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人事高级合同管理回退
    ///
    /// `POST /v1.0/hrm/contracts/esign/rollback` (operation `EsignRollback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EsignRollbackError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn esign_rollback(
        &self,
        request: &EsignRollbackRequest,
    ) -> rt::Call<EsignRollbackResponseBody, EsignRollbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EsignRollback",
            rt::Method::Post,
            "/v1.0/hrm/contracts/esign/rollback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取所有离职原因
    ///
    /// `GET /v1.0/hrm/dismission/reasons` (operation `GetAllDismissionReasons`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllDismissionReasonsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_all_dismission_reasons(
        &self,
    ) -> rt::Call<GetAllDismissionReasonsResponseBody, GetAllDismissionReasonsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllDismissionReasons",
            rt::Method::Get,
            "/v1.0/hrm/dismission/reasons",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取离职记录
    ///
    /// `GET /v1.0/hrm/dismission/record/get` (operation `GetDismissionRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDismissionRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dismission_record(
        &self,
        request: &GetDismissionRecordRequest,
    ) -> rt::Call<GetDismissionRecordResponseBody, GetDismissionRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDismissionRecord",
            rt::Method::Get,
            "/v1.0/hrm/dismission/record/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取员工花名册指定字段的信息，支持明细分组字段
    ///
    /// `POST /v1.0/hrm/rosters/lists/query` (operation `GetEmployeeRosterByField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEmployeeRosterByFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_employee_roster_by_field(
        &self,
        request: &GetEmployeeRosterByFieldRequest,
    ) -> rt::Call<GetEmployeeRosterByFieldResponseBody, GetEmployeeRosterByFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEmployeeRosterByField",
            rt::Method::Post,
            "/v1.0/hrm/rosters/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文件模板列表及文件模板内花名册字段
    ///
    /// `POST /v1.0/hrm/masters/fileTemplates/lists/query` (operation `GetFileTemplateList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileTemplateListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_template_list(
        &self,
        request: &GetFileTemplateListRequest,
    ) -> rt::Call<GetFileTemplateListResponseBody, GetFileTemplateListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileTemplateList",
            rt::Method::Post,
            "/v1.0/hrm/masters/fileTemplates/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过签署记录id查询指定的电子签署记录
    ///
    /// `POST /v1.0/hrm/masters/signCenters/records/query` (operation `GetSignRecordById`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignRecordByIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sign_record_by_id(
        &self,
        request: &GetSignRecordByIdRequest,
    ) -> rt::Call<GetSignRecordByIdResponseBody, GetSignRecordByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignRecordById",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定用户的电子签署记录，并返回签署记录的基本数据及已签署完成的文件预览地址
    ///
    /// `POST /v1.0/hrm/masters/signCenters/users/records/query` (operation `GetSignRecordByUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignRecordByUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sign_record_by_user_id(
        &self,
        request: &GetSignRecordByUserIdRequest,
    ) -> rt::Call<GetSignRecordByUserIdResponseBody, GetSignRecordByUserIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignRecordByUserId",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/users/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定outerId的电子签署记录详情
    ///
    /// `POST /v1.0/hrm/masters/signCenters/outerIds/records/query` (operation `GetUserSignedRecordsByOuterId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserSignedRecordsByOuterIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_signed_records_by_outer_id(
        &self,
        request: &GetUserSignedRecordsByOuterIdRequest,
    ) -> rt::Call<
        GetUserSignedRecordsByOuterIdResponseBody,
        GetUserSignedRecordsByOuterIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserSignedRecordsByOuterId",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/outerIds/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事权限查询
    ///
    /// `POST /v1.0/hrm/authResources/query` (operation `HrmAuthResourcesQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmAuthResourcesQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_auth_resources_query(
        &self,
        request: &HrmAuthResourcesQueryRequest,
    ) -> rt::Call<HrmAuthResourcesQueryResponseBody, HrmAuthResourcesQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmAuthResourcesQuery",
            rt::Method::Post,
            "/v1.0/hrm/authResources/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事权益查询
    ///
    /// `POST /v1.0/hrm/benefits/query` (operation `HrmBenefitQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmBenefitQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_benefit_query(
        &self,
        request: &HrmBenefitQueryRequest,
    ) -> rt::Call<HrmBenefitQueryResponseBody, HrmBenefitQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmBenefitQuery",
            rt::Method::Post,
            "/v1.0/hrm/benefits/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业配置信息
    ///
    /// `POST /v1.0/hrm/corp/configs/query` (operation `HrmCorpConfigQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmCorpConfigQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_corp_config_query(
        &self,
        request: &HrmCorpConfigQueryRequest,
    ) -> rt::Call<HrmCorpConfigQueryResponseBody, HrmCorpConfigQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmCorpConfigQuery",
            rt::Method::Post,
            "/v1.0/hrm/corp/configs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事邮件发送
    ///
    /// `POST /v1.0/hrm/mails/send` (operation `HrmMailSend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmMailSendError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_mail_send(
        &self,
        request: &HrmMailSendRequest,
    ) -> rt::Call<HrmMailSendResponseBody, HrmMailSendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmMailSend",
            rt::Method::Post,
            "/v1.0/hrm/mails/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人事2.0支持Moka事件转发
    ///
    /// `POST /v1.0/hrm/moka/events/forward` (operation `HrmMokaEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmMokaEventError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_moka_event(
        &self,
        request: &HrmMokaEventRequest,
    ) -> rt::Call<HrmMokaEventResponseBody, HrmMokaEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmMokaEvent",
            rt::Method::Post,
            "/v1.0/hrm/moka/events/forward",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人事2.0支持Moka接口转发
    ///
    /// `POST /v1.0/hrm/moka/forward` (operation `HrmMokaOapi`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmMokaOapiError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_moka_oapi(
        &self,
        request: &HrmMokaOapiRequest,
    ) -> rt::Call<HrmMokaOapiResponseBody, HrmMokaOapiError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmMokaOapi",
            rt::Method::Post,
            "/v1.0/hrm/moka/forward",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事转正接口
    ///
    /// `POST /v1.0/hrm/processes/regulars/become` (operation `HrmProcessRegular`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmProcessRegularError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_process_regular(
        &self,
        request: &HrmProcessRegularRequest,
    ) -> rt::Call<HrmProcessRegularResponseBody, HrmProcessRegularError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmProcessRegular",
            rt::Method::Post,
            "/v1.0/hrm/processes/regulars/become",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事离职和交接接口
    ///
    /// `POST /v1.0/hrm/processes/terminateAndHandOver` (operation `HrmProcessTerminationAndHandover`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmProcessTerminationAndHandoverError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_process_termination_and_handover(
        &self,
        request: &HrmProcessTerminationAndHandoverRequest,
    ) -> rt::Call<
        HrmProcessTerminationAndHandoverResponseBody,
        HrmProcessTerminationAndHandoverError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmProcessTerminationAndHandover",
            rt::Method::Post,
            "/v1.0/hrm/processes/terminateAndHandOver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事调岗接口
    ///
    /// `POST /v1.0/hrm/processes/transfer` (operation `HrmProcessTransfer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmProcessTransferError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_process_transfer(
        &self,
        request: &HrmProcessTransferRequest,
    ) -> rt::Call<HrmProcessTransferResponseBody, HrmProcessTransferError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmProcessTransfer",
            rt::Method::Post,
            "/v1.0/hrm/processes/transfer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改员工最后一次离职信息
    ///
    /// `PUT /v1.0/hrm/processes/employees/terminations` (operation `HrmProcessUpdateTerminationInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmProcessUpdateTerminationInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_process_update_termination_info(
        &self,
        request: &HrmProcessUpdateTerminationInfoRequest,
    ) -> rt::Call<
        HrmProcessUpdateTerminationInfoResponseBody,
        HrmProcessUpdateTerminationInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmProcessUpdateTerminationInfo",
            rt::Method::Put,
            "/v1.0/hrm/processes/employees/terminations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事pts能力调用
    ///
    /// `POST /v1.0/hrm/pts/request` (operation `HrmPtsService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HrmPtsServiceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hrm_pts_service(
        &self,
        request: &HrmPtsServiceRequest,
    ) -> rt::Call<HrmPtsServiceResponseBody, HrmPtsServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HrmPtsService",
            rt::Method::Post,
            "/v1.0/hrm/pts/request",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 作废签署记录
    ///
    /// `POST /v1.0/hrm/masters/signCenters/records/invalid` (operation `InvalidSignRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InvalidSignRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn invalid_sign_records(
        &self,
        request: &InvalidSignRecordsRequest,
    ) -> rt::Call<InvalidSignRecordsResponseBody, InvalidSignRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InvalidSignRecords",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/records/invalid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事主数据删除服务
    ///
    /// `POST /v1.0/hrm/masters/datas/batchRemove` (operation `MasterDataDelete`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDataDeleteError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_data_delete(
        &self,
        request: &MasterDataDeleteRequest,
    ) -> rt::Call<MasterDataDeleteResponseBody, MasterDataDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDataDelete",
            rt::Method::Post,
            "/v1.0/hrm/masters/datas/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事主数据查询服务
    ///
    /// `POST /v1.0/hrm/masters/datas/query` (operation `MasterDataQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDataQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_data_query(
        &self,
        request: &MasterDataQueryRequest,
    ) -> rt::Call<MasterDataQueryResponseBody, MasterDataQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDataQuery",
            rt::Method::Post,
            "/v1.0/hrm/masters/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事主数据保存服务
    ///
    /// `POST /v1.0/hrm/masters/datas/save` (operation `MasterDataSave`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDataSaveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_data_save(
        &self,
        request: &MasterDataSaveRequest,
    ) -> rt::Call<MasterDataSaveResponseBody, MasterDataSaveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDataSave",
            rt::Method::Post,
            "/v1.0/hrm/masters/datas/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 主数据中拥有某个领域数据的租户信息查询
    ///
    /// `GET /v1.0/hrm/masters/tenants` (operation `MasterDataTenantQuey`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDataTenantQueyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_data_tenant_quey(
        &self,
        request: &MasterDataTenantQueyRequest,
    ) -> rt::Call<MasterDataTenantQueyResponseBody, MasterDataTenantQueyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDataTenantQuey",
            rt::Method::Get,
            "/v1.0/hrm/masters/tenants",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事主数据根据ID获取
    ///
    /// `POST /v1.0/hrm/masterDatas/objects/query` (operation `MasterDatasGet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDatasGetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_datas_get(
        &self,
        request: &MasterDatasGetRequest,
    ) -> rt::Call<MasterDatasGetResponseBody, MasterDatasGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDatasGet",
            rt::Method::Post,
            "/v1.0/hrm/masterDatas/objects/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事主数据查询服务
    ///
    /// `POST /v1.0/hrm/masterDatas/query` (operation `MasterDatasQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MasterDatasQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn master_datas_query(
        &self,
        request: &MasterDatasQueryRequest,
    ) -> rt::Call<MasterDatasQueryResponseBody, MasterDatasQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MasterDatasQuery",
            rt::Method::Post,
            "/v1.0/hrm/masterDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// oem 老用户数据迁移时，开通oem 应用
    ///
    /// `POST /v1.0/hrm/oem/microApps/open` (operation `OpenOemMicroApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenOemMicroAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_oem_micro_app(
        &self,
        request: &OpenOemMicroAppRequest,
    ) -> rt::Call<OpenOemMicroAppResponseBody, OpenOemMicroAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenOemMicroApp",
            rt::Method::Post,
            "/v1.0/hrm/oem/microApps/open",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 自定义入职流程数据查询
    ///
    /// `GET /v1.0/hrm/customEntryProcesses` (operation `QueryCustomEntryProcesses`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomEntryProcessesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_custom_entry_processes(
        &self,
        request: &QueryCustomEntryProcessesRequest,
    ) -> rt::Call<
        QueryCustomEntryProcessesResponseBody,
        QueryCustomEntryProcessesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomEntryProcesses",
            rt::Method::Get,
            "/v1.0/hrm/customEntryProcesses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业已离职员工列表
    ///
    /// `GET /v1.0/hrm/employees/dismissions` (operation `QueryDismissionStaffIdList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDismissionStaffIdListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_dismission_staff_id_list(
        &self,
        request: &QueryDismissionStaffIdListRequest,
    ) -> rt::Call<
        QueryDismissionStaffIdListResponseBody,
        QueryDismissionStaffIdListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDismissionStaffIdList",
            rt::Method::Get,
            "/v1.0/hrm/employees/dismissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据传入的staffId列表，批量查询员工的离职信息
    ///
    /// `GET /v1.0/hrm/employees/dimissionInfos` (operation `QueryHrmEmployeeDismissionInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryHrmEmployeeDismissionInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_hrm_employee_dismission_info(
        &self,
        request: &QueryHrmEmployeeDismissionInfoRequest,
    ) -> rt::Call<
        QueryHrmEmployeeDismissionInfoResponseBody,
        QueryHrmEmployeeDismissionInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHrmEmployeeDismissionInfo",
            rt::Method::Get,
            "/v1.0/hrm/employees/dimissionInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询企业的职级信息
    ///
    /// `GET /v1.0/hrm/jobRanks` (operation `QueryJobRanks`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryJobRanksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_job_ranks(
        &self,
        request: &QueryJobRanksRequest,
    ) -> rt::Call<QueryJobRanksResponseBody, QueryJobRanksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryJobRanks",
            rt::Method::Get,
            "/v1.0/hrm/jobRanks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询企业职务信息
    ///
    /// `GET /v1.0/hrm/jobs` (operation `QueryJobs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryJobsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_jobs(
        &self,
        request: &QueryJobsRequest,
    ) -> rt::Call<QueryJobsResponseBody, QueryJobsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryJobs",
            rt::Method::Get,
            "/v1.0/hrm/jobs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事查询微应用状态
    ///
    /// `POST /v1.0/hrm/microApps/statuses/query` (operation `QueryMicroAppStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMicroAppStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_micro_app_status(
        &self,
        request: &QueryMicroAppStatusRequest,
    ) -> rt::Call<QueryMicroAppStatusResponseBody, QueryMicroAppStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMicroAppStatus",
            rt::Method::Post,
            "/v1.0/hrm/microApps/statuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事查询微应用可见性
    ///
    /// `POST /v1.0/hrm/microApps/visibilities/query` (operation `QueryMicroAppView`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMicroAppViewError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_micro_app_view(
        &self,
        request: &QueryMicroAppViewRequest,
    ) -> rt::Call<QueryMicroAppViewResponseBody, QueryMicroAppViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMicroAppView",
            rt::Method::Post,
            "/v1.0/hrm/microApps/visibilities/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业职位版本
    ///
    /// `POST /v1.0/hrm/positions/versions/query` (operation `QueryPositionVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPositionVersionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_position_version(
        &self,
    ) -> rt::Call<QueryPositionVersionResponseBody, QueryPositionVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPositionVersion",
            rt::Method::Post,
            "/v1.0/hrm/positions/versions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 分页查询企业职位信息
    ///
    /// `POST /v1.0/hrm/positions/query` (operation `QueryPositions`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPositionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_positions(
        &self,
        request: &QueryPositionsRequest,
    ) -> rt::Call<QueryPositionsResponseBody, QueryPositionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPositions",
            rt::Method::Post,
            "/v1.0/hrm/positions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回电子签署中的签署记录
    ///
    /// `POST /v1.0/hrm/masters/signCenters/records/revoke` (operation `RevokeSignRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RevokeSignRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn revoke_sign_records(
        &self,
        request: &RevokeSignRecordsRequest,
    ) -> rt::Call<RevokeSignRecordsResponseBody, RevokeSignRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevokeSignRecords",
            rt::Method::Post,
            "/v1.0/hrm/masters/signCenters/records/revoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销待离职
    ///
    /// `POST /v1.0/hrm/pendingDismission/revoke` (operation `RevokeTermination`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RevokeTerminationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn revoke_termination(
        &self,
        request: &RevokeTerminationRequest,
    ) -> rt::Call<RevokeTerminationResponseBody, RevokeTerminationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevokeTermination",
            rt::Method::Post,
            "/v1.0/hrm/pendingDismission/revoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询花名册中有权限的字段列表
    ///
    /// `GET /v1.0/hrm/rosters/meta/authorities/fields` (operation `RosterMetaAvailableFieldList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RosterMetaAvailableFieldListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn roster_meta_available_field_list(
        &self,
        request: &RosterMetaAvailableFieldListRequest,
    ) -> rt::Call<
        RosterMetaAvailableFieldListResponseBody,
        RosterMetaAvailableFieldListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RosterMetaAvailableFieldList",
            rt::Method::Get,
            "/v1.0/hrm/rosters/meta/authorities/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事花名册字段选项修改
    ///
    /// `PUT /v1.0/hrm/rosters/meta/fields/options` (operation `RosterMetaFieldOptionsUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RosterMetaFieldOptionsUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn roster_meta_field_options_update(
        &self,
        request: &RosterMetaFieldOptionsUpdateRequest,
    ) -> rt::Call<
        RosterMetaFieldOptionsUpdateResponseBody,
        RosterMetaFieldOptionsUpdateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RosterMetaFieldOptionsUpdate",
            rt::Method::Put,
            "/v1.0/hrm/rosters/meta/fields/options",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV发送卡片消息
    ///
    /// `POST /v1.0/hrm/cardMessages/send` (operation `SendIsvCardMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendIsvCardMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_isv_card_message(
        &self,
        request: &SendIsvCardMessageRequest,
    ) -> rt::Call<SendIsvCardMessageResponseBody, SendIsvCardMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendIsvCardMessage",
            rt::Method::Post,
            "/v1.0/hrm/cardMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送实人认证邀请消息
    ///
    /// `POST /v1.0/hrm/realAuth/send` (operation `SendRealAuthInviteMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendRealAuthInviteMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_real_auth_invite_message(
        &self,
        request: &SendRealAuthInviteMessageRequest,
    ) -> rt::Call<
        SendRealAuthInviteMessageResponseBody,
        SendRealAuthInviteMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendRealAuthInviteMessage",
            rt::Method::Post,
            "/v1.0/hrm/realAuth/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 初始化解决方案任务
    ///
    /// `POST /v1.0/hrm/solutions/tasks/init` (operation `SolutionTaskInit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SolutionTaskInitError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn solution_task_init(
        &self,
        request: &SolutionTaskInitRequest,
    ) -> rt::Call<SolutionTaskInitResponseBody, SolutionTaskInitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SolutionTaskInit",
            rt::Method::Post,
            "/v1.0/hrm/solutions/tasks/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存解决方案任务
    ///
    /// `POST /v1.0/hrm/solutions/tasks/save` (operation `SolutionTaskSave`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SolutionTaskSaveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn solution_task_save(
        &self,
        request: &SolutionTaskSaveRequest,
    ) -> rt::Call<SolutionTaskSaveResponseBody, SolutionTaskSaveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SolutionTaskSave",
            rt::Method::Post,
            "/v1.0/hrm/solutions/tasks/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步解决方案状态
    ///
    /// `POST /v1.0/hrm/solutions/statuses/sync` (operation `SyncSolutionStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncSolutionStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sync_solution_status(
        &self,
        request: &SyncSolutionStatusRequest,
    ) -> rt::Call<SyncSolutionStatusResponseBody, SyncSolutionStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncSolutionStatus",
            rt::Method::Post,
            "/v1.0/hrm/solutions/statuses/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步解决方案任务模版
    ///
    /// `POST /v1.0/hrm/solutions/tasks/templates/sync` (operation `SyncTaskTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncTaskTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sync_task_template(
        &self,
        request: &SyncTaskTemplateRequest,
    ) -> rt::Call<SyncTaskTemplateResponseBody, SyncTaskTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncTaskTemplate",
            rt::Method::Post,
            "/v1.0/hrm/solutions/tasks/templates/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新花名册自定义字段
    ///
    /// `POST /v1.0/hrm/customRosterField/update` (operation `UpdateCustomRosterField`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCustomRosterFieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_custom_roster_field(
        &self,
        request: &UpdateCustomRosterFieldRequest,
    ) -> rt::Call<UpdateCustomRosterFieldResponseBody, UpdateCustomRosterFieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomRosterField",
            rt::Method::Post,
            "/v1.0/hrm/customRosterField/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新待离职信息
    ///
    /// `PUT /v1.0/hrm/pendingDismission/infos` (operation `UpdateEmpDismissionInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateEmpDismissionInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_emp_dismission_info(
        &self,
        request: &UpdateEmpDismissionInfoRequest,
    ) -> rt::Call<UpdateEmpDismissionInfoResponseBody, UpdateEmpDismissionInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateEmpDismissionInfo",
            rt::Method::Put,
            "/v1.0/hrm/pendingDismission/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新法人公司名称
    ///
    /// `PUT /v1.0/hrm/masters/legalEntities/companyNames` (operation `UpdateHrmLegalEntityName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateHrmLegalEntityNameError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_hrm_legal_entity_name(
        &self,
        request: &UpdateHrmLegalEntityNameRequest,
    ) -> rt::Call<UpdateHrmLegalEntityNameResponseBody, UpdateHrmLegalEntityNameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateHrmLegalEntityName",
            rt::Method::Put,
            "/v1.0/hrm/masters/legalEntities/companyNames",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新法人公司
    ///
    /// `PUT /v1.0/hrm/masters/legalEntities/companies` (operation `UpdateHrmLegalEntityWithoutName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateHrmLegalEntityWithoutNameError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_hrm_legal_entity_without_name(
        &self,
        request: &UpdateHrmLegalEntityWithoutNameRequest,
    ) -> rt::Call<
        UpdateHrmLegalEntityWithoutNameResponseBody,
        UpdateHrmLegalEntityWithoutNameError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateHrmLegalEntityWithoutName",
            rt::Method::Put,
            "/v1.0/hrm/masters/legalEntities/companies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能人事更新版本回退按钮状态
    ///
    /// `PUT /v1.0/hrm/versions/rollbackButtons/statuses` (operation `UpdateHrmVersionRollBackStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateHrmVersionRollBackStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_hrm_version_roll_back_status(
        &self,
        request: &UpdateHrmVersionRollBackStatusRequest,
    ) -> rt::Call<
        UpdateHrmVersionRollBackStatusResponseBody,
        UpdateHrmVersionRollBackStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateHrmVersionRollBackStatus",
            rt::Method::Put,
            "/v1.0/hrm/versions/rollbackButtons/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV更新卡片消息
    ///
    /// `PUT /v1.0/hrm/cardMessages` (operation `UpdateIsvCardMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateIsvCardMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_isv_card_message(
        &self,
        request: &UpdateIsvCardMessageRequest,
    ) -> rt::Call<UpdateIsvCardMessageResponseBody, UpdateIsvCardMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateIsvCardMessage",
            rt::Method::Put,
            "/v1.0/hrm/cardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新花名册字段分组
    ///
    /// `POST /v1.0/hrm/rosterFieldForm/update` (operation `UpdateRosterFieldForm`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRosterFieldFormError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_roster_field_form(
        &self,
        request: &UpdateRosterFieldFormRequest,
    ) -> rt::Call<UpdateRosterFieldFormResponseBody, UpdateRosterFieldFormError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRosterFieldForm",
            rt::Method::Post,
            "/v1.0/hrm/rosterFieldForm/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上传附件材料
    ///
    /// `POST /v1.0/hrm/attachments/upload` (operation `UploadAttachment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UploadAttachmentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upload_attachment(
        &self,
        request: &UploadAttachmentRequest,
    ) -> rt::Call<UploadAttachmentResponseBody, UploadAttachmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadAttachment",
            rt::Method::Post,
            "/v1.0/hrm/attachments/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::ai_sale_entity_list`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.data` of each page.
    pub fn ai_sale_entity_list_pages(
        &self,
        request: &AISaleEntityListRequest,
    ) -> rt::Paginator<
        AISaleEntityListResponseBody,
        AISaleEntityListError,
        AISaleEntityListResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            false,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "data"],
        );
        rt::Paginator::new(self.ai_sale_entity_list(request), &PAGING)
    }
    /// Every page of [`Api::ai_sale_get_memory`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.data` of each page.
    pub fn ai_sale_get_memory_pages(
        &self,
        request: &AISaleGetMemoryRequest,
    ) -> rt::Paginator<
        AISaleGetMemoryResponseBody,
        AISaleGetMemoryError,
        AISaleGetMemoryResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            false,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "data"],
        );
        rt::Paginator::new(self.ai_sale_get_memory(request), &PAGING)
    }
    /// Every page of [`Api::get_dismission_record`]: the call again with `nextToken` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn get_dismission_record_pages(
        &self,
        request: &GetDismissionRecordRequest,
    ) -> rt::Paginator<
        GetDismissionRecordResponseBody,
        GetDismissionRecordError,
        GetDismissionRecordResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.get_dismission_record(request), &PAGING)
    }
    /// Every page of [`Api::get_file_template_list`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.data` of each page.
    pub fn get_file_template_list_pages(
        &self,
        request: &GetFileTemplateListRequest,
    ) -> rt::Paginator<
        GetFileTemplateListResponseBody,
        GetFileTemplateListError,
        GetFileTemplateListResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "data"],
        );
        rt::Paginator::new(self.get_file_template_list(request), &PAGING)
    }
    /// Every page of [`Api::get_sign_record_by_user_id`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.data` of each page.
    pub fn get_sign_record_by_user_id_pages(
        &self,
        request: &GetSignRecordByUserIdRequest,
    ) -> rt::Paginator<
        GetSignRecordByUserIdResponseBody,
        GetSignRecordByUserIdError,
        GetSignRecordByUserIdResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "data"],
        );
        rt::Paginator::new(self.get_sign_record_by_user_id(request), &PAGING)
    }
    /// Every page of [`Api::master_data_query`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `result` of each page.
    pub fn master_data_query_pages(
        &self,
        request: &MasterDataQueryRequest,
    ) -> rt::Paginator<
        MasterDataQueryResponseBody,
        MasterDataQueryError,
        MasterDataQueryResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &["hasMore"],
            &["result"],
        );
        rt::Paginator::new(self.master_data_query(request), &PAGING)
    }
    /// Every page of [`Api::master_datas_query`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `result` of each page.
    pub fn master_datas_query_pages(
        &self,
        request: &MasterDatasQueryRequest,
    ) -> rt::Paginator<
        MasterDatasQueryResponseBody,
        MasterDatasQueryError,
        MasterDatasQueryResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &["hasMore"],
            &["result"],
        );
        rt::Paginator::new(self.master_datas_query(request), &PAGING)
    }
    /// Every page of [`Api::query_custom_entry_processes`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_custom_entry_processes_pages(
        &self,
        request: &QueryCustomEntryProcessesRequest,
    ) -> rt::Paginator<
        QueryCustomEntryProcessesResponseBody,
        QueryCustomEntryProcessesError,
        QueryCustomEntryProcessesResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_custom_entry_processes(request), &PAGING)
    }
    /// Every page of [`Api::query_dismission_staff_id_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `userIdList` of each page.
    pub fn query_dismission_staff_id_list_pages(
        &self,
        request: &QueryDismissionStaffIdListRequest,
    ) -> rt::Paginator<
        QueryDismissionStaffIdListResponseBody,
        QueryDismissionStaffIdListError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["userIdList"],
        );
        rt::Paginator::new(self.query_dismission_staff_id_list(request), &PAGING)
    }
    /// Every page of [`Api::query_job_ranks`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_job_ranks_pages(
        &self,
        request: &QueryJobRanksRequest,
    ) -> rt::Paginator<
        QueryJobRanksResponseBody,
        QueryJobRanksError,
        QueryJobRanksResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_job_ranks(request), &PAGING)
    }
    /// Every page of [`Api::query_jobs`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_jobs_pages(
        &self,
        request: &QueryJobsRequest,
    ) -> rt::Paginator<
        QueryJobsResponseBody,
        QueryJobsError,
        QueryJobsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_jobs(request), &PAGING)
    }
    /// Every page of [`Api::query_positions`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_positions_pages(
        &self,
        request: &QueryPositionsRequest,
    ) -> rt::Paginator<
        QueryPositionsResponseBody,
        QueryPositionsError,
        QueryPositionsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_positions(request), &PAGING)
    }
}
/// `AISaleAttachmentPermissonResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleAttachmentPermissonResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleAttachmentPermissonResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleAttachmentPermissonResponseBody {
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
impl rt::serde::Serialize for AISaleAttachmentPermissonResponseBody {
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
/// `AISaleEntityCreateRequestFieldInstances`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateRequestFieldInstances {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
impl AISaleEntityCreateRequestFieldInstances {
    /// An empty `AISaleEntityCreateRequestFieldInstances`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldKey`.
    pub fn field_key(mut self, value: impl Into<String>) -> Self {
        self.field_key = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityCreateRequestFieldInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldValue", &self.field_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityCreateRequestFieldInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityCreateRequestFieldInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            _ => Ok(false),
        }
    }
}
/// `AISaleEntityCreateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleEntityCreateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityCreateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityCreateResponseBody {
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
impl rt::serde::Serialize for AISaleEntityCreateResponseBody {
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
/// `AISaleEntityDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityDetailResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleEntityDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityDetailResponseBody {
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
impl rt::serde::Serialize for AISaleEntityDetailResponseBody {
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
/// `AISaleEntityListRequestConditions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListRequestConditions {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl AISaleEntityListRequestConditions {
    /// An empty `AISaleEntityListRequestConditions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldKey`.
    pub fn field_key(mut self, value: impl Into<String>) -> Self {
        self.field_key = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityListRequestConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("operator", &self.operator)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityListRequestConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityListRequestConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "operator" => rt::read_field(map, &mut self.operator),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `AISaleEntityListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleEntityListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityListResponseBody {
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
impl rt::serde::Serialize for AISaleEntityListResponseBody {
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
/// `AISaleEntityUpdateRequestFieldInstances`: the same model as [`AISaleEntityCreateRequestFieldInstances`].
pub type AISaleEntityUpdateRequestFieldInstances = AISaleEntityCreateRequestFieldInstances;
/// `AISaleEntityUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityUpdateResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleEntityUpdateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityUpdateResponseBody {
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
impl rt::serde::Serialize for AISaleEntityUpdateResponseBody {
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
/// `AISaleFlashMinutesAnalysisResponseBody`: the same model as [`AISaleAttachmentPermissonResponseBody`].
pub type AISaleFlashMinutesAnalysisResponseBody = AISaleAttachmentPermissonResponseBody;
/// `AISaleGetMemoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleGetMemoryResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleGetMemoryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleGetMemoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleGetMemoryResponseBody {
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
impl rt::serde::Serialize for AISaleGetMemoryResponseBody {
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
/// `AISaleSchemaGetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSchemaGetResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleSchemaGetResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleSchemaGetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSchemaGetResponseBody {
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
impl rt::serde::Serialize for AISaleSchemaGetResponseBody {
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
/// `AISaleSyncAiTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSyncAiTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleSyncAiTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleSyncAiTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSyncAiTaskResponseBody {
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
impl rt::serde::Serialize for AISaleSyncAiTaskResponseBody {
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
/// `AISaleTaskResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleTaskResultResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AISaleTaskResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleTaskResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleTaskResultResponseBody {
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
impl rt::serde::Serialize for AISaleTaskResultResponseBody {
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
/// `AddCustomRosterFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCustomRosterFieldResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AddCustomRosterFieldResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCustomRosterFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCustomRosterFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCustomRosterFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddHrmLegalEntityRequestExt`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmLegalEntityRequestExt {
    /// `legalEntityEnName`.
    pub legal_entity_en_name: Option<String>,
    /// `legalEntityEnShortName`.
    pub legal_entity_en_short_name: Option<String>,
    /// `legalEntityType`.
    pub legal_entity_type: Option<String>,
    /// `manageAddress`.
    pub manage_address: Option<AddHrmLegalEntityRequestExtManageAddress>,
    /// `registrationAddress`.
    pub registration_address: Option<AddHrmLegalEntityRequestExtRegistrationAddress>,
    /// `registrationDate`.
    pub registration_date: Option<i64>,
    /// `unifiedSocialCreditCode`.
    pub unified_social_credit_code: Option<String>,
    /// `zipCode`.
    pub zip_code: Option<String>,
}
impl AddHrmLegalEntityRequestExt {
    /// An empty `AddHrmLegalEntityRequestExt`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `legalEntityEnName`.
    pub fn legal_entity_en_name(mut self, value: impl Into<String>) -> Self {
        self.legal_entity_en_name = Some(value.into());
        self
    }
    /// Sets `legalEntityEnShortName`.
    pub fn legal_entity_en_short_name(mut self, value: impl Into<String>) -> Self {
        self.legal_entity_en_short_name = Some(value.into());
        self
    }
    /// Sets `legalEntityType`.
    pub fn legal_entity_type(mut self, value: impl Into<String>) -> Self {
        self.legal_entity_type = Some(value.into());
        self
    }
    /// Sets `manageAddress`.
    pub fn manage_address(
        mut self,
        value: AddHrmLegalEntityRequestExtManageAddress,
    ) -> Self {
        self.manage_address = Some(value);
        self
    }
    /// Sets `registrationAddress`.
    pub fn registration_address(
        mut self,
        value: AddHrmLegalEntityRequestExtRegistrationAddress,
    ) -> Self {
        self.registration_address = Some(value);
        self
    }
    /// Sets `registrationDate`.
    pub fn registration_date(mut self, value: i64) -> Self {
        self.registration_date = Some(value);
        self
    }
    /// Sets `unifiedSocialCreditCode`.
    pub fn unified_social_credit_code(mut self, value: impl Into<String>) -> Self {
        self.unified_social_credit_code = Some(value.into());
        self
    }
    /// Sets `zipCode`.
    pub fn zip_code(mut self, value: impl Into<String>) -> Self {
        self.zip_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddHrmLegalEntityRequestExt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("legalEntityEnName", &self.legal_entity_en_name)?;
        object.optional("legalEntityEnShortName", &self.legal_entity_en_short_name)?;
        object.optional("legalEntityType", &self.legal_entity_type)?;
        object.optional("manageAddress", &self.manage_address)?;
        object.optional("registrationAddress", &self.registration_address)?;
        object.optional("registrationDate", &self.registration_date)?;
        object.optional("unifiedSocialCreditCode", &self.unified_social_credit_code)?;
        object.optional("zipCode", &self.zip_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmLegalEntityRequestExt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmLegalEntityRequestExt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "legalEntityEnName" => rt::read_field(map, &mut self.legal_entity_en_name),
            "legalEntityEnShortName" => {
                rt::read_field(map, &mut self.legal_entity_en_short_name)
            }
            "legalEntityType" => rt::read_field(map, &mut self.legal_entity_type),
            "manageAddress" => rt::read_field(map, &mut self.manage_address),
            "registrationAddress" => rt::read_field(map, &mut self.registration_address),
            "registrationDate" => rt::read_field(map, &mut self.registration_date),
            "unifiedSocialCreditCode" => {
                rt::read_field(map, &mut self.unified_social_credit_code)
            }
            "zipCode" => rt::read_field(map, &mut self.zip_code),
            _ => Ok(false),
        }
    }
}
/// `AddHrmLegalEntityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmLegalEntityResponseBody {
    /// `result`.
    pub result: Option<AddHrmLegalEntityResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddHrmLegalEntityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddHrmLegalEntityResponseBody {
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
impl rt::serde::Serialize for AddHrmLegalEntityResponseBody {
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
/// `AddHrmPreentryRequestGroups`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmPreentryRequestGroups {
    /// `groupId`.
    pub group_id: Option<String>,
    /// `sections`.
    pub sections: Option<Vec<AddHrmPreentryRequestGroupsSections>>,
}
impl AddHrmPreentryRequestGroups {
    /// An empty `AddHrmPreentryRequestGroups`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `sections`.
    pub fn sections(
        mut self,
        value: impl IntoIterator<Item = AddHrmPreentryRequestGroupsSections>,
    ) -> Self {
        self.sections = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for AddHrmPreentryRequestGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("sections", &self.sections)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmPreentryRequestGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmPreentryRequestGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupId" => rt::read_field(map, &mut self.group_id),
            "sections" => rt::read_field(map, &mut self.sections),
            _ => Ok(false),
        }
    }
}
/// `AddHrmPreentryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmPreentryResponseBody {
    /// `tmpUserId`.
    pub tmp_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddHrmPreentryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddHrmPreentryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tmpUserId" => rt::read_field(map, &mut self.tmp_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddHrmPreentryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tmpUserId", &self.tmp_user_id)?;
        object.end()
    }
}
/// `AddRosterFieldFormResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRosterFieldFormResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<AddRosterFieldFormResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRosterFieldFormResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRosterFieldFormResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRosterFieldFormResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ConvertUnionIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBody {
    /// `result`.
    pub result: Option<ConvertUnionIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConvertUnionIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConvertUnionIdResponseBody {
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
impl rt::serde::Serialize for ConvertUnionIdResponseBody {
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
/// `CreateRecordRequestAttachmentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordRequestAttachmentList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
}
impl CreateRecordRequestAttachmentList {
    /// An empty `CreateRecordRequestAttachmentList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `fieldName`.
    pub fn field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }
    /// Sets `fieldType`.
    pub fn field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateRecordRequestAttachmentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("groupId", &self.group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordRequestAttachmentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordRequestAttachmentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "groupId" => rt::read_field(map, &mut self.group_id),
            _ => Ok(false),
        }
    }
}
/// `CreateRecordRequestFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordRequestFieldList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `optionId`.
    pub option_id: Option<String>,
    /// `options`.
    pub options: Option<String>,
    /// `signRequired`.
    pub sign_required: Option<bool>,
    /// `userCustomField`.
    pub user_custom_field: Option<bool>,
}
impl CreateRecordRequestFieldList {
    /// An empty `CreateRecordRequestFieldList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `fieldName`.
    pub fn field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }
    /// Sets `fieldType`.
    pub fn field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `optionId`.
    pub fn option_id(mut self, value: impl Into<String>) -> Self {
        self.option_id = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(mut self, value: impl Into<String>) -> Self {
        self.options = Some(value.into());
        self
    }
    /// Sets `signRequired`.
    pub fn sign_required(mut self, value: bool) -> Self {
        self.sign_required = Some(value);
        self
    }
    /// Sets `userCustomField`.
    pub fn user_custom_field(mut self, value: bool) -> Self {
        self.user_custom_field = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateRecordRequestFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("optionId", &self.option_id)?;
        object.optional("options", &self.options)?;
        object.optional("signRequired", &self.sign_required)?;
        object.optional("userCustomField", &self.user_custom_field)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordRequestFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordRequestFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "optionId" => rt::read_field(map, &mut self.option_id),
            "options" => rt::read_field(map, &mut self.options),
            "signRequired" => rt::read_field(map, &mut self.sign_required),
            "userCustomField" => rt::read_field(map, &mut self.user_custom_field),
            _ => Ok(false),
        }
    }
}
/// `CreateRecordRequestGroupList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordRequestGroupList {
    /// `detailFlag`.
    pub detail_flag: Option<bool>,
    /// `fieldList`.
    pub field_list: Option<Vec<Vec<CreateRecordRequestGroupListFieldList>>>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
}
impl CreateRecordRequestGroupList {
    /// An empty `CreateRecordRequestGroupList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailFlag`.
    pub fn detail_flag(mut self, value: bool) -> Self {
        self.detail_flag = Some(value);
        self
    }
    /// Sets `fieldList`.
    pub fn field_list(
        mut self,
        value: impl IntoIterator<Item = Vec<CreateRecordRequestGroupListFieldList>>,
    ) -> Self {
        self.field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateRecordRequestGroupList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailFlag", &self.detail_flag)?;
        object.optional("fieldList", &self.field_list)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordRequestGroupList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordRequestGroupList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailFlag" => rt::read_field(map, &mut self.detail_flag),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            _ => Ok(false),
        }
    }
}
/// `CreateRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordResponseBody {
    /// `result`.
    pub result: Option<CreateRecordResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRecordResponseBody {
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
impl rt::serde::Serialize for CreateRecordResponseBody {
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
/// `DeleteCustomRosterFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteCustomRosterFieldResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteCustomRosterFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteCustomRosterFieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteCustomRosterFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteRosterFieldFormResponseBody`: the same model as [`DeleteCustomRosterFieldResponseBody`].
pub type DeleteRosterFieldFormResponseBody = DeleteCustomRosterFieldResponseBody;
/// `DeviceMarketManagerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeviceMarketManagerResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeviceMarketManagerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeviceMarketManagerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeviceMarketManagerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `DeviceMarketOrderManagerResponseBody`: the same model as [`DeviceMarketManagerResponseBody`].
pub type DeviceMarketOrderManagerResponseBody = DeviceMarketManagerResponseBody;
/// `ECertQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ECertQueryResponseBody {
    /// `certNO`.
    pub cert_no: Option<String>,
    /// `employJobId`.
    pub employ_job_id: Option<String>,
    /// `employJobIdLabel`.
    pub employ_job_id_label: Option<String>,
    /// `employPositionId`.
    pub employ_position_id: Option<String>,
    /// `employPositionIdLabel`.
    pub employ_position_id_label: Option<String>,
    /// `employPositionRankId`.
    pub employ_position_rank_id: Option<String>,
    /// `employPositionRankIdLabel`.
    pub employ_position_rank_id_label: Option<String>,
    /// `hiredDate`.
    pub hired_date: Option<String>,
    /// `lastWorkDay`.
    pub last_work_day: Option<String>,
    /// `mainDeptId`.
    pub main_dept_id: Option<i64>,
    /// `mainDeptName`.
    pub main_dept_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `realName`.
    pub real_name: Option<String>,
    /// `terminationReasonPassive`.
    pub termination_reason_passive: Option<Vec<String>>,
    /// `terminationReasonVoluntary`.
    pub termination_reason_voluntary: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ECertQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ECertQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certNO" => rt::read_field(map, &mut self.cert_no),
            "employJobId" => rt::read_field(map, &mut self.employ_job_id),
            "employJobIdLabel" => rt::read_field(map, &mut self.employ_job_id_label),
            "employPositionId" => rt::read_field(map, &mut self.employ_position_id),
            "employPositionIdLabel" => {
                rt::read_field(map, &mut self.employ_position_id_label)
            }
            "employPositionRankId" => {
                rt::read_field(map, &mut self.employ_position_rank_id)
            }
            "employPositionRankIdLabel" => {
                rt::read_field(map, &mut self.employ_position_rank_id_label)
            }
            "hiredDate" => rt::read_field(map, &mut self.hired_date),
            "lastWorkDay" => rt::read_field(map, &mut self.last_work_day),
            "mainDeptId" => rt::read_field(map, &mut self.main_dept_id),
            "mainDeptName" => rt::read_field(map, &mut self.main_dept_name),
            "name" => rt::read_field(map, &mut self.name),
            "realName" => rt::read_field(map, &mut self.real_name),
            "terminationReasonPassive" => {
                rt::read_field(map, &mut self.termination_reason_passive)
            }
            "terminationReasonVoluntary" => {
                rt::read_field(map, &mut self.termination_reason_voluntary)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ECertQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certNO", &self.cert_no)?;
        object.optional("employJobId", &self.employ_job_id)?;
        object.optional("employJobIdLabel", &self.employ_job_id_label)?;
        object.optional("employPositionId", &self.employ_position_id)?;
        object.optional("employPositionIdLabel", &self.employ_position_id_label)?;
        object.optional("employPositionRankId", &self.employ_position_rank_id)?;
        object
            .optional("employPositionRankIdLabel", &self.employ_position_rank_id_label)?;
        object.optional("hiredDate", &self.hired_date)?;
        object.optional("lastWorkDay", &self.last_work_day)?;
        object.optional("mainDeptId", &self.main_dept_id)?;
        object.optional("mainDeptName", &self.main_dept_name)?;
        object.optional("name", &self.name)?;
        object.optional("realName", &self.real_name)?;
        object.optional("terminationReasonPassive", &self.termination_reason_passive)?;
        object
            .optional("terminationReasonVoluntary", &self.termination_reason_voluntary)?;
        object.end()
    }
}
/// `EmpStartDismissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EmpStartDismissionResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EmpStartDismissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EmpStartDismissionResponseBody {
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
impl rt::serde::Serialize for EmpStartDismissionResponseBody {
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
/// `EmployeeAttachmentUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EmployeeAttachmentUpdateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EmployeeAttachmentUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EmployeeAttachmentUpdateResponseBody {
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
impl rt::serde::Serialize for EmployeeAttachmentUpdateResponseBody {
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
/// `EsignRollbackResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EsignRollbackResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EsignRollbackResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EsignRollbackResponseBody {
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
impl rt::serde::Serialize for EsignRollbackResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAllDismissionReasonsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetAllDismissionReasonsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllDismissionReasonsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllDismissionReasonsResponseBody {
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
impl rt::serde::Serialize for GetAllDismissionReasonsResponseBody {
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
/// `GetDismissionRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBody {
    /// `result`.
    pub result: Option<GetDismissionRecordResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDismissionRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDismissionRecordResponseBody {
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
impl rt::serde::Serialize for GetDismissionRecordResponseBody {
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
/// `GetEmployeeRosterByFieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBody {
    /// `result`.
    pub result: Option<Vec<GetEmployeeRosterByFieldResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeRosterByFieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmployeeRosterByFieldResponseBody {
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
impl rt::serde::Serialize for GetEmployeeRosterByFieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFileTemplateListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBody {
    /// `result`.
    pub result: Option<GetFileTemplateListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileTemplateListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileTemplateListResponseBody {
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
impl rt::serde::Serialize for GetFileTemplateListResponseBody {
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
/// `GetSignRecordByIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignRecordByIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSignRecordByIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignRecordByIdResponseBody {
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
impl rt::serde::Serialize for GetSignRecordByIdResponseBody {
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
/// `GetSignRecordByUserIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignRecordByUserIdResponseBody {
    /// `result`.
    pub result: Option<GetSignRecordByUserIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByUserIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignRecordByUserIdResponseBody {
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
impl rt::serde::Serialize for GetSignRecordByUserIdResponseBody {
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
/// `GetUserSignedRecordsByOuterIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSignedRecordsByOuterIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserSignedRecordsByOuterIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserSignedRecordsByOuterIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserSignedRecordsByOuterIdResponseBody {
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
impl rt::serde::Serialize for GetUserSignedRecordsByOuterIdResponseBody {
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
/// `HrmAuthResourcesQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<HrmAuthResourcesQueryResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmAuthResourcesQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmAuthResourcesQueryResponseBody {
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
impl rt::serde::Serialize for HrmAuthResourcesQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `HrmBenefitQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmBenefitQueryResponseBody {
    /// `result`.
    pub result: Option<rt::serde_json::Value>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmBenefitQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmBenefitQueryResponseBody {
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
impl rt::serde::Serialize for HrmBenefitQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `HrmCorpConfigQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmCorpConfigQueryResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmCorpConfigQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmCorpConfigQueryResponseBody {
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
impl rt::serde::Serialize for HrmCorpConfigQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `HrmMailSendRequestMail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMail {
    /// `attachments`.
    pub attachments: Option<Vec<HrmMailSendRequestMailAttachments>>,
    /// `bccAddress`.
    pub bcc_address: Option<String>,
    /// `ccAddress`.
    pub cc_address: Option<String>,
    /// `content`.
    pub content: String,
    /// `meeting`.
    pub meeting: Option<HrmMailSendRequestMailMeeting>,
    /// `receiverAddress`.
    pub receiver_address: String,
    /// `senderAlias`.
    pub sender_alias: String,
    /// `subject`.
    pub subject: String,
}
impl HrmMailSendRequestMail {
    /// A `HrmMailSendRequestMail` with its required fields (`content`, `receiverAddress`, `senderAlias`, `subject`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        receiver_address: impl Into<String>,
        sender_alias: impl Into<String>,
        subject: impl Into<String>,
    ) -> Self {
        Self {
            attachments: None,
            bcc_address: None,
            cc_address: None,
            content: content.into(),
            meeting: None,
            receiver_address: receiver_address.into(),
            sender_alias: sender_alias.into(),
            subject: subject.into(),
        }
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = HrmMailSendRequestMailAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
    /// Sets `bccAddress`.
    pub fn bcc_address(mut self, value: impl Into<String>) -> Self {
        self.bcc_address = Some(value.into());
        self
    }
    /// Sets `ccAddress`.
    pub fn cc_address(mut self, value: impl Into<String>) -> Self {
        self.cc_address = Some(value.into());
        self
    }
    /// Sets `meeting`.
    pub fn meeting(mut self, value: HrmMailSendRequestMailMeeting) -> Self {
        self.meeting = Some(value);
        self
    }
}
impl rt::serde::Serialize for HrmMailSendRequestMail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("bccAddress", &self.bcc_address)?;
        object.optional("ccAddress", &self.cc_address)?;
        object.field("content", &self.content)?;
        object.optional("meeting", &self.meeting)?;
        object.field("receiverAddress", &self.receiver_address)?;
        object.field("senderAlias", &self.sender_alias)?;
        object.field("subject", &self.subject)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestMail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestMail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "bccAddress" => rt::read_field(map, &mut self.bcc_address),
            "ccAddress" => rt::read_field(map, &mut self.cc_address),
            "content" => rt::read_field(map, &mut self.content),
            "meeting" => rt::read_field(map, &mut self.meeting),
            "receiverAddress" => rt::read_field(map, &mut self.receiver_address),
            "senderAlias" => rt::read_field(map, &mut self.sender_alias),
            "subject" => rt::read_field(map, &mut self.subject),
            _ => Ok(false),
        }
    }
}
/// `HrmMailSendRequestOperator`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestOperator {
    /// `bizId`.
    pub biz_id: String,
    /// `mailAccountType`.
    pub mail_account_type: String,
    /// `token`.
    pub token: String,
}
impl HrmMailSendRequestOperator {
    /// A `HrmMailSendRequestOperator` with its required fields (`bizId`, `mailAccountType`, `token`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        mail_account_type: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        Self {
            biz_id: biz_id.into(),
            mail_account_type: mail_account_type.into(),
            token: token.into(),
        }
    }
}
impl rt::serde::Serialize for HrmMailSendRequestOperator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("mailAccountType", &self.mail_account_type)?;
        object.field("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestOperator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestOperator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "mailAccountType" => rt::read_field(map, &mut self.mail_account_type),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
/// `HrmMailSendResponseBody`: the same model as [`HrmCorpConfigQueryResponseBody`].
pub type HrmMailSendResponseBody = HrmCorpConfigQueryResponseBody;
/// `HrmMokaEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmMokaEventResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmMokaEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmMokaEventResponseBody {
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
impl rt::serde::Serialize for HrmMokaEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `HrmMokaOapiResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmMokaOapiResponseBody {
    /// `bizSuccess`.
    pub biz_success: Option<bool>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmMokaOapiResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmMokaOapiResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizSuccess" => rt::read_field(map, &mut self.biz_success),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrmMokaOapiResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizSuccess", &self.biz_success)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `HrmProcessRegularResponseBody`: the same model as [`EsignRollbackResponseBody`].
pub type HrmProcessRegularResponseBody = EsignRollbackResponseBody;
/// `HrmProcessTerminationAndHandoverResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type HrmProcessTerminationAndHandoverResponseBody = HrmMokaEventResponseBody;
/// `HrmProcessTransferResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type HrmProcessTransferResponseBody = HrmMokaEventResponseBody;
/// `HrmProcessUpdateTerminationInfoResponseBody`: the same model as [`EsignRollbackResponseBody`].
pub type HrmProcessUpdateTerminationInfoResponseBody = EsignRollbackResponseBody;
/// `HrmPtsServiceResponseBody`: the same model as [`HrmMokaOapiResponseBody`].
pub type HrmPtsServiceResponseBody = HrmMokaOapiResponseBody;
/// `InvalidSignRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBody {
    /// `result`.
    pub result: Option<InvalidSignRecordsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for InvalidSignRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvalidSignRecordsResponseBody {
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
impl rt::serde::Serialize for InvalidSignRecordsResponseBody {
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
/// `MasterDataDeleteRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataDeleteRequestBody {
    /// `bizTime`.
    pub biz_time: i64,
    /// `bizUk`.
    pub biz_uk: String,
    /// `entityCode`.
    pub entity_code: Option<String>,
    /// `fieldList`.
    pub field_list: Option<Vec<MasterDataDeleteRequestBodyFieldList>>,
    /// `scope`.
    pub scope: MasterDataDeleteRequestBodyScope,
}
impl MasterDataDeleteRequestBody {
    /// A `MasterDataDeleteRequestBody` with its required fields (`bizTime`, `bizUk`, `scope`); set the others with the methods named after them.
    pub fn new(
        biz_time: i64,
        biz_uk: impl Into<String>,
        scope: MasterDataDeleteRequestBodyScope,
    ) -> Self {
        Self {
            biz_time,
            biz_uk: biz_uk.into(),
            entity_code: None,
            field_list: None,
            scope,
        }
    }
    /// Sets `entityCode`.
    pub fn entity_code(mut self, value: impl Into<String>) -> Self {
        self.entity_code = Some(value.into());
        self
    }
    /// Sets `fieldList`.
    pub fn field_list(
        mut self,
        value: impl IntoIterator<Item = MasterDataDeleteRequestBodyFieldList>,
    ) -> Self {
        self.field_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for MasterDataDeleteRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizTime", &self.biz_time)?;
        object.field("bizUk", &self.biz_uk)?;
        object.optional("entityCode", &self.entity_code)?;
        object.optional("fieldList", &self.field_list)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataDeleteRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTime" => rt::read_field(map, &mut self.biz_time),
            "bizUk" => rt::read_field(map, &mut self.biz_uk),
            "entityCode" => rt::read_field(map, &mut self.entity_code),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
/// `MasterDataDeleteResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataDeleteResponseBody {
    /// `allSuccess`.
    pub all_success: Option<bool>,
    /// `failResult`.
    pub fail_result: Option<Vec<MasterDataDeleteResponseBodyFailResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataDeleteResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allSuccess" => rt::read_field(map, &mut self.all_success),
            "failResult" => rt::read_field(map, &mut self.fail_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataDeleteResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allSuccess", &self.all_success)?;
        object.optional("failResult", &self.fail_result)?;
        object.end()
    }
}
/// `MasterDataQueryRequestQueryParams`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryRequestQueryParams {
    /// `conditionList`.
    pub condition_list: Option<Vec<MasterDataQueryRequestQueryParamsConditionList>>,
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `joinType`.
    pub join_type: Option<String>,
}
impl MasterDataQueryRequestQueryParams {
    /// An empty `MasterDataQueryRequestQueryParams`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conditionList`.
    pub fn condition_list(
        mut self,
        value: impl IntoIterator<Item = MasterDataQueryRequestQueryParamsConditionList>,
    ) -> Self {
        self.condition_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `joinType`.
    pub fn join_type(mut self, value: impl Into<String>) -> Self {
        self.join_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for MasterDataQueryRequestQueryParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conditionList", &self.condition_list)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("joinType", &self.join_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataQueryRequestQueryParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataQueryRequestQueryParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conditionList" => rt::read_field(map, &mut self.condition_list),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "joinType" => rt::read_field(map, &mut self.join_type),
            _ => Ok(false),
        }
    }
}
/// `MasterDataQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<MasterDataQueryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `MasterDataSaveRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataSaveRequestBody {
    /// `bizTime`.
    pub biz_time: i64,
    /// `bizUk`.
    pub biz_uk: String,
    /// `entityCode`.
    pub entity_code: Option<String>,
    /// `fieldList`.
    pub field_list: Vec<MasterDataSaveRequestBodyFieldList>,
    /// `scope`.
    pub scope: MasterDataSaveRequestBodyScope,
    /// `userId`.
    pub user_id: String,
}
impl MasterDataSaveRequestBody {
    /// A `MasterDataSaveRequestBody` with its required fields (`bizTime`, `bizUk`, `fieldList`, `scope`, `userId`); set the others with the methods named after them.
    pub fn new(
        biz_time: i64,
        biz_uk: impl Into<String>,
        field_list: impl IntoIterator<Item = MasterDataSaveRequestBodyFieldList>,
        scope: MasterDataSaveRequestBodyScope,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_time,
            biz_uk: biz_uk.into(),
            entity_code: None,
            field_list: field_list.into_iter().collect(),
            scope,
            user_id: user_id.into(),
        }
    }
    /// Sets `entityCode`.
    pub fn entity_code(mut self, value: impl Into<String>) -> Self {
        self.entity_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for MasterDataSaveRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizTime", &self.biz_time)?;
        object.field("bizUk", &self.biz_uk)?;
        object.optional("entityCode", &self.entity_code)?;
        object.field("fieldList", &self.field_list)?;
        object.field("scope", &self.scope)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataSaveRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataSaveRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTime" => rt::read_field(map, &mut self.biz_time),
            "bizUk" => rt::read_field(map, &mut self.biz_uk),
            "entityCode" => rt::read_field(map, &mut self.entity_code),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "scope" => rt::read_field(map, &mut self.scope),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `MasterDataSaveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataSaveResponseBody {
    /// `allSuccess`.
    pub all_success: Option<bool>,
    /// `failResult`.
    pub fail_result: Option<Vec<MasterDataSaveResponseBodyFailResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataSaveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataSaveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allSuccess" => rt::read_field(map, &mut self.all_success),
            "failResult" => rt::read_field(map, &mut self.fail_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataSaveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allSuccess", &self.all_success)?;
        object.optional("failResult", &self.fail_result)?;
        object.end()
    }
}
/// `MasterDataTenantQueyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataTenantQueyResponseBody {
    /// `result`.
    pub result: Option<Vec<MasterDataTenantQueyResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataTenantQueyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataTenantQueyResponseBody {
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
impl rt::serde::Serialize for MasterDataTenantQueyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `MasterDatasGetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDatasGetResponseBody {
    /// `result`.
    pub result: Option<MasterDatasGetResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDatasGetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDatasGetResponseBody {
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
impl rt::serde::Serialize for MasterDatasGetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `MasterDatasQueryRequestQueryParams`: the same model as [`MasterDataQueryRequestQueryParams`].
pub type MasterDatasQueryRequestQueryParams = MasterDataQueryRequestQueryParams;
/// `MasterDatasQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDatasQueryResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<MasterDatasQueryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDatasQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDatasQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDatasQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `OpenOemMicroAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenOemMicroAppResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenOemMicroAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenOemMicroAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenOemMicroAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryCustomEntryProcessesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomEntryProcessesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomEntryProcessesResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomEntryProcessesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomEntryProcessesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomEntryProcessesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryDismissionStaffIdListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDismissionStaffIdListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDismissionStaffIdListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDismissionStaffIdListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDismissionStaffIdListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `QueryHrmEmployeeDismissionInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryHrmEmployeeDismissionInfoResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryHrmEmployeeDismissionInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryHrmEmployeeDismissionInfoResponseBody {
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
impl rt::serde::Serialize for QueryHrmEmployeeDismissionInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryJobRanksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryJobRanksResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryJobRanksResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryJobRanksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryJobRanksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryJobRanksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryJobsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryJobsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryJobsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryJobsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryJobsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryJobsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryMicroAppStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMicroAppStatusResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, ResultValue>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMicroAppStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMicroAppStatusResponseBody {
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
impl rt::serde::Serialize for QueryMicroAppStatusResponseBody {
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
/// `QueryMicroAppViewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMicroAppViewResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, bool>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMicroAppViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMicroAppViewResponseBody {
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
impl rt::serde::Serialize for QueryMicroAppViewResponseBody {
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
/// `QueryPositionVersionResponseBody`: the same model as [`HrmCorpConfigQueryResponseBody`].
pub type QueryPositionVersionResponseBody = HrmCorpConfigQueryResponseBody;
/// `QueryPositionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPositionsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryPositionsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPositionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPositionsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPositionsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `RevokeSignRecordsResponseBody`: the same model as [`InvalidSignRecordsResponseBody`].
pub type RevokeSignRecordsResponseBody = InvalidSignRecordsResponseBody;
/// `RevokeTerminationResponseBody`: the same model as [`EmpStartDismissionResponseBody`].
pub type RevokeTerminationResponseBody = EmpStartDismissionResponseBody;
/// `RosterMetaAvailableFieldListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RosterMetaAvailableFieldListResponseBody {
    /// `result`.
    pub result: Option<Vec<RosterMetaAvailableFieldListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for RosterMetaAvailableFieldListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RosterMetaAvailableFieldListResponseBody {
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
impl rt::serde::Serialize for RosterMetaAvailableFieldListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `RosterMetaFieldOptionsUpdateResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type RosterMetaFieldOptionsUpdateResponseBody = HrmMokaEventResponseBody;
/// `SendIsvCardMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendIsvCardMessageResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `hrmInteractiveCardSendResult`.
    pub hrm_interactive_card_send_result: Option<
        SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult,
    >,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SendIsvCardMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendIsvCardMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "hrmInteractiveCardSendResult" => {
                rt::read_field(map, &mut self.hrm_interactive_card_send_result)
            }
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendIsvCardMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object
            .optional(
                "hrmInteractiveCardSendResult",
                &self.hrm_interactive_card_send_result,
            )?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    /// A `SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `SendRealAuthInviteMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<SendRealAuthInviteMessageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SendRealAuthInviteMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendRealAuthInviteMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendRealAuthInviteMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SolutionTaskInitResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type SolutionTaskInitResponseBody = HrmMokaEventResponseBody;
/// `SolutionTaskSaveResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type SolutionTaskSaveResponseBody = HrmMokaEventResponseBody;
/// `SyncSolutionStatusResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type SyncSolutionStatusResponseBody = HrmMokaEventResponseBody;
/// `SyncTaskTemplateRequestTaskScopeVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTaskTemplateRequestTaskScopeVO {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `positionIds`.
    pub position_ids: Option<Vec<String>>,
    /// `roleIds`.
    pub role_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl SyncTaskTemplateRequestTaskScopeVO {
    /// An empty `SyncTaskTemplateRequestTaskScopeVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `positionIds`.
    pub fn position_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.position_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `roleIds`.
    pub fn role_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for SyncTaskTemplateRequestTaskScopeVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("positionIds", &self.position_ids)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTaskTemplateRequestTaskScopeVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTaskTemplateRequestTaskScopeVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "positionIds" => rt::read_field(map, &mut self.position_ids),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `SyncTaskTemplateResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type SyncTaskTemplateResponseBody = HrmMokaEventResponseBody;
/// `UpdateCustomRosterFieldResponseBody`: the same model as [`AddCustomRosterFieldResponseBody`].
pub type UpdateCustomRosterFieldResponseBody = AddCustomRosterFieldResponseBody;
/// `UpdateEmpDismissionInfoResponseBody`: the same model as [`EmpStartDismissionResponseBody`].
pub type UpdateEmpDismissionInfoResponseBody = EmpStartDismissionResponseBody;
/// `UpdateHrmLegalEntityNameResponseBody`: the same model as [`AddHrmLegalEntityResponseBody`].
pub type UpdateHrmLegalEntityNameResponseBody = AddHrmLegalEntityResponseBody;
/// `UpdateHrmLegalEntityWithoutNameRequestExt`: the same model as [`AddHrmLegalEntityRequestExt`].
pub type UpdateHrmLegalEntityWithoutNameRequestExt = AddHrmLegalEntityRequestExt;
/// `UpdateHrmLegalEntityWithoutNameResponseBody`: the same model as [`AddHrmLegalEntityResponseBody`].
pub type UpdateHrmLegalEntityWithoutNameResponseBody = AddHrmLegalEntityResponseBody;
/// `UpdateHrmVersionRollBackStatusResponseBody`: the same model as [`EmpStartDismissionResponseBody`].
pub type UpdateHrmVersionRollBackStatusResponseBody = EmpStartDismissionResponseBody;
/// `UpdateIsvCardMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateIsvCardMessageResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateIsvCardMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateIsvCardMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateIsvCardMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdateRosterFieldFormResponseBody`: the same model as [`DeleteCustomRosterFieldResponseBody`].
pub type UpdateRosterFieldFormResponseBody = DeleteCustomRosterFieldResponseBody;
/// `UploadAttachmentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadAttachmentResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UploadAttachmentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadAttachmentResponseBody {
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
impl rt::serde::Serialize for UploadAttachmentResponseBody {
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
/// `AISaleEntityCreateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBodyResult {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityCreateResponseBodyResultFieldInstances>>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityCreateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityCreateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityCreateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.end()
    }
}
/// `AISaleEntityDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityDetailResponseBodyResult {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityDetailResponseBodyResultFieldInstances>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `AISaleEntityListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<AISaleEntityListResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
/// `AISaleEntityUpdateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityUpdateResponseBodyResult {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityUpdateResponseBodyResultFieldInstances>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityUpdateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityUpdateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityUpdateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `AISaleGetMemoryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleGetMemoryResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<AISaleGetMemoryResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleGetMemoryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleGetMemoryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleGetMemoryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `AISaleSchemaGetResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSchemaGetResponseBodyResult {
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fields`.
    pub fields: Option<Vec<AISaleSchemaGetResponseBodyResultFields>>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleSchemaGetResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSchemaGetResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fields" => rt::read_field(map, &mut self.fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleSchemaGetResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fields", &self.fields)?;
        object.end()
    }
}
/// `AISaleSyncAiTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSyncAiTaskResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleSyncAiTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSyncAiTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleSyncAiTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
/// `AISaleTaskResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleTaskResultResponseBodyResult {
    /// `taskResult`.
    pub task_result: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleTaskResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleTaskResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskResult" => rt::read_field(map, &mut self.task_result),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleTaskResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskResult", &self.task_result)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `AddCustomRosterFieldResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCustomRosterFieldResponseBodyResult {
    /// `contactClientFlag`.
    pub contact_client_flag: Option<bool>,
    /// `contactFlag`.
    pub contact_flag: Option<bool>,
    /// `contactSource`.
    pub contact_source: Option<i64>,
    /// `contactSystemFlag`.
    pub contact_system_flag: Option<bool>,
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `derived`.
    pub derived: Option<bool>,
    /// `disabled`.
    pub disabled: Option<i64>,
    /// `editFromEmployeeFlag`.
    pub edit_from_employee_flag: Option<bool>,
    /// `editableByHr`.
    pub editable_by_hr: Option<bool>,
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldTip`.
    pub field_tip: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `hiddenFromEmployeeFlag`.
    pub hidden_from_employee_flag: Option<bool>,
    /// `hint`.
    pub hint: Option<String>,
    /// `historyField`.
    pub history_field: Option<bool>,
    /// `index`.
    pub index: Option<i64>,
    /// `modifyOptions`.
    pub modify_options: Option<bool>,
    /// `noWatermark`.
    pub no_watermark: Option<bool>,
    /// `numberDecimalPlace`.
    pub number_decimal_place: Option<String>,
    /// `numberFormatType`.
    pub number_format_type: Option<String>,
    /// `numberValueType`.
    pub number_value_type: Option<String>,
    /// `optionText`.
    pub option_text: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `sourceFieldCode`.
    pub source_field_code: Option<String>,
    /// `systemFlag`.
    pub system_flag: Option<bool>,
    /// `textToSelectField`.
    pub text_to_select_field: Option<bool>,
    /// `value`.
    pub value: Option<String>,
    /// `visibleByEmp`.
    pub visible_by_emp: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCustomRosterFieldResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCustomRosterFieldResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactClientFlag" => rt::read_field(map, &mut self.contact_client_flag),
            "contactFlag" => rt::read_field(map, &mut self.contact_flag),
            "contactSource" => rt::read_field(map, &mut self.contact_source),
            "contactSystemFlag" => rt::read_field(map, &mut self.contact_system_flag),
            "deleted" => rt::read_field(map, &mut self.deleted),
            "derived" => rt::read_field(map, &mut self.derived),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "editFromEmployeeFlag" => {
                rt::read_field(map, &mut self.edit_from_employee_flag)
            }
            "editableByHr" => rt::read_field(map, &mut self.editable_by_hr),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldTip" => rt::read_field(map, &mut self.field_tip),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "hiddenFromEmployeeFlag" => {
                rt::read_field(map, &mut self.hidden_from_employee_flag)
            }
            "hint" => rt::read_field(map, &mut self.hint),
            "historyField" => rt::read_field(map, &mut self.history_field),
            "index" => rt::read_field(map, &mut self.index),
            "modifyOptions" => rt::read_field(map, &mut self.modify_options),
            "noWatermark" => rt::read_field(map, &mut self.no_watermark),
            "numberDecimalPlace" => rt::read_field(map, &mut self.number_decimal_place),
            "numberFormatType" => rt::read_field(map, &mut self.number_format_type),
            "numberValueType" => rt::read_field(map, &mut self.number_value_type),
            "optionText" => rt::read_field(map, &mut self.option_text),
            "required" => rt::read_field(map, &mut self.required),
            "sourceFieldCode" => rt::read_field(map, &mut self.source_field_code),
            "systemFlag" => rt::read_field(map, &mut self.system_flag),
            "textToSelectField" => rt::read_field(map, &mut self.text_to_select_field),
            "value" => rt::read_field(map, &mut self.value),
            "visibleByEmp" => rt::read_field(map, &mut self.visible_by_emp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCustomRosterFieldResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactClientFlag", &self.contact_client_flag)?;
        object.optional("contactFlag", &self.contact_flag)?;
        object.optional("contactSource", &self.contact_source)?;
        object.optional("contactSystemFlag", &self.contact_system_flag)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("derived", &self.derived)?;
        object.optional("disabled", &self.disabled)?;
        object.optional("editFromEmployeeFlag", &self.edit_from_employee_flag)?;
        object.optional("editableByHr", &self.editable_by_hr)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldTip", &self.field_tip)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("hiddenFromEmployeeFlag", &self.hidden_from_employee_flag)?;
        object.optional("hint", &self.hint)?;
        object.optional("historyField", &self.history_field)?;
        object.optional("index", &self.index)?;
        object.optional("modifyOptions", &self.modify_options)?;
        object.optional("noWatermark", &self.no_watermark)?;
        object.optional("numberDecimalPlace", &self.number_decimal_place)?;
        object.optional("numberFormatType", &self.number_format_type)?;
        object.optional("numberValueType", &self.number_value_type)?;
        object.optional("optionText", &self.option_text)?;
        object.optional("required", &self.required)?;
        object.optional("sourceFieldCode", &self.source_field_code)?;
        object.optional("systemFlag", &self.system_flag)?;
        object.optional("textToSelectField", &self.text_to_select_field)?;
        object.optional("value", &self.value)?;
        object.optional("visibleByEmp", &self.visible_by_emp)?;
        object.end()
    }
}
/// `AddHrmLegalEntityRequestExtManageAddress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmLegalEntityRequestExtManageAddress {
    /// `areaCode`.
    pub area_code: Option<String>,
    /// `areaName`.
    pub area_name: Option<String>,
    /// `cityCode`.
    pub city_code: Option<String>,
    /// `cityName`.
    pub city_name: Option<String>,
    /// `countryCode`.
    pub country_code: Option<String>,
    /// `countryName`.
    pub country_name: Option<String>,
    /// `detailAddress`.
    pub detail_address: Option<String>,
    /// `globalAreaType`.
    pub global_area_type: Option<String>,
    /// `provinceCode`.
    pub province_code: Option<String>,
    /// `provinceName`.
    pub province_name: Option<String>,
}
impl AddHrmLegalEntityRequestExtManageAddress {
    /// An empty `AddHrmLegalEntityRequestExtManageAddress`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `areaCode`.
    pub fn area_code(mut self, value: impl Into<String>) -> Self {
        self.area_code = Some(value.into());
        self
    }
    /// Sets `areaName`.
    pub fn area_name(mut self, value: impl Into<String>) -> Self {
        self.area_name = Some(value.into());
        self
    }
    /// Sets `cityCode`.
    pub fn city_code(mut self, value: impl Into<String>) -> Self {
        self.city_code = Some(value.into());
        self
    }
    /// Sets `cityName`.
    pub fn city_name(mut self, value: impl Into<String>) -> Self {
        self.city_name = Some(value.into());
        self
    }
    /// Sets `countryCode`.
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }
    /// Sets `countryName`.
    pub fn country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
    /// Sets `detailAddress`.
    pub fn detail_address(mut self, value: impl Into<String>) -> Self {
        self.detail_address = Some(value.into());
        self
    }
    /// Sets `globalAreaType`.
    pub fn global_area_type(mut self, value: impl Into<String>) -> Self {
        self.global_area_type = Some(value.into());
        self
    }
    /// Sets `provinceCode`.
    pub fn province_code(mut self, value: impl Into<String>) -> Self {
        self.province_code = Some(value.into());
        self
    }
    /// Sets `provinceName`.
    pub fn province_name(mut self, value: impl Into<String>) -> Self {
        self.province_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddHrmLegalEntityRequestExtManageAddress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("areaCode", &self.area_code)?;
        object.optional("areaName", &self.area_name)?;
        object.optional("cityCode", &self.city_code)?;
        object.optional("cityName", &self.city_name)?;
        object.optional("countryCode", &self.country_code)?;
        object.optional("countryName", &self.country_name)?;
        object.optional("detailAddress", &self.detail_address)?;
        object.optional("globalAreaType", &self.global_area_type)?;
        object.optional("provinceCode", &self.province_code)?;
        object.optional("provinceName", &self.province_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmLegalEntityRequestExtManageAddress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmLegalEntityRequestExtManageAddress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "areaCode" => rt::read_field(map, &mut self.area_code),
            "areaName" => rt::read_field(map, &mut self.area_name),
            "cityCode" => rt::read_field(map, &mut self.city_code),
            "cityName" => rt::read_field(map, &mut self.city_name),
            "countryCode" => rt::read_field(map, &mut self.country_code),
            "countryName" => rt::read_field(map, &mut self.country_name),
            "detailAddress" => rt::read_field(map, &mut self.detail_address),
            "globalAreaType" => rt::read_field(map, &mut self.global_area_type),
            "provinceCode" => rt::read_field(map, &mut self.province_code),
            "provinceName" => rt::read_field(map, &mut self.province_name),
            _ => Ok(false),
        }
    }
}
/// `AddHrmLegalEntityRequestExtRegistrationAddress`: the same model as [`AddHrmLegalEntityRequestExtManageAddress`].
pub type AddHrmLegalEntityRequestExtRegistrationAddress = AddHrmLegalEntityRequestExtManageAddress;
/// `AddHrmLegalEntityResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmLegalEntityResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `legalEntityId`.
    pub legal_entity_id: Option<String>,
    /// `legalEntityName`.
    pub legal_entity_name: Option<String>,
    /// `legalEntityShortName`.
    pub legal_entity_short_name: Option<String>,
    /// `legalEntityStatus`.
    pub legal_entity_status: Option<i64>,
    /// `legalPersonName`.
    pub legal_person_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddHrmLegalEntityResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddHrmLegalEntityResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "legalEntityId" => rt::read_field(map, &mut self.legal_entity_id),
            "legalEntityName" => rt::read_field(map, &mut self.legal_entity_name),
            "legalEntityShortName" => {
                rt::read_field(map, &mut self.legal_entity_short_name)
            }
            "legalEntityStatus" => rt::read_field(map, &mut self.legal_entity_status),
            "legalPersonName" => rt::read_field(map, &mut self.legal_person_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddHrmLegalEntityResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("legalEntityId", &self.legal_entity_id)?;
        object.optional("legalEntityName", &self.legal_entity_name)?;
        object.optional("legalEntityShortName", &self.legal_entity_short_name)?;
        object.optional("legalEntityStatus", &self.legal_entity_status)?;
        object.optional("legalPersonName", &self.legal_person_name)?;
        object.end()
    }
}
/// `AddHrmPreentryRequestGroupsSections`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmPreentryRequestGroupsSections {
    /// `empFieldVOList`.
    pub emp_field_vo_list: Option<
        Vec<AddHrmPreentryRequestGroupsSectionsEmpFieldVOList>,
    >,
    /// `oldIndex`.
    pub old_index: Option<i64>,
}
impl AddHrmPreentryRequestGroupsSections {
    /// An empty `AddHrmPreentryRequestGroupsSections`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `empFieldVOList`.
    pub fn emp_field_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = AddHrmPreentryRequestGroupsSectionsEmpFieldVOList,
        >,
    ) -> Self {
        self.emp_field_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `oldIndex`.
    pub fn old_index(mut self, value: i64) -> Self {
        self.old_index = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddHrmPreentryRequestGroupsSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("empFieldVOList", &self.emp_field_vo_list)?;
        object.optional("oldIndex", &self.old_index)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmPreentryRequestGroupsSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmPreentryRequestGroupsSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "empFieldVOList" => rt::read_field(map, &mut self.emp_field_vo_list),
            "oldIndex" => rt::read_field(map, &mut self.old_index),
            _ => Ok(false),
        }
    }
}
/// `AddRosterFieldFormResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRosterFieldFormResponseBodyResult {
    /// `bizGroupId`.
    pub biz_group_id: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deleteFlag`.
    pub delete_flag: Option<String>,
    /// `detail`.
    pub detail: Option<bool>,
    /// `formId`.
    pub form_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<rt::serde_json::Value>,
    /// `gmtModified`.
    pub gmt_modified: Option<rt::serde_json::Value>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `memo`.
    pub memo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `versionId`.
    pub version_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRosterFieldFormResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRosterFieldFormResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizGroupId" => rt::read_field(map, &mut self.biz_group_id),
            "content" => rt::read_field(map, &mut self.content),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deleteFlag" => rt::read_field(map, &mut self.delete_flag),
            "detail" => rt::read_field(map, &mut self.detail),
            "formId" => rt::read_field(map, &mut self.form_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "id" => rt::read_field(map, &mut self.id),
            "memo" => rt::read_field(map, &mut self.memo),
            "name" => rt::read_field(map, &mut self.name),
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRosterFieldFormResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizGroupId", &self.biz_group_id)?;
        object.optional("content", &self.content)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("deleteFlag", &self.delete_flag)?;
        object.optional("detail", &self.detail)?;
        object.optional("formId", &self.form_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("id", &self.id)?;
        object.optional("memo", &self.memo)?;
        object.optional("name", &self.name)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
    }
}
/// `ConvertUnionIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `isvUserUnionIdVOList`.
    pub isv_user_union_id_vo_list: Option<
        Vec<ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for ConvertUnionIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConvertUnionIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "isvUserUnionIdVOList" => {
                rt::read_field(map, &mut self.isv_user_union_id_vo_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConvertUnionIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("isvUserUnionIdVOList", &self.isv_user_union_id_vo_list)?;
        object.end()
    }
}
/// `CreateRecordRequestGroupListFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordRequestGroupListFieldList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `options`.
    pub options: Option<String>,
    /// `optionId`.
    pub option_id: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
}
impl CreateRecordRequestGroupListFieldList {
    /// An empty `CreateRecordRequestGroupListFieldList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `fieldName`.
    pub fn field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }
    /// Sets `fieldType`.
    pub fn field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(mut self, value: impl Into<String>) -> Self {
        self.options = Some(value.into());
        self
    }
    /// Sets `optionId`.
    pub fn option_id(mut self, value: impl Into<String>) -> Self {
        self.option_id = Some(value.into());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateRecordRequestGroupListFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("options", &self.options)?;
        object.optional("optionId", &self.option_id)?;
        object.optional("groupId", &self.group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordRequestGroupListFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordRequestGroupListFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "options" => rt::read_field(map, &mut self.options),
            "optionId" => rt::read_field(map, &mut self.option_id),
            "groupId" => rt::read_field(map, &mut self.group_id),
            _ => Ok(false),
        }
    }
}
/// `CreateRecordResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordResponseBodyResult {
    /// `details`.
    pub details: Option<String>,
    /// `itemId`.
    pub item_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateRecordResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRecordResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "details" => rt::read_field(map, &mut self.details),
            "itemId" => rt::read_field(map, &mut self.item_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateRecordResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("details", &self.details)?;
        object.optional("itemId", &self.item_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetAllDismissionReasonsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBodyResult {
    /// `passiveList`.
    pub passive_list: Option<Vec<GetAllDismissionReasonsResponseBodyResultPassiveList>>,
    /// `voluntaryList`.
    pub voluntary_list: Option<
        Vec<GetAllDismissionReasonsResponseBodyResultVoluntaryList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllDismissionReasonsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllDismissionReasonsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "passiveList" => rt::read_field(map, &mut self.passive_list),
            "voluntaryList" => rt::read_field(map, &mut self.voluntary_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllDismissionReasonsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("passiveList", &self.passive_list)?;
        object.optional("voluntaryList", &self.voluntary_list)?;
        object.end()
    }
}
/// `GetDismissionRecordResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDismissionRecordResponseBodyResultList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDismissionRecordResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDismissionRecordResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDismissionRecordResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
}
/// `GetEmployeeRosterByFieldResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `fieldDataList`.
    pub field_data_list: Option<
        Vec<GetEmployeeRosterByFieldResponseBodyResultFieldDataList>,
    >,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeRosterByFieldResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmployeeRosterByFieldResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "fieldDataList" => rt::read_field(map, &mut self.field_data_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmployeeRosterByFieldResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("fieldDataList", &self.field_data_list)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetFileTemplateListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<GetFileTemplateListResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileTemplateListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileTemplateListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileTemplateListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetSignRecordByIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignRecordByIdResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `signExpireTime`.
    pub sign_expire_time: Option<i64>,
    /// `signFileName`.
    pub sign_file_name: Option<String>,
    /// `signFinishTime`.
    pub sign_finish_time: Option<i64>,
    /// `signLegalEntityName`.
    pub sign_legal_entity_name: Option<String>,
    /// `signRecordId`.
    pub sign_record_id: Option<String>,
    /// `signStartTime`.
    pub sign_start_time: Option<i64>,
    /// `signStatus`.
    pub sign_status: Option<String>,
    /// `signStatusRemarks`.
    pub sign_status_remarks: Option<String>,
    /// `signTemplateType`.
    pub sign_template_type: Option<String>,
    /// `signUserId`.
    pub sign_user_id: Option<String>,
    /// `signUserName`.
    pub sign_user_name: Option<String>,
    /// `signWay`.
    pub sign_way: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignRecordByIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "signExpireTime" => rt::read_field(map, &mut self.sign_expire_time),
            "signFileName" => rt::read_field(map, &mut self.sign_file_name),
            "signFinishTime" => rt::read_field(map, &mut self.sign_finish_time),
            "signLegalEntityName" => {
                rt::read_field(map, &mut self.sign_legal_entity_name)
            }
            "signRecordId" => rt::read_field(map, &mut self.sign_record_id),
            "signStartTime" => rt::read_field(map, &mut self.sign_start_time),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "signStatusRemarks" => rt::read_field(map, &mut self.sign_status_remarks),
            "signTemplateType" => rt::read_field(map, &mut self.sign_template_type),
            "signUserId" => rt::read_field(map, &mut self.sign_user_id),
            "signUserName" => rt::read_field(map, &mut self.sign_user_name),
            "signWay" => rt::read_field(map, &mut self.sign_way),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignRecordByIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("signExpireTime", &self.sign_expire_time)?;
        object.optional("signFileName", &self.sign_file_name)?;
        object.optional("signFinishTime", &self.sign_finish_time)?;
        object.optional("signLegalEntityName", &self.sign_legal_entity_name)?;
        object.optional("signRecordId", &self.sign_record_id)?;
        object.optional("signStartTime", &self.sign_start_time)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("signStatusRemarks", &self.sign_status_remarks)?;
        object.optional("signTemplateType", &self.sign_template_type)?;
        object.optional("signUserId", &self.sign_user_id)?;
        object.optional("signUserName", &self.sign_user_name)?;
        object.optional("signWay", &self.sign_way)?;
        object.end()
    }
}
/// `GetSignRecordByUserIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignRecordByUserIdResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<GetSignRecordByUserIdResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByUserIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignRecordByUserIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignRecordByUserIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetUserSignedRecordsByOuterIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSignedRecordsByOuterIdResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `outerId`.
    pub outer_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `signExpireTime`.
    pub sign_expire_time: Option<String>,
    /// `signFileName`.
    pub sign_file_name: Option<String>,
    /// `signFileUrl`.
    pub sign_file_url: Option<String>,
    /// `signFinishTime`.
    pub sign_finish_time: Option<String>,
    /// `signLegalEntityName`.
    pub sign_legal_entity_name: Option<String>,
    /// `signRecordId`.
    pub sign_record_id: Option<String>,
    /// `signStartTime`.
    pub sign_start_time: Option<String>,
    /// `signStatus`.
    pub sign_status: Option<String>,
    /// `signStatusRemarks`.
    pub sign_status_remarks: Option<String>,
    /// `signTemplateType`.
    pub sign_template_type: Option<String>,
    /// `signUserId`.
    pub sign_user_id: Option<String>,
    /// `signUserName`.
    pub sign_user_name: Option<String>,
    /// `signWay`.
    pub sign_way: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetUserSignedRecordsByOuterIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserSignedRecordsByOuterIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "signExpireTime" => rt::read_field(map, &mut self.sign_expire_time),
            "signFileName" => rt::read_field(map, &mut self.sign_file_name),
            "signFileUrl" => rt::read_field(map, &mut self.sign_file_url),
            "signFinishTime" => rt::read_field(map, &mut self.sign_finish_time),
            "signLegalEntityName" => {
                rt::read_field(map, &mut self.sign_legal_entity_name)
            }
            "signRecordId" => rt::read_field(map, &mut self.sign_record_id),
            "signStartTime" => rt::read_field(map, &mut self.sign_start_time),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "signStatusRemarks" => rt::read_field(map, &mut self.sign_status_remarks),
            "signTemplateType" => rt::read_field(map, &mut self.sign_template_type),
            "signUserId" => rt::read_field(map, &mut self.sign_user_id),
            "signUserName" => rt::read_field(map, &mut self.sign_user_name),
            "signWay" => rt::read_field(map, &mut self.sign_way),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserSignedRecordsByOuterIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("outerId", &self.outer_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("signExpireTime", &self.sign_expire_time)?;
        object.optional("signFileName", &self.sign_file_name)?;
        object.optional("signFileUrl", &self.sign_file_url)?;
        object.optional("signFinishTime", &self.sign_finish_time)?;
        object.optional("signLegalEntityName", &self.sign_legal_entity_name)?;
        object.optional("signRecordId", &self.sign_record_id)?;
        object.optional("signStartTime", &self.sign_start_time)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("signStatusRemarks", &self.sign_status_remarks)?;
        object.optional("signTemplateType", &self.sign_template_type)?;
        object.optional("signUserId", &self.sign_user_id)?;
        object.optional("signUserName", &self.sign_user_name)?;
        object.optional("signWay", &self.sign_way)?;
        object.end()
    }
}
/// `HrmAuthResourcesQueryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryResponseBodyResult {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `resourceId`.
    pub resource_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for HrmAuthResourcesQueryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HrmAuthResourcesQueryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorized" => rt::read_field(map, &mut self.authorized),
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HrmAuthResourcesQueryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorized", &self.authorized)?;
        object.optional("resourceId", &self.resource_id)?;
        object.end()
    }
}
/// `HrmMailSendRequestMailAttachments`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailAttachments {
    /// `name`.
    pub name: String,
    /// `path`.
    pub path: String,
    /// `type`.
    pub r#type: String,
}
impl HrmMailSendRequestMailAttachments {
    /// A `HrmMailSendRequestMailAttachments` with its required fields (`name`, `path`, `type`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        path: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            path: path.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for HrmMailSendRequestMailAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("path", &self.path)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestMailAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestMailAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "path" => rt::read_field(map, &mut self.path),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `HrmMailSendRequestMailMeeting`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailMeeting {
    /// `alarm`.
    pub alarm: Option<HrmMailSendRequestMailMeetingAlarm>,
    /// `attendees`.
    pub attendees: Option<Vec<HrmMailSendRequestMailMeetingAttendees>>,
    /// `description`.
    pub description: Option<String>,
    /// `endTime`.
    pub end_time: i64,
    /// `location`.
    pub location: Option<String>,
    /// `method`.
    pub method: String,
    /// `organizer`.
    pub organizer: Option<HrmMailSendRequestMailMeetingOrganizer>,
    /// `sequence`.
    pub sequence: Option<i64>,
    /// `startTime`.
    pub start_time: i64,
    /// `summary`.
    pub summary: String,
    /// `uuid`.
    pub uuid: String,
}
impl HrmMailSendRequestMailMeeting {
    /// A `HrmMailSendRequestMailMeeting` with its required fields (`endTime`, `method`, `startTime`, `summary`, `uuid`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        method: impl Into<String>,
        start_time: i64,
        summary: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            alarm: None,
            attendees: None,
            description: None,
            end_time,
            location: None,
            method: method.into(),
            organizer: None,
            sequence: None,
            start_time,
            summary: summary.into(),
            uuid: uuid.into(),
        }
    }
    /// Sets `alarm`.
    pub fn alarm(mut self, value: HrmMailSendRequestMailMeetingAlarm) -> Self {
        self.alarm = Some(value);
        self
    }
    /// Sets `attendees`.
    pub fn attendees(
        mut self,
        value: impl IntoIterator<Item = HrmMailSendRequestMailMeetingAttendees>,
    ) -> Self {
        self.attendees = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `organizer`.
    pub fn organizer(mut self, value: HrmMailSendRequestMailMeetingOrganizer) -> Self {
        self.organizer = Some(value);
        self
    }
    /// Sets `sequence`.
    pub fn sequence(mut self, value: i64) -> Self {
        self.sequence = Some(value);
        self
    }
}
impl rt::serde::Serialize for HrmMailSendRequestMailMeeting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alarm", &self.alarm)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("description", &self.description)?;
        object.field("endTime", &self.end_time)?;
        object.optional("location", &self.location)?;
        object.field("method", &self.method)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("sequence", &self.sequence)?;
        object.field("startTime", &self.start_time)?;
        object.field("summary", &self.summary)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestMailMeeting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestMailMeeting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alarm" => rt::read_field(map, &mut self.alarm),
            "attendees" => rt::read_field(map, &mut self.attendees),
            "description" => rt::read_field(map, &mut self.description),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "location" => rt::read_field(map, &mut self.location),
            "method" => rt::read_field(map, &mut self.method),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "sequence" => rt::read_field(map, &mut self.sequence),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "summary" => rt::read_field(map, &mut self.summary),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `InvalidSignRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResult {
    /// `failItems`.
    pub fail_items: Option<Vec<InvalidSignRecordsResponseBodyResultFailItems>>,
    /// `successItems`.
    pub success_items: Option<Vec<InvalidSignRecordsResponseBodyResultSuccessItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for InvalidSignRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvalidSignRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failItems" => rt::read_field(map, &mut self.fail_items),
            "successItems" => rt::read_field(map, &mut self.success_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InvalidSignRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failItems", &self.fail_items)?;
        object.optional("successItems", &self.success_items)?;
        object.end()
    }
}
/// `MasterDataDeleteRequestBodyFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataDeleteRequestBodyFieldList {
    /// `name`.
    pub name: Option<String>,
    /// `valueStr`.
    pub value_str: Option<String>,
}
impl MasterDataDeleteRequestBodyFieldList {
    /// An empty `MasterDataDeleteRequestBodyFieldList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `valueStr`.
    pub fn value_str(mut self, value: impl Into<String>) -> Self {
        self.value_str = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for MasterDataDeleteRequestBodyFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("valueStr", &self.value_str)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteRequestBodyFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataDeleteRequestBodyFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "valueStr" => rt::read_field(map, &mut self.value_str),
            _ => Ok(false),
        }
    }
}
/// `MasterDataDeleteRequestBodyScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataDeleteRequestBodyScope {
    /// `scopeCode`.
    pub scope_code: String,
    /// `version`.
    pub version: Option<i64>,
}
impl MasterDataDeleteRequestBodyScope {
    /// A `MasterDataDeleteRequestBodyScope` with its required fields (`scopeCode`); set the others with the methods named after them.
    pub fn new(scope_code: impl Into<String>) -> Self {
        Self {
            scope_code: scope_code.into(),
            version: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
impl rt::serde::Serialize for MasterDataDeleteRequestBodyScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scopeCode", &self.scope_code)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteRequestBodyScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataDeleteRequestBodyScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `MasterDataDeleteResponseBodyFailResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataDeleteResponseBodyFailResult {
    /// `bizUK`.
    pub biz_uk: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteResponseBodyFailResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataDeleteResponseBodyFailResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizUK" => rt::read_field(map, &mut self.biz_uk),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataDeleteResponseBodyFailResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizUK", &self.biz_uk)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `MasterDataQueryRequestQueryParamsConditionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryRequestQueryParamsConditionList {
    /// `operate`.
    pub operate: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl MasterDataQueryRequestQueryParamsConditionList {
    /// An empty `MasterDataQueryRequestQueryParamsConditionList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operate`.
    pub fn operate(mut self, value: impl Into<String>) -> Self {
        self.operate = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for MasterDataQueryRequestQueryParamsConditionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operate", &self.operate)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for MasterDataQueryRequestQueryParamsConditionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataQueryRequestQueryParamsConditionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operate" => rt::read_field(map, &mut self.operate),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `MasterDataQueryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryResponseBodyResult {
    /// `outerId`.
    pub outer_id: Option<String>,
    /// `relationId`.
    pub relation_id: Option<String>,
    /// `scopeCode`.
    pub scope_code: Option<String>,
    /// `viewEntityCode`.
    pub view_entity_code: Option<String>,
    /// `viewEntityFieldVOList`.
    pub view_entity_field_vo_list: Option<
        Vec<MasterDataQueryResponseBodyResultViewEntityFieldVOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataQueryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataQueryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "viewEntityCode" => rt::read_field(map, &mut self.view_entity_code),
            "viewEntityFieldVOList" => {
                rt::read_field(map, &mut self.view_entity_field_vo_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataQueryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outerId", &self.outer_id)?;
        object.optional("relationId", &self.relation_id)?;
        object.optional("scopeCode", &self.scope_code)?;
        object.optional("viewEntityCode", &self.view_entity_code)?;
        object.optional("viewEntityFieldVOList", &self.view_entity_field_vo_list)?;
        object.end()
    }
}
/// `MasterDataSaveRequestBodyFieldList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataSaveRequestBodyFieldList {
    /// `name`.
    pub name: String,
    /// `valueStr`.
    pub value_str: String,
}
impl MasterDataSaveRequestBodyFieldList {
    /// A `MasterDataSaveRequestBodyFieldList` with its required fields (`name`, `valueStr`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, value_str: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value_str: value_str.into(),
        }
    }
}
impl rt::serde::Serialize for MasterDataSaveRequestBodyFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("valueStr", &self.value_str)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataSaveRequestBodyFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataSaveRequestBodyFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "valueStr" => rt::read_field(map, &mut self.value_str),
            _ => Ok(false),
        }
    }
}
/// `MasterDataSaveRequestBodyScope`: the same model as [`MasterDataDeleteRequestBodyScope`].
pub type MasterDataSaveRequestBodyScope = MasterDataDeleteRequestBodyScope;
/// `MasterDataSaveResponseBodyFailResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataSaveResponseBodyFailResult {
    /// `bizUk`.
    pub biz_uk: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataSaveResponseBodyFailResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataSaveResponseBodyFailResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizUk" => rt::read_field(map, &mut self.biz_uk),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataSaveResponseBodyFailResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizUk", &self.biz_uk)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `MasterDataTenantQueyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataTenantQueyResponseBodyResult {
    /// `hasData`.
    pub has_data: Option<bool>,
    /// `integrateDataAuth`.
    pub integrate_data_auth: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `readAuth`.
    pub read_auth: Option<bool>,
    /// `tenantId`.
    pub tenant_id: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDataTenantQueyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataTenantQueyResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasData" => rt::read_field(map, &mut self.has_data),
            "integrateDataAuth" => rt::read_field(map, &mut self.integrate_data_auth),
            "name" => rt::read_field(map, &mut self.name),
            "readAuth" => rt::read_field(map, &mut self.read_auth),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataTenantQueyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasData", &self.has_data)?;
        object.optional("integrateDataAuth", &self.integrate_data_auth)?;
        object.optional("name", &self.name)?;
        object.optional("readAuth", &self.read_auth)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `MasterDatasGetResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDatasGetResponseBodyResult {
    /// `objId`.
    pub obj_id: Option<String>,
    /// `relationId`.
    pub relation_id: Option<String>,
    /// `scopeCode`.
    pub scope_code: Option<String>,
    /// `viewEntityCode`.
    pub view_entity_code: Option<String>,
    /// `viewEntityFieldVOList`.
    pub view_entity_field_vo_list: Option<
        Vec<MasterDatasGetResponseBodyResultViewEntityFieldVOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for MasterDatasGetResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDatasGetResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objId" => rt::read_field(map, &mut self.obj_id),
            "relationId" => rt::read_field(map, &mut self.relation_id),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "viewEntityCode" => rt::read_field(map, &mut self.view_entity_code),
            "viewEntityFieldVOList" => {
                rt::read_field(map, &mut self.view_entity_field_vo_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDatasGetResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objId", &self.obj_id)?;
        object.optional("relationId", &self.relation_id)?;
        object.optional("scopeCode", &self.scope_code)?;
        object.optional("viewEntityCode", &self.view_entity_code)?;
        object.optional("viewEntityFieldVOList", &self.view_entity_field_vo_list)?;
        object.end()
    }
}
/// `MasterDatasQueryRequestQueryParamsConditionList`: the same model as [`MasterDataQueryRequestQueryParamsConditionList`].
pub type MasterDatasQueryRequestQueryParamsConditionList = MasterDataQueryRequestQueryParamsConditionList;
/// `MasterDatasQueryResponseBodyResult`: the same model as [`MasterDatasGetResponseBodyResult`].
pub type MasterDatasQueryResponseBodyResult = MasterDatasGetResponseBodyResult;
/// `QueryCustomEntryProcessesResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomEntryProcessesResponseBodyList {
    /// `formDesc`.
    pub form_desc: Option<String>,
    /// `formId`.
    pub form_id: Option<String>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `shortUrl`.
    pub short_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomEntryProcessesResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomEntryProcessesResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formDesc" => rt::read_field(map, &mut self.form_desc),
            "formId" => rt::read_field(map, &mut self.form_id),
            "formName" => rt::read_field(map, &mut self.form_name),
            "shortUrl" => rt::read_field(map, &mut self.short_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomEntryProcessesResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formDesc", &self.form_desc)?;
        object.optional("formId", &self.form_id)?;
        object.optional("formName", &self.form_name)?;
        object.optional("shortUrl", &self.short_url)?;
        object.end()
    }
}
/// `QueryHrmEmployeeDismissionInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoResponseBodyResult {
    /// `deptList`.
    pub dept_list: Option<Vec<QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList>>,
    /// `handoverUserId`.
    pub handover_user_id: Option<String>,
    /// `lastWorkDay`.
    pub last_work_day: Option<i64>,
    /// `mainDeptId`.
    pub main_dept_id: Option<i64>,
    /// `mainDeptName`.
    pub main_dept_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `passiveReason`.
    pub passive_reason: Option<Vec<String>>,
    /// `preStatus`.
    pub pre_status: Option<i64>,
    /// `reasonMemo`.
    pub reason_memo: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `voluntaryReason`.
    pub voluntary_reason: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryHrmEmployeeDismissionInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryHrmEmployeeDismissionInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptList" => rt::read_field(map, &mut self.dept_list),
            "handoverUserId" => rt::read_field(map, &mut self.handover_user_id),
            "lastWorkDay" => rt::read_field(map, &mut self.last_work_day),
            "mainDeptId" => rt::read_field(map, &mut self.main_dept_id),
            "mainDeptName" => rt::read_field(map, &mut self.main_dept_name),
            "name" => rt::read_field(map, &mut self.name),
            "passiveReason" => rt::read_field(map, &mut self.passive_reason),
            "preStatus" => rt::read_field(map, &mut self.pre_status),
            "reasonMemo" => rt::read_field(map, &mut self.reason_memo),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            "voluntaryReason" => rt::read_field(map, &mut self.voluntary_reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryHrmEmployeeDismissionInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptList", &self.dept_list)?;
        object.optional("handoverUserId", &self.handover_user_id)?;
        object.optional("lastWorkDay", &self.last_work_day)?;
        object.optional("mainDeptId", &self.main_dept_id)?;
        object.optional("mainDeptName", &self.main_dept_name)?;
        object.optional("name", &self.name)?;
        object.optional("passiveReason", &self.passive_reason)?;
        object.optional("preStatus", &self.pre_status)?;
        object.optional("reasonMemo", &self.reason_memo)?;
        object.optional("status", &self.status)?;
        object.optional("userId", &self.user_id)?;
        object.optional("voluntaryReason", &self.voluntary_reason)?;
        object.end()
    }
}
/// `QueryJobRanksResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryJobRanksResponseBodyList {
    /// `maxJobGrade`.
    pub max_job_grade: Option<i64>,
    /// `minJobGrade`.
    pub min_job_grade: Option<i64>,
    /// `rankCategoryId`.
    pub rank_category_id: Option<String>,
    /// `rankCode`.
    pub rank_code: Option<String>,
    /// `rankDescription`.
    pub rank_description: Option<String>,
    /// `rankId`.
    pub rank_id: Option<String>,
    /// `rankName`.
    pub rank_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryJobRanksResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryJobRanksResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxJobGrade" => rt::read_field(map, &mut self.max_job_grade),
            "minJobGrade" => rt::read_field(map, &mut self.min_job_grade),
            "rankCategoryId" => rt::read_field(map, &mut self.rank_category_id),
            "rankCode" => rt::read_field(map, &mut self.rank_code),
            "rankDescription" => rt::read_field(map, &mut self.rank_description),
            "rankId" => rt::read_field(map, &mut self.rank_id),
            "rankName" => rt::read_field(map, &mut self.rank_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryJobRanksResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxJobGrade", &self.max_job_grade)?;
        object.optional("minJobGrade", &self.min_job_grade)?;
        object.optional("rankCategoryId", &self.rank_category_id)?;
        object.optional("rankCode", &self.rank_code)?;
        object.optional("rankDescription", &self.rank_description)?;
        object.optional("rankId", &self.rank_id)?;
        object.optional("rankName", &self.rank_name)?;
        object.end()
    }
}
/// `QueryJobsResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryJobsResponseBodyList {
    /// `jobDescription`.
    pub job_description: Option<String>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `jobName`.
    pub job_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryJobsResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryJobsResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobDescription" => rt::read_field(map, &mut self.job_description),
            "jobId" => rt::read_field(map, &mut self.job_id),
            "jobName" => rt::read_field(map, &mut self.job_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryJobsResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobDescription", &self.job_description)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("jobName", &self.job_name)?;
        object.end()
    }
}
/// `ResultValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultValue {
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ResultValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryPositionsResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPositionsResponseBodyList {
    /// `jobId`.
    pub job_id: Option<String>,
    /// `positionCategoryId`.
    pub position_category_id: Option<String>,
    /// `positionDes`.
    pub position_des: Option<String>,
    /// `positionId`.
    pub position_id: Option<String>,
    /// `positionName`.
    pub position_name: Option<String>,
    /// `rankIdList`.
    pub rank_id_list: Option<Vec<String>>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPositionsResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPositionsResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            "positionCategoryId" => rt::read_field(map, &mut self.position_category_id),
            "positionDes" => rt::read_field(map, &mut self.position_des),
            "positionId" => rt::read_field(map, &mut self.position_id),
            "positionName" => rt::read_field(map, &mut self.position_name),
            "rankIdList" => rt::read_field(map, &mut self.rank_id_list),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPositionsResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("positionCategoryId", &self.position_category_id)?;
        object.optional("positionDes", &self.position_des)?;
        object.optional("positionId", &self.position_id)?;
        object.optional("positionName", &self.position_name)?;
        object.optional("rankIdList", &self.rank_id_list)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `RevokeSignRecordsResponseBodyResult`: the same model as [`InvalidSignRecordsResponseBodyResult`].
pub type RevokeSignRecordsResponseBodyResult = InvalidSignRecordsResponseBodyResult;
/// `RosterMetaAvailableFieldListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RosterMetaAvailableFieldListResponseBodyResult {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `optionText`.
    pub option_text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for RosterMetaAvailableFieldListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RosterMetaAvailableFieldListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "optionText" => rt::read_field(map, &mut self.option_text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RosterMetaAvailableFieldListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("optionText", &self.option_text)?;
        object.end()
    }
}
/// `SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.end()
    }
}
/// `SendRealAuthInviteMessageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageResponseBodyResult {
    /// `hadInvitedNum`.
    pub had_invited_num: Option<i64>,
    /// `hadRealAuthNum`.
    pub had_real_auth_num: Option<i64>,
    /// `successNum`.
    pub success_num: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SendRealAuthInviteMessageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendRealAuthInviteMessageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hadInvitedNum" => rt::read_field(map, &mut self.had_invited_num),
            "hadRealAuthNum" => rt::read_field(map, &mut self.had_real_auth_num),
            "successNum" => rt::read_field(map, &mut self.success_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendRealAuthInviteMessageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hadInvitedNum", &self.had_invited_num)?;
        object.optional("hadRealAuthNum", &self.had_real_auth_num)?;
        object.optional("successNum", &self.success_num)?;
        object.end()
    }
}
/// `UpdateCustomRosterFieldResponseBodyResult`: the same model as [`AddCustomRosterFieldResponseBodyResult`].
pub type UpdateCustomRosterFieldResponseBodyResult = AddCustomRosterFieldResponseBodyResult;
/// `UpdateHrmLegalEntityNameResponseBodyResult`: the same model as [`AddHrmLegalEntityResponseBodyResult`].
pub type UpdateHrmLegalEntityNameResponseBodyResult = AddHrmLegalEntityResponseBodyResult;
/// `UpdateHrmLegalEntityWithoutNameRequestExtManageAddress`: the same model as [`AddHrmLegalEntityRequestExtManageAddress`].
pub type UpdateHrmLegalEntityWithoutNameRequestExtManageAddress = AddHrmLegalEntityRequestExtManageAddress;
/// `UpdateHrmLegalEntityWithoutNameRequestExtRegistrationAddress`: the same model as [`AddHrmLegalEntityRequestExtManageAddress`].
pub type UpdateHrmLegalEntityWithoutNameRequestExtRegistrationAddress = AddHrmLegalEntityRequestExtManageAddress;
/// `UpdateHrmLegalEntityWithoutNameResponseBodyResult`: the same model as [`AddHrmLegalEntityResponseBodyResult`].
pub type UpdateHrmLegalEntityWithoutNameResponseBodyResult = AddHrmLegalEntityResponseBodyResult;
/// `AISaleEntityCreateResponseBodyResultFieldInstances`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBodyResultFieldInstances {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
    /// `options`.
    pub options: Option<Vec<AISaleEntityCreateResponseBodyResultFieldInstancesOptions>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `source`.
    pub source: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityCreateResponseBodyResultFieldInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityCreateResponseBodyResultFieldInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityCreateResponseBodyResultFieldInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("itemType", &self.item_type)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
/// `AISaleEntityDetailResponseBodyResultFieldInstances`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityDetailResponseBodyResultFieldInstances {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
    /// `options`.
    pub options: Option<Vec<AISaleEntityDetailResponseBodyResultFieldInstancesOptions>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `source`.
    pub source: Option<String>,
    /// `subFields`.
    pub sub_fields: Option<
        Vec<AISaleEntityDetailResponseBodyResultFieldInstancesSubFields>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityDetailResponseBodyResultFieldInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityDetailResponseBodyResultFieldInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "source" => rt::read_field(map, &mut self.source),
            "subFields" => rt::read_field(map, &mut self.sub_fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityDetailResponseBodyResultFieldInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("itemType", &self.item_type)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("source", &self.source)?;
        object.optional("subFields", &self.sub_fields)?;
        object.end()
    }
}
/// `AISaleEntityListResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListResponseBodyResultData {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<
        Vec<AISaleEntityListResponseBodyResultDataFieldInstances>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityListResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityListResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityListResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.end()
    }
}
/// `AISaleEntityUpdateResponseBodyResultFieldInstances`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstances`].
pub type AISaleEntityUpdateResponseBodyResultFieldInstances = AISaleEntityCreateResponseBodyResultFieldInstances;
/// `AISaleGetMemoryResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleGetMemoryResponseBodyResultData {
    /// `contactId`.
    pub contact_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customerId`.
    pub customer_id: Option<String>,
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `happenedAt`.
    pub happened_at: Option<i64>,
    /// `importance`.
    pub importance: Option<i64>,
    /// `memoryCategory`.
    pub memory_category: Option<String>,
    /// `memoryContent`.
    pub memory_content: Option<String>,
    /// `memoryId`.
    pub memory_id: Option<String>,
    /// `memoryTitle`.
    pub memory_title: Option<String>,
    /// `sourceActivityId`.
    pub source_activity_id: Option<String>,
    /// `tags`.
    pub tags: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleGetMemoryResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleGetMemoryResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactId" => rt::read_field(map, &mut self.contact_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "happenedAt" => rt::read_field(map, &mut self.happened_at),
            "importance" => rt::read_field(map, &mut self.importance),
            "memoryCategory" => rt::read_field(map, &mut self.memory_category),
            "memoryContent" => rt::read_field(map, &mut self.memory_content),
            "memoryId" => rt::read_field(map, &mut self.memory_id),
            "memoryTitle" => rt::read_field(map, &mut self.memory_title),
            "sourceActivityId" => rt::read_field(map, &mut self.source_activity_id),
            "tags" => rt::read_field(map, &mut self.tags),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleGetMemoryResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactId", &self.contact_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customerId", &self.customer_id)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("happenedAt", &self.happened_at)?;
        object.optional("importance", &self.importance)?;
        object.optional("memoryCategory", &self.memory_category)?;
        object.optional("memoryContent", &self.memory_content)?;
        object.optional("memoryId", &self.memory_id)?;
        object.optional("memoryTitle", &self.memory_title)?;
        object.optional("sourceActivityId", &self.source_activity_id)?;
        object.optional("tags", &self.tags)?;
        object.end()
    }
}
/// `AISaleSchemaGetResponseBodyResultFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSchemaGetResponseBodyResultFields {
    /// `defaultValue`.
    pub default_value: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
    /// `options`.
    pub options: Option<Vec<AISaleSchemaGetResponseBodyResultFieldsOptions>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `source`.
    pub source: Option<String>,
    /// `subFields`.
    pub sub_fields: Option<Vec<AISaleSchemaGetResponseBodyResultFieldsSubFields>>,
}
impl<'de> rt::serde::Deserialize<'de> for AISaleSchemaGetResponseBodyResultFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSchemaGetResponseBodyResultFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "defaultValue" => rt::read_field(map, &mut self.default_value),
            "description" => rt::read_field(map, &mut self.description),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "source" => rt::read_field(map, &mut self.source),
            "subFields" => rt::read_field(map, &mut self.sub_fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleSchemaGetResponseBodyResultFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("defaultValue", &self.default_value)?;
        object.optional("description", &self.description)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("itemType", &self.item_type)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("source", &self.source)?;
        object.optional("subFields", &self.sub_fields)?;
        object.end()
    }
}
/// `AddHrmPreentryRequestGroupsSectionsEmpFieldVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddHrmPreentryRequestGroupsSectionsEmpFieldVOList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl AddHrmPreentryRequestGroupsSectionsEmpFieldVOList {
    /// An empty `AddHrmPreentryRequestGroupsSectionsEmpFieldVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddHrmPreentryRequestGroupsSectionsEmpFieldVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AddHrmPreentryRequestGroupsSectionsEmpFieldVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmPreentryRequestGroupsSectionsEmpFieldVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetAllDismissionReasonsResponseBodyResultPassiveList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBodyResultPassiveList {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetAllDismissionReasonsResponseBodyResultPassiveList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllDismissionReasonsResponseBodyResultPassiveList {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllDismissionReasonsResponseBodyResultPassiveList {
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
/// `GetAllDismissionReasonsResponseBodyResultVoluntaryList`: the same model as [`GetAllDismissionReasonsResponseBodyResultPassiveList`].
pub type GetAllDismissionReasonsResponseBodyResultVoluntaryList = GetAllDismissionReasonsResponseBodyResultPassiveList;
/// `GetDismissionRecordResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBodyResultList {
    /// `lastWorkDay`.
    pub last_work_day: Option<i64>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDismissionRecordResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDismissionRecordResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastWorkDay" => rt::read_field(map, &mut self.last_work_day),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDismissionRecordResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastWorkDay", &self.last_work_day)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
/// `GetEmployeeRosterByFieldResponseBodyResultFieldDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBodyResultFieldDataList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldValueList`.
    pub field_value_list: Option<
        Vec<GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList>,
    >,
    /// `groupId`.
    pub group_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetEmployeeRosterByFieldResponseBodyResultFieldDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmployeeRosterByFieldResponseBodyResultFieldDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldValueList" => rt::read_field(map, &mut self.field_value_list),
            "groupId" => rt::read_field(map, &mut self.group_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmployeeRosterByFieldResponseBodyResultFieldDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldValueList", &self.field_value_list)?;
        object.optional("groupId", &self.group_id)?;
        object.end()
    }
}
/// `GetFileTemplateListResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBodyResultData {
    /// `attachmentList`.
    pub attachment_list: Option<
        Vec<GetFileTemplateListResponseBodyResultDataAttachmentList>,
    >,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `fieldList`.
    pub field_list: Option<Vec<GetFileTemplateListResponseBodyResultDataFieldList>>,
    /// `groupList`.
    pub group_list: Option<Vec<GetFileTemplateListResponseBodyResultDataGroupList>>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateInstName`.
    pub template_inst_name: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `templateSignStatus`.
    pub template_sign_status: Option<i64>,
    /// `templateStatus`.
    pub template_status: Option<i64>,
    /// `templateType`.
    pub template_type: Option<String>,
    /// `templateTypeName`.
    pub template_type_name: Option<String>,
    /// `tenantId`.
    pub tenant_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileTemplateListResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileTemplateListResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentList" => rt::read_field(map, &mut self.attachment_list),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "groupList" => rt::read_field(map, &mut self.group_list),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateInstName" => rt::read_field(map, &mut self.template_inst_name),
            "templateName" => rt::read_field(map, &mut self.template_name),
            "templateSignStatus" => rt::read_field(map, &mut self.template_sign_status),
            "templateStatus" => rt::read_field(map, &mut self.template_status),
            "templateType" => rt::read_field(map, &mut self.template_type),
            "templateTypeName" => rt::read_field(map, &mut self.template_type_name),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileTemplateListResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentList", &self.attachment_list)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("fieldList", &self.field_list)?;
        object.optional("groupList", &self.group_list)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateInstName", &self.template_inst_name)?;
        object.optional("templateName", &self.template_name)?;
        object.optional("templateSignStatus", &self.template_sign_status)?;
        object.optional("templateStatus", &self.template_status)?;
        object.optional("templateType", &self.template_type)?;
        object.optional("templateTypeName", &self.template_type_name)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.end()
    }
}
/// `GetSignRecordByUserIdResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignRecordByUserIdResponseBodyResultData {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `outerId`.
    pub outer_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `signExpireTime`.
    pub sign_expire_time: Option<i64>,
    /// `signFileName`.
    pub sign_file_name: Option<String>,
    /// `signFileUrl`.
    pub sign_file_url: Option<String>,
    /// `signFinishTime`.
    pub sign_finish_time: Option<i64>,
    /// `signLegalEntityName`.
    pub sign_legal_entity_name: Option<String>,
    /// `signRecordId`.
    pub sign_record_id: Option<String>,
    /// `signStartTime`.
    pub sign_start_time: Option<i64>,
    /// `signStatus`.
    pub sign_status: Option<String>,
    /// `signStatusRemarks`.
    pub sign_status_remarks: Option<String>,
    /// `signTemplateType`.
    pub sign_template_type: Option<String>,
    /// `signUserId`.
    pub sign_user_id: Option<String>,
    /// `signUserName`.
    pub sign_user_name: Option<String>,
    /// `signWay`.
    pub sign_way: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByUserIdResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignRecordByUserIdResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "signExpireTime" => rt::read_field(map, &mut self.sign_expire_time),
            "signFileName" => rt::read_field(map, &mut self.sign_file_name),
            "signFileUrl" => rt::read_field(map, &mut self.sign_file_url),
            "signFinishTime" => rt::read_field(map, &mut self.sign_finish_time),
            "signLegalEntityName" => {
                rt::read_field(map, &mut self.sign_legal_entity_name)
            }
            "signRecordId" => rt::read_field(map, &mut self.sign_record_id),
            "signStartTime" => rt::read_field(map, &mut self.sign_start_time),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "signStatusRemarks" => rt::read_field(map, &mut self.sign_status_remarks),
            "signTemplateType" => rt::read_field(map, &mut self.sign_template_type),
            "signUserId" => rt::read_field(map, &mut self.sign_user_id),
            "signUserName" => rt::read_field(map, &mut self.sign_user_name),
            "signWay" => rt::read_field(map, &mut self.sign_way),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignRecordByUserIdResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("outerId", &self.outer_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("signExpireTime", &self.sign_expire_time)?;
        object.optional("signFileName", &self.sign_file_name)?;
        object.optional("signFileUrl", &self.sign_file_url)?;
        object.optional("signFinishTime", &self.sign_finish_time)?;
        object.optional("signLegalEntityName", &self.sign_legal_entity_name)?;
        object.optional("signRecordId", &self.sign_record_id)?;
        object.optional("signStartTime", &self.sign_start_time)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("signStatusRemarks", &self.sign_status_remarks)?;
        object.optional("signTemplateType", &self.sign_template_type)?;
        object.optional("signUserId", &self.sign_user_id)?;
        object.optional("signUserName", &self.sign_user_name)?;
        object.optional("signWay", &self.sign_way)?;
        object.end()
    }
}
/// `HrmMailSendRequestMailMeetingAlarm`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailMeetingAlarm {
    /// `alarmDesc`.
    pub alarm_desc: String,
    /// `alarmMinutes`.
    pub alarm_minutes: i64,
    /// `alarmSummary`.
    pub alarm_summary: String,
}
impl HrmMailSendRequestMailMeetingAlarm {
    /// A `HrmMailSendRequestMailMeetingAlarm` with its required fields (`alarmDesc`, `alarmMinutes`, `alarmSummary`); set the others with the methods named after them.
    pub fn new(
        alarm_desc: impl Into<String>,
        alarm_minutes: i64,
        alarm_summary: impl Into<String>,
    ) -> Self {
        Self {
            alarm_desc: alarm_desc.into(),
            alarm_minutes,
            alarm_summary: alarm_summary.into(),
        }
    }
}
impl rt::serde::Serialize for HrmMailSendRequestMailMeetingAlarm {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("alarmDesc", &self.alarm_desc)?;
        object.field("alarmMinutes", &self.alarm_minutes)?;
        object.field("alarmSummary", &self.alarm_summary)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestMailMeetingAlarm {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestMailMeetingAlarm {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alarmDesc" => rt::read_field(map, &mut self.alarm_desc),
            "alarmMinutes" => rt::read_field(map, &mut self.alarm_minutes),
            "alarmSummary" => rt::read_field(map, &mut self.alarm_summary),
            _ => Ok(false),
        }
    }
}
/// `HrmMailSendRequestMailMeetingAttendees`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailMeetingAttendees {
    /// `address`.
    pub address: String,
    /// `name`.
    pub name: String,
}
impl HrmMailSendRequestMailMeetingAttendees {
    /// A `HrmMailSendRequestMailMeetingAttendees` with its required fields (`address`, `name`); set the others with the methods named after them.
    pub fn new(address: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            name: name.into(),
        }
    }
}
impl rt::serde::Serialize for HrmMailSendRequestMailMeetingAttendees {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("address", &self.address)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequestMailMeetingAttendees {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequestMailMeetingAttendees {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
/// `HrmMailSendRequestMailMeetingOrganizer`: the same model as [`HrmMailSendRequestMailMeetingAttendees`].
pub type HrmMailSendRequestMailMeetingOrganizer = HrmMailSendRequestMailMeetingAttendees;
/// `InvalidSignRecordsResponseBodyResultFailItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResultFailItems {
    /// `itemId`.
    pub item_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InvalidSignRecordsResponseBodyResultFailItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvalidSignRecordsResponseBodyResultFailItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemId" => rt::read_field(map, &mut self.item_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InvalidSignRecordsResponseBodyResultFailItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemId", &self.item_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `InvalidSignRecordsResponseBodyResultSuccessItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResultSuccessItems {
    /// `itemId`.
    pub item_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for InvalidSignRecordsResponseBodyResultSuccessItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvalidSignRecordsResponseBodyResultSuccessItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemId" => rt::read_field(map, &mut self.item_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InvalidSignRecordsResponseBodyResultSuccessItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemId", &self.item_id)?;
        object.end()
    }
}
/// `MasterDataQueryResponseBodyResultViewEntityFieldVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryResponseBodyResultViewEntityFieldVOList {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldDataVO`.
    pub field_data_vo: Option<
        MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO,
    >,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for MasterDataQueryResponseBodyResultViewEntityFieldVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataQueryResponseBodyResultViewEntityFieldVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldDataVO" => rt::read_field(map, &mut self.field_data_vo),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MasterDataQueryResponseBodyResultViewEntityFieldVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldDataVO", &self.field_data_vo)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.end()
    }
}
/// `MasterDatasGetResponseBodyResultViewEntityFieldVOList`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOList`].
pub type MasterDatasGetResponseBodyResultViewEntityFieldVOList = MasterDataQueryResponseBodyResultViewEntityFieldVOList;
/// `MasterDatasQueryResponseBodyResultViewEntityFieldVOList`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOList`].
pub type MasterDatasQueryResponseBodyResultViewEntityFieldVOList = MasterDataQueryResponseBodyResultViewEntityFieldVOList;
/// `QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList {
    /// `dept_id`.
    pub dept_id: Option<i64>,
    /// `dept_path`.
    pub dept_path: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "dept_path" => rt::read_field(map, &mut self.dept_path),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("dept_path", &self.dept_path)?;
        object.end()
    }
}
/// `RevokeSignRecordsResponseBodyResultFailItems`: the same model as [`InvalidSignRecordsResponseBodyResultFailItems`].
pub type RevokeSignRecordsResponseBodyResultFailItems = InvalidSignRecordsResponseBodyResultFailItems;
/// `RevokeSignRecordsResponseBodyResultSuccessItems`: the same model as [`InvalidSignRecordsResponseBodyResultSuccessItems`].
pub type RevokeSignRecordsResponseBodyResultSuccessItems = InvalidSignRecordsResponseBodyResultSuccessItems;
/// `AISaleEntityCreateResponseBodyResultFieldInstancesOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBodyResultFieldInstancesOptions {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityCreateResponseBodyResultFieldInstancesOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityCreateResponseBodyResultFieldInstancesOptions {
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
impl rt::serde::Serialize for AISaleEntityCreateResponseBodyResultFieldInstancesOptions {
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
/// `AISaleEntityDetailResponseBodyResultFieldInstancesOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityDetailResponseBodyResultFieldInstancesOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleEntityDetailResponseBodyResultFieldInstancesSubFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityDetailResponseBodyResultFieldInstancesSubFields {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<AISaleEntityDetailResponseBodyResultFieldInstancesSubFieldsOptions>,
    >,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `source`.
    pub source: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityDetailResponseBodyResultFieldInstancesSubFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityDetailResponseBodyResultFieldInstancesSubFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AISaleEntityDetailResponseBodyResultFieldInstancesSubFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("itemType", &self.item_type)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
/// `AISaleEntityListResponseBodyResultDataFieldInstances`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListResponseBodyResultDataFieldInstances {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<AISaleEntityListResponseBodyResultDataFieldInstancesOptions>,
    >,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `source`.
    pub source: Option<String>,
    /// `subFields`.
    pub sub_fields: Option<
        Vec<AISaleEntityListResponseBodyResultDataFieldInstancesSubFields>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityListResponseBodyResultDataFieldInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityListResponseBodyResultDataFieldInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "source" => rt::read_field(map, &mut self.source),
            "subFields" => rt::read_field(map, &mut self.sub_fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleEntityListResponseBodyResultDataFieldInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("itemType", &self.item_type)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("source", &self.source)?;
        object.optional("subFields", &self.sub_fields)?;
        object.end()
    }
}
/// `AISaleEntityUpdateResponseBodyResultFieldInstancesOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityUpdateResponseBodyResultFieldInstancesOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleSchemaGetResponseBodyResultFieldsOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleSchemaGetResponseBodyResultFieldsOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleSchemaGetResponseBodyResultFieldsSubFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSchemaGetResponseBodyResultFieldsSubFields {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `options`.
    pub options: Option<Vec<AISaleSchemaGetResponseBodyResultFieldsSubFieldsOptions>>,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleSchemaGetResponseBodyResultFieldsSubFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleSchemaGetResponseBodyResultFieldsSubFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AISaleSchemaGetResponseBodyResultFieldsSubFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.end()
    }
}
/// `GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList {
    /// `itemIndex`.
    pub item_index: Option<i64>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemIndex" => rt::read_field(map, &mut self.item_index),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemIndex", &self.item_index)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetFileTemplateListResponseBodyResultDataAttachmentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBodyResultDataAttachmentList {
    /// `desc`.
    pub desc: Option<String>,
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `signRequired`.
    pub sign_required: Option<bool>,
    /// `userCustomField`.
    pub user_custom_field: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFileTemplateListResponseBodyResultDataAttachmentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileTemplateListResponseBodyResultDataAttachmentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "signRequired" => rt::read_field(map, &mut self.sign_required),
            "userCustomField" => rt::read_field(map, &mut self.user_custom_field),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileTemplateListResponseBodyResultDataAttachmentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("signRequired", &self.sign_required)?;
        object.optional("userCustomField", &self.user_custom_field)?;
        object.end()
    }
}
/// `GetFileTemplateListResponseBodyResultDataFieldList`: the same model as [`GetFileTemplateListResponseBodyResultDataAttachmentList`].
pub type GetFileTemplateListResponseBodyResultDataFieldList = GetFileTemplateListResponseBodyResultDataAttachmentList;
/// `GetFileTemplateListResponseBodyResultDataGroupList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBodyResultDataGroupList {
    /// `detailFlag`.
    pub detail_flag: Option<bool>,
    /// `fieldList`.
    pub field_list: Option<
        Vec<GetFileTemplateListResponseBodyResultDataGroupListFieldList>,
    >,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFileTemplateListResponseBodyResultDataGroupList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileTemplateListResponseBodyResultDataGroupList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailFlag" => rt::read_field(map, &mut self.detail_flag),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileTemplateListResponseBodyResultDataGroupList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailFlag", &self.detail_flag)?;
        object.optional("fieldList", &self.field_list)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.end()
    }
}
/// `MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO {
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
for MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO {
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
/// `MasterDatasGetResponseBodyResultViewEntityFieldVOListFieldDataVO`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`].
pub type MasterDatasGetResponseBodyResultViewEntityFieldVOListFieldDataVO = MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO;
/// `MasterDatasQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`].
pub type MasterDatasQueryResponseBodyResultViewEntityFieldVOListFieldDataVO = MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO;
/// `AISaleEntityDetailResponseBodyResultFieldInstancesSubFieldsOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityDetailResponseBodyResultFieldInstancesSubFieldsOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleEntityListResponseBodyResultDataFieldInstancesOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityListResponseBodyResultDataFieldInstancesOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleEntityListResponseBodyResultDataFieldInstancesSubFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListResponseBodyResultDataFieldInstancesSubFields {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLabel`.
    pub field_label: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `options`.
    pub options: Option<
        Vec<AISaleEntityListResponseBodyResultDataFieldInstancesSubFieldsOptions>,
    >,
    /// `placeholder`.
    pub placeholder: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `source`.
    pub source: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AISaleEntityListResponseBodyResultDataFieldInstancesSubFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AISaleEntityListResponseBodyResultDataFieldInstancesSubFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldLabel" => rt::read_field(map, &mut self.field_label),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            "options" => rt::read_field(map, &mut self.options),
            "placeholder" => rt::read_field(map, &mut self.placeholder),
            "required" => rt::read_field(map, &mut self.required),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AISaleEntityListResponseBodyResultDataFieldInstancesSubFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldLabel", &self.field_label)?;
        object.optional("fieldValue", &self.field_value)?;
        object.optional("options", &self.options)?;
        object.optional("placeholder", &self.placeholder)?;
        object.optional("required", &self.required)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
/// `AISaleSchemaGetResponseBodyResultFieldsSubFieldsOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleSchemaGetResponseBodyResultFieldsSubFieldsOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `GetFileTemplateListResponseBodyResultDataGroupListFieldList`: the same model as [`GetFileTemplateListResponseBodyResultDataAttachmentList`].
pub type GetFileTemplateListResponseBodyResultDataGroupListFieldList = GetFileTemplateListResponseBodyResultDataAttachmentList;
/// `AISaleEntityListResponseBodyResultDataFieldInstancesSubFieldsOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityListResponseBodyResultDataFieldInstancesSubFieldsOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// The request of [`Api::ai_sale_attachment_permisson`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleAttachmentPermissonRequest {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleAttachmentPermissonRequest {
    /// An empty `AISaleAttachmentPermissonRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleAttachmentPermissonRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleAttachmentPermissonRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleAttachmentPermissonRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleAttachmentPermissonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_entity_create`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityCreateRequest {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityCreateRequestFieldInstances>>,
    /// `source`.
    pub source: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleEntityCreateRequest {
    /// An empty `AISaleEntityCreateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entityId`.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `fieldInstances`.
    pub fn field_instances(
        mut self,
        value: impl IntoIterator<Item = AISaleEntityCreateRequestFieldInstances>,
    ) -> Self {
        self.field_instances = Some(value.into_iter().collect());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityCreateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.optional("source", &self.source)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityCreateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityCreateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            "source" => rt::read_field(map, &mut self.source),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleEntityCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_entity_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityDetailRequest {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleEntityDetailRequest {
    /// An empty `AISaleEntityDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entityId`.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleEntityDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_entity_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityListRequest {
    /// `conditions`.
    pub conditions: Option<Vec<AISaleEntityListRequestConditions>>,
    /// `cursor`.
    pub cursor: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleEntityListRequest {
    /// An empty `AISaleEntityListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conditions`.
    pub fn conditions(
        mut self,
        value: impl IntoIterator<Item = AISaleEntityListRequestConditions>,
    ) -> Self {
        self.conditions = Some(value.into_iter().collect());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conditions", &self.conditions)?;
        object.optional("cursor", &self.cursor)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conditions" => rt::read_field(map, &mut self.conditions),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleEntityListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_entity_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleEntityUpdateRequest {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityUpdateRequestFieldInstances>>,
    /// `source`.
    pub source: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleEntityUpdateRequest {
    /// An empty `AISaleEntityUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entityId`.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `fieldInstances`.
    pub fn field_instances(
        mut self,
        value: impl IntoIterator<Item = AISaleEntityUpdateRequestFieldInstances>,
    ) -> Self {
        self.field_instances = Some(value.into_iter().collect());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleEntityUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldInstances", &self.field_instances)?;
        object.optional("source", &self.source)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleEntityUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleEntityUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldInstances" => rt::read_field(map, &mut self.field_instances),
            "source" => rt::read_field(map, &mut self.source),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleEntityUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_flash_minutes_analysis`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleFlashMinutesAnalysisRequest {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleFlashMinutesAnalysisRequest {
    /// An empty `AISaleFlashMinutesAnalysisRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entityId`.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleFlashMinutesAnalysisRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleFlashMinutesAnalysisRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleFlashMinutesAnalysisRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleFlashMinutesAnalysisRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_get_memory`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleGetMemoryRequest {
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `cursor`.
    pub cursor: Option<String>,
    /// `customerScopeId`.
    pub customer_scope_id: Option<String>,
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityIds`.
    pub entity_ids: Option<Vec<String>>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `keyword`.
    pub keyword: Option<String>,
    /// `memoryCategory`.
    pub memory_category: Option<String>,
    /// `minImportance`.
    pub min_importance: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleGetMemoryRequest {
    /// An empty `AISaleGetMemoryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `customerScopeId`.
    pub fn customer_scope_id(mut self, value: impl Into<String>) -> Self {
        self.customer_scope_id = Some(value.into());
        self
    }
    /// Sets `entityId`.
    pub fn entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets `entityIds`.
    pub fn entity_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.entity_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `memoryCategory`.
    pub fn memory_category(mut self, value: impl Into<String>) -> Self {
        self.memory_category = Some(value.into());
        self
    }
    /// Sets `minImportance`.
    pub fn min_importance(mut self, value: i64) -> Self {
        self.min_importance = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleGetMemoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("cursor", &self.cursor)?;
        object.optional("customerScopeId", &self.customer_scope_id)?;
        object.optional("entityId", &self.entity_id)?;
        object.optional("entityIds", &self.entity_ids)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("keyword", &self.keyword)?;
        object.optional("memoryCategory", &self.memory_category)?;
        object.optional("minImportance", &self.min_importance)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleGetMemoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleGetMemoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "customerScopeId" => rt::read_field(map, &mut self.customer_scope_id),
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityIds" => rt::read_field(map, &mut self.entity_ids),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "memoryCategory" => rt::read_field(map, &mut self.memory_category),
            "minImportance" => rt::read_field(map, &mut self.min_importance),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleGetMemoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_schema_get`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSchemaGetRequest {
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleSchemaGetRequest {
    /// An empty `AISaleSchemaGetRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entityType`.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleSchemaGetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleSchemaGetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleSchemaGetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleSchemaGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_sync_ai_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleSyncAiTaskRequest {
    /// `scenarioCode`.
    pub scenario_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userPrompt`.
    pub user_prompt: Option<String>,
    /// `variables`.
    pub variables: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl AISaleSyncAiTaskRequest {
    /// An empty `AISaleSyncAiTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `scenarioCode`.
    pub fn scenario_code(mut self, value: impl Into<String>) -> Self {
        self.scenario_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userPrompt`.
    pub fn user_prompt(mut self, value: impl Into<String>) -> Self {
        self.user_prompt = Some(value.into());
        self
    }
    /// Sets `variables`.
    pub fn variables(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.variables = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for AISaleSyncAiTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scenarioCode", &self.scenario_code)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userPrompt", &self.user_prompt)?;
        object.optional("variables", &self.variables)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleSyncAiTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleSyncAiTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scenarioCode" => rt::read_field(map, &mut self.scenario_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userPrompt" => rt::read_field(map, &mut self.user_prompt),
            "variables" => rt::read_field(map, &mut self.variables),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleSyncAiTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_sale_task_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AISaleTaskResultRequest {
    /// `taskId`.
    pub task_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AISaleTaskResultRequest {
    /// An empty `AISaleTaskResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AISaleTaskResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AISaleTaskResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AISaleTaskResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AISaleTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddCustomRosterFieldRequest {
    /// `editFromEmployeeFlag`.
    pub edit_from_employee_flag: bool,
    /// `fieldName`.
    pub field_name: String,
    /// `fieldType`.
    pub field_type: String,
    /// `groupId`.
    pub group_id: String,
    /// `hiddenFromEmployeeFlag`.
    pub hidden_from_employee_flag: bool,
    /// `hint`.
    pub hint: Option<String>,
    /// `noWatermark`.
    pub no_watermark: Option<bool>,
    /// `numberDecimalPlace`.
    pub number_decimal_place: Option<i64>,
    /// `numberFormatType`.
    pub number_format_type: Option<String>,
    /// `numberValueType`.
    pub number_value_type: Option<String>,
    /// `optionText`.
    pub option_text: Option<String>,
    /// `required`.
    pub required: bool,
    /// `visibleByEmp`.
    pub visible_by_emp: bool,
}
impl AddCustomRosterFieldRequest {
    /// A `AddCustomRosterFieldRequest` with its required fields (`editFromEmployeeFlag`, `fieldName`, `fieldType`, `groupId`, `hiddenFromEmployeeFlag`, `required`, `visibleByEmp`); set the others with the methods named after them.
    pub fn new(
        edit_from_employee_flag: bool,
        field_name: impl Into<String>,
        field_type: impl Into<String>,
        group_id: impl Into<String>,
        hidden_from_employee_flag: bool,
        required: bool,
        visible_by_emp: bool,
    ) -> Self {
        Self {
            edit_from_employee_flag,
            field_name: field_name.into(),
            field_type: field_type.into(),
            group_id: group_id.into(),
            hidden_from_employee_flag,
            hint: None,
            no_watermark: None,
            number_decimal_place: None,
            number_format_type: None,
            number_value_type: None,
            option_text: None,
            required,
            visible_by_emp,
        }
    }
    /// Sets `hint`.
    pub fn hint(mut self, value: impl Into<String>) -> Self {
        self.hint = Some(value.into());
        self
    }
    /// Sets `noWatermark`.
    pub fn no_watermark(mut self, value: bool) -> Self {
        self.no_watermark = Some(value);
        self
    }
    /// Sets `numberDecimalPlace`.
    pub fn number_decimal_place(mut self, value: i64) -> Self {
        self.number_decimal_place = Some(value);
        self
    }
    /// Sets `numberFormatType`.
    pub fn number_format_type(mut self, value: impl Into<String>) -> Self {
        self.number_format_type = Some(value.into());
        self
    }
    /// Sets `numberValueType`.
    pub fn number_value_type(mut self, value: impl Into<String>) -> Self {
        self.number_value_type = Some(value.into());
        self
    }
    /// Sets `optionText`.
    pub fn option_text(mut self, value: impl Into<String>) -> Self {
        self.option_text = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddCustomRosterFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("editFromEmployeeFlag", &self.edit_from_employee_flag)?;
        object.field("fieldName", &self.field_name)?;
        object.field("fieldType", &self.field_type)?;
        object.field("groupId", &self.group_id)?;
        object.field("hiddenFromEmployeeFlag", &self.hidden_from_employee_flag)?;
        object.optional("hint", &self.hint)?;
        object.optional("noWatermark", &self.no_watermark)?;
        object.optional("numberDecimalPlace", &self.number_decimal_place)?;
        object.optional("numberFormatType", &self.number_format_type)?;
        object.optional("numberValueType", &self.number_value_type)?;
        object.optional("optionText", &self.option_text)?;
        object.field("required", &self.required)?;
        object.field("visibleByEmp", &self.visible_by_emp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCustomRosterFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCustomRosterFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "editFromEmployeeFlag" => {
                rt::read_field(map, &mut self.edit_from_employee_flag)
            }
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "hiddenFromEmployeeFlag" => {
                rt::read_field(map, &mut self.hidden_from_employee_flag)
            }
            "hint" => rt::read_field(map, &mut self.hint),
            "noWatermark" => rt::read_field(map, &mut self.no_watermark),
            "numberDecimalPlace" => rt::read_field(map, &mut self.number_decimal_place),
            "numberFormatType" => rt::read_field(map, &mut self.number_format_type),
            "numberValueType" => rt::read_field(map, &mut self.number_value_type),
            "optionText" => rt::read_field(map, &mut self.option_text),
            "required" => rt::read_field(map, &mut self.required),
            "visibleByEmp" => rt::read_field(map, &mut self.visible_by_emp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_hrm_legal_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddHrmLegalEntityRequest {
    /// `dingTenantId`: a query parameter.
    pub ding_tenant_id: Option<i64>,
    /// `corpId`.
    pub corp_id: String,
    /// `createUserId`.
    pub create_user_id: Option<String>,
    /// `ext`.
    pub ext: Option<AddHrmLegalEntityRequestExt>,
    /// `legalEntityName`.
    pub legal_entity_name: String,
    /// `legalEntityShortName`.
    pub legal_entity_short_name: Option<String>,
    /// `legalEntityStatus`.
    pub legal_entity_status: i64,
    /// `legalPersonName`.
    pub legal_person_name: Option<String>,
}
impl AddHrmLegalEntityRequest {
    /// A `AddHrmLegalEntityRequest` with its required fields (`corpId`, `legalEntityName`, `legalEntityStatus`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        legal_entity_name: impl Into<String>,
        legal_entity_status: i64,
    ) -> Self {
        Self {
            ding_tenant_id: None,
            corp_id: corp_id.into(),
            create_user_id: None,
            ext: None,
            legal_entity_name: legal_entity_name.into(),
            legal_entity_short_name: None,
            legal_entity_status,
            legal_person_name: None,
        }
    }
    /// Sets `dingTenantId`.
    pub fn ding_tenant_id(mut self, value: i64) -> Self {
        self.ding_tenant_id = Some(value);
        self
    }
    /// Sets `createUserId`.
    pub fn create_user_id(mut self, value: impl Into<String>) -> Self {
        self.create_user_id = Some(value.into());
        self
    }
    /// Sets `ext`.
    pub fn ext(mut self, value: AddHrmLegalEntityRequestExt) -> Self {
        self.ext = Some(value);
        self
    }
    /// Sets `legalEntityShortName`.
    pub fn legal_entity_short_name(mut self, value: impl Into<String>) -> Self {
        self.legal_entity_short_name = Some(value.into());
        self
    }
    /// Sets `legalPersonName`.
    pub fn legal_person_name(mut self, value: impl Into<String>) -> Self {
        self.legal_person_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddHrmLegalEntityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("createUserId", &self.create_user_id)?;
        object.optional("ext", &self.ext)?;
        object.field("legalEntityName", &self.legal_entity_name)?;
        object.optional("legalEntityShortName", &self.legal_entity_short_name)?;
        object.field("legalEntityStatus", &self.legal_entity_status)?;
        object.optional("legalPersonName", &self.legal_person_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmLegalEntityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmLegalEntityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTenantId" => rt::read_field(map, &mut self.ding_tenant_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createUserId" => rt::read_field(map, &mut self.create_user_id),
            "ext" => rt::read_field(map, &mut self.ext),
            "legalEntityName" => rt::read_field(map, &mut self.legal_entity_name),
            "legalEntityShortName" => {
                rt::read_field(map, &mut self.legal_entity_short_name)
            }
            "legalEntityStatus" => rt::read_field(map, &mut self.legal_entity_status),
            "legalPersonName" => rt::read_field(map, &mut self.legal_person_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddHrmLegalEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTenantId", &self.ding_tenant_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_hrm_preentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddHrmPreentryRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `groups`.
    pub groups: Option<Vec<AddHrmPreentryRequestGroups>>,
    /// `mobile`.
    pub mobile: String,
    /// `name`.
    pub name: String,
    /// `needSendPreEntryMsg`.
    pub need_send_pre_entry_msg: Option<bool>,
    /// `preEntryTime`.
    pub pre_entry_time: Option<i64>,
}
impl AddHrmPreentryRequest {
    /// A `AddHrmPreentryRequest` with its required fields (`mobile`, `name`); set the others with the methods named after them.
    pub fn new(mobile: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            agent_id: None,
            groups: None,
            mobile: mobile.into(),
            name: name.into(),
            need_send_pre_entry_msg: None,
            pre_entry_time: None,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `groups`.
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = AddHrmPreentryRequestGroups>,
    ) -> Self {
        self.groups = Some(value.into_iter().collect());
        self
    }
    /// Sets `needSendPreEntryMsg`.
    pub fn need_send_pre_entry_msg(mut self, value: bool) -> Self {
        self.need_send_pre_entry_msg = Some(value);
        self
    }
    /// Sets `preEntryTime`.
    pub fn pre_entry_time(mut self, value: i64) -> Self {
        self.pre_entry_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddHrmPreentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("groups", &self.groups)?;
        object.field("mobile", &self.mobile)?;
        object.field("name", &self.name)?;
        object.optional("needSendPreEntryMsg", &self.need_send_pre_entry_msg)?;
        object.optional("preEntryTime", &self.pre_entry_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddHrmPreentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddHrmPreentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "groups" => rt::read_field(map, &mut self.groups),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "needSendPreEntryMsg" => {
                rt::read_field(map, &mut self.need_send_pre_entry_msg)
            }
            "preEntryTime" => rt::read_field(map, &mut self.pre_entry_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddHrmPreentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRosterFieldFormRequest {
    /// `detail`.
    pub detail: bool,
    /// `name`.
    pub name: String,
}
impl AddRosterFieldFormRequest {
    /// A `AddRosterFieldFormRequest` with its required fields (`detail`, `name`); set the others with the methods named after them.
    pub fn new(detail: bool, name: impl Into<String>) -> Self {
        Self { detail, name: name.into() }
    }
}
impl rt::serde::Serialize for AddRosterFieldFormRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRosterFieldFormRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRosterFieldFormRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddRosterFieldFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::convert_union_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConvertUnionIdRequest {
    /// `unionIdList`.
    pub union_id_list: Option<Vec<String>>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl ConvertUnionIdRequest {
    /// An empty `ConvertUnionIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unionIdList`.
    pub fn union_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for ConvertUnionIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionIdList", &self.union_id_list)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConvertUnionIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConvertUnionIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionIdList" => rt::read_field(map, &mut self.union_id_list),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConvertUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateRecordRequest {
    /// `attachmentList`.
    pub attachment_list: Option<Vec<CreateRecordRequestAttachmentList>>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `fieldList`.
    pub field_list: Option<Vec<CreateRecordRequestFieldList>>,
    /// `groupList`.
    pub group_list: Option<Vec<CreateRecordRequestGroupList>>,
    /// `outerId`.
    pub outer_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `signLastLegalEntityName`.
    pub sign_last_legal_entity_name: Option<String>,
    /// `signLegalEntityName`.
    pub sign_legal_entity_name: Option<String>,
    /// `signSource`.
    pub sign_source: String,
    /// `signStartUserId`.
    pub sign_start_user_id: String,
    /// `signUserId`.
    pub sign_user_id: String,
    /// `templateId`.
    pub template_id: String,
}
impl CreateRecordRequest {
    /// A `CreateRecordRequest` with its required fields (`signSource`, `signStartUserId`, `signUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        sign_source: impl Into<String>,
        sign_start_user_id: impl Into<String>,
        sign_user_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            attachment_list: None,
            dept_id: None,
            field_list: None,
            group_list: None,
            outer_id: None,
            remark: None,
            sign_last_legal_entity_name: None,
            sign_legal_entity_name: None,
            sign_source: sign_source.into(),
            sign_start_user_id: sign_start_user_id.into(),
            sign_user_id: sign_user_id.into(),
            template_id: template_id.into(),
        }
    }
    /// Sets `attachmentList`.
    pub fn attachment_list(
        mut self,
        value: impl IntoIterator<Item = CreateRecordRequestAttachmentList>,
    ) -> Self {
        self.attachment_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `fieldList`.
    pub fn field_list(
        mut self,
        value: impl IntoIterator<Item = CreateRecordRequestFieldList>,
    ) -> Self {
        self.field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupList`.
    pub fn group_list(
        mut self,
        value: impl IntoIterator<Item = CreateRecordRequestGroupList>,
    ) -> Self {
        self.group_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `outerId`.
    pub fn outer_id(mut self, value: impl Into<String>) -> Self {
        self.outer_id = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `signLastLegalEntityName`.
    pub fn sign_last_legal_entity_name(mut self, value: impl Into<String>) -> Self {
        self.sign_last_legal_entity_name = Some(value.into());
        self
    }
    /// Sets `signLegalEntityName`.
    pub fn sign_legal_entity_name(mut self, value: impl Into<String>) -> Self {
        self.sign_legal_entity_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateRecordRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentList", &self.attachment_list)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("fieldList", &self.field_list)?;
        object.optional("groupList", &self.group_list)?;
        object.optional("outerId", &self.outer_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("signLastLegalEntityName", &self.sign_last_legal_entity_name)?;
        object.optional("signLegalEntityName", &self.sign_legal_entity_name)?;
        object.field("signSource", &self.sign_source)?;
        object.field("signStartUserId", &self.sign_start_user_id)?;
        object.field("signUserId", &self.sign_user_id)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentList" => rt::read_field(map, &mut self.attachment_list),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "fieldList" => rt::read_field(map, &mut self.field_list),
            "groupList" => rt::read_field(map, &mut self.group_list),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "signLastLegalEntityName" => {
                rt::read_field(map, &mut self.sign_last_legal_entity_name)
            }
            "signLegalEntityName" => {
                rt::read_field(map, &mut self.sign_legal_entity_name)
            }
            "signSource" => rt::read_field(map, &mut self.sign_source),
            "signStartUserId" => rt::read_field(map, &mut self.sign_start_user_id),
            "signUserId" => rt::read_field(map, &mut self.sign_user_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteCustomRosterFieldRequest {
    /// `fieldCode`.
    pub field_code: String,
    /// `groupId`.
    pub group_id: String,
}
impl DeleteCustomRosterFieldRequest {
    /// A `DeleteCustomRosterFieldRequest` with its required fields (`fieldCode`, `groupId`); set the others with the methods named after them.
    pub fn new(field_code: impl Into<String>, group_id: impl Into<String>) -> Self {
        Self {
            field_code: field_code.into(),
            group_id: group_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteCustomRosterFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldCode", &self.field_code)?;
        object.field("groupId", &self.group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCustomRosterFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCustomRosterFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "groupId" => rt::read_field(map, &mut self.group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRosterFieldFormRequest {
    /// `formId`.
    pub form_id: String,
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeleteRosterFieldFormRequest {
    /// A `DeleteRosterFieldFormRequest` with its required fields (`formId`); set the others with the methods named after them.
    pub fn new(form_id: impl Into<String>) -> Self {
        Self {
            form_id: form_id.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteRosterFieldFormRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formId", &self.form_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRosterFieldFormRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRosterFieldFormRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formId" => rt::read_field(map, &mut self.form_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRosterFieldFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::e_cert_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ECertQueryRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl ECertQueryRequest {
    /// An empty `ECertQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ECertQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ECertQueryRequest {
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
impl rt::WriteRequest for ECertQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::emp_start_dismission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EmpStartDismissionRequest {
    /// `lastWorkDate`.
    pub last_work_date: i64,
    /// `partner`.
    pub partner: Option<bool>,
    /// `remark`.
    pub remark: Option<String>,
    /// `terminationReasonPassive`.
    pub termination_reason_passive: Option<Vec<String>>,
    /// `terminationReasonVoluntary`.
    pub termination_reason_voluntary: Option<Vec<String>>,
    /// `toHireBlackList`.
    pub to_hire_black_list: Option<bool>,
    /// `toHireDismissionTalent`.
    pub to_hire_dismission_talent: Option<bool>,
    /// `toHrmBlackList`.
    pub to_hrm_black_list: Option<bool>,
    /// `userId`.
    pub user_id: String,
}
impl EmpStartDismissionRequest {
    /// A `EmpStartDismissionRequest` with its required fields (`lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(last_work_date: i64, user_id: impl Into<String>) -> Self {
        Self {
            last_work_date,
            partner: None,
            remark: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            to_hire_black_list: None,
            to_hire_dismission_talent: None,
            to_hrm_black_list: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `partner`.
    pub fn partner(mut self, value: bool) -> Self {
        self.partner = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `terminationReasonPassive`.
    pub fn termination_reason_passive(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_passive = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `terminationReasonVoluntary`.
    pub fn termination_reason_voluntary(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_voluntary = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `toHireBlackList`.
    pub fn to_hire_black_list(mut self, value: bool) -> Self {
        self.to_hire_black_list = Some(value);
        self
    }
    /// Sets `toHireDismissionTalent`.
    pub fn to_hire_dismission_talent(mut self, value: bool) -> Self {
        self.to_hire_dismission_talent = Some(value);
        self
    }
    /// Sets `toHrmBlackList`.
    pub fn to_hrm_black_list(mut self, value: bool) -> Self {
        self.to_hrm_black_list = Some(value);
        self
    }
}
impl rt::serde::Serialize for EmpStartDismissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("lastWorkDate", &self.last_work_date)?;
        object.optional("partner", &self.partner)?;
        object.optional("remark", &self.remark)?;
        object.optional("terminationReasonPassive", &self.termination_reason_passive)?;
        object
            .optional("terminationReasonVoluntary", &self.termination_reason_voluntary)?;
        object.optional("toHireBlackList", &self.to_hire_black_list)?;
        object.optional("toHireDismissionTalent", &self.to_hire_dismission_talent)?;
        object.optional("toHrmBlackList", &self.to_hrm_black_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EmpStartDismissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EmpStartDismissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastWorkDate" => rt::read_field(map, &mut self.last_work_date),
            "partner" => rt::read_field(map, &mut self.partner),
            "remark" => rt::read_field(map, &mut self.remark),
            "terminationReasonPassive" => {
                rt::read_field(map, &mut self.termination_reason_passive)
            }
            "terminationReasonVoluntary" => {
                rt::read_field(map, &mut self.termination_reason_voluntary)
            }
            "toHireBlackList" => rt::read_field(map, &mut self.to_hire_black_list),
            "toHireDismissionTalent" => {
                rt::read_field(map, &mut self.to_hire_dismission_talent)
            }
            "toHrmBlackList" => rt::read_field(map, &mut self.to_hrm_black_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EmpStartDismissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::employee_attachment_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EmployeeAttachmentUpdateRequest {
    /// `appAgentId`: a query parameter.
    pub app_agent_id: i64,
    /// `fieldCode`.
    pub field_code: String,
    /// `fileSuffix`.
    pub file_suffix: Option<String>,
    /// `mediaId`.
    pub media_id: String,
    /// `userId`.
    pub user_id: String,
}
impl EmployeeAttachmentUpdateRequest {
    /// A `EmployeeAttachmentUpdateRequest` with its required fields (`appAgentId`, `fieldCode`, `mediaId`, `userId`); set the others with the methods named after them.
    pub fn new(
        app_agent_id: i64,
        field_code: impl Into<String>,
        media_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_agent_id,
            field_code: field_code.into(),
            file_suffix: None,
            media_id: media_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `fileSuffix`.
    pub fn file_suffix(mut self, value: impl Into<String>) -> Self {
        self.file_suffix = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for EmployeeAttachmentUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldCode", &self.field_code)?;
        object.optional("fileSuffix", &self.file_suffix)?;
        object.field("mediaId", &self.media_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EmployeeAttachmentUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EmployeeAttachmentUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appAgentId" => rt::read_field(map, &mut self.app_agent_id),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fileSuffix" => rt::read_field(map, &mut self.file_suffix),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EmployeeAttachmentUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_rollback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EsignRollbackRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
impl EsignRollbackRequest {
    /// A `EsignRollbackRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(opt_user_id: impl Into<String>) -> Self {
        Self {
            opt_user_id: opt_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EsignRollbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EsignRollbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EsignRollbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::get_dismission_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDismissionRecordRequest {
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
}
impl GetDismissionRecordRequest {
    /// An empty `GetDismissionRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDismissionRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDismissionRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDismissionRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nextToken", &self.next_token);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::get_employee_roster_by_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldRequest {
    /// `appAgentId`.
    pub app_agent_id: i64,
    /// `fieldFilterList`.
    pub field_filter_list: Option<Vec<String>>,
    /// `text2SelectConvert`.
    pub text2_select_convert: Option<bool>,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl GetEmployeeRosterByFieldRequest {
    /// A `GetEmployeeRosterByFieldRequest` with its required fields (`appAgentId`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        app_agent_id: i64,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            app_agent_id,
            field_filter_list: None,
            text2_select_convert: None,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `fieldFilterList`.
    pub fn field_filter_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.field_filter_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `text2SelectConvert`.
    pub fn text2_select_convert(mut self, value: bool) -> Self {
        self.text2_select_convert = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetEmployeeRosterByFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appAgentId", &self.app_agent_id)?;
        object.optional("fieldFilterList", &self.field_filter_list)?;
        object.optional("text2SelectConvert", &self.text2_select_convert)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetEmployeeRosterByFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetEmployeeRosterByFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appAgentId" => rt::read_field(map, &mut self.app_agent_id),
            "fieldFilterList" => rt::read_field(map, &mut self.field_filter_list),
            "text2SelectConvert" => rt::read_field(map, &mut self.text2_select_convert),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetEmployeeRosterByFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_template_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFileTemplateListRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `signSource`.
    pub sign_source: String,
    /// `templateStatus`.
    pub template_status: Option<i64>,
    /// `templateTypeList`.
    pub template_type_list: Option<Vec<String>>,
}
impl GetFileTemplateListRequest {
    /// A `GetFileTemplateListRequest` with its required fields (`signSource`); set the others with the methods named after them.
    pub fn new(sign_source: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            sign_source: sign_source.into(),
            template_status: None,
            template_type_list: None,
        }
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
    /// Sets `templateStatus`.
    pub fn template_status(mut self, value: i64) -> Self {
        self.template_status = Some(value);
        self
    }
    /// Sets `templateTypeList`.
    pub fn template_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.template_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for GetFileTemplateListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("signSource", &self.sign_source)?;
        object.optional("templateStatus", &self.template_status)?;
        object.optional("templateTypeList", &self.template_type_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileTemplateListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileTemplateListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "signSource" => rt::read_field(map, &mut self.sign_source),
            "templateStatus" => rt::read_field(map, &mut self.template_status),
            "templateTypeList" => rt::read_field(map, &mut self.template_type_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFileTemplateListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sign_record_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSignRecordByIdRequest {
    /// `body`.
    pub body: Vec<String>,
}
impl GetSignRecordByIdRequest {
    /// A `GetSignRecordByIdRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            body: body.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignRecordByIdRequest {
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
impl rt::WriteRequest for GetSignRecordByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_sign_record_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSignRecordByUserIdRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `signStatus`.
    pub sign_status: Option<Vec<String>>,
    /// `signUserId`.
    pub sign_user_id: String,
}
impl GetSignRecordByUserIdRequest {
    /// A `GetSignRecordByUserIdRequest` with its required fields (`signUserId`); set the others with the methods named after them.
    pub fn new(sign_user_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            sign_status: None,
            sign_user_id: sign_user_id.into(),
        }
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
    /// Sets `signStatus`.
    pub fn sign_status(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.sign_status = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for GetSignRecordByUserIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("signStatus", &self.sign_status)?;
        object.field("signUserId", &self.sign_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignRecordByUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignRecordByUserIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "signUserId" => rt::read_field(map, &mut self.sign_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSignRecordByUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_signed_records_by_outer_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSignedRecordsByOuterIdRequest {
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl GetUserSignedRecordsByOuterIdRequest {
    /// An empty `GetUserSignedRecordsByOuterIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserSignedRecordsByOuterIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserSignedRecordsByOuterIdRequest {
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
impl rt::WriteRequest for GetUserSignedRecordsByOuterIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::hrm_auth_resources_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryRequest {
    /// `authResourceIds`.
    pub auth_resource_ids: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
impl HrmAuthResourcesQueryRequest {
    /// A `HrmAuthResourcesQueryRequest` with its required fields (`authResourceIds`, `userId`); set the others with the methods named after them.
    pub fn new(
        auth_resource_ids: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            auth_resource_ids: auth_resource_ids.into_iter().map(Into::into).collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for HrmAuthResourcesQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("authResourceIds", &self.auth_resource_ids)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmAuthResourcesQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmAuthResourcesQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authResourceIds" => rt::read_field(map, &mut self.auth_resource_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmAuthResourcesQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_benefit_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmBenefitQueryRequest {
    /// `benefitCodes`.
    pub benefit_codes: Vec<String>,
}
impl HrmBenefitQueryRequest {
    /// A `HrmBenefitQueryRequest` with its required fields (`benefitCodes`); set the others with the methods named after them.
    pub fn new(benefit_codes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            benefit_codes: benefit_codes.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for HrmBenefitQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCodes", &self.benefit_codes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmBenefitQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmBenefitQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCodes" => rt::read_field(map, &mut self.benefit_codes),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmBenefitQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_corp_config_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmCorpConfigQueryRequest {
    /// `subType`.
    pub sub_type: String,
    /// `type`.
    pub r#type: String,
}
impl HrmCorpConfigQueryRequest {
    /// A `HrmCorpConfigQueryRequest` with its required fields (`subType`, `type`); set the others with the methods named after them.
    pub fn new(sub_type: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            sub_type: sub_type.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for HrmCorpConfigQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("subType", &self.sub_type)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmCorpConfigQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmCorpConfigQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subType" => rt::read_field(map, &mut self.sub_type),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmCorpConfigQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_mail_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequest {
    /// `mail`.
    pub mail: HrmMailSendRequestMail,
    /// `operator`.
    pub operator: HrmMailSendRequestOperator,
}
impl HrmMailSendRequest {
    /// A `HrmMailSendRequest` with its required fields (`mail`, `operator`); set the others with the methods named after them.
    pub fn new(
        mail: HrmMailSendRequestMail,
        operator: HrmMailSendRequestOperator,
    ) -> Self {
        Self { mail, operator }
    }
}
impl rt::serde::Serialize for HrmMailSendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mail", &self.mail)?;
        object.field("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMailSendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMailSendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mail" => rt::read_field(map, &mut self.mail),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmMailSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_moka_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMokaEventRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `content`.
    pub content: String,
}
impl HrmMokaEventRequest {
    /// A `HrmMokaEventRequest` with its required fields (`bizId`, `content`); set the others with the methods named after them.
    pub fn new(biz_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            biz_id: biz_id.into(),
            content: content.into(),
        }
    }
}
impl rt::serde::Serialize for HrmMokaEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMokaEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMokaEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmMokaEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_moka_oapi`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmMokaOapiRequest {
    /// `apiCode`.
    pub api_code: String,
    /// `params`.
    pub params: Option<rt::serde_json::Value>,
}
impl HrmMokaOapiRequest {
    /// A `HrmMokaOapiRequest` with its required fields (`apiCode`); set the others with the methods named after them.
    pub fn new(api_code: impl Into<String>) -> Self {
        Self {
            api_code: api_code.into(),
            params: None,
        }
    }
    /// Sets `params`.
    pub fn params(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.params = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrmMokaOapiRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("apiCode", &self.api_code)?;
        object.optional("params", &self.params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmMokaOapiRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmMokaOapiRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiCode" => rt::read_field(map, &mut self.api_code),
            "params" => rt::read_field(map, &mut self.params),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmMokaOapiRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_regular`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmProcessRegularRequest {
    /// `operationId`.
    pub operation_id: String,
    /// `regularDate`.
    pub regular_date: i64,
    /// `remark`.
    pub remark: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl HrmProcessRegularRequest {
    /// A `HrmProcessRegularRequest` with its required fields (`operationId`, `regularDate`, `userId`); set the others with the methods named after them.
    pub fn new(
        operation_id: impl Into<String>,
        regular_date: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            operation_id: operation_id.into(),
            regular_date,
            remark: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrmProcessRegularRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operationId", &self.operation_id)?;
        object.field("regularDate", &self.regular_date)?;
        object.optional("remark", &self.remark)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmProcessRegularRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmProcessRegularRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationId" => rt::read_field(map, &mut self.operation_id),
            "regularDate" => rt::read_field(map, &mut self.regular_date),
            "remark" => rt::read_field(map, &mut self.remark),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmProcessRegularRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_termination_and_handover`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmProcessTerminationAndHandoverRequest {
    /// `aflowHandOverUserId`.
    pub aflow_hand_over_user_id: Option<String>,
    /// `dingPanHandoverUserId`.
    pub ding_pan_handover_user_id: Option<String>,
    /// `directSubordinatesHandoverUserId`.
    pub direct_subordinates_handover_user_id: Option<String>,
    /// `dismissionMemo`.
    pub dismission_memo: String,
    /// `dismissionReason`.
    pub dismission_reason: Option<i64>,
    /// `docNoteHandoverUserId`.
    pub doc_note_handover_user_id: Option<String>,
    /// `lastWorkDate`.
    pub last_work_date: i64,
    /// `optUserId`.
    pub opt_user_id: String,
    /// `permissionHandoverUserId`.
    pub permission_handover_user_id: Option<String>,
    /// `terminationReasonPassive`.
    pub termination_reason_passive: Option<Vec<String>>,
    /// `terminationReasonVoluntary`.
    pub termination_reason_voluntary: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
impl HrmProcessTerminationAndHandoverRequest {
    /// A `HrmProcessTerminationAndHandoverRequest` with its required fields (`dismissionMemo`, `lastWorkDate`, `optUserId`, `userId`); set the others with the methods named after them.
    pub fn new(
        dismission_memo: impl Into<String>,
        last_work_date: i64,
        opt_user_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            aflow_hand_over_user_id: None,
            ding_pan_handover_user_id: None,
            direct_subordinates_handover_user_id: None,
            dismission_memo: dismission_memo.into(),
            dismission_reason: None,
            doc_note_handover_user_id: None,
            last_work_date,
            opt_user_id: opt_user_id.into(),
            permission_handover_user_id: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `aflowHandOverUserId`.
    pub fn aflow_hand_over_user_id(mut self, value: impl Into<String>) -> Self {
        self.aflow_hand_over_user_id = Some(value.into());
        self
    }
    /// Sets `dingPanHandoverUserId`.
    pub fn ding_pan_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.ding_pan_handover_user_id = Some(value.into());
        self
    }
    /// Sets `directSubordinatesHandoverUserId`.
    pub fn direct_subordinates_handover_user_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.direct_subordinates_handover_user_id = Some(value.into());
        self
    }
    /// Sets `dismissionReason`.
    pub fn dismission_reason(mut self, value: i64) -> Self {
        self.dismission_reason = Some(value);
        self
    }
    /// Sets `docNoteHandoverUserId`.
    pub fn doc_note_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.doc_note_handover_user_id = Some(value.into());
        self
    }
    /// Sets `permissionHandoverUserId`.
    pub fn permission_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.permission_handover_user_id = Some(value.into());
        self
    }
    /// Sets `terminationReasonPassive`.
    pub fn termination_reason_passive(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_passive = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `terminationReasonVoluntary`.
    pub fn termination_reason_voluntary(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_voluntary = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for HrmProcessTerminationAndHandoverRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aflowHandOverUserId", &self.aflow_hand_over_user_id)?;
        object.optional("dingPanHandoverUserId", &self.ding_pan_handover_user_id)?;
        object
            .optional(
                "directSubordinatesHandoverUserId",
                &self.direct_subordinates_handover_user_id,
            )?;
        object.field("dismissionMemo", &self.dismission_memo)?;
        object.optional("dismissionReason", &self.dismission_reason)?;
        object.optional("docNoteHandoverUserId", &self.doc_note_handover_user_id)?;
        object.field("lastWorkDate", &self.last_work_date)?;
        object.field("optUserId", &self.opt_user_id)?;
        object.optional("permissionHandoverUserId", &self.permission_handover_user_id)?;
        object.optional("terminationReasonPassive", &self.termination_reason_passive)?;
        object
            .optional("terminationReasonVoluntary", &self.termination_reason_voluntary)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmProcessTerminationAndHandoverRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmProcessTerminationAndHandoverRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aflowHandOverUserId" => {
                rt::read_field(map, &mut self.aflow_hand_over_user_id)
            }
            "dingPanHandoverUserId" => {
                rt::read_field(map, &mut self.ding_pan_handover_user_id)
            }
            "directSubordinatesHandoverUserId" => {
                rt::read_field(map, &mut self.direct_subordinates_handover_user_id)
            }
            "dismissionMemo" => rt::read_field(map, &mut self.dismission_memo),
            "dismissionReason" => rt::read_field(map, &mut self.dismission_reason),
            "docNoteHandoverUserId" => {
                rt::read_field(map, &mut self.doc_note_handover_user_id)
            }
            "lastWorkDate" => rt::read_field(map, &mut self.last_work_date),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "permissionHandoverUserId" => {
                rt::read_field(map, &mut self.permission_handover_user_id)
            }
            "terminationReasonPassive" => {
                rt::read_field(map, &mut self.termination_reason_passive)
            }
            "terminationReasonVoluntary" => {
                rt::read_field(map, &mut self.termination_reason_voluntary)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmProcessTerminationAndHandoverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_transfer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmProcessTransferRequest {
    /// `deptIdsAfterTransfer`.
    pub dept_ids_after_transfer: Option<Vec<i64>>,
    /// `jobIdAfterTransfer`.
    pub job_id_after_transfer: Option<String>,
    /// `mainDeptIdAfterTransfer`.
    pub main_dept_id_after_transfer: Option<i64>,
    /// `operateUserId`.
    pub operate_user_id: Option<String>,
    /// `positionIdAfterTransfer`.
    pub position_id_after_transfer: Option<String>,
    /// `positionLevelAfterTransfer`.
    pub position_level_after_transfer: Option<String>,
    /// `positionNameAfterTransfer`.
    pub position_name_after_transfer: Option<String>,
    /// `rankIdAfterTransfer`.
    pub rank_id_after_transfer: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl HrmProcessTransferRequest {
    /// A `HrmProcessTransferRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            dept_ids_after_transfer: None,
            job_id_after_transfer: None,
            main_dept_id_after_transfer: None,
            operate_user_id: None,
            position_id_after_transfer: None,
            position_level_after_transfer: None,
            position_name_after_transfer: None,
            rank_id_after_transfer: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `deptIdsAfterTransfer`.
    pub fn dept_ids_after_transfer(
        mut self,
        value: impl IntoIterator<Item = i64>,
    ) -> Self {
        self.dept_ids_after_transfer = Some(value.into_iter().collect());
        self
    }
    /// Sets `jobIdAfterTransfer`.
    pub fn job_id_after_transfer(mut self, value: impl Into<String>) -> Self {
        self.job_id_after_transfer = Some(value.into());
        self
    }
    /// Sets `mainDeptIdAfterTransfer`.
    pub fn main_dept_id_after_transfer(mut self, value: i64) -> Self {
        self.main_dept_id_after_transfer = Some(value);
        self
    }
    /// Sets `operateUserId`.
    pub fn operate_user_id(mut self, value: impl Into<String>) -> Self {
        self.operate_user_id = Some(value.into());
        self
    }
    /// Sets `positionIdAfterTransfer`.
    pub fn position_id_after_transfer(mut self, value: impl Into<String>) -> Self {
        self.position_id_after_transfer = Some(value.into());
        self
    }
    /// Sets `positionLevelAfterTransfer`.
    pub fn position_level_after_transfer(mut self, value: impl Into<String>) -> Self {
        self.position_level_after_transfer = Some(value.into());
        self
    }
    /// Sets `positionNameAfterTransfer`.
    pub fn position_name_after_transfer(mut self, value: impl Into<String>) -> Self {
        self.position_name_after_transfer = Some(value.into());
        self
    }
    /// Sets `rankIdAfterTransfer`.
    pub fn rank_id_after_transfer(mut self, value: impl Into<String>) -> Self {
        self.rank_id_after_transfer = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrmProcessTransferRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdsAfterTransfer", &self.dept_ids_after_transfer)?;
        object.optional("jobIdAfterTransfer", &self.job_id_after_transfer)?;
        object.optional("mainDeptIdAfterTransfer", &self.main_dept_id_after_transfer)?;
        object.optional("operateUserId", &self.operate_user_id)?;
        object.optional("positionIdAfterTransfer", &self.position_id_after_transfer)?;
        object
            .optional(
                "positionLevelAfterTransfer",
                &self.position_level_after_transfer,
            )?;
        object
            .optional("positionNameAfterTransfer", &self.position_name_after_transfer)?;
        object.optional("rankIdAfterTransfer", &self.rank_id_after_transfer)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmProcessTransferRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmProcessTransferRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdsAfterTransfer" => {
                rt::read_field(map, &mut self.dept_ids_after_transfer)
            }
            "jobIdAfterTransfer" => rt::read_field(map, &mut self.job_id_after_transfer),
            "mainDeptIdAfterTransfer" => {
                rt::read_field(map, &mut self.main_dept_id_after_transfer)
            }
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "positionIdAfterTransfer" => {
                rt::read_field(map, &mut self.position_id_after_transfer)
            }
            "positionLevelAfterTransfer" => {
                rt::read_field(map, &mut self.position_level_after_transfer)
            }
            "positionNameAfterTransfer" => {
                rt::read_field(map, &mut self.position_name_after_transfer)
            }
            "rankIdAfterTransfer" => {
                rt::read_field(map, &mut self.rank_id_after_transfer)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmProcessTransferRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_update_termination_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmProcessUpdateTerminationInfoRequest {
    /// `dismissionMemo`.
    pub dismission_memo: String,
    /// `lastWorkDate`.
    pub last_work_date: i64,
    /// `userId`.
    pub user_id: String,
}
impl HrmProcessUpdateTerminationInfoRequest {
    /// A `HrmProcessUpdateTerminationInfoRequest` with its required fields (`dismissionMemo`, `lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(
        dismission_memo: impl Into<String>,
        last_work_date: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            dismission_memo: dismission_memo.into(),
            last_work_date,
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for HrmProcessUpdateTerminationInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dismissionMemo", &self.dismission_memo)?;
        object.field("lastWorkDate", &self.last_work_date)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmProcessUpdateTerminationInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmProcessUpdateTerminationInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dismissionMemo" => rt::read_field(map, &mut self.dismission_memo),
            "lastWorkDate" => rt::read_field(map, &mut self.last_work_date),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmProcessUpdateTerminationInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_pts_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HrmPtsServiceRequest {
    /// `env`.
    pub env: String,
    /// `method`.
    pub method: Option<String>,
    /// `outerId`.
    pub outer_id: String,
    /// `params`.
    pub params: Option<rt::serde_json::Value>,
    /// `path`.
    pub path: String,
}
impl HrmPtsServiceRequest {
    /// A `HrmPtsServiceRequest` with its required fields (`env`, `outerId`, `path`); set the others with the methods named after them.
    pub fn new(
        env: impl Into<String>,
        outer_id: impl Into<String>,
        path: impl Into<String>,
    ) -> Self {
        Self {
            env: env.into(),
            method: None,
            outer_id: outer_id.into(),
            params: None,
            path: path.into(),
        }
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }
    /// Sets `params`.
    pub fn params(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.params = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for HrmPtsServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("env", &self.env)?;
        object.optional("method", &self.method)?;
        object.field("outerId", &self.outer_id)?;
        object.optional("params", &self.params)?;
        object.field("path", &self.path)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HrmPtsServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HrmPtsServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "env" => rt::read_field(map, &mut self.env),
            "method" => rt::read_field(map, &mut self.method),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "params" => rt::read_field(map, &mut self.params),
            "path" => rt::read_field(map, &mut self.path),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HrmPtsServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invalid_sign_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InvalidSignRecordsRequest {
    /// `invalidUserId`.
    pub invalid_user_id: String,
    /// `signRecordIds`.
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`.
    pub status_remark: String,
}
impl InvalidSignRecordsRequest {
    /// A `InvalidSignRecordsRequest` with its required fields (`invalidUserId`, `signRecordIds`, `statusRemark`); set the others with the methods named after them.
    pub fn new(
        invalid_user_id: impl Into<String>,
        sign_record_ids: impl IntoIterator<Item = impl Into<String>>,
        status_remark: impl Into<String>,
    ) -> Self {
        Self {
            invalid_user_id: invalid_user_id.into(),
            sign_record_ids: sign_record_ids.into_iter().map(Into::into).collect(),
            status_remark: status_remark.into(),
        }
    }
}
impl rt::serde::Serialize for InvalidSignRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("invalidUserId", &self.invalid_user_id)?;
        object.field("signRecordIds", &self.sign_record_ids)?;
        object.field("statusRemark", &self.status_remark)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InvalidSignRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InvalidSignRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invalidUserId" => rt::read_field(map, &mut self.invalid_user_id),
            "signRecordIds" => rt::read_field(map, &mut self.sign_record_ids),
            "statusRemark" => rt::read_field(map, &mut self.status_remark),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InvalidSignRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_data_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataDeleteRequest {
    /// `tenantId`: a query parameter.
    pub tenant_id: i64,
    /// `body`.
    pub body: Vec<MasterDataDeleteRequestBody>,
}
impl MasterDataDeleteRequest {
    /// A `MasterDataDeleteRequest` with its required fields (`tenantId`, `body`); set the others with the methods named after them.
    pub fn new(
        tenant_id: i64,
        body: impl IntoIterator<Item = MasterDataDeleteRequestBody>,
    ) -> Self {
        Self {
            tenant_id,
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataDeleteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataDeleteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDataDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantId", &self.tenant_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::master_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataQueryRequest {
    /// `bizUK`.
    pub biz_uk: Option<String>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `optUserId`.
    pub opt_user_id: Option<String>,
    /// `queryParams`.
    pub query_params: Option<Vec<MasterDataQueryRequestQueryParams>>,
    /// `relationIds`.
    pub relation_ids: Vec<String>,
    /// `scopeCode`.
    pub scope_code: String,
    /// `tenantId`.
    pub tenant_id: i64,
    /// `viewEntityCode`.
    pub view_entity_code: String,
}
impl MasterDataQueryRequest {
    /// A `MasterDataQueryRequest` with its required fields (`maxResults`, `nextToken`, `relationIds`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        relation_ids: impl IntoIterator<Item = impl Into<String>>,
        scope_code: impl Into<String>,
        tenant_id: i64,
        view_entity_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_uk: None,
            max_results,
            next_token,
            opt_user_id: None,
            query_params: None,
            relation_ids: relation_ids.into_iter().map(Into::into).collect(),
            scope_code: scope_code.into(),
            tenant_id,
            view_entity_code: view_entity_code.into(),
        }
    }
    /// Sets `bizUK`.
    pub fn biz_uk(mut self, value: impl Into<String>) -> Self {
        self.biz_uk = Some(value.into());
        self
    }
    /// Sets `optUserId`.
    pub fn opt_user_id(mut self, value: impl Into<String>) -> Self {
        self.opt_user_id = Some(value.into());
        self
    }
    /// Sets `queryParams`.
    pub fn query_params(
        mut self,
        value: impl IntoIterator<Item = MasterDataQueryRequestQueryParams>,
    ) -> Self {
        self.query_params = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for MasterDataQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizUK", &self.biz_uk)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.optional("optUserId", &self.opt_user_id)?;
        object.optional("queryParams", &self.query_params)?;
        object.field("relationIds", &self.relation_ids)?;
        object.field("scopeCode", &self.scope_code)?;
        object.field("tenantId", &self.tenant_id)?;
        object.field("viewEntityCode", &self.view_entity_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizUK" => rt::read_field(map, &mut self.biz_uk),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "queryParams" => rt::read_field(map, &mut self.query_params),
            "relationIds" => rt::read_field(map, &mut self.relation_ids),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "viewEntityCode" => rt::read_field(map, &mut self.view_entity_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_data_save`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataSaveRequest {
    /// `tenantId`: a query parameter.
    pub tenant_id: i64,
    /// `body`.
    pub body: Vec<MasterDataSaveRequestBody>,
}
impl MasterDataSaveRequest {
    /// A `MasterDataSaveRequest` with its required fields (`tenantId`, `body`); set the others with the methods named after them.
    pub fn new(
        tenant_id: i64,
        body: impl IntoIterator<Item = MasterDataSaveRequestBody>,
    ) -> Self {
        Self {
            tenant_id,
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataSaveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataSaveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDataSaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantId", &self.tenant_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::master_data_tenant_quey`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDataTenantQueyRequest {
    /// `entityCode`: a query parameter.
    pub entity_code: String,
    /// `scopeCode`: a query parameter.
    pub scope_code: String,
}
impl MasterDataTenantQueyRequest {
    /// A `MasterDataTenantQueyRequest` with its required fields (`entityCode`, `scopeCode`); set the others with the methods named after them.
    pub fn new(entity_code: impl Into<String>, scope_code: impl Into<String>) -> Self {
        Self {
            entity_code: entity_code.into(),
            scope_code: scope_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDataTenantQueyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDataTenantQueyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityCode" => rt::read_field(map, &mut self.entity_code),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDataTenantQueyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("entityCode", &self.entity_code);
        writer.query("scopeCode", &self.scope_code);
    }
}
/// The request of [`Api::master_datas_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDatasGetRequest {
    /// `objId`.
    pub obj_id: String,
    /// `scopeCode`.
    pub scope_code: String,
    /// `tenantId`.
    pub tenant_id: i64,
    /// `viewEntityCode`.
    pub view_entity_code: String,
}
impl MasterDatasGetRequest {
    /// A `MasterDatasGetRequest` with its required fields (`objId`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(
        obj_id: impl Into<String>,
        scope_code: impl Into<String>,
        tenant_id: i64,
        view_entity_code: impl Into<String>,
    ) -> Self {
        Self {
            obj_id: obj_id.into(),
            scope_code: scope_code.into(),
            tenant_id,
            view_entity_code: view_entity_code.into(),
        }
    }
}
impl rt::serde::Serialize for MasterDatasGetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("objId", &self.obj_id)?;
        object.field("scopeCode", &self.scope_code)?;
        object.field("tenantId", &self.tenant_id)?;
        object.field("viewEntityCode", &self.view_entity_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDatasGetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDatasGetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objId" => rt::read_field(map, &mut self.obj_id),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "viewEntityCode" => rt::read_field(map, &mut self.view_entity_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDatasGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_datas_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MasterDatasQueryRequest {
    /// `bizUK`.
    pub biz_uk: Option<String>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `queryParams`.
    pub query_params: Option<Vec<MasterDatasQueryRequestQueryParams>>,
    /// `relationIds`.
    pub relation_ids: Vec<String>,
    /// `scopeCode`.
    pub scope_code: String,
    /// `tenantId`.
    pub tenant_id: i64,
    /// `viewEntityCode`.
    pub view_entity_code: String,
}
impl MasterDatasQueryRequest {
    /// A `MasterDatasQueryRequest` with its required fields (`maxResults`, `nextToken`, `relationIds`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        relation_ids: impl IntoIterator<Item = impl Into<String>>,
        scope_code: impl Into<String>,
        tenant_id: i64,
        view_entity_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_uk: None,
            max_results,
            next_token,
            query_params: None,
            relation_ids: relation_ids.into_iter().map(Into::into).collect(),
            scope_code: scope_code.into(),
            tenant_id,
            view_entity_code: view_entity_code.into(),
        }
    }
    /// Sets `bizUK`.
    pub fn biz_uk(mut self, value: impl Into<String>) -> Self {
        self.biz_uk = Some(value.into());
        self
    }
    /// Sets `queryParams`.
    pub fn query_params(
        mut self,
        value: impl IntoIterator<Item = MasterDatasQueryRequestQueryParams>,
    ) -> Self {
        self.query_params = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for MasterDatasQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizUK", &self.biz_uk)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.optional("queryParams", &self.query_params)?;
        object.field("relationIds", &self.relation_ids)?;
        object.field("scopeCode", &self.scope_code)?;
        object.field("tenantId", &self.tenant_id)?;
        object.field("viewEntityCode", &self.view_entity_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MasterDatasQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MasterDatasQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizUK" => rt::read_field(map, &mut self.biz_uk),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "queryParams" => rt::read_field(map, &mut self.query_params),
            "relationIds" => rt::read_field(map, &mut self.relation_ids),
            "scopeCode" => rt::read_field(map, &mut self.scope_code),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "viewEntityCode" => rt::read_field(map, &mut self.view_entity_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MasterDatasQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_oem_micro_app`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenOemMicroAppRequest {
    /// `tenantId`: a query parameter.
    pub tenant_id: Option<i64>,
}
impl OpenOemMicroAppRequest {
    /// An empty `OpenOemMicroAppRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tenantId`.
    pub fn tenant_id(mut self, value: i64) -> Self {
        self.tenant_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenOemMicroAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenOemMicroAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenOemMicroAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantId", &self.tenant_id);
    }
}
/// The request of [`Api::query_custom_entry_processes`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomEntryProcessesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `operateUserId`: a query parameter.
    pub operate_user_id: Option<String>,
}
impl QueryCustomEntryProcessesRequest {
    /// An empty `QueryCustomEntryProcessesRequest`; set fields with the methods named after them.
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
    /// Sets `operateUserId`.
    pub fn operate_user_id(mut self, value: impl Into<String>) -> Self {
        self.operate_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomEntryProcessesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomEntryProcessesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomEntryProcessesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operateUserId", &self.operate_user_id);
    }
}
/// The request of [`Api::query_dismission_staff_id_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDismissionStaffIdListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl QueryDismissionStaffIdListRequest {
    /// An empty `QueryDismissionStaffIdListRequest`; set fields with the methods named after them.
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
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDismissionStaffIdListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDismissionStaffIdListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDismissionStaffIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_hrm_employee_dismission_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoRequest {
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Vec<String>,
}
impl QueryHrmEmployeeDismissionInfoRequest {
    /// A `QueryHrmEmployeeDismissionInfoRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(user_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryHrmEmployeeDismissionInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryHrmEmployeeDismissionInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryHrmEmployeeDismissionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::query_job_ranks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryJobRanksRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `rankCategoryId`: a query parameter.
    pub rank_category_id: Option<String>,
    /// `rankCode`: a query parameter.
    pub rank_code: Option<String>,
    /// `rankName`: a query parameter.
    pub rank_name: Option<String>,
}
impl QueryJobRanksRequest {
    /// A `QueryJobRanksRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            max_results,
            next_token,
            rank_category_id: None,
            rank_code: None,
            rank_name: None,
        }
    }
    /// Sets `rankCategoryId`.
    pub fn rank_category_id(mut self, value: impl Into<String>) -> Self {
        self.rank_category_id = Some(value.into());
        self
    }
    /// Sets `rankCode`.
    pub fn rank_code(mut self, value: impl Into<String>) -> Self {
        self.rank_code = Some(value.into());
        self
    }
    /// Sets `rankName`.
    pub fn rank_name(mut self, value: impl Into<String>) -> Self {
        self.rank_name = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryJobRanksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryJobRanksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "rankCategoryId" => rt::read_field(map, &mut self.rank_category_id),
            "rankCode" => rt::read_field(map, &mut self.rank_code),
            "rankName" => rt::read_field(map, &mut self.rank_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryJobRanksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("rankCategoryId", &self.rank_category_id);
        writer.query("rankCode", &self.rank_code);
        writer.query("rankName", &self.rank_name);
    }
}
/// The request of [`Api::query_jobs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryJobsRequest {
    /// `jobName`: a query parameter.
    pub job_name: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl QueryJobsRequest {
    /// A `QueryJobsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            job_name: None,
            max_results,
            next_token,
        }
    }
    /// Sets `jobName`.
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryJobsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryJobsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobName" => rt::read_field(map, &mut self.job_name),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryJobsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobName", &self.job_name);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_micro_app_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMicroAppStatusRequest {
    /// `tenantIdList`.
    pub tenant_id_list: Option<Vec<i64>>,
}
impl QueryMicroAppStatusRequest {
    /// An empty `QueryMicroAppStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tenantIdList`.
    pub fn tenant_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.tenant_id_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for QueryMicroAppStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tenantIdList", &self.tenant_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMicroAppStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMicroAppStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantIdList" => rt::read_field(map, &mut self.tenant_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMicroAppStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_micro_app_view`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMicroAppViewRequest {
    /// `tenantIdList`.
    pub tenant_id_list: Option<Vec<i64>>,
    /// `viewUserId`.
    pub view_user_id: Option<String>,
}
impl QueryMicroAppViewRequest {
    /// An empty `QueryMicroAppViewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tenantIdList`.
    pub fn tenant_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.tenant_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `viewUserId`.
    pub fn view_user_id(mut self, value: impl Into<String>) -> Self {
        self.view_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryMicroAppViewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tenantIdList", &self.tenant_id_list)?;
        object.optional("viewUserId", &self.view_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMicroAppViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMicroAppViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantIdList" => rt::read_field(map, &mut self.tenant_id_list),
            "viewUserId" => rt::read_field(map, &mut self.view_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMicroAppViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_positions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryPositionsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `inCategoryIds`.
    pub in_category_ids: Option<Vec<String>>,
    /// `inPositionIds`.
    pub in_position_ids: Option<Vec<String>>,
    /// `positionName`.
    pub position_name: Option<String>,
}
impl QueryPositionsRequest {
    /// A `QueryPositionsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            max_results,
            next_token,
            dept_id: None,
            in_category_ids: None,
            in_position_ids: None,
            position_name: None,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `inCategoryIds`.
    pub fn in_category_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.in_category_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `inPositionIds`.
    pub fn in_position_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.in_position_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `positionName`.
    pub fn position_name(mut self, value: impl Into<String>) -> Self {
        self.position_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryPositionsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("inCategoryIds", &self.in_category_ids)?;
        object.optional("inPositionIds", &self.in_position_ids)?;
        object.optional("positionName", &self.position_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPositionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPositionsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "inCategoryIds" => rt::read_field(map, &mut self.in_category_ids),
            "inPositionIds" => rt::read_field(map, &mut self.in_position_ids),
            "positionName" => rt::read_field(map, &mut self.position_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryPositionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::revoke_sign_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RevokeSignRecordsRequest {
    /// `revokeUserId`.
    pub revoke_user_id: String,
    /// `signRecordIds`.
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`.
    pub status_remark: String,
}
impl RevokeSignRecordsRequest {
    /// A `RevokeSignRecordsRequest` with its required fields (`revokeUserId`, `signRecordIds`, `statusRemark`); set the others with the methods named after them.
    pub fn new(
        revoke_user_id: impl Into<String>,
        sign_record_ids: impl IntoIterator<Item = impl Into<String>>,
        status_remark: impl Into<String>,
    ) -> Self {
        Self {
            revoke_user_id: revoke_user_id.into(),
            sign_record_ids: sign_record_ids.into_iter().map(Into::into).collect(),
            status_remark: status_remark.into(),
        }
    }
}
impl rt::serde::Serialize for RevokeSignRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("revokeUserId", &self.revoke_user_id)?;
        object.field("signRecordIds", &self.sign_record_ids)?;
        object.field("statusRemark", &self.status_remark)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevokeSignRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevokeSignRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "revokeUserId" => rt::read_field(map, &mut self.revoke_user_id),
            "signRecordIds" => rt::read_field(map, &mut self.sign_record_ids),
            "statusRemark" => rt::read_field(map, &mut self.status_remark),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RevokeSignRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::revoke_termination`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevokeTerminationRequest {
    /// `userId`.
    pub user_id: Option<String>,
}
impl RevokeTerminationRequest {
    /// An empty `RevokeTerminationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RevokeTerminationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevokeTerminationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevokeTerminationRequest {
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
impl rt::WriteRequest for RevokeTerminationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::roster_meta_available_field_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RosterMetaAvailableFieldListRequest {
    /// `appAgentId`: a query parameter.
    pub app_agent_id: i64,
}
impl RosterMetaAvailableFieldListRequest {
    /// A `RosterMetaAvailableFieldListRequest` with its required fields (`appAgentId`); set the others with the methods named after them.
    pub fn new(app_agent_id: i64) -> Self {
        Self { app_agent_id }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RosterMetaAvailableFieldListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RosterMetaAvailableFieldListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appAgentId" => rt::read_field(map, &mut self.app_agent_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RosterMetaAvailableFieldListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
    }
}
/// The request of [`Api::roster_meta_field_options_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RosterMetaFieldOptionsUpdateRequest {
    /// `appAgentId`: a query parameter.
    pub app_agent_id: Option<i64>,
    /// `fieldCode`.
    pub field_code: String,
    /// `groupId`.
    pub group_id: String,
    /// `labels`.
    pub labels: Vec<String>,
    /// `modifyType`.
    pub modify_type: String,
}
impl RosterMetaFieldOptionsUpdateRequest {
    /// A `RosterMetaFieldOptionsUpdateRequest` with its required fields (`fieldCode`, `groupId`, `labels`, `modifyType`); set the others with the methods named after them.
    pub fn new(
        field_code: impl Into<String>,
        group_id: impl Into<String>,
        labels: impl IntoIterator<Item = impl Into<String>>,
        modify_type: impl Into<String>,
    ) -> Self {
        Self {
            app_agent_id: None,
            field_code: field_code.into(),
            group_id: group_id.into(),
            labels: labels.into_iter().map(Into::into).collect(),
            modify_type: modify_type.into(),
        }
    }
    /// Sets `appAgentId`.
    pub fn app_agent_id(mut self, value: i64) -> Self {
        self.app_agent_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for RosterMetaFieldOptionsUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fieldCode", &self.field_code)?;
        object.field("groupId", &self.group_id)?;
        object.field("labels", &self.labels)?;
        object.field("modifyType", &self.modify_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RosterMetaFieldOptionsUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RosterMetaFieldOptionsUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appAgentId" => rt::read_field(map, &mut self.app_agent_id),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "labels" => rt::read_field(map, &mut self.labels),
            "modifyType" => rt::read_field(map, &mut self.modify_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RosterMetaFieldOptionsUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_isv_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendIsvCardMessageRequest {
    /// `agentId`: a query parameter.
    pub agent_id: i64,
    /// `bizId`.
    pub biz_id: String,
    /// `messageType`.
    pub message_type: String,
    /// `receiverUserIds`.
    pub receiver_user_ids: Vec<String>,
    /// `sceneType`.
    pub scene_type: String,
    /// `scope`.
    pub scope: String,
    /// `senderUserId`.
    pub sender_user_id: String,
    /// `valueMap`.
    pub value_map: Option<rt::BTreeMap<String, String>>,
}
impl SendIsvCardMessageRequest {
    /// A `SendIsvCardMessageRequest` with its required fields (`agentId`, `bizId`, `messageType`, `receiverUserIds`, `sceneType`, `scope`, `senderUserId`); set the others with the methods named after them.
    pub fn new(
        agent_id: i64,
        biz_id: impl Into<String>,
        message_type: impl Into<String>,
        receiver_user_ids: impl IntoIterator<Item = impl Into<String>>,
        scene_type: impl Into<String>,
        scope: impl Into<String>,
        sender_user_id: impl Into<String>,
    ) -> Self {
        Self {
            agent_id,
            biz_id: biz_id.into(),
            message_type: message_type.into(),
            receiver_user_ids: receiver_user_ids.into_iter().map(Into::into).collect(),
            scene_type: scene_type.into(),
            scope: scope.into(),
            sender_user_id: sender_user_id.into(),
            value_map: None,
        }
    }
    /// Sets `valueMap`.
    pub fn value_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.value_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for SendIsvCardMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("messageType", &self.message_type)?;
        object.field("receiverUserIds", &self.receiver_user_ids)?;
        object.field("sceneType", &self.scene_type)?;
        object.field("scope", &self.scope)?;
        object.field("senderUserId", &self.sender_user_id)?;
        object.optional("valueMap", &self.value_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendIsvCardMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendIsvCardMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "receiverUserIds" => rt::read_field(map, &mut self.receiver_user_ids),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "scope" => rt::read_field(map, &mut self.scope),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            "valueMap" => rt::read_field(map, &mut self.value_map),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendIsvCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_real_auth_invite_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageRequest {
    /// `inviterId`.
    pub inviter_id: String,
    /// `onWorkingEmpSearchVO`.
    pub on_working_emp_search_vo: SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO,
}
impl SendRealAuthInviteMessageRequest {
    /// A `SendRealAuthInviteMessageRequest` with its required fields (`inviterId`, `onWorkingEmpSearchVO`); set the others with the methods named after them.
    pub fn new(
        inviter_id: impl Into<String>,
        on_working_emp_search_vo: SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO,
    ) -> Self {
        Self {
            inviter_id: inviter_id.into(),
            on_working_emp_search_vo,
        }
    }
}
impl rt::serde::Serialize for SendRealAuthInviteMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("inviterId", &self.inviter_id)?;
        object.field("onWorkingEmpSearchVO", &self.on_working_emp_search_vo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRealAuthInviteMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRealAuthInviteMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inviterId" => rt::read_field(map, &mut self.inviter_id),
            "onWorkingEmpSearchVO" => {
                rt::read_field(map, &mut self.on_working_emp_search_vo)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendRealAuthInviteMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::solution_task_init`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SolutionTaskInitRequest {
    /// `solutionType`: a query parameter.
    pub solution_type: String,
    /// `category`.
    pub category: String,
    /// `claimTime`.
    pub claim_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `outerId`.
    pub outer_id: String,
    /// `status`.
    pub status: String,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
impl SolutionTaskInitRequest {
    /// A `SolutionTaskInitRequest` with its required fields (`solutionType`, `category`, `outerId`, `status`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(
        solution_type: impl Into<String>,
        category: impl Into<String>,
        outer_id: impl Into<String>,
        status: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            solution_type: solution_type.into(),
            category: category.into(),
            claim_time: None,
            description: None,
            finish_time: None,
            outer_id: outer_id.into(),
            status: status.into(),
            title: title.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `claimTime`.
    pub fn claim_time(mut self, value: i64) -> Self {
        self.claim_time = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `finishTime`.
    pub fn finish_time(mut self, value: i64) -> Self {
        self.finish_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for SolutionTaskInitRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("category", &self.category)?;
        object.optional("claimTime", &self.claim_time)?;
        object.optional("description", &self.description)?;
        object.optional("finishTime", &self.finish_time)?;
        object.field("outerId", &self.outer_id)?;
        object.field("status", &self.status)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SolutionTaskInitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SolutionTaskInitRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "solutionType" => rt::read_field(map, &mut self.solution_type),
            "category" => rt::read_field(map, &mut self.category),
            "claimTime" => rt::read_field(map, &mut self.claim_time),
            "description" => rt::read_field(map, &mut self.description),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SolutionTaskInitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::solution_task_save`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SolutionTaskSaveRequest {
    /// `solutionType`: a query parameter.
    pub solution_type: String,
    /// `claimTime`.
    pub claim_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `outerId`.
    pub outer_id: String,
    /// `solutionInstanceId`.
    pub solution_instance_id: String,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: String,
    /// `taskType`.
    pub task_type: String,
    /// `templateOuterId`.
    pub template_outer_id: Option<String>,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
impl SolutionTaskSaveRequest {
    /// A `SolutionTaskSaveRequest` with its required fields (`solutionType`, `outerId`, `solutionInstanceId`, `status`, `taskType`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(
        solution_type: impl Into<String>,
        outer_id: impl Into<String>,
        solution_instance_id: impl Into<String>,
        status: impl Into<String>,
        task_type: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            solution_type: solution_type.into(),
            claim_time: None,
            description: None,
            finish_time: None,
            outer_id: outer_id.into(),
            solution_instance_id: solution_instance_id.into(),
            start_time: None,
            status: status.into(),
            task_type: task_type.into(),
            template_outer_id: None,
            title: title.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `claimTime`.
    pub fn claim_time(mut self, value: i64) -> Self {
        self.claim_time = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `finishTime`.
    pub fn finish_time(mut self, value: i64) -> Self {
        self.finish_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `templateOuterId`.
    pub fn template_outer_id(mut self, value: impl Into<String>) -> Self {
        self.template_outer_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SolutionTaskSaveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("claimTime", &self.claim_time)?;
        object.optional("description", &self.description)?;
        object.optional("finishTime", &self.finish_time)?;
        object.field("outerId", &self.outer_id)?;
        object.field("solutionInstanceId", &self.solution_instance_id)?;
        object.optional("startTime", &self.start_time)?;
        object.field("status", &self.status)?;
        object.field("taskType", &self.task_type)?;
        object.optional("templateOuterId", &self.template_outer_id)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SolutionTaskSaveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SolutionTaskSaveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "solutionType" => rt::read_field(map, &mut self.solution_type),
            "claimTime" => rt::read_field(map, &mut self.claim_time),
            "description" => rt::read_field(map, &mut self.description),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "solutionInstanceId" => rt::read_field(map, &mut self.solution_instance_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "templateOuterId" => rt::read_field(map, &mut self.template_outer_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SolutionTaskSaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_solution_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncSolutionStatusRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `solutionStatus`.
    pub solution_status: String,
    /// `solutionType`.
    pub solution_type: String,
    /// `tenantId`.
    pub tenant_id: i64,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl SyncSolutionStatusRequest {
    /// A `SyncSolutionStatusRequest` with its required fields (`bizId`, `solutionStatus`, `solutionType`, `tenantId`, `userIds`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        solution_status: impl Into<String>,
        solution_type: impl Into<String>,
        tenant_id: i64,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            biz_id: biz_id.into(),
            solution_status: solution_status.into(),
            solution_type: solution_type.into(),
            tenant_id,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for SyncSolutionStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("solutionStatus", &self.solution_status)?;
        object.field("solutionType", &self.solution_type)?;
        object.field("tenantId", &self.tenant_id)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncSolutionStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncSolutionStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "solutionStatus" => rt::read_field(map, &mut self.solution_status),
            "solutionType" => rt::read_field(map, &mut self.solution_type),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncSolutionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_task_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncTaskTemplateRequest {
    /// `solutionType`: a query parameter.
    pub solution_type: String,
    /// `delete`.
    pub delete: Option<bool>,
    /// `des`.
    pub des: Option<String>,
    /// `ext`.
    pub ext: Option<String>,
    /// `name`.
    pub name: String,
    /// `optUserId`.
    pub opt_user_id: String,
    /// `outerId`.
    pub outer_id: String,
    /// `taskScopeVO`.
    pub task_scope_vo: Option<SyncTaskTemplateRequestTaskScopeVO>,
    /// `taskType`.
    pub task_type: String,
}
impl SyncTaskTemplateRequest {
    /// A `SyncTaskTemplateRequest` with its required fields (`solutionType`, `name`, `optUserId`, `outerId`, `taskType`); set the others with the methods named after them.
    pub fn new(
        solution_type: impl Into<String>,
        name: impl Into<String>,
        opt_user_id: impl Into<String>,
        outer_id: impl Into<String>,
        task_type: impl Into<String>,
    ) -> Self {
        Self {
            solution_type: solution_type.into(),
            delete: None,
            des: None,
            ext: None,
            name: name.into(),
            opt_user_id: opt_user_id.into(),
            outer_id: outer_id.into(),
            task_scope_vo: None,
            task_type: task_type.into(),
        }
    }
    /// Sets `delete`.
    pub fn delete(mut self, value: bool) -> Self {
        self.delete = Some(value);
        self
    }
    /// Sets `des`.
    pub fn des(mut self, value: impl Into<String>) -> Self {
        self.des = Some(value.into());
        self
    }
    /// Sets `ext`.
    pub fn ext(mut self, value: impl Into<String>) -> Self {
        self.ext = Some(value.into());
        self
    }
    /// Sets `taskScopeVO`.
    pub fn task_scope_vo(mut self, value: SyncTaskTemplateRequestTaskScopeVO) -> Self {
        self.task_scope_vo = Some(value);
        self
    }
}
impl rt::serde::Serialize for SyncTaskTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("delete", &self.delete)?;
        object.optional("des", &self.des)?;
        object.optional("ext", &self.ext)?;
        object.field("name", &self.name)?;
        object.field("optUserId", &self.opt_user_id)?;
        object.field("outerId", &self.outer_id)?;
        object.optional("taskScopeVO", &self.task_scope_vo)?;
        object.field("taskType", &self.task_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTaskTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTaskTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "solutionType" => rt::read_field(map, &mut self.solution_type),
            "delete" => rt::read_field(map, &mut self.delete),
            "des" => rt::read_field(map, &mut self.des),
            "ext" => rt::read_field(map, &mut self.ext),
            "name" => rt::read_field(map, &mut self.name),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "taskScopeVO" => rt::read_field(map, &mut self.task_scope_vo),
            "taskType" => rt::read_field(map, &mut self.task_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncTaskTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomRosterFieldRequest {
    /// `contactClientFlag`.
    pub contact_client_flag: Option<bool>,
    /// `contactFlag`.
    pub contact_flag: Option<bool>,
    /// `contactSource`.
    pub contact_source: Option<i64>,
    /// `contactSystemFlag`.
    pub contact_system_flag: Option<bool>,
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `derived`.
    pub derived: Option<bool>,
    /// `disabled`.
    pub disabled: Option<i64>,
    /// `editFromEmployeeFlag`.
    pub edit_from_employee_flag: bool,
    /// `editableByHr`.
    pub editable_by_hr: Option<bool>,
    /// `fieldCode`.
    pub field_code: String,
    /// `fieldName`.
    pub field_name: String,
    /// `fieldTip`.
    pub field_tip: Option<String>,
    /// `fieldType`.
    pub field_type: String,
    /// `groupId`.
    pub group_id: String,
    /// `hiddenFromEmployeeFlag`.
    pub hidden_from_employee_flag: bool,
    /// `hint`.
    pub hint: Option<String>,
    /// `historyField`.
    pub history_field: Option<bool>,
    /// `index`.
    pub index: Option<i64>,
    /// `modifyOptions`.
    pub modify_options: Option<bool>,
    /// `noWatermark`.
    pub no_watermark: Option<bool>,
    /// `numberDecimalPlace`.
    pub number_decimal_place: Option<i64>,
    /// `numberFormatType`.
    pub number_format_type: Option<String>,
    /// `numberValueType`.
    pub number_value_type: Option<String>,
    /// `optionText`.
    pub option_text: Option<String>,
    /// `required`.
    pub required: bool,
    /// `sourceFieldCode`.
    pub source_field_code: Option<String>,
    /// `systemFlag`.
    pub system_flag: Option<bool>,
    /// `textToSelectField`.
    pub text_to_select_field: Option<bool>,
    /// `updateUserId`.
    pub update_user_id: String,
    /// `value`.
    pub value: Option<String>,
    /// `visibleByEmp`.
    pub visible_by_emp: bool,
}
impl UpdateCustomRosterFieldRequest {
    /// A `UpdateCustomRosterFieldRequest` with its required fields (`editFromEmployeeFlag`, `fieldCode`, `fieldName`, `fieldType`, `groupId`, `hiddenFromEmployeeFlag`, `required`, `updateUserId`, `visibleByEmp`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        edit_from_employee_flag: bool,
        field_code: impl Into<String>,
        field_name: impl Into<String>,
        field_type: impl Into<String>,
        group_id: impl Into<String>,
        hidden_from_employee_flag: bool,
        required: bool,
        update_user_id: impl Into<String>,
        visible_by_emp: bool,
    ) -> Self {
        Self {
            contact_client_flag: None,
            contact_flag: None,
            contact_source: None,
            contact_system_flag: None,
            deleted: None,
            derived: None,
            disabled: None,
            edit_from_employee_flag,
            editable_by_hr: None,
            field_code: field_code.into(),
            field_name: field_name.into(),
            field_tip: None,
            field_type: field_type.into(),
            group_id: group_id.into(),
            hidden_from_employee_flag,
            hint: None,
            history_field: None,
            index: None,
            modify_options: None,
            no_watermark: None,
            number_decimal_place: None,
            number_format_type: None,
            number_value_type: None,
            option_text: None,
            required,
            source_field_code: None,
            system_flag: None,
            text_to_select_field: None,
            update_user_id: update_user_id.into(),
            value: None,
            visible_by_emp,
        }
    }
    /// Sets `contactClientFlag`.
    pub fn contact_client_flag(mut self, value: bool) -> Self {
        self.contact_client_flag = Some(value);
        self
    }
    /// Sets `contactFlag`.
    pub fn contact_flag(mut self, value: bool) -> Self {
        self.contact_flag = Some(value);
        self
    }
    /// Sets `contactSource`.
    pub fn contact_source(mut self, value: i64) -> Self {
        self.contact_source = Some(value);
        self
    }
    /// Sets `contactSystemFlag`.
    pub fn contact_system_flag(mut self, value: bool) -> Self {
        self.contact_system_flag = Some(value);
        self
    }
    /// Sets `deleted`.
    pub fn deleted(mut self, value: bool) -> Self {
        self.deleted = Some(value);
        self
    }
    /// Sets `derived`.
    pub fn derived(mut self, value: bool) -> Self {
        self.derived = Some(value);
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: i64) -> Self {
        self.disabled = Some(value);
        self
    }
    /// Sets `editableByHr`.
    pub fn editable_by_hr(mut self, value: bool) -> Self {
        self.editable_by_hr = Some(value);
        self
    }
    /// Sets `fieldTip`.
    pub fn field_tip(mut self, value: impl Into<String>) -> Self {
        self.field_tip = Some(value.into());
        self
    }
    /// Sets `hint`.
    pub fn hint(mut self, value: impl Into<String>) -> Self {
        self.hint = Some(value.into());
        self
    }
    /// Sets `historyField`.
    pub fn history_field(mut self, value: bool) -> Self {
        self.history_field = Some(value);
        self
    }
    /// Sets `index`.
    pub fn set_index(mut self, value: i64) -> Self {
        self.index = Some(value);
        self
    }
    /// Sets `modifyOptions`.
    pub fn modify_options(mut self, value: bool) -> Self {
        self.modify_options = Some(value);
        self
    }
    /// Sets `noWatermark`.
    pub fn no_watermark(mut self, value: bool) -> Self {
        self.no_watermark = Some(value);
        self
    }
    /// Sets `numberDecimalPlace`.
    pub fn number_decimal_place(mut self, value: i64) -> Self {
        self.number_decimal_place = Some(value);
        self
    }
    /// Sets `numberFormatType`.
    pub fn number_format_type(mut self, value: impl Into<String>) -> Self {
        self.number_format_type = Some(value.into());
        self
    }
    /// Sets `numberValueType`.
    pub fn number_value_type(mut self, value: impl Into<String>) -> Self {
        self.number_value_type = Some(value.into());
        self
    }
    /// Sets `optionText`.
    pub fn option_text(mut self, value: impl Into<String>) -> Self {
        self.option_text = Some(value.into());
        self
    }
    /// Sets `sourceFieldCode`.
    pub fn source_field_code(mut self, value: impl Into<String>) -> Self {
        self.source_field_code = Some(value.into());
        self
    }
    /// Sets `systemFlag`.
    pub fn system_flag(mut self, value: bool) -> Self {
        self.system_flag = Some(value);
        self
    }
    /// Sets `textToSelectField`.
    pub fn text_to_select_field(mut self, value: bool) -> Self {
        self.text_to_select_field = Some(value);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCustomRosterFieldRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactClientFlag", &self.contact_client_flag)?;
        object.optional("contactFlag", &self.contact_flag)?;
        object.optional("contactSource", &self.contact_source)?;
        object.optional("contactSystemFlag", &self.contact_system_flag)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("derived", &self.derived)?;
        object.optional("disabled", &self.disabled)?;
        object.field("editFromEmployeeFlag", &self.edit_from_employee_flag)?;
        object.optional("editableByHr", &self.editable_by_hr)?;
        object.field("fieldCode", &self.field_code)?;
        object.field("fieldName", &self.field_name)?;
        object.optional("fieldTip", &self.field_tip)?;
        object.field("fieldType", &self.field_type)?;
        object.field("groupId", &self.group_id)?;
        object.field("hiddenFromEmployeeFlag", &self.hidden_from_employee_flag)?;
        object.optional("hint", &self.hint)?;
        object.optional("historyField", &self.history_field)?;
        object.optional("index", &self.index)?;
        object.optional("modifyOptions", &self.modify_options)?;
        object.optional("noWatermark", &self.no_watermark)?;
        object.optional("numberDecimalPlace", &self.number_decimal_place)?;
        object.optional("numberFormatType", &self.number_format_type)?;
        object.optional("numberValueType", &self.number_value_type)?;
        object.optional("optionText", &self.option_text)?;
        object.field("required", &self.required)?;
        object.optional("sourceFieldCode", &self.source_field_code)?;
        object.optional("systemFlag", &self.system_flag)?;
        object.optional("textToSelectField", &self.text_to_select_field)?;
        object.field("updateUserId", &self.update_user_id)?;
        object.optional("value", &self.value)?;
        object.field("visibleByEmp", &self.visible_by_emp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomRosterFieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomRosterFieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactClientFlag" => rt::read_field(map, &mut self.contact_client_flag),
            "contactFlag" => rt::read_field(map, &mut self.contact_flag),
            "contactSource" => rt::read_field(map, &mut self.contact_source),
            "contactSystemFlag" => rt::read_field(map, &mut self.contact_system_flag),
            "deleted" => rt::read_field(map, &mut self.deleted),
            "derived" => rt::read_field(map, &mut self.derived),
            "disabled" => rt::read_field(map, &mut self.disabled),
            "editFromEmployeeFlag" => {
                rt::read_field(map, &mut self.edit_from_employee_flag)
            }
            "editableByHr" => rt::read_field(map, &mut self.editable_by_hr),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldTip" => rt::read_field(map, &mut self.field_tip),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "hiddenFromEmployeeFlag" => {
                rt::read_field(map, &mut self.hidden_from_employee_flag)
            }
            "hint" => rt::read_field(map, &mut self.hint),
            "historyField" => rt::read_field(map, &mut self.history_field),
            "index" => rt::read_field(map, &mut self.index),
            "modifyOptions" => rt::read_field(map, &mut self.modify_options),
            "noWatermark" => rt::read_field(map, &mut self.no_watermark),
            "numberDecimalPlace" => rt::read_field(map, &mut self.number_decimal_place),
            "numberFormatType" => rt::read_field(map, &mut self.number_format_type),
            "numberValueType" => rt::read_field(map, &mut self.number_value_type),
            "optionText" => rt::read_field(map, &mut self.option_text),
            "required" => rt::read_field(map, &mut self.required),
            "sourceFieldCode" => rt::read_field(map, &mut self.source_field_code),
            "systemFlag" => rt::read_field(map, &mut self.system_flag),
            "textToSelectField" => rt::read_field(map, &mut self.text_to_select_field),
            "updateUserId" => rt::read_field(map, &mut self.update_user_id),
            "value" => rt::read_field(map, &mut self.value),
            "visibleByEmp" => rt::read_field(map, &mut self.visible_by_emp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_emp_dismission_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateEmpDismissionInfoRequest {
    /// `dismissionMemo`.
    pub dismission_memo: Option<String>,
    /// `lastWorkDate`.
    pub last_work_date: i64,
    /// `partner`.
    pub partner: Option<bool>,
    /// `terminationReasonPassive`.
    pub termination_reason_passive: Option<Vec<String>>,
    /// `terminationReasonVoluntary`.
    pub termination_reason_voluntary: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
impl UpdateEmpDismissionInfoRequest {
    /// A `UpdateEmpDismissionInfoRequest` with its required fields (`lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(last_work_date: i64, user_id: impl Into<String>) -> Self {
        Self {
            dismission_memo: None,
            last_work_date,
            partner: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `dismissionMemo`.
    pub fn dismission_memo(mut self, value: impl Into<String>) -> Self {
        self.dismission_memo = Some(value.into());
        self
    }
    /// Sets `partner`.
    pub fn partner(mut self, value: bool) -> Self {
        self.partner = Some(value);
        self
    }
    /// Sets `terminationReasonPassive`.
    pub fn termination_reason_passive(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_passive = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `terminationReasonVoluntary`.
    pub fn termination_reason_voluntary(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.termination_reason_voluntary = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for UpdateEmpDismissionInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dismissionMemo", &self.dismission_memo)?;
        object.field("lastWorkDate", &self.last_work_date)?;
        object.optional("partner", &self.partner)?;
        object.optional("terminationReasonPassive", &self.termination_reason_passive)?;
        object
            .optional("terminationReasonVoluntary", &self.termination_reason_voluntary)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateEmpDismissionInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateEmpDismissionInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dismissionMemo" => rt::read_field(map, &mut self.dismission_memo),
            "lastWorkDate" => rt::read_field(map, &mut self.last_work_date),
            "partner" => rt::read_field(map, &mut self.partner),
            "terminationReasonPassive" => {
                rt::read_field(map, &mut self.termination_reason_passive)
            }
            "terminationReasonVoluntary" => {
                rt::read_field(map, &mut self.termination_reason_voluntary)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateEmpDismissionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_hrm_legal_entity_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateHrmLegalEntityNameRequest {
    /// `dingTenantId`: a query parameter.
    pub ding_tenant_id: Option<i64>,
    /// `legalEntityName`: a query parameter.
    pub legal_entity_name: String,
    /// `originLegalEntityName`: a query parameter.
    pub origin_legal_entity_name: String,
}
impl UpdateHrmLegalEntityNameRequest {
    /// A `UpdateHrmLegalEntityNameRequest` with its required fields (`legalEntityName`, `originLegalEntityName`); set the others with the methods named after them.
    pub fn new(
        legal_entity_name: impl Into<String>,
        origin_legal_entity_name: impl Into<String>,
    ) -> Self {
        Self {
            ding_tenant_id: None,
            legal_entity_name: legal_entity_name.into(),
            origin_legal_entity_name: origin_legal_entity_name.into(),
        }
    }
    /// Sets `dingTenantId`.
    pub fn ding_tenant_id(mut self, value: i64) -> Self {
        self.ding_tenant_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateHrmLegalEntityNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateHrmLegalEntityNameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTenantId" => rt::read_field(map, &mut self.ding_tenant_id),
            "legalEntityName" => rt::read_field(map, &mut self.legal_entity_name),
            "originLegalEntityName" => {
                rt::read_field(map, &mut self.origin_legal_entity_name)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateHrmLegalEntityNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTenantId", &self.ding_tenant_id);
        writer.query("legalEntityName", &self.legal_entity_name);
        writer.query("originLegalEntityName", &self.origin_legal_entity_name);
    }
}
/// The request of [`Api::update_hrm_legal_entity_without_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateHrmLegalEntityWithoutNameRequest {
    /// `dingTenantId`: a query parameter.
    pub ding_tenant_id: Option<i64>,
    /// `corpId`.
    pub corp_id: String,
    /// `createUserId`.
    pub create_user_id: Option<String>,
    /// `ext`.
    pub ext: Option<UpdateHrmLegalEntityWithoutNameRequestExt>,
    /// `legalEntityName`.
    pub legal_entity_name: String,
    /// `legalEntityShortName`.
    pub legal_entity_short_name: Option<String>,
    /// `legalEntityStatus`.
    pub legal_entity_status: i64,
    /// `legalPersonName`.
    pub legal_person_name: Option<String>,
}
impl UpdateHrmLegalEntityWithoutNameRequest {
    /// A `UpdateHrmLegalEntityWithoutNameRequest` with its required fields (`corpId`, `legalEntityName`, `legalEntityStatus`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        legal_entity_name: impl Into<String>,
        legal_entity_status: i64,
    ) -> Self {
        Self {
            ding_tenant_id: None,
            corp_id: corp_id.into(),
            create_user_id: None,
            ext: None,
            legal_entity_name: legal_entity_name.into(),
            legal_entity_short_name: None,
            legal_entity_status,
            legal_person_name: None,
        }
    }
    /// Sets `dingTenantId`.
    pub fn ding_tenant_id(mut self, value: i64) -> Self {
        self.ding_tenant_id = Some(value);
        self
    }
    /// Sets `createUserId`.
    pub fn create_user_id(mut self, value: impl Into<String>) -> Self {
        self.create_user_id = Some(value.into());
        self
    }
    /// Sets `ext`.
    pub fn ext(mut self, value: UpdateHrmLegalEntityWithoutNameRequestExt) -> Self {
        self.ext = Some(value);
        self
    }
    /// Sets `legalEntityShortName`.
    pub fn legal_entity_short_name(mut self, value: impl Into<String>) -> Self {
        self.legal_entity_short_name = Some(value.into());
        self
    }
    /// Sets `legalPersonName`.
    pub fn legal_person_name(mut self, value: impl Into<String>) -> Self {
        self.legal_person_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateHrmLegalEntityWithoutNameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("createUserId", &self.create_user_id)?;
        object.optional("ext", &self.ext)?;
        object.field("legalEntityName", &self.legal_entity_name)?;
        object.optional("legalEntityShortName", &self.legal_entity_short_name)?;
        object.field("legalEntityStatus", &self.legal_entity_status)?;
        object.optional("legalPersonName", &self.legal_person_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateHrmLegalEntityWithoutNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateHrmLegalEntityWithoutNameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTenantId" => rt::read_field(map, &mut self.ding_tenant_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createUserId" => rt::read_field(map, &mut self.create_user_id),
            "ext" => rt::read_field(map, &mut self.ext),
            "legalEntityName" => rt::read_field(map, &mut self.legal_entity_name),
            "legalEntityShortName" => {
                rt::read_field(map, &mut self.legal_entity_short_name)
            }
            "legalEntityStatus" => rt::read_field(map, &mut self.legal_entity_status),
            "legalPersonName" => rt::read_field(map, &mut self.legal_person_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateHrmLegalEntityWithoutNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTenantId", &self.ding_tenant_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_hrm_version_roll_back_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateHrmVersionRollBackStatusRequest {
    /// `configValue`.
    pub config_value: Option<String>,
    /// `optUserId`.
    pub opt_user_id: Option<String>,
}
impl UpdateHrmVersionRollBackStatusRequest {
    /// An empty `UpdateHrmVersionRollBackStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `configValue`.
    pub fn config_value(mut self, value: impl Into<String>) -> Self {
        self.config_value = Some(value.into());
        self
    }
    /// Sets `optUserId`.
    pub fn opt_user_id(mut self, value: impl Into<String>) -> Self {
        self.opt_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateHrmVersionRollBackStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("configValue", &self.config_value)?;
        object.optional("optUserId", &self.opt_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateHrmVersionRollBackStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateHrmVersionRollBackStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configValue" => rt::read_field(map, &mut self.config_value),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateHrmVersionRollBackStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_isv_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateIsvCardMessageRequest {
    /// `agentId`: a query parameter.
    pub agent_id: Option<i64>,
    /// `bizId`.
    pub biz_id: String,
    /// `messageType`.
    pub message_type: String,
    /// `sceneType`.
    pub scene_type: String,
    /// `scope`.
    pub scope: String,
    /// `valueMap`.
    pub value_map: rt::BTreeMap<String, String>,
}
impl UpdateIsvCardMessageRequest {
    /// A `UpdateIsvCardMessageRequest` with its required fields (`bizId`, `messageType`, `sceneType`, `scope`, `valueMap`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        message_type: impl Into<String>,
        scene_type: impl Into<String>,
        scope: impl Into<String>,
        value_map: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        Self {
            agent_id: None,
            biz_id: biz_id.into(),
            message_type: message_type.into(),
            scene_type: scene_type.into(),
            scope: scope.into(),
            value_map: value_map.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateIsvCardMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("messageType", &self.message_type)?;
        object.field("sceneType", &self.scene_type)?;
        object.field("scope", &self.scope)?;
        object.field("valueMap", &self.value_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateIsvCardMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateIsvCardMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "scope" => rt::read_field(map, &mut self.scope),
            "valueMap" => rt::read_field(map, &mut self.value_map),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateIsvCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRosterFieldFormRequest {
    /// `detail`.
    pub detail: bool,
    /// `formId`.
    pub form_id: String,
    /// `name`.
    pub name: String,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateRosterFieldFormRequest {
    /// A `UpdateRosterFieldFormRequest` with its required fields (`detail`, `formId`, `name`); set the others with the methods named after them.
    pub fn new(
        detail: bool,
        form_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            detail,
            form_id: form_id.into(),
            name: name.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRosterFieldFormRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.field("formId", &self.form_id)?;
        object.field("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRosterFieldFormRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRosterFieldFormRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            "formId" => rt::read_field(map, &mut self.form_id),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRosterFieldFormRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_attachment`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadAttachmentRequest {
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UploadAttachmentRequest {
    /// An empty `UploadAttachmentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UploadAttachmentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadAttachmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadAttachmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UploadAttachmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::ai_sale_attachment_permisson`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleAttachmentPermissonError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_entity_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleEntityCreateError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_entity_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleEntityDetailError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_entity_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleEntityListError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_entity_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleEntityUpdateError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_flash_minutes_analysis`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleFlashMinutesAnalysisError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_get_memory`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleGetMemoryError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_schema_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleSchemaGetError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_sync_ai_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleSyncAiTaskError = rt::ServiceError;
/// An error reply of [`Api::ai_sale_task_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AISaleTaskResultError = rt::ServiceError;
/// An error reply of [`Api::add_custom_roster_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCustomRosterFieldError = rt::ServiceError;
/// An error reply of [`Api::add_hrm_legal_entity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddHrmLegalEntityError = rt::ServiceError;
/// An error reply of [`Api::add_hrm_preentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddHrmPreentryError = rt::ServiceError;
/// An error reply of [`Api::add_roster_field_form`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRosterFieldFormError = rt::ServiceError;
/// An error reply of [`Api::convert_union_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConvertUnionIdError = rt::ServiceError;
/// An error reply of [`Api::create_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRecordError = rt::ServiceError;
/// An error reply of [`Api::delete_custom_roster_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCustomRosterFieldError = rt::ServiceError;
/// An error reply of [`Api::delete_roster_field_form`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRosterFieldFormError = rt::ServiceError;
/// An error reply of [`Api::device_market_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeviceMarketManagerError = rt::ServiceError;
/// An error reply of [`Api::device_market_order_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeviceMarketOrderManagerError = rt::ServiceError;
/// An error reply of [`Api::e_cert_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ECertQueryError = rt::ServiceError;
/// An error reply of [`Api::emp_start_dismission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EmpStartDismissionError = rt::ServiceError;
/// An error reply of [`Api::employee_attachment_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EmployeeAttachmentUpdateError = rt::ServiceError;
/// An error reply of [`Api::esign_rollback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EsignRollbackError = rt::ServiceError;
/// An error reply of [`Api::get_all_dismission_reasons`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllDismissionReasonsError = rt::ServiceError;
/// An error reply of [`Api::get_dismission_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDismissionRecordError = rt::ServiceError;
/// An error reply of [`Api::get_employee_roster_by_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEmployeeRosterByFieldError = rt::ServiceError;
/// An error reply of [`Api::get_file_template_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileTemplateListError = rt::ServiceError;
/// An error reply of [`Api::get_sign_record_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignRecordByIdError = rt::ServiceError;
/// An error reply of [`Api::get_sign_record_by_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignRecordByUserIdError = rt::ServiceError;
/// An error reply of [`Api::get_user_signed_records_by_outer_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserSignedRecordsByOuterIdError = rt::ServiceError;
/// An error reply of [`Api::hrm_auth_resources_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmAuthResourcesQueryError = rt::ServiceError;
/// An error reply of [`Api::hrm_benefit_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmBenefitQueryError = rt::ServiceError;
/// An error reply of [`Api::hrm_corp_config_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmCorpConfigQueryError = rt::ServiceError;
/// An error reply of [`Api::hrm_mail_send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmMailSendError = rt::ServiceError;
/// An error reply of [`Api::hrm_moka_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmMokaEventError = rt::ServiceError;
/// An error reply of [`Api::hrm_moka_oapi`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmMokaOapiError = rt::ServiceError;
/// An error reply of [`Api::hrm_process_regular`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmProcessRegularError = rt::ServiceError;
/// An error reply of [`Api::hrm_process_termination_and_handover`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmProcessTerminationAndHandoverError = rt::ServiceError;
/// An error reply of [`Api::hrm_process_transfer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmProcessTransferError = rt::ServiceError;
/// An error reply of [`Api::hrm_process_update_termination_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmProcessUpdateTerminationInfoError = rt::ServiceError;
/// An error reply of [`Api::hrm_pts_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HrmPtsServiceError = rt::ServiceError;
/// An error reply of [`Api::invalid_sign_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InvalidSignRecordsError = rt::ServiceError;
/// An error reply of [`Api::master_data_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDataDeleteError = rt::ServiceError;
/// An error reply of [`Api::master_data_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDataQueryError = rt::ServiceError;
/// An error reply of [`Api::master_data_save`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDataSaveError = rt::ServiceError;
/// An error reply of [`Api::master_data_tenant_quey`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDataTenantQueyError = rt::ServiceError;
/// An error reply of [`Api::master_datas_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDatasGetError = rt::ServiceError;
/// An error reply of [`Api::master_datas_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MasterDatasQueryError = rt::ServiceError;
/// An error reply of [`Api::open_oem_micro_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenOemMicroAppError = rt::ServiceError;
/// An error reply of [`Api::query_custom_entry_processes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomEntryProcessesError = rt::ServiceError;
/// An error reply of [`Api::query_dismission_staff_id_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDismissionStaffIdListError = rt::ServiceError;
/// An error reply of [`Api::query_hrm_employee_dismission_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHrmEmployeeDismissionInfoError = rt::ServiceError;
/// An error reply of [`Api::query_job_ranks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryJobRanksError = rt::ServiceError;
/// An error reply of [`Api::query_jobs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryJobsError = rt::ServiceError;
/// An error reply of [`Api::query_micro_app_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMicroAppStatusError = rt::ServiceError;
/// An error reply of [`Api::query_micro_app_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMicroAppViewError = rt::ServiceError;
/// An error reply of [`Api::query_position_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPositionVersionError = rt::ServiceError;
/// An error reply of [`Api::query_positions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPositionsError = rt::ServiceError;
/// An error reply of [`Api::revoke_sign_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevokeSignRecordsError = rt::ServiceError;
/// An error reply of [`Api::revoke_termination`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevokeTerminationError = rt::ServiceError;
/// An error reply of [`Api::roster_meta_available_field_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RosterMetaAvailableFieldListError = rt::ServiceError;
/// An error reply of [`Api::roster_meta_field_options_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RosterMetaFieldOptionsUpdateError = rt::ServiceError;
/// An error reply of [`Api::send_isv_card_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendIsvCardMessageError = rt::ServiceError;
/// An error reply of [`Api::send_real_auth_invite_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendRealAuthInviteMessageError = rt::ServiceError;
/// An error reply of [`Api::solution_task_init`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SolutionTaskInitError = rt::ServiceError;
/// An error reply of [`Api::solution_task_save`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SolutionTaskSaveError = rt::ServiceError;
/// An error reply of [`Api::sync_solution_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncSolutionStatusError = rt::ServiceError;
/// An error reply of [`Api::sync_task_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncTaskTemplateError = rt::ServiceError;
/// An error reply of [`Api::update_custom_roster_field`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCustomRosterFieldError = rt::ServiceError;
/// An error reply of [`Api::update_emp_dismission_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateEmpDismissionInfoError = rt::ServiceError;
/// An error reply of [`Api::update_hrm_legal_entity_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateHrmLegalEntityNameError = rt::ServiceError;
/// An error reply of [`Api::update_hrm_legal_entity_without_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateHrmLegalEntityWithoutNameError = rt::ServiceError;
/// An error reply of [`Api::update_hrm_version_roll_back_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateHrmVersionRollBackStatusError = rt::ServiceError;
/// An error reply of [`Api::update_isv_card_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateIsvCardMessageError = rt::ServiceError;
/// An error reply of [`Api::update_roster_field_form`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRosterFieldFormError = rt::ServiceError;
/// An error reply of [`Api::upload_attachment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadAttachmentError = rt::ServiceError;
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
        "AISaleAttachmentPermisson" => {
            rt::conformance::reply(
                    api.ai_sale_attachment_permisson(&inputs.request(true)?),
                )
                .await
        }
        "AISaleEntityCreate" => {
            rt::conformance::reply(api.ai_sale_entity_create(&inputs.request(true)?))
                .await
        }
        "AISaleEntityDetail" => {
            rt::conformance::reply(api.ai_sale_entity_detail(&inputs.request(true)?))
                .await
        }
        "AISaleEntityList" => {
            rt::conformance::reply(api.ai_sale_entity_list(&inputs.request(true)?)).await
        }
        "AISaleEntityUpdate" => {
            rt::conformance::reply(api.ai_sale_entity_update(&inputs.request(true)?))
                .await
        }
        "AISaleFlashMinutesAnalysis" => {
            rt::conformance::reply(
                    api.ai_sale_flash_minutes_analysis(&inputs.request(true)?),
                )
                .await
        }
        "AISaleGetMemory" => {
            rt::conformance::reply(api.ai_sale_get_memory(&inputs.request(true)?)).await
        }
        "AISaleSchemaGet" => {
            rt::conformance::reply(api.ai_sale_schema_get(&inputs.request(true)?)).await
        }
        "AISaleSyncAiTask" => {
            rt::conformance::reply(api.ai_sale_sync_ai_task(&inputs.request(true)?))
                .await
        }
        "AISaleTaskResult" => {
            rt::conformance::reply(api.ai_sale_task_result(&inputs.request(true)?)).await
        }
        "AddCustomRosterField" => {
            rt::conformance::reply(api.add_custom_roster_field(&inputs.request(true)?))
                .await
        }
        "AddHrmLegalEntity" => {
            rt::conformance::reply(api.add_hrm_legal_entity(&inputs.request(true)?))
                .await
        }
        "AddHrmPreentry" => {
            rt::conformance::reply(api.add_hrm_preentry(&inputs.request(true)?)).await
        }
        "AddRosterFieldForm" => {
            rt::conformance::reply(api.add_roster_field_form(&inputs.request(true)?))
                .await
        }
        "ConvertUnionId" => {
            rt::conformance::reply(api.convert_union_id(&inputs.request(true)?)).await
        }
        "CreateRecord" => {
            rt::conformance::reply(api.create_record(&inputs.request(true)?)).await
        }
        "DeleteCustomRosterField" => {
            rt::conformance::reply(
                    api.delete_custom_roster_field(&inputs.request(true)?),
                )
                .await
        }
        "DeleteRosterFieldForm" => {
            rt::conformance::reply(api.delete_roster_field_form(&inputs.request(true)?))
                .await
        }
        "DeviceMarketManager" => {
            rt::conformance::reply(api.device_market_manager()).await
        }
        "DeviceMarketOrderManager" => {
            rt::conformance::reply(api.device_market_order_manager()).await
        }
        "ECertQuery" => {
            rt::conformance::reply(api.e_cert_query(&inputs.request(false)?)).await
        }
        "EmpStartDismission" => {
            rt::conformance::reply(api.emp_start_dismission(&inputs.request(true)?))
                .await
        }
        "EmployeeAttachmentUpdate" => {
            rt::conformance::reply(
                    api.employee_attachment_update(&inputs.request(true)?),
                )
                .await
        }
        "EsignRollback" => {
            rt::conformance::reply(api.esign_rollback(&inputs.request(false)?)).await
        }
        "GetAllDismissionReasons" => {
            rt::conformance::reply(api.get_all_dismission_reasons()).await
        }
        "GetDismissionRecord" => {
            rt::conformance::reply(api.get_dismission_record(&inputs.request(false)?))
                .await
        }
        "GetEmployeeRosterByField" => {
            rt::conformance::reply(
                    api.get_employee_roster_by_field(&inputs.request(true)?),
                )
                .await
        }
        "GetFileTemplateList" => {
            rt::conformance::reply(api.get_file_template_list(&inputs.request(true)?))
                .await
        }
        "GetSignRecordById" => {
            rt::conformance::reply(api.get_sign_record_by_id(&inputs.request(false)?))
                .await
        }
        "GetSignRecordByUserId" => {
            rt::conformance::reply(
                    api.get_sign_record_by_user_id(&inputs.request(true)?),
                )
                .await
        }
        "GetUserSignedRecordsByOuterId" => {
            rt::conformance::reply(
                    api.get_user_signed_records_by_outer_id(&inputs.request(false)?),
                )
                .await
        }
        "HrmAuthResourcesQuery" => {
            rt::conformance::reply(api.hrm_auth_resources_query(&inputs.request(true)?))
                .await
        }
        "HrmBenefitQuery" => {
            rt::conformance::reply(api.hrm_benefit_query(&inputs.request(true)?)).await
        }
        "HrmCorpConfigQuery" => {
            rt::conformance::reply(api.hrm_corp_config_query(&inputs.request(true)?))
                .await
        }
        "HrmMailSend" => {
            rt::conformance::reply(api.hrm_mail_send(&inputs.request(true)?)).await
        }
        "HrmMokaEvent" => {
            rt::conformance::reply(api.hrm_moka_event(&inputs.request(true)?)).await
        }
        "HrmMokaOapi" => {
            rt::conformance::reply(api.hrm_moka_oapi(&inputs.request(true)?)).await
        }
        "HrmProcessRegular" => {
            rt::conformance::reply(api.hrm_process_regular(&inputs.request(true)?)).await
        }
        "HrmProcessTerminationAndHandover" => {
            rt::conformance::reply(
                    api.hrm_process_termination_and_handover(&inputs.request(true)?),
                )
                .await
        }
        "HrmProcessTransfer" => {
            rt::conformance::reply(api.hrm_process_transfer(&inputs.request(true)?))
                .await
        }
        "HrmProcessUpdateTerminationInfo" => {
            rt::conformance::reply(
                    api.hrm_process_update_termination_info(&inputs.request(true)?),
                )
                .await
        }
        "HrmPtsService" => {
            rt::conformance::reply(api.hrm_pts_service(&inputs.request(true)?)).await
        }
        "InvalidSignRecords" => {
            rt::conformance::reply(api.invalid_sign_records(&inputs.request(true)?))
                .await
        }
        "MasterDataDelete" => {
            rt::conformance::reply(api.master_data_delete(&inputs.request(false)?)).await
        }
        "MasterDataQuery" => {
            rt::conformance::reply(api.master_data_query(&inputs.request(true)?)).await
        }
        "MasterDataSave" => {
            rt::conformance::reply(api.master_data_save(&inputs.request(false)?)).await
        }
        "MasterDataTenantQuey" => {
            rt::conformance::reply(api.master_data_tenant_quey(&inputs.request(false)?))
                .await
        }
        "MasterDatasGet" => {
            rt::conformance::reply(api.master_datas_get(&inputs.request(true)?)).await
        }
        "MasterDatasQuery" => {
            rt::conformance::reply(api.master_datas_query(&inputs.request(true)?)).await
        }
        "OpenOemMicroApp" => {
            rt::conformance::reply(api.open_oem_micro_app(&inputs.request(false)?)).await
        }
        "QueryCustomEntryProcesses" => {
            rt::conformance::reply(
                    api.query_custom_entry_processes(&inputs.request(false)?),
                )
                .await
        }
        "QueryDismissionStaffIdList" => {
            rt::conformance::reply(
                    api.query_dismission_staff_id_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryHrmEmployeeDismissionInfo" => {
            rt::conformance::reply(
                    api.query_hrm_employee_dismission_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryJobRanks" => {
            rt::conformance::reply(api.query_job_ranks(&inputs.request(false)?)).await
        }
        "QueryJobs" => {
            rt::conformance::reply(api.query_jobs(&inputs.request(false)?)).await
        }
        "QueryMicroAppStatus" => {
            rt::conformance::reply(api.query_micro_app_status(&inputs.request(true)?))
                .await
        }
        "QueryMicroAppView" => {
            rt::conformance::reply(api.query_micro_app_view(&inputs.request(true)?))
                .await
        }
        "QueryPositionVersion" => {
            rt::conformance::reply(api.query_position_version()).await
        }
        "QueryPositions" => {
            rt::conformance::reply(api.query_positions(&inputs.request(true)?)).await
        }
        "RevokeSignRecords" => {
            rt::conformance::reply(api.revoke_sign_records(&inputs.request(true)?)).await
        }
        "RevokeTermination" => {
            rt::conformance::reply(api.revoke_termination(&inputs.request(true)?)).await
        }
        "RosterMetaAvailableFieldList" => {
            rt::conformance::reply(
                    api.roster_meta_available_field_list(&inputs.request(false)?),
                )
                .await
        }
        "RosterMetaFieldOptionsUpdate" => {
            rt::conformance::reply(
                    api.roster_meta_field_options_update(&inputs.request(true)?),
                )
                .await
        }
        "SendIsvCardMessage" => {
            rt::conformance::reply(api.send_isv_card_message(&inputs.request(true)?))
                .await
        }
        "SendRealAuthInviteMessage" => {
            rt::conformance::reply(
                    api.send_real_auth_invite_message(&inputs.request(true)?),
                )
                .await
        }
        "SolutionTaskInit" => {
            rt::conformance::reply(api.solution_task_init(&inputs.request(true)?)).await
        }
        "SolutionTaskSave" => {
            rt::conformance::reply(api.solution_task_save(&inputs.request(true)?)).await
        }
        "SyncSolutionStatus" => {
            rt::conformance::reply(api.sync_solution_status(&inputs.request(true)?))
                .await
        }
        "SyncTaskTemplate" => {
            rt::conformance::reply(api.sync_task_template(&inputs.request(true)?)).await
        }
        "UpdateCustomRosterField" => {
            rt::conformance::reply(
                    api.update_custom_roster_field(&inputs.request(true)?),
                )
                .await
        }
        "UpdateEmpDismissionInfo" => {
            rt::conformance::reply(
                    api.update_emp_dismission_info(&inputs.request(true)?),
                )
                .await
        }
        "UpdateHrmLegalEntityName" => {
            rt::conformance::reply(
                    api.update_hrm_legal_entity_name(&inputs.request(false)?),
                )
                .await
        }
        "UpdateHrmLegalEntityWithoutName" => {
            rt::conformance::reply(
                    api.update_hrm_legal_entity_without_name(&inputs.request(true)?),
                )
                .await
        }
        "UpdateHrmVersionRollBackStatus" => {
            rt::conformance::reply(
                    api.update_hrm_version_roll_back_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateIsvCardMessage" => {
            rt::conformance::reply(api.update_isv_card_message(&inputs.request(true)?))
                .await
        }
        "UpdateRosterFieldForm" => {
            rt::conformance::reply(api.update_roster_field_form(&inputs.request(true)?))
                .await
        }
        "UploadAttachment" => {
            rt::conformance::reply(api.upload_attachment(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
