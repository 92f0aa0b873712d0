// @generated from api-spec/hrm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能人事 (HRM)：员工花名册、入转调离与人事数据。
//!
//! 77 operations, methods of [`Api`] (`client.hrm_1_0()`), behind the cargo feature `hrm_1_0`; its paths start with `/v1.0/hrm/`.
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/attachment/permission`: DingTalk's `AISaleAttachmentPermisson` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleAttachmentPermisson")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/attachment/permission")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/attachment/permission")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/create`: DingTalk's `AISaleEntityCreate` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleEntityCreate")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/entity/create")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/entity/create")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/detail`: DingTalk's `AISaleEntityDetail` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleEntityDetail")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/entity/detail")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/entity/detail")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/list`: DingTalk's `AISaleEntityList` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::ai_sale_entity_list_pages`].
    #[doc(alias = "AISaleEntityList")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/entity/list")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/entity/list")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/entity/update`: DingTalk's `AISaleEntityUpdate` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleEntityUpdate")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/entity/update")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/entity/update")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis`: DingTalk's `AISaleFlashMinutesAnalysis` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleFlashMinutesAnalysis")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/memory/list`: DingTalk's `AISaleGetMemory` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::ai_sale_get_memory_pages`].
    #[doc(alias = "AISaleGetMemory")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/memory/list")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/memory/list")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/schema/get`: DingTalk's `AISaleSchemaGet` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleSchemaGet")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/schema/get")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/schema/get")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask`: DingTalk's `AISaleSyncAiTask` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleSyncAiTask")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask")]
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
    /// `POST /v1.0/hrm/ai-sale/api/v1/common/taskResult`: DingTalk's `AISaleTaskResult` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AISaleTaskResult")]
    #[doc(alias = "/v1.0/hrm/ai-sale/api/v1/common/taskResult")]
    #[doc(alias = "POST /v1.0/hrm/ai-sale/api/v1/common/taskResult")]
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
    /// `POST /v1.0/hrm/customRosterField/add`: DingTalk's `AddCustomRosterField` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCustomRosterField")]
    #[doc(alias = "/v1.0/hrm/customRosterField/add")]
    #[doc(alias = "POST /v1.0/hrm/customRosterField/add")]
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
    /// `POST /v1.0/hrm/masters/legalEntities/companies`: DingTalk's `AddHrmLegalEntity` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddHrmLegalEntity")]
    #[doc(alias = "/v1.0/hrm/masters/legalEntities/companies")]
    #[doc(alias = "POST /v1.0/hrm/masters/legalEntities/companies")]
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
    /// `POST /v1.0/hrm/preentries`: DingTalk's `AddHrmPreentry` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddHrmPreentry")]
    #[doc(alias = "/v1.0/hrm/preentries")]
    #[doc(alias = "POST /v1.0/hrm/preentries")]
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
    /// `POST /v1.0/hrm/rosterFieldForm/add`: DingTalk's `AddRosterFieldForm` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRosterFieldForm")]
    #[doc(alias = "/v1.0/hrm/rosterFieldForm/add")]
    #[doc(alias = "POST /v1.0/hrm/rosterFieldForm/add")]
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
    /// `POST /v1.0/hrm/isv/convertUnionId`: DingTalk's `ConvertUnionId` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConvertUnionId")]
    #[doc(alias = "/v1.0/hrm/isv/convertUnionId")]
    #[doc(alias = "POST /v1.0/hrm/isv/convertUnionId")]
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
    /// `POST /v1.0/hrm/masters/signCenters/records`: DingTalk's `CreateRecord` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRecord")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/records")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/records")]
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
    /// `POST /v1.0/hrm/customRosterField/delete`: DingTalk's `DeleteCustomRosterField` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCustomRosterField")]
    #[doc(alias = "/v1.0/hrm/customRosterField/delete")]
    #[doc(alias = "POST /v1.0/hrm/customRosterField/delete")]
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
    /// `POST /v1.0/hrm/rosterFieldForm/delete`: DingTalk's `DeleteRosterFieldForm` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRosterFieldForm")]
    #[doc(alias = "/v1.0/hrm/rosterFieldForm/delete")]
    #[doc(alias = "POST /v1.0/hrm/rosterFieldForm/delete")]
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
    /// `GET /v1.0/hrm/device/market/manager`: DingTalk's `DeviceMarketManager` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeviceMarketManager")]
    #[doc(alias = "/v1.0/hrm/device/market/manager")]
    #[doc(alias = "GET /v1.0/hrm/device/market/manager")]
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
    /// `GET /v1.0/hrm/device/market/order/manager`: DingTalk's `DeviceMarketOrderManager` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeviceMarketOrderManager")]
    #[doc(alias = "/v1.0/hrm/device/market/order/manager")]
    #[doc(alias = "GET /v1.0/hrm/device/market/order/manager")]
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
    /// `GET /v1.0/hrm/eCerts`: DingTalk's `ECertQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ECertQuery")]
    #[doc(alias = "/v1.0/hrm/eCerts")]
    #[doc(alias = "GET /v1.0/hrm/eCerts")]
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
    /// `POST /v1.0/hrm/pendingDismission/start`: DingTalk's `EmpStartDismission` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EmpStartDismission")]
    #[doc(alias = "/v1.0/hrm/pendingDismission/start")]
    #[doc(alias = "POST /v1.0/hrm/pendingDismission/start")]
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
    /// `PUT /v1.0/hrm/employees/attachments`: DingTalk's `EmployeeAttachmentUpdate` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EmployeeAttachmentUpdate")]
    #[doc(alias = "/v1.0/hrm/employees/attachments")]
    #[doc(alias = "PUT /v1.0/hrm/employees/attachments")]
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
    /// `POST /v1.0/hrm/contracts/esign/rollback`: DingTalk's `EsignRollback` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EsignRollback")]
    #[doc(alias = "/v1.0/hrm/contracts/esign/rollback")]
    #[doc(alias = "POST /v1.0/hrm/contracts/esign/rollback")]
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
    /// `GET /v1.0/hrm/dismission/reasons`: DingTalk's `GetAllDismissionReasons` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllDismissionReasons")]
    #[doc(alias = "/v1.0/hrm/dismission/reasons")]
    #[doc(alias = "GET /v1.0/hrm/dismission/reasons")]
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
    /// `GET /v1.0/hrm/dismission/record/get`: DingTalk's `GetDismissionRecord` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_dismission_record_pages`].
    #[doc(alias = "GetDismissionRecord")]
    #[doc(alias = "/v1.0/hrm/dismission/record/get")]
    #[doc(alias = "GET /v1.0/hrm/dismission/record/get")]
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
    /// `POST /v1.0/hrm/rosters/lists/query`: DingTalk's `GetEmployeeRosterByField` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEmployeeRosterByField")]
    #[doc(alias = "/v1.0/hrm/rosters/lists/query")]
    #[doc(alias = "POST /v1.0/hrm/rosters/lists/query")]
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
    /// `POST /v1.0/hrm/masters/fileTemplates/lists/query`: DingTalk's `GetFileTemplateList` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_file_template_list_pages`].
    #[doc(alias = "GetFileTemplateList")]
    #[doc(alias = "/v1.0/hrm/masters/fileTemplates/lists/query")]
    #[doc(alias = "POST /v1.0/hrm/masters/fileTemplates/lists/query")]
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
    /// `POST /v1.0/hrm/masters/signCenters/records/query`: DingTalk's `GetSignRecordById` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSignRecordById")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/records/query")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/records/query")]
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
    /// `POST /v1.0/hrm/masters/signCenters/users/records/query`: DingTalk's `GetSignRecordByUserId` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_sign_record_by_user_id_pages`].
    #[doc(alias = "GetSignRecordByUserId")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/users/records/query")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/users/records/query")]
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
    /// `POST /v1.0/hrm/masters/signCenters/outerIds/records/query`: DingTalk's `GetUserSignedRecordsByOuterId` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserSignedRecordsByOuterId")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/outerIds/records/query")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/outerIds/records/query")]
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
    /// `POST /v1.0/hrm/authResources/query`: DingTalk's `HrmAuthResourcesQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmAuthResourcesQuery")]
    #[doc(alias = "/v1.0/hrm/authResources/query")]
    #[doc(alias = "POST /v1.0/hrm/authResources/query")]
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
    /// `POST /v1.0/hrm/benefits/query`: DingTalk's `HrmBenefitQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmBenefitQuery")]
    #[doc(alias = "/v1.0/hrm/benefits/query")]
    #[doc(alias = "POST /v1.0/hrm/benefits/query")]
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
    /// `POST /v1.0/hrm/corp/configs/query`: DingTalk's `HrmCorpConfigQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmCorpConfigQuery")]
    #[doc(alias = "/v1.0/hrm/corp/configs/query")]
    #[doc(alias = "POST /v1.0/hrm/corp/configs/query")]
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
    /// `POST /v1.0/hrm/mails/send`: DingTalk's `HrmMailSend` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmMailSend")]
    #[doc(alias = "/v1.0/hrm/mails/send")]
    #[doc(alias = "POST /v1.0/hrm/mails/send")]
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
    /// `POST /v1.0/hrm/moka/events/forward`: DingTalk's `HrmMokaEvent` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmMokaEvent")]
    #[doc(alias = "/v1.0/hrm/moka/events/forward")]
    #[doc(alias = "POST /v1.0/hrm/moka/events/forward")]
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
    /// `POST /v1.0/hrm/moka/forward`: DingTalk's `HrmMokaOapi` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmMokaOapi")]
    #[doc(alias = "/v1.0/hrm/moka/forward")]
    #[doc(alias = "POST /v1.0/hrm/moka/forward")]
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
    /// `POST /v1.0/hrm/processes/regulars/become`: DingTalk's `HrmProcessRegular` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmProcessRegular")]
    #[doc(alias = "/v1.0/hrm/processes/regulars/become")]
    #[doc(alias = "POST /v1.0/hrm/processes/regulars/become")]
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
    /// `POST /v1.0/hrm/processes/terminateAndHandOver`: DingTalk's `HrmProcessTerminationAndHandover` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmProcessTerminationAndHandover")]
    #[doc(alias = "/v1.0/hrm/processes/terminateAndHandOver")]
    #[doc(alias = "POST /v1.0/hrm/processes/terminateAndHandOver")]
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
    /// `POST /v1.0/hrm/processes/transfer`: DingTalk's `HrmProcessTransfer` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmProcessTransfer")]
    #[doc(alias = "/v1.0/hrm/processes/transfer")]
    #[doc(alias = "POST /v1.0/hrm/processes/transfer")]
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
    /// `PUT /v1.0/hrm/processes/employees/terminations`: DingTalk's `HrmProcessUpdateTerminationInfo` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmProcessUpdateTerminationInfo")]
    #[doc(alias = "/v1.0/hrm/processes/employees/terminations")]
    #[doc(alias = "PUT /v1.0/hrm/processes/employees/terminations")]
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
    /// `POST /v1.0/hrm/pts/request`: DingTalk's `HrmPtsService` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HrmPtsService")]
    #[doc(alias = "/v1.0/hrm/pts/request")]
    #[doc(alias = "POST /v1.0/hrm/pts/request")]
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
    /// `POST /v1.0/hrm/masters/signCenters/records/invalid`: DingTalk's `InvalidSignRecords` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InvalidSignRecords")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/records/invalid")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/records/invalid")]
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
    /// `POST /v1.0/hrm/masters/datas/batchRemove`: DingTalk's `MasterDataDelete` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MasterDataDelete")]
    #[doc(alias = "/v1.0/hrm/masters/datas/batchRemove")]
    #[doc(alias = "POST /v1.0/hrm/masters/datas/batchRemove")]
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
    /// `POST /v1.0/hrm/masters/datas/query`: DingTalk's `MasterDataQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::master_data_query_pages`].
    #[doc(alias = "MasterDataQuery")]
    #[doc(alias = "/v1.0/hrm/masters/datas/query")]
    #[doc(alias = "POST /v1.0/hrm/masters/datas/query")]
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
    /// `POST /v1.0/hrm/masters/datas/save`: DingTalk's `MasterDataSave` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MasterDataSave")]
    #[doc(alias = "/v1.0/hrm/masters/datas/save")]
    #[doc(alias = "POST /v1.0/hrm/masters/datas/save")]
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
    /// `GET /v1.0/hrm/masters/tenants`: DingTalk's `MasterDataTenantQuey` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MasterDataTenantQuey")]
    #[doc(alias = "/v1.0/hrm/masters/tenants")]
    #[doc(alias = "GET /v1.0/hrm/masters/tenants")]
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
    /// `POST /v1.0/hrm/masterDatas/objects/query`: DingTalk's `MasterDatasGet` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MasterDatasGet")]
    #[doc(alias = "/v1.0/hrm/masterDatas/objects/query")]
    #[doc(alias = "POST /v1.0/hrm/masterDatas/objects/query")]
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
    /// `POST /v1.0/hrm/masterDatas/query`: DingTalk's `MasterDatasQuery` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::master_datas_query_pages`].
    #[doc(alias = "MasterDatasQuery")]
    #[doc(alias = "/v1.0/hrm/masterDatas/query")]
    #[doc(alias = "POST /v1.0/hrm/masterDatas/query")]
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
    /// `POST /v1.0/hrm/oem/microApps/open`: DingTalk's `OpenOemMicroApp` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenOemMicroApp")]
    #[doc(alias = "/v1.0/hrm/oem/microApps/open")]
    #[doc(alias = "POST /v1.0/hrm/oem/microApps/open")]
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
    /// `GET /v1.0/hrm/customEntryProcesses`: DingTalk's `QueryCustomEntryProcesses` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_custom_entry_processes_pages`].
    #[doc(alias = "QueryCustomEntryProcesses")]
    #[doc(alias = "/v1.0/hrm/customEntryProcesses")]
    #[doc(alias = "GET /v1.0/hrm/customEntryProcesses")]
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
    /// `GET /v1.0/hrm/employees/dismissions`: DingTalk's `QueryDismissionStaffIdList` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_dismission_staff_id_list_pages`].
    #[doc(alias = "QueryDismissionStaffIdList")]
    #[doc(alias = "/v1.0/hrm/employees/dismissions")]
    #[doc(alias = "GET /v1.0/hrm/employees/dismissions")]
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
    /// `GET /v1.0/hrm/employees/dimissionInfos`: DingTalk's `QueryHrmEmployeeDismissionInfo` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryHrmEmployeeDismissionInfo")]
    #[doc(alias = "/v1.0/hrm/employees/dimissionInfos")]
    #[doc(alias = "GET /v1.0/hrm/employees/dimissionInfos")]
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
    /// `GET /v1.0/hrm/jobRanks`: DingTalk's `QueryJobRanks` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_job_ranks_pages`].
    #[doc(alias = "QueryJobRanks")]
    #[doc(alias = "/v1.0/hrm/jobRanks")]
    #[doc(alias = "GET /v1.0/hrm/jobRanks")]
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
    /// `GET /v1.0/hrm/jobs`: DingTalk's `QueryJobs` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_jobs_pages`].
    #[doc(alias = "QueryJobs")]
    #[doc(alias = "/v1.0/hrm/jobs")]
    #[doc(alias = "GET /v1.0/hrm/jobs")]
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
    /// `POST /v1.0/hrm/microApps/statuses/query`: DingTalk's `QueryMicroAppStatus` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMicroAppStatus")]
    #[doc(alias = "/v1.0/hrm/microApps/statuses/query")]
    #[doc(alias = "POST /v1.0/hrm/microApps/statuses/query")]
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
    /// `POST /v1.0/hrm/microApps/visibilities/query`: DingTalk's `QueryMicroAppView` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMicroAppView")]
    #[doc(alias = "/v1.0/hrm/microApps/visibilities/query")]
    #[doc(alias = "POST /v1.0/hrm/microApps/visibilities/query")]
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
    /// `POST /v1.0/hrm/positions/versions/query`: DingTalk's `QueryPositionVersion` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPositionVersion")]
    #[doc(alias = "/v1.0/hrm/positions/versions/query")]
    #[doc(alias = "POST /v1.0/hrm/positions/versions/query")]
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
    /// `POST /v1.0/hrm/positions/query`: DingTalk's `QueryPositions` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_positions_pages`].
    #[doc(alias = "QueryPositions")]
    #[doc(alias = "/v1.0/hrm/positions/query")]
    #[doc(alias = "POST /v1.0/hrm/positions/query")]
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
    /// `POST /v1.0/hrm/masters/signCenters/records/revoke`: DingTalk's `RevokeSignRecords` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RevokeSignRecords")]
    #[doc(alias = "/v1.0/hrm/masters/signCenters/records/revoke")]
    #[doc(alias = "POST /v1.0/hrm/masters/signCenters/records/revoke")]
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
    /// `POST /v1.0/hrm/pendingDismission/revoke`: DingTalk's `RevokeTermination` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RevokeTermination")]
    #[doc(alias = "/v1.0/hrm/pendingDismission/revoke")]
    #[doc(alias = "POST /v1.0/hrm/pendingDismission/revoke")]
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
    /// `GET /v1.0/hrm/rosters/meta/authorities/fields`: DingTalk's `RosterMetaAvailableFieldList` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RosterMetaAvailableFieldList")]
    #[doc(alias = "/v1.0/hrm/rosters/meta/authorities/fields")]
    #[doc(alias = "GET /v1.0/hrm/rosters/meta/authorities/fields")]
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
    /// `PUT /v1.0/hrm/rosters/meta/fields/options`: DingTalk's `RosterMetaFieldOptionsUpdate` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RosterMetaFieldOptionsUpdate")]
    #[doc(alias = "/v1.0/hrm/rosters/meta/fields/options")]
    #[doc(alias = "PUT /v1.0/hrm/rosters/meta/fields/options")]
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
    /// `POST /v1.0/hrm/cardMessages/send`: DingTalk's `SendIsvCardMessage` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendIsvCardMessage")]
    #[doc(alias = "/v1.0/hrm/cardMessages/send")]
    #[doc(alias = "POST /v1.0/hrm/cardMessages/send")]
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
    /// `POST /v1.0/hrm/realAuth/send`: DingTalk's `SendRealAuthInviteMessage` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendRealAuthInviteMessage")]
    #[doc(alias = "/v1.0/hrm/realAuth/send")]
    #[doc(alias = "POST /v1.0/hrm/realAuth/send")]
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
    /// `POST /v1.0/hrm/solutions/tasks/init`: DingTalk's `SolutionTaskInit` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SolutionTaskInit")]
    #[doc(alias = "/v1.0/hrm/solutions/tasks/init")]
    #[doc(alias = "POST /v1.0/hrm/solutions/tasks/init")]
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
    /// `POST /v1.0/hrm/solutions/tasks/save`: DingTalk's `SolutionTaskSave` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SolutionTaskSave")]
    #[doc(alias = "/v1.0/hrm/solutions/tasks/save")]
    #[doc(alias = "POST /v1.0/hrm/solutions/tasks/save")]
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
    /// `POST /v1.0/hrm/solutions/statuses/sync`: DingTalk's `SyncSolutionStatus` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncSolutionStatus")]
    #[doc(alias = "/v1.0/hrm/solutions/statuses/sync")]
    #[doc(alias = "POST /v1.0/hrm/solutions/statuses/sync")]
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
    /// `POST /v1.0/hrm/solutions/tasks/templates/sync`: DingTalk's `SyncTaskTemplate` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncTaskTemplate")]
    #[doc(alias = "/v1.0/hrm/solutions/tasks/templates/sync")]
    #[doc(alias = "POST /v1.0/hrm/solutions/tasks/templates/sync")]
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
    /// `POST /v1.0/hrm/customRosterField/update`: DingTalk's `UpdateCustomRosterField` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCustomRosterField")]
    #[doc(alias = "/v1.0/hrm/customRosterField/update")]
    #[doc(alias = "POST /v1.0/hrm/customRosterField/update")]
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
    /// `PUT /v1.0/hrm/pendingDismission/infos`: DingTalk's `UpdateEmpDismissionInfo` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateEmpDismissionInfo")]
    #[doc(alias = "/v1.0/hrm/pendingDismission/infos")]
    #[doc(alias = "PUT /v1.0/hrm/pendingDismission/infos")]
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
    /// `PUT /v1.0/hrm/masters/legalEntities/companyNames`: DingTalk's `UpdateHrmLegalEntityName` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateHrmLegalEntityName")]
    #[doc(alias = "/v1.0/hrm/masters/legalEntities/companyNames")]
    #[doc(alias = "PUT /v1.0/hrm/masters/legalEntities/companyNames")]
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
    /// `PUT /v1.0/hrm/masters/legalEntities/companies`: DingTalk's `UpdateHrmLegalEntityWithoutName` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateHrmLegalEntityWithoutName")]
    #[doc(alias = "/v1.0/hrm/masters/legalEntities/companies")]
    #[doc(alias = "PUT /v1.0/hrm/masters/legalEntities/companies")]
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
    /// `PUT /v1.0/hrm/versions/rollbackButtons/statuses`: DingTalk's `UpdateHrmVersionRollBackStatus` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateHrmVersionRollBackStatus")]
    #[doc(alias = "/v1.0/hrm/versions/rollbackButtons/statuses")]
    #[doc(alias = "PUT /v1.0/hrm/versions/rollbackButtons/statuses")]
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
    /// `PUT /v1.0/hrm/cardMessages`: DingTalk's `UpdateIsvCardMessage` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateIsvCardMessage")]
    #[doc(alias = "/v1.0/hrm/cardMessages")]
    #[doc(alias = "PUT /v1.0/hrm/cardMessages")]
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
    /// `POST /v1.0/hrm/rosterFieldForm/update`: DingTalk's `UpdateRosterFieldForm` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRosterFieldForm")]
    #[doc(alias = "/v1.0/hrm/rosterFieldForm/update")]
    #[doc(alias = "POST /v1.0/hrm/rosterFieldForm/update")]
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
    /// `POST /v1.0/hrm/attachments/upload`: DingTalk's `UploadAttachment` (module feature `hrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadAttachment")]
    #[doc(alias = "/v1.0/hrm/attachments/upload")]
    #[doc(alias = "POST /v1.0/hrm/attachments/upload")]
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
/// `AISaleAttachmentPermissonResponseBody`, a model several operations share: also named [`AISaleFlashMinutesAnalysisResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleAttachmentPermissonResponseBody { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleAttachmentPermissonResponseBody { "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `AISaleEntityCreateRequestFieldInstances`, a model several operations share: also named [`AISaleEntityUpdateRequestFieldInstances`].
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
rt::impl_serialize! {
    AISaleEntityCreateRequestFieldInstances { "fieldKey" => optional(field_key),
    "fieldValue" => optional(field_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityCreateRequestFieldInstances { "fieldKey" => read_field(field_key),
    "fieldValue" => read_field(field_value) }
}
/// `AISaleEntityCreateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityCreateResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityCreateResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleEntityDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityDetailResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityDetailResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
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
rt::impl_serialize! {
    AISaleEntityListRequestConditions { "fieldKey" => optional(field_key), "operator" =>
    optional(operator), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityListRequestConditions { "fieldKey" => read_field(field_key), "operator"
    => read_field(operator), "value" => read_field(value) }
}
/// `AISaleEntityListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityListResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityListResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleEntityUpdateRequestFieldInstances`: the same model as [`AISaleEntityCreateRequestFieldInstances`].
pub type AISaleEntityUpdateRequestFieldInstances = AISaleEntityCreateRequestFieldInstances;
/// `AISaleEntityUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityUpdateResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityUpdateResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleFlashMinutesAnalysisResponseBody`: the same model as [`AISaleAttachmentPermissonResponseBody`].
pub type AISaleFlashMinutesAnalysisResponseBody = AISaleAttachmentPermissonResponseBody;
/// `AISaleGetMemoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleGetMemoryResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleGetMemoryResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleSchemaGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleSchemaGetResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSchemaGetResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleSyncAiTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleSyncAiTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSyncAiTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AISaleTaskResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleTaskResultResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleTaskResultResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `AddCustomRosterFieldResponseBody`, a model several operations share: also named [`UpdateCustomRosterFieldResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddCustomRosterFieldResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCustomRosterFieldResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddHrmLegalEntityRequestExt`, a model several operations share: also named [`UpdateHrmLegalEntityWithoutNameRequestExt`].
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
rt::impl_serialize! {
    AddHrmLegalEntityRequestExt { "legalEntityEnName" => optional(legal_entity_en_name),
    "legalEntityEnShortName" => optional(legal_entity_en_short_name), "legalEntityType"
    => optional(legal_entity_type), "manageAddress" => optional(manage_address),
    "registrationAddress" => optional(registration_address), "registrationDate" =>
    optional(registration_date), "unifiedSocialCreditCode" =>
    optional(unified_social_credit_code), "zipCode" => optional(zip_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmLegalEntityRequestExt { "legalEntityEnName" =>
    read_field(legal_entity_en_name), "legalEntityEnShortName" =>
    read_field(legal_entity_en_short_name), "legalEntityType" =>
    read_field(legal_entity_type), "manageAddress" => read_field(manage_address),
    "registrationAddress" => read_field(registration_address), "registrationDate" =>
    read_field(registration_date), "unifiedSocialCreditCode" =>
    read_field(unified_social_credit_code), "zipCode" => read_field(zip_code) }
}
/// `AddHrmLegalEntityResponseBody`, a model several operations share: also named [`UpdateHrmLegalEntityNameResponseBody`], [`UpdateHrmLegalEntityWithoutNameResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddHrmLegalEntityResponseBody {
    /// `result`.
    pub result: Option<AddHrmLegalEntityResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddHrmLegalEntityResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddHrmLegalEntityResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    AddHrmPreentryRequestGroups { "groupId" => optional(group_id), "sections" =>
    optional(sections) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmPreentryRequestGroups { "groupId" => read_field(group_id), "sections" =>
    read_field(sections) }
}
/// `AddHrmPreentryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddHrmPreentryResponseBody {
    /// `tmpUserId`.
    pub tmp_user_id: Option<String>,
}
rt::impl_deserialize! {
    AddHrmPreentryResponseBody { "tmpUserId" => read_field(tmp_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddHrmPreentryResponseBody { "tmpUserId" => optional(tmp_user_id) }
}
/// `AddRosterFieldFormResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddRosterFieldFormResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRosterFieldFormResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `ConvertUnionIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBody {
    /// `result`.
    pub result: Option<ConvertUnionIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ConvertUnionIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConvertUnionIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    CreateRecordRequestAttachmentList { "fieldCode" => optional(field_code), "fieldName"
    => optional(field_name), "fieldType" => optional(field_type), "fieldValue" =>
    optional(field_value), "groupId" => optional(group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordRequestAttachmentList { "fieldCode" => read_field(field_code),
    "fieldName" => read_field(field_name), "fieldType" => read_field(field_type),
    "fieldValue" => read_field(field_value), "groupId" => read_field(group_id) }
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
rt::impl_serialize! {
    CreateRecordRequestFieldList { "fieldCode" => optional(field_code), "fieldName" =>
    optional(field_name), "fieldType" => optional(field_type), "fieldValue" =>
    optional(field_value), "groupId" => optional(group_id), "optionId" =>
    optional(option_id), "options" => optional(options), "signRequired" =>
    optional(sign_required), "userCustomField" => optional(user_custom_field) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordRequestFieldList { "fieldCode" => read_field(field_code), "fieldName" =>
    read_field(field_name), "fieldType" => read_field(field_type), "fieldValue" =>
    read_field(field_value), "groupId" => read_field(group_id), "optionId" =>
    read_field(option_id), "options" => read_field(options), "signRequired" =>
    read_field(sign_required), "userCustomField" => read_field(user_custom_field) }
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
rt::impl_serialize! {
    CreateRecordRequestGroupList { "detailFlag" => optional(detail_flag), "fieldList" =>
    optional(field_list), "groupId" => optional(group_id), "groupName" =>
    optional(group_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordRequestGroupList { "detailFlag" => read_field(detail_flag), "fieldList"
    => read_field(field_list), "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name) }
}
/// `CreateRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRecordResponseBody {
    /// `result`.
    pub result: Option<CreateRecordResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateRecordResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRecordResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeleteCustomRosterFieldResponseBody`, a model several operations share: also named [`DeleteRosterFieldFormResponseBody`], [`UpdateRosterFieldFormResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DeleteCustomRosterFieldResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteCustomRosterFieldResponseBody { "dingOpenErrcode" =>
    optional(ding_open_errcode), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `DeleteRosterFieldFormResponseBody`: the same model as [`DeleteCustomRosterFieldResponseBody`].
pub type DeleteRosterFieldFormResponseBody = DeleteCustomRosterFieldResponseBody;
/// `DeviceMarketManagerResponseBody`, a model several operations share: also named [`DeviceMarketOrderManagerResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceMarketManagerResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    DeviceMarketManagerResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeviceMarketManagerResponseBody { "requestId" => optional(request_id) }
}
/// `DeviceMarketOrderManagerResponseBody`: the same model as [`DeviceMarketManagerResponseBody`].
pub type DeviceMarketOrderManagerResponseBody = DeviceMarketManagerResponseBody;
/// `ECertQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ECertQueryResponseBody { "certNO" => read_field(cert_no), "employJobId" =>
    read_field(employ_job_id), "employJobIdLabel" => read_field(employ_job_id_label),
    "employPositionId" => read_field(employ_position_id), "employPositionIdLabel" =>
    read_field(employ_position_id_label), "employPositionRankId" =>
    read_field(employ_position_rank_id), "employPositionRankIdLabel" =>
    read_field(employ_position_rank_id_label), "hiredDate" => read_field(hired_date),
    "lastWorkDay" => read_field(last_work_day), "mainDeptId" => read_field(main_dept_id),
    "mainDeptName" => read_field(main_dept_name), "name" => read_field(name), "realName"
    => read_field(real_name), "terminationReasonPassive" =>
    read_field(termination_reason_passive), "terminationReasonVoluntary" =>
    read_field(termination_reason_voluntary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ECertQueryResponseBody { "certNO" => optional(cert_no), "employJobId" =>
    optional(employ_job_id), "employJobIdLabel" => optional(employ_job_id_label),
    "employPositionId" => optional(employ_position_id), "employPositionIdLabel" =>
    optional(employ_position_id_label), "employPositionRankId" =>
    optional(employ_position_rank_id), "employPositionRankIdLabel" =>
    optional(employ_position_rank_id_label), "hiredDate" => optional(hired_date),
    "lastWorkDay" => optional(last_work_day), "mainDeptId" => optional(main_dept_id),
    "mainDeptName" => optional(main_dept_name), "name" => optional(name), "realName" =>
    optional(real_name), "terminationReasonPassive" =>
    optional(termination_reason_passive), "terminationReasonVoluntary" =>
    optional(termination_reason_voluntary) }
}
/// `EmpStartDismissionResponseBody`, a model several operations share: also named [`RevokeTerminationResponseBody`], [`UpdateEmpDismissionInfoResponseBody`], [`UpdateHrmVersionRollBackStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EmpStartDismissionResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EmpStartDismissionResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EmpStartDismissionResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result), "success" => optional(success) }
}
/// `EmployeeAttachmentUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EmployeeAttachmentUpdateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    EmployeeAttachmentUpdateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EmployeeAttachmentUpdateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `EsignRollbackResponseBody`, a model several operations share: also named [`HrmProcessRegularResponseBody`], [`HrmProcessUpdateTerminationInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EsignRollbackResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    EsignRollbackResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EsignRollbackResponseBody { "result" => optional(result) }
}
/// `GetAllDismissionReasonsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetAllDismissionReasonsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetAllDismissionReasonsResponseBody { "requestId" => read_field(request_id), "result"
    => read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllDismissionReasonsResponseBody { "requestId" => optional(request_id), "result"
    => optional(result), "success" => optional(success) }
}
/// `GetDismissionRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBody {
    /// `result`.
    pub result: Option<GetDismissionRecordResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDismissionRecordResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDismissionRecordResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetEmployeeRosterByFieldResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBody {
    /// `result`.
    pub result: Option<Vec<GetEmployeeRosterByFieldResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetEmployeeRosterByFieldResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeRosterByFieldResponseBody { "result" => optional(result) }
}
/// `GetFileTemplateListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBody {
    /// `result`.
    pub result: Option<GetFileTemplateListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFileTemplateListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileTemplateListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSignRecordByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignRecordByIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSignRecordByIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetSignRecordByIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignRecordByIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSignRecordByUserIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignRecordByUserIdResponseBody {
    /// `result`.
    pub result: Option<GetSignRecordByUserIdResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetSignRecordByUserIdResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignRecordByUserIdResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetUserSignedRecordsByOuterIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserSignedRecordsByOuterIdResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserSignedRecordsByOuterIdResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetUserSignedRecordsByOuterIdResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserSignedRecordsByOuterIdResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `HrmAuthResourcesQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<HrmAuthResourcesQueryResponseBodyResult>>,
}
rt::impl_deserialize! {
    HrmAuthResourcesQueryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmAuthResourcesQueryResponseBody { "result" => optional(result) }
}
/// `HrmBenefitQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrmBenefitQueryResponseBody {
    /// `result`.
    pub result: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    HrmBenefitQueryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmBenefitQueryResponseBody { "result" => optional(result) }
}
/// `HrmCorpConfigQueryResponseBody`, a model several operations share: also named [`HrmMailSendResponseBody`], [`QueryPositionVersionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrmCorpConfigQueryResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    HrmCorpConfigQueryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmCorpConfigQueryResponseBody { "result" => optional(result) }
}
/// `HrmMailSendRequestMail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmMailSendRequestMail`], each named where it is set: `HrmMailSendRequestMail::new(HrmMailSendRequestMailRequired { .. })`.
pub struct HrmMailSendRequestMailRequired {
    /// `content`: see [`HrmMailSendRequestMail::content`].
    pub content: String,
    /// `receiverAddress`: see [`HrmMailSendRequestMail::receiver_address`].
    pub receiver_address: String,
    /// `senderAlias`: see [`HrmMailSendRequestMail::sender_alias`].
    pub sender_alias: String,
    /// `subject`: see [`HrmMailSendRequestMail::subject`].
    pub subject: String,
}
impl HrmMailSendRequestMail {
    /// A `HrmMailSendRequestMail` with its required fields (`content`, `receiverAddress`, `senderAlias`, `subject`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestMailRequired) -> Self {
        let HrmMailSendRequestMailRequired {
            content,
            receiver_address,
            sender_alias,
            subject,
        } = required;
        Self {
            attachments: None,
            bcc_address: None,
            cc_address: None,
            content,
            meeting: None,
            receiver_address,
            sender_alias,
            subject,
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
rt::impl_serialize! {
    HrmMailSendRequestMail { "attachments" => optional(attachments), "bccAddress" =>
    optional(bcc_address), "ccAddress" => optional(cc_address), "content" =>
    field(content), "meeting" => optional(meeting), "receiverAddress" =>
    field(receiver_address), "senderAlias" => field(sender_alias), "subject" =>
    field(subject) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestMail { "attachments" => read_field(attachments), "bccAddress" =>
    read_field(bcc_address), "ccAddress" => read_field(cc_address), "content" =>
    read_field(content), "meeting" => read_field(meeting), "receiverAddress" =>
    read_field(receiver_address), "senderAlias" => read_field(sender_alias), "subject" =>
    read_field(subject) }
}
/// `HrmMailSendRequestOperator`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestOperator {
    /// `bizId`.
    pub biz_id: String,
    /// `mailAccountType`.
    pub mail_account_type: String,
    /// `token`.
    pub token: String,
}
/// The required fields of [`HrmMailSendRequestOperator`], each named where it is set: `HrmMailSendRequestOperator::new(HrmMailSendRequestOperatorRequired { .. })`.
pub struct HrmMailSendRequestOperatorRequired {
    /// `bizId`: see [`HrmMailSendRequestOperator::biz_id`].
    pub biz_id: String,
    /// `mailAccountType`: see [`HrmMailSendRequestOperator::mail_account_type`].
    pub mail_account_type: String,
    /// `token`: see [`HrmMailSendRequestOperator::token`].
    pub token: String,
}
impl HrmMailSendRequestOperator {
    /// A `HrmMailSendRequestOperator` with its required fields (`bizId`, `mailAccountType`, `token`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestOperatorRequired) -> Self {
        let HrmMailSendRequestOperatorRequired { biz_id, mail_account_type, token } = required;
        Self {
            biz_id,
            mail_account_type,
            token,
        }
    }
}
rt::impl_serialize! {
    HrmMailSendRequestOperator { "bizId" => field(biz_id), "mailAccountType" =>
    field(mail_account_type), "token" => field(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestOperator { "bizId" => read_field(biz_id), "mailAccountType" =>
    read_field(mail_account_type), "token" => read_field(token) }
}
/// `HrmMailSendResponseBody`: the same model as [`HrmCorpConfigQueryResponseBody`].
pub type HrmMailSendResponseBody = HrmCorpConfigQueryResponseBody;
/// `HrmMokaEventResponseBody`, a model several operations share: also named [`HrmProcessTerminationAndHandoverResponseBody`], [`HrmProcessTransferResponseBody`], [`RosterMetaFieldOptionsUpdateResponseBody`], [`SolutionTaskInitResponseBody`], [`SolutionTaskSaveResponseBody`], [`SyncSolutionStatusResponseBody`], [`SyncTaskTemplateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrmMokaEventResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    HrmMokaEventResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmMokaEventResponseBody { "result" => optional(result) }
}
/// `HrmMokaOapiResponseBody`, a model several operations share: also named [`HrmPtsServiceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    HrmMokaOapiResponseBody { "bizSuccess" => read_field(biz_success), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmMokaOapiResponseBody { "bizSuccess" => optional(biz_success), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "result" => optional(result)
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
/// `InvalidSignRecordsResponseBody`, a model several operations share: also named [`RevokeSignRecordsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBody {
    /// `result`.
    pub result: Option<InvalidSignRecordsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    InvalidSignRecordsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvalidSignRecordsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `MasterDataDeleteRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`MasterDataDeleteRequestBody`], each named where it is set: `MasterDataDeleteRequestBody::new(MasterDataDeleteRequestBodyRequired { .. })`.
pub struct MasterDataDeleteRequestBodyRequired {
    /// `bizTime`: see [`MasterDataDeleteRequestBody::biz_time`].
    pub biz_time: i64,
    /// `bizUk`: see [`MasterDataDeleteRequestBody::biz_uk`].
    pub biz_uk: String,
    /// `scope`: see [`MasterDataDeleteRequestBody::scope`].
    pub scope: MasterDataDeleteRequestBodyScope,
}
impl MasterDataDeleteRequestBody {
    /// A `MasterDataDeleteRequestBody` with its required fields (`bizTime`, `bizUk`, `scope`); set the others with the methods named after them.
    pub fn new(required: MasterDataDeleteRequestBodyRequired) -> Self {
        let MasterDataDeleteRequestBodyRequired { biz_time, biz_uk, scope } = required;
        Self {
            biz_time,
            biz_uk,
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
rt::impl_serialize! {
    MasterDataDeleteRequestBody { "bizTime" => field(biz_time), "bizUk" => field(biz_uk),
    "entityCode" => optional(entity_code), "fieldList" => optional(field_list), "scope"
    => field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataDeleteRequestBody { "bizTime" => read_field(biz_time), "bizUk" =>
    read_field(biz_uk), "entityCode" => read_field(entity_code), "fieldList" =>
    read_field(field_list), "scope" => read_field(scope) }
}
/// `MasterDataDeleteResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MasterDataDeleteResponseBody {
    /// `allSuccess`.
    pub all_success: Option<bool>,
    /// `failResult`.
    pub fail_result: Option<Vec<MasterDataDeleteResponseBodyFailResult>>,
}
rt::impl_deserialize! {
    MasterDataDeleteResponseBody { "allSuccess" => read_field(all_success), "failResult"
    => read_field(fail_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataDeleteResponseBody { "allSuccess" => optional(all_success), "failResult" =>
    optional(fail_result) }
}
/// `MasterDataQueryRequestQueryParams`, a model several operations share: also named [`MasterDatasQueryRequestQueryParams`].
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
rt::impl_serialize! {
    MasterDataQueryRequestQueryParams { "conditionList" => optional(condition_list),
    "fieldCode" => optional(field_code), "joinType" => optional(join_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataQueryRequestQueryParams { "conditionList" => read_field(condition_list),
    "fieldCode" => read_field(field_code), "joinType" => read_field(join_type) }
}
/// `MasterDataQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataQueryResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "result" => read_field(result), "success" =>
    read_field(success), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataQueryResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "result" => optional(result), "success" => optional(success),
    "total" => optional(total) }
}
/// `MasterDataSaveRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`MasterDataSaveRequestBody`], each named where it is set: `MasterDataSaveRequestBody::new(MasterDataSaveRequestBodyRequired { .. })`.
pub struct MasterDataSaveRequestBodyRequired {
    /// `bizTime`: see [`MasterDataSaveRequestBody::biz_time`].
    pub biz_time: i64,
    /// `bizUk`: see [`MasterDataSaveRequestBody::biz_uk`].
    pub biz_uk: String,
    /// `fieldList`: see [`MasterDataSaveRequestBody::field_list`].
    pub field_list: Vec<MasterDataSaveRequestBodyFieldList>,
    /// `scope`: see [`MasterDataSaveRequestBody::scope`].
    pub scope: MasterDataSaveRequestBodyScope,
    /// `userId`: see [`MasterDataSaveRequestBody::user_id`].
    pub user_id: String,
}
impl MasterDataSaveRequestBody {
    /// A `MasterDataSaveRequestBody` with its required fields (`bizTime`, `bizUk`, `fieldList`, `scope`, `userId`); set the others with the methods named after them.
    pub fn new(required: MasterDataSaveRequestBodyRequired) -> Self {
        let MasterDataSaveRequestBodyRequired {
            biz_time,
            biz_uk,
            field_list,
            scope,
            user_id,
        } = required;
        Self {
            biz_time,
            biz_uk,
            entity_code: None,
            field_list,
            scope,
            user_id,
        }
    }
    /// Sets `entityCode`.
    pub fn entity_code(mut self, value: impl Into<String>) -> Self {
        self.entity_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MasterDataSaveRequestBody { "bizTime" => field(biz_time), "bizUk" => field(biz_uk),
    "entityCode" => optional(entity_code), "fieldList" => field(field_list), "scope" =>
    field(scope), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataSaveRequestBody { "bizTime" => read_field(biz_time), "bizUk" =>
    read_field(biz_uk), "entityCode" => read_field(entity_code), "fieldList" =>
    read_field(field_list), "scope" => read_field(scope), "userId" => read_field(user_id)
    }
}
/// `MasterDataSaveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MasterDataSaveResponseBody {
    /// `allSuccess`.
    pub all_success: Option<bool>,
    /// `failResult`.
    pub fail_result: Option<Vec<MasterDataSaveResponseBodyFailResult>>,
}
rt::impl_deserialize! {
    MasterDataSaveResponseBody { "allSuccess" => read_field(all_success), "failResult" =>
    read_field(fail_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataSaveResponseBody { "allSuccess" => optional(all_success), "failResult" =>
    optional(fail_result) }
}
/// `MasterDataTenantQueyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MasterDataTenantQueyResponseBody {
    /// `result`.
    pub result: Option<Vec<MasterDataTenantQueyResponseBodyResult>>,
}
rt::impl_deserialize! {
    MasterDataTenantQueyResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataTenantQueyResponseBody { "result" => optional(result) }
}
/// `MasterDatasGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MasterDatasGetResponseBody {
    /// `result`.
    pub result: Option<MasterDatasGetResponseBodyResult>,
}
rt::impl_deserialize! {
    MasterDatasGetResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDatasGetResponseBody { "result" => optional(result) }
}
/// `MasterDatasQueryRequestQueryParams`: the same model as [`MasterDataQueryRequestQueryParams`].
pub type MasterDatasQueryRequestQueryParams = MasterDataQueryRequestQueryParams;
/// `MasterDatasQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDatasQueryResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "result" => read_field(result), "success" =>
    read_field(success), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDatasQueryResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "result" => optional(result), "success" => optional(success),
    "total" => optional(total) }
}
/// `OpenOemMicroAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenOemMicroAppResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenOemMicroAppResponseBody { "requestId" => read_field(request_id), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenOemMicroAppResponseBody { "requestId" => optional(request_id), "success" =>
    optional(success) }
}
/// `QueryCustomEntryProcessesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomEntryProcessesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomEntryProcessesResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryCustomEntryProcessesResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomEntryProcessesResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `QueryDismissionStaffIdListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDismissionStaffIdListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryDismissionStaffIdListResponseBody { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDismissionStaffIdListResponseBody { "hasMore" => optional(has_more), "nextToken"
    => optional(next_token), "userIdList" => optional(user_id_list) }
}
/// `QueryHrmEmployeeDismissionInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryHrmEmployeeDismissionInfoResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryHrmEmployeeDismissionInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHrmEmployeeDismissionInfoResponseBody { "result" => optional(result) }
}
/// `QueryJobRanksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobRanksResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryJobRanksResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryJobRanksResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobRanksResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `QueryJobsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryJobsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryJobsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobsResponseBody { "hasMore" => optional(has_more), "list" => optional(list),
    "nextToken" => optional(next_token) }
}
/// `QueryMicroAppStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMicroAppStatusResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, ResultValue>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryMicroAppStatusResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMicroAppStatusResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result), "success" => optional(success) }
}
/// `QueryMicroAppViewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMicroAppViewResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, bool>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryMicroAppViewResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMicroAppViewResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result), "success" => optional(success) }
}
/// `QueryPositionVersionResponseBody`: the same model as [`HrmCorpConfigQueryResponseBody`].
pub type QueryPositionVersionResponseBody = HrmCorpConfigQueryResponseBody;
/// `QueryPositionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPositionsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryPositionsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryPositionsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPositionsResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `RevokeSignRecordsResponseBody`: the same model as [`InvalidSignRecordsResponseBody`].
pub type RevokeSignRecordsResponseBody = InvalidSignRecordsResponseBody;
/// `RevokeTerminationResponseBody`: the same model as [`EmpStartDismissionResponseBody`].
pub type RevokeTerminationResponseBody = EmpStartDismissionResponseBody;
/// `RosterMetaAvailableFieldListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RosterMetaAvailableFieldListResponseBody {
    /// `result`.
    pub result: Option<Vec<RosterMetaAvailableFieldListResponseBodyResult>>,
}
rt::impl_deserialize! {
    RosterMetaAvailableFieldListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RosterMetaAvailableFieldListResponseBody { "result" => optional(result) }
}
/// `RosterMetaFieldOptionsUpdateResponseBody`: the same model as [`HrmMokaEventResponseBody`].
pub type RosterMetaFieldOptionsUpdateResponseBody = HrmMokaEventResponseBody;
/// `SendIsvCardMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SendIsvCardMessageResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "hrmInteractiveCardSendResult" =>
    read_field(hrm_interactive_card_send_result), "requestId" => read_field(request_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendIsvCardMessageResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "hrmInteractiveCardSendResult" =>
    optional(hrm_interactive_card_send_result), "requestId" => optional(request_id),
    "success" => optional(success) }
}
/// `SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO`], each named where it is set: `SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO::new(SendRealAuthInviteMessageRequestOnWorkingEmpSearchVORequired { .. })`.
pub struct SendRealAuthInviteMessageRequestOnWorkingEmpSearchVORequired {
    /// `userIds`: see [`SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO::user_ids`].
    pub user_ids: Vec<String>,
}
impl SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO {
    /// A `SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(
        required: SendRealAuthInviteMessageRequestOnWorkingEmpSearchVORequired,
    ) -> Self {
        let SendRealAuthInviteMessageRequestOnWorkingEmpSearchVORequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO { "userIds" =>
    read_field(user_ids) }
}
/// `SendRealAuthInviteMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SendRealAuthInviteMessageResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendRealAuthInviteMessageResponseBody { "dingOpenErrcode" =>
    optional(ding_open_errcode), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
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
rt::impl_serialize! {
    SyncTaskTemplateRequestTaskScopeVO { "deptIds" => optional(dept_ids), "positionIds"
    => optional(position_ids), "roleIds" => optional(role_ids), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTaskTemplateRequestTaskScopeVO { "deptIds" => read_field(dept_ids), "positionIds"
    => read_field(position_ids), "roleIds" => read_field(role_ids), "userIds" =>
    read_field(user_ids) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    UpdateIsvCardMessageResponseBody { "errorCode" => read_field(error_code), "errorMsg"
    => read_field(error_msg), "requestId" => read_field(request_id), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateIsvCardMessageResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "requestId" => optional(request_id), "success" =>
    optional(success) }
}
/// `UpdateRosterFieldFormResponseBody`: the same model as [`DeleteCustomRosterFieldResponseBody`].
pub type UpdateRosterFieldFormResponseBody = DeleteCustomRosterFieldResponseBody;
/// `UploadAttachmentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadAttachmentResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UploadAttachmentResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadAttachmentResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AISaleEntityCreateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBodyResult {
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldInstances`.
    pub field_instances: Option<Vec<AISaleEntityCreateResponseBodyResultFieldInstances>>,
}
rt::impl_deserialize! {
    AISaleEntityCreateResponseBodyResult { "entityId" => read_field(entity_id),
    "entityType" => read_field(entity_type), "fieldInstances" =>
    read_field(field_instances) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityCreateResponseBodyResult { "entityId" => optional(entity_id),
    "entityType" => optional(entity_type), "fieldInstances" => optional(field_instances)
    }
}
/// `AISaleEntityDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityDetailResponseBodyResult { "entityId" => read_field(entity_id),
    "entityType" => read_field(entity_type), "fieldInstances" =>
    read_field(field_instances), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityDetailResponseBodyResult { "entityId" => optional(entity_id),
    "entityType" => optional(entity_type), "fieldInstances" => optional(field_instances),
    "userId" => optional(user_id) }
}
/// `AISaleEntityListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityListResponseBodyResult { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextCursor" => read_field(next_cursor), "pageSize" =>
    read_field(page_size) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityListResponseBodyResult { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextCursor" => optional(next_cursor), "pageSize" =>
    optional(page_size) }
}
/// `AISaleEntityUpdateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityUpdateResponseBodyResult { "entityId" => read_field(entity_id),
    "entityType" => read_field(entity_type), "fieldInstances" =>
    read_field(field_instances), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityUpdateResponseBodyResult { "entityId" => optional(entity_id),
    "entityType" => optional(entity_type), "fieldInstances" => optional(field_instances),
    "userId" => optional(user_id) }
}
/// `AISaleGetMemoryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleGetMemoryResponseBodyResult { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextCursor" => read_field(next_cursor), "pageSize" =>
    read_field(page_size), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleGetMemoryResponseBodyResult { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextCursor" => optional(next_cursor), "pageSize" =>
    optional(page_size), "total" => optional(total) }
}
/// `AISaleSchemaGetResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AISaleSchemaGetResponseBodyResult {
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fields`.
    pub fields: Option<Vec<AISaleSchemaGetResponseBodyResultFields>>,
}
rt::impl_deserialize! {
    AISaleSchemaGetResponseBodyResult { "entityType" => read_field(entity_type), "fields"
    => read_field(fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSchemaGetResponseBodyResult { "entityType" => optional(entity_type), "fields"
    => optional(fields) }
}
/// `AISaleSyncAiTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AISaleSyncAiTaskResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    AISaleSyncAiTaskResponseBodyResult { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSyncAiTaskResponseBodyResult { "content" => optional(content) }
}
/// `AISaleTaskResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AISaleTaskResultResponseBodyResult {
    /// `taskResult`.
    pub task_result: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<i64>,
}
rt::impl_deserialize! {
    AISaleTaskResultResponseBodyResult { "taskResult" => read_field(task_result),
    "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleTaskResultResponseBodyResult { "taskResult" => optional(task_result),
    "taskStatus" => optional(task_status) }
}
/// `AddCustomRosterFieldResponseBodyResult`, a model several operations share: also named [`UpdateCustomRosterFieldResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddCustomRosterFieldResponseBodyResult { "contactClientFlag" =>
    read_field(contact_client_flag), "contactFlag" => read_field(contact_flag),
    "contactSource" => read_field(contact_source), "contactSystemFlag" =>
    read_field(contact_system_flag), "deleted" => read_field(deleted), "derived" =>
    read_field(derived), "disabled" => read_field(disabled), "editFromEmployeeFlag" =>
    read_field(edit_from_employee_flag), "editableByHr" => read_field(editable_by_hr),
    "fieldCode" => read_field(field_code), "fieldName" => read_field(field_name),
    "fieldTip" => read_field(field_tip), "fieldType" => read_field(field_type), "groupId"
    => read_field(group_id), "hiddenFromEmployeeFlag" =>
    read_field(hidden_from_employee_flag), "hint" => read_field(hint), "historyField" =>
    read_field(history_field), "index" => read_field(index), "modifyOptions" =>
    read_field(modify_options), "noWatermark" => read_field(no_watermark),
    "numberDecimalPlace" => read_field(number_decimal_place), "numberFormatType" =>
    read_field(number_format_type), "numberValueType" => read_field(number_value_type),
    "optionText" => read_field(option_text), "required" => read_field(required),
    "sourceFieldCode" => read_field(source_field_code), "systemFlag" =>
    read_field(system_flag), "textToSelectField" => read_field(text_to_select_field),
    "value" => read_field(value), "visibleByEmp" => read_field(visible_by_emp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCustomRosterFieldResponseBodyResult { "contactClientFlag" =>
    optional(contact_client_flag), "contactFlag" => optional(contact_flag),
    "contactSource" => optional(contact_source), "contactSystemFlag" =>
    optional(contact_system_flag), "deleted" => optional(deleted), "derived" =>
    optional(derived), "disabled" => optional(disabled), "editFromEmployeeFlag" =>
    optional(edit_from_employee_flag), "editableByHr" => optional(editable_by_hr),
    "fieldCode" => optional(field_code), "fieldName" => optional(field_name), "fieldTip"
    => optional(field_tip), "fieldType" => optional(field_type), "groupId" =>
    optional(group_id), "hiddenFromEmployeeFlag" => optional(hidden_from_employee_flag),
    "hint" => optional(hint), "historyField" => optional(history_field), "index" =>
    optional(index), "modifyOptions" => optional(modify_options), "noWatermark" =>
    optional(no_watermark), "numberDecimalPlace" => optional(number_decimal_place),
    "numberFormatType" => optional(number_format_type), "numberValueType" =>
    optional(number_value_type), "optionText" => optional(option_text), "required" =>
    optional(required), "sourceFieldCode" => optional(source_field_code), "systemFlag" =>
    optional(system_flag), "textToSelectField" => optional(text_to_select_field), "value"
    => optional(value), "visibleByEmp" => optional(visible_by_emp) }
}
/// `AddHrmLegalEntityRequestExtManageAddress`, a model several operations share: also named [`AddHrmLegalEntityRequestExtRegistrationAddress`], [`UpdateHrmLegalEntityWithoutNameRequestExtManageAddress`], [`UpdateHrmLegalEntityWithoutNameRequestExtRegistrationAddress`].
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
rt::impl_serialize! {
    AddHrmLegalEntityRequestExtManageAddress { "areaCode" => optional(area_code),
    "areaName" => optional(area_name), "cityCode" => optional(city_code), "cityName" =>
    optional(city_name), "countryCode" => optional(country_code), "countryName" =>
    optional(country_name), "detailAddress" => optional(detail_address), "globalAreaType"
    => optional(global_area_type), "provinceCode" => optional(province_code),
    "provinceName" => optional(province_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmLegalEntityRequestExtManageAddress { "areaCode" => read_field(area_code),
    "areaName" => read_field(area_name), "cityCode" => read_field(city_code), "cityName"
    => read_field(city_name), "countryCode" => read_field(country_code), "countryName" =>
    read_field(country_name), "detailAddress" => read_field(detail_address),
    "globalAreaType" => read_field(global_area_type), "provinceCode" =>
    read_field(province_code), "provinceName" => read_field(province_name) }
}
/// `AddHrmLegalEntityRequestExtRegistrationAddress`: the same model as [`AddHrmLegalEntityRequestExtManageAddress`].
pub type AddHrmLegalEntityRequestExtRegistrationAddress = AddHrmLegalEntityRequestExtManageAddress;
/// `AddHrmLegalEntityResponseBodyResult`, a model several operations share: also named [`UpdateHrmLegalEntityNameResponseBodyResult`], [`UpdateHrmLegalEntityWithoutNameResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddHrmLegalEntityResponseBodyResult { "corpId" => read_field(corp_id), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "legalEntityId" =>
    read_field(legal_entity_id), "legalEntityName" => read_field(legal_entity_name),
    "legalEntityShortName" => read_field(legal_entity_short_name), "legalEntityStatus" =>
    read_field(legal_entity_status), "legalPersonName" => read_field(legal_person_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddHrmLegalEntityResponseBodyResult { "corpId" => optional(corp_id), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "legalEntityId" =>
    optional(legal_entity_id), "legalEntityName" => optional(legal_entity_name),
    "legalEntityShortName" => optional(legal_entity_short_name), "legalEntityStatus" =>
    optional(legal_entity_status), "legalPersonName" => optional(legal_person_name) }
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
rt::impl_serialize! {
    AddHrmPreentryRequestGroupsSections { "empFieldVOList" =>
    optional(emp_field_vo_list), "oldIndex" => optional(old_index) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmPreentryRequestGroupsSections { "empFieldVOList" =>
    read_field(emp_field_vo_list), "oldIndex" => read_field(old_index) }
}
/// `AddRosterFieldFormResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddRosterFieldFormResponseBodyResult { "bizGroupId" => read_field(biz_group_id),
    "content" => read_field(content), "corpId" => read_field(corp_id), "deleteFlag" =>
    read_field(delete_flag), "detail" => read_field(detail), "formId" =>
    read_field(form_id), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "icon" => read_field(icon), "id" => read_field(id), "memo"
    => read_field(memo), "name" => read_field(name), "sortOrder" =>
    read_field(sort_order), "versionId" => read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRosterFieldFormResponseBodyResult { "bizGroupId" => optional(biz_group_id),
    "content" => optional(content), "corpId" => optional(corp_id), "deleteFlag" =>
    optional(delete_flag), "detail" => optional(detail), "formId" => optional(form_id),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon"
    => optional(icon), "id" => optional(id), "memo" => optional(memo), "name" =>
    optional(name), "sortOrder" => optional(sort_order), "versionId" =>
    optional(version_id) }
}
/// `ConvertUnionIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `isvUserUnionIdVOList`.
    pub isv_user_union_id_vo_list: Option<
        Vec<ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList>,
    >,
}
rt::impl_deserialize! {
    ConvertUnionIdResponseBodyResult { "corpId" => read_field(corp_id),
    "isvUserUnionIdVOList" => read_field(isv_user_union_id_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConvertUnionIdResponseBodyResult { "corpId" => optional(corp_id),
    "isvUserUnionIdVOList" => optional(isv_user_union_id_vo_list) }
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
rt::impl_serialize! {
    CreateRecordRequestGroupListFieldList { "fieldCode" => optional(field_code),
    "fieldName" => optional(field_name), "fieldType" => optional(field_type),
    "fieldValue" => optional(field_value), "options" => optional(options), "optionId" =>
    optional(option_id), "groupId" => optional(group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordRequestGroupListFieldList { "fieldCode" => read_field(field_code),
    "fieldName" => read_field(field_name), "fieldType" => read_field(field_type),
    "fieldValue" => read_field(field_value), "options" => read_field(options), "optionId"
    => read_field(option_id), "groupId" => read_field(group_id) }
}
/// `CreateRecordResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRecordResponseBodyResult {
    /// `details`.
    pub details: Option<String>,
    /// `itemId`.
    pub item_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    CreateRecordResponseBodyResult { "details" => read_field(details), "itemId" =>
    read_field(item_id), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRecordResponseBodyResult { "details" => optional(details), "itemId" =>
    optional(item_id), "type" => optional(r#type) }
}
/// `GetAllDismissionReasonsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBodyResult {
    /// `passiveList`.
    pub passive_list: Option<Vec<GetAllDismissionReasonsResponseBodyResultPassiveList>>,
    /// `voluntaryList`.
    pub voluntary_list: Option<
        Vec<GetAllDismissionReasonsResponseBodyResultVoluntaryList>,
    >,
}
rt::impl_deserialize! {
    GetAllDismissionReasonsResponseBodyResult { "passiveList" =>
    read_field(passive_list), "voluntaryList" => read_field(voluntary_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllDismissionReasonsResponseBodyResult { "passiveList" => optional(passive_list),
    "voluntaryList" => optional(voluntary_list) }
}
/// `GetDismissionRecordResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetDismissionRecordResponseBodyResultList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
rt::impl_deserialize! {
    GetDismissionRecordResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDismissionRecordResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor) }
}
/// `GetEmployeeRosterByFieldResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetEmployeeRosterByFieldResponseBodyResult { "corpId" => read_field(corp_id),
    "fieldDataList" => read_field(field_data_list), "unionId" => read_field(union_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeRosterByFieldResponseBodyResult { "corpId" => optional(corp_id),
    "fieldDataList" => optional(field_data_list), "unionId" => optional(union_id),
    "userId" => optional(user_id) }
}
/// `GetFileTemplateListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileTemplateListResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<GetFileTemplateListResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetFileTemplateListResponseBodyResult { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileTemplateListResponseBodyResult { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetSignRecordByIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSignRecordByIdResponseBodyResult { "corpId" => read_field(corp_id), "remark" =>
    read_field(remark), "signExpireTime" => read_field(sign_expire_time), "signFileName"
    => read_field(sign_file_name), "signFinishTime" => read_field(sign_finish_time),
    "signLegalEntityName" => read_field(sign_legal_entity_name), "signRecordId" =>
    read_field(sign_record_id), "signStartTime" => read_field(sign_start_time),
    "signStatus" => read_field(sign_status), "signStatusRemarks" =>
    read_field(sign_status_remarks), "signTemplateType" =>
    read_field(sign_template_type), "signUserId" => read_field(sign_user_id),
    "signUserName" => read_field(sign_user_name), "signWay" => read_field(sign_way) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignRecordByIdResponseBodyResult { "corpId" => optional(corp_id), "remark" =>
    optional(remark), "signExpireTime" => optional(sign_expire_time), "signFileName" =>
    optional(sign_file_name), "signFinishTime" => optional(sign_finish_time),
    "signLegalEntityName" => optional(sign_legal_entity_name), "signRecordId" =>
    optional(sign_record_id), "signStartTime" => optional(sign_start_time), "signStatus"
    => optional(sign_status), "signStatusRemarks" => optional(sign_status_remarks),
    "signTemplateType" => optional(sign_template_type), "signUserId" =>
    optional(sign_user_id), "signUserName" => optional(sign_user_name), "signWay" =>
    optional(sign_way) }
}
/// `GetSignRecordByUserIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignRecordByUserIdResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<GetSignRecordByUserIdResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetSignRecordByUserIdResponseBodyResult { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignRecordByUserIdResponseBodyResult { "data" => optional(data), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetUserSignedRecordsByOuterIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserSignedRecordsByOuterIdResponseBodyResult { "corpId" => read_field(corp_id),
    "outerId" => read_field(outer_id), "remark" => read_field(remark), "signExpireTime"
    => read_field(sign_expire_time), "signFileName" => read_field(sign_file_name),
    "signFileUrl" => read_field(sign_file_url), "signFinishTime" =>
    read_field(sign_finish_time), "signLegalEntityName" =>
    read_field(sign_legal_entity_name), "signRecordId" => read_field(sign_record_id),
    "signStartTime" => read_field(sign_start_time), "signStatus" =>
    read_field(sign_status), "signStatusRemarks" => read_field(sign_status_remarks),
    "signTemplateType" => read_field(sign_template_type), "signUserId" =>
    read_field(sign_user_id), "signUserName" => read_field(sign_user_name), "signWay" =>
    read_field(sign_way) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserSignedRecordsByOuterIdResponseBodyResult { "corpId" => optional(corp_id),
    "outerId" => optional(outer_id), "remark" => optional(remark), "signExpireTime" =>
    optional(sign_expire_time), "signFileName" => optional(sign_file_name), "signFileUrl"
    => optional(sign_file_url), "signFinishTime" => optional(sign_finish_time),
    "signLegalEntityName" => optional(sign_legal_entity_name), "signRecordId" =>
    optional(sign_record_id), "signStartTime" => optional(sign_start_time), "signStatus"
    => optional(sign_status), "signStatusRemarks" => optional(sign_status_remarks),
    "signTemplateType" => optional(sign_template_type), "signUserId" =>
    optional(sign_user_id), "signUserName" => optional(sign_user_name), "signWay" =>
    optional(sign_way) }
}
/// `HrmAuthResourcesQueryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryResponseBodyResult {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `resourceId`.
    pub resource_id: Option<String>,
}
rt::impl_deserialize! {
    HrmAuthResourcesQueryResponseBodyResult { "authorized" => read_field(authorized),
    "resourceId" => read_field(resource_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HrmAuthResourcesQueryResponseBodyResult { "authorized" => optional(authorized),
    "resourceId" => optional(resource_id) }
}
/// `HrmMailSendRequestMailAttachments`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailAttachments {
    /// `name`.
    pub name: String,
    /// `path`.
    pub path: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`HrmMailSendRequestMailAttachments`], each named where it is set: `HrmMailSendRequestMailAttachments::new(HrmMailSendRequestMailAttachmentsRequired { .. })`.
pub struct HrmMailSendRequestMailAttachmentsRequired {
    /// `name`: see [`HrmMailSendRequestMailAttachments::name`].
    pub name: String,
    /// `path`: see [`HrmMailSendRequestMailAttachments::path`].
    pub path: String,
    /// `type`: see [`HrmMailSendRequestMailAttachments::r#type`](HrmMailSendRequestMailAttachments::type).
    pub r#type: String,
}
impl HrmMailSendRequestMailAttachments {
    /// A `HrmMailSendRequestMailAttachments` with its required fields (`name`, `path`, `type`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestMailAttachmentsRequired) -> Self {
        let HrmMailSendRequestMailAttachmentsRequired { name, path, r#type } = required;
        Self { name, path, r#type }
    }
}
rt::impl_serialize! {
    HrmMailSendRequestMailAttachments { "name" => field(name), "path" => field(path),
    "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestMailAttachments { "name" => read_field(name), "path" =>
    read_field(path), "type" => read_field(r#type) }
}
/// `HrmMailSendRequestMailMeeting`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmMailSendRequestMailMeeting`], each named where it is set: `HrmMailSendRequestMailMeeting::new(HrmMailSendRequestMailMeetingRequired { .. })`.
pub struct HrmMailSendRequestMailMeetingRequired {
    /// `endTime`: see [`HrmMailSendRequestMailMeeting::end_time`].
    pub end_time: i64,
    /// `method`: see [`HrmMailSendRequestMailMeeting::method`].
    pub method: String,
    /// `startTime`: see [`HrmMailSendRequestMailMeeting::start_time`].
    pub start_time: i64,
    /// `summary`: see [`HrmMailSendRequestMailMeeting::summary`].
    pub summary: String,
    /// `uuid`: see [`HrmMailSendRequestMailMeeting::uuid`].
    pub uuid: String,
}
impl HrmMailSendRequestMailMeeting {
    /// A `HrmMailSendRequestMailMeeting` with its required fields (`endTime`, `method`, `startTime`, `summary`, `uuid`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestMailMeetingRequired) -> Self {
        let HrmMailSendRequestMailMeetingRequired {
            end_time,
            method,
            start_time,
            summary,
            uuid,
        } = required;
        Self {
            alarm: None,
            attendees: None,
            description: None,
            end_time,
            location: None,
            method,
            organizer: None,
            sequence: None,
            start_time,
            summary,
            uuid,
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
rt::impl_serialize! {
    HrmMailSendRequestMailMeeting { "alarm" => optional(alarm), "attendees" =>
    optional(attendees), "description" => optional(description), "endTime" =>
    field(end_time), "location" => optional(location), "method" => field(method),
    "organizer" => optional(organizer), "sequence" => optional(sequence), "startTime" =>
    field(start_time), "summary" => field(summary), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestMailMeeting { "alarm" => read_field(alarm), "attendees" =>
    read_field(attendees), "description" => read_field(description), "endTime" =>
    read_field(end_time), "location" => read_field(location), "method" =>
    read_field(method), "organizer" => read_field(organizer), "sequence" =>
    read_field(sequence), "startTime" => read_field(start_time), "summary" =>
    read_field(summary), "uuid" => read_field(uuid) }
}
/// `InvalidSignRecordsResponseBodyResult`, a model several operations share: also named [`RevokeSignRecordsResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResult {
    /// `failItems`.
    pub fail_items: Option<Vec<InvalidSignRecordsResponseBodyResultFailItems>>,
    /// `successItems`.
    pub success_items: Option<Vec<InvalidSignRecordsResponseBodyResultSuccessItems>>,
}
rt::impl_deserialize! {
    InvalidSignRecordsResponseBodyResult { "failItems" => read_field(fail_items),
    "successItems" => read_field(success_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvalidSignRecordsResponseBodyResult { "failItems" => optional(fail_items),
    "successItems" => optional(success_items) }
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
rt::impl_serialize! {
    MasterDataDeleteRequestBodyFieldList { "name" => optional(name), "valueStr" =>
    optional(value_str) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataDeleteRequestBodyFieldList { "name" => read_field(name), "valueStr" =>
    read_field(value_str) }
}
/// `MasterDataDeleteRequestBodyScope`, a model several operations share: also named [`MasterDataSaveRequestBodyScope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MasterDataDeleteRequestBodyScope {
    /// `scopeCode`.
    pub scope_code: String,
    /// `version`.
    pub version: Option<i64>,
}
/// The required fields of [`MasterDataDeleteRequestBodyScope`], each named where it is set: `MasterDataDeleteRequestBodyScope::new(MasterDataDeleteRequestBodyScopeRequired { .. })`.
pub struct MasterDataDeleteRequestBodyScopeRequired {
    /// `scopeCode`: see [`MasterDataDeleteRequestBodyScope::scope_code`].
    pub scope_code: String,
}
impl MasterDataDeleteRequestBodyScope {
    /// A `MasterDataDeleteRequestBodyScope` with its required fields (`scopeCode`); set the others with the methods named after them.
    pub fn new(required: MasterDataDeleteRequestBodyScopeRequired) -> Self {
        let MasterDataDeleteRequestBodyScopeRequired { scope_code } = required;
        Self { scope_code, version: None }
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    MasterDataDeleteRequestBodyScope { "scopeCode" => field(scope_code), "version" =>
    optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataDeleteRequestBodyScope { "scopeCode" => read_field(scope_code), "version"
    => read_field(version) }
}
/// `MasterDataDeleteResponseBodyFailResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataDeleteResponseBodyFailResult { "bizUK" => read_field(biz_uk), "errorCode"
    => read_field(error_code), "errorMsg" => read_field(error_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataDeleteResponseBodyFailResult { "bizUK" => optional(biz_uk), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "success" =>
    optional(success) }
}
/// `MasterDataQueryRequestQueryParamsConditionList`, a model several operations share: also named [`MasterDatasQueryRequestQueryParamsConditionList`].
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
rt::impl_serialize! {
    MasterDataQueryRequestQueryParamsConditionList { "operate" => optional(operate),
    "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataQueryRequestQueryParamsConditionList { "operate" => read_field(operate),
    "value" => read_field(value) }
}
/// `MasterDataQueryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataQueryResponseBodyResult { "outerId" => read_field(outer_id), "relationId"
    => read_field(relation_id), "scopeCode" => read_field(scope_code), "viewEntityCode"
    => read_field(view_entity_code), "viewEntityFieldVOList" =>
    read_field(view_entity_field_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataQueryResponseBodyResult { "outerId" => optional(outer_id), "relationId" =>
    optional(relation_id), "scopeCode" => optional(scope_code), "viewEntityCode" =>
    optional(view_entity_code), "viewEntityFieldVOList" =>
    optional(view_entity_field_vo_list) }
}
/// `MasterDataSaveRequestBodyFieldList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MasterDataSaveRequestBodyFieldList {
    /// `name`.
    pub name: String,
    /// `valueStr`.
    pub value_str: String,
}
/// The required fields of [`MasterDataSaveRequestBodyFieldList`], each named where it is set: `MasterDataSaveRequestBodyFieldList::new(MasterDataSaveRequestBodyFieldListRequired { .. })`.
pub struct MasterDataSaveRequestBodyFieldListRequired {
    /// `name`: see [`MasterDataSaveRequestBodyFieldList::name`].
    pub name: String,
    /// `valueStr`: see [`MasterDataSaveRequestBodyFieldList::value_str`].
    pub value_str: String,
}
impl MasterDataSaveRequestBodyFieldList {
    /// A `MasterDataSaveRequestBodyFieldList` with its required fields (`name`, `valueStr`); set the others with the methods named after them.
    pub fn new(required: MasterDataSaveRequestBodyFieldListRequired) -> Self {
        let MasterDataSaveRequestBodyFieldListRequired { name, value_str } = required;
        Self { name, value_str }
    }
}
rt::impl_serialize! {
    MasterDataSaveRequestBodyFieldList { "name" => field(name), "valueStr" =>
    field(value_str) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataSaveRequestBodyFieldList { "name" => read_field(name), "valueStr" =>
    read_field(value_str) }
}
/// `MasterDataSaveRequestBodyScope`: the same model as [`MasterDataDeleteRequestBodyScope`].
pub type MasterDataSaveRequestBodyScope = MasterDataDeleteRequestBodyScope;
/// The required fields of [`MasterDataSaveRequestBodyScope`].
pub type MasterDataSaveRequestBodyScopeRequired = MasterDataDeleteRequestBodyScopeRequired;
/// `MasterDataSaveResponseBodyFailResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataSaveResponseBodyFailResult { "bizUk" => read_field(biz_uk), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataSaveResponseBodyFailResult { "bizUk" => optional(biz_uk), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "success" =>
    optional(success) }
}
/// `MasterDataTenantQueyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataTenantQueyResponseBodyResult { "hasData" => read_field(has_data),
    "integrateDataAuth" => read_field(integrate_data_auth), "name" => read_field(name),
    "readAuth" => read_field(read_auth), "tenantId" => read_field(tenant_id), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataTenantQueyResponseBodyResult { "hasData" => optional(has_data),
    "integrateDataAuth" => optional(integrate_data_auth), "name" => optional(name),
    "readAuth" => optional(read_auth), "tenantId" => optional(tenant_id), "type" =>
    optional(r#type) }
}
/// `MasterDatasGetResponseBodyResult`, a model several operations share: also named [`MasterDatasQueryResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDatasGetResponseBodyResult { "objId" => read_field(obj_id), "relationId" =>
    read_field(relation_id), "scopeCode" => read_field(scope_code), "viewEntityCode" =>
    read_field(view_entity_code), "viewEntityFieldVOList" =>
    read_field(view_entity_field_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDatasGetResponseBodyResult { "objId" => optional(obj_id), "relationId" =>
    optional(relation_id), "scopeCode" => optional(scope_code), "viewEntityCode" =>
    optional(view_entity_code), "viewEntityFieldVOList" =>
    optional(view_entity_field_vo_list) }
}
/// `MasterDatasQueryRequestQueryParamsConditionList`: the same model as [`MasterDataQueryRequestQueryParamsConditionList`].
pub type MasterDatasQueryRequestQueryParamsConditionList = MasterDataQueryRequestQueryParamsConditionList;
/// `MasterDatasQueryResponseBodyResult`: the same model as [`MasterDatasGetResponseBodyResult`].
pub type MasterDatasQueryResponseBodyResult = MasterDatasGetResponseBodyResult;
/// `QueryCustomEntryProcessesResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCustomEntryProcessesResponseBodyList { "formDesc" => read_field(form_desc),
    "formId" => read_field(form_id), "formName" => read_field(form_name), "shortUrl" =>
    read_field(short_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomEntryProcessesResponseBodyList { "formDesc" => optional(form_desc),
    "formId" => optional(form_id), "formName" => optional(form_name), "shortUrl" =>
    optional(short_url) }
}
/// `QueryHrmEmployeeDismissionInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryHrmEmployeeDismissionInfoResponseBodyResult { "deptList" =>
    read_field(dept_list), "handoverUserId" => read_field(handover_user_id),
    "lastWorkDay" => read_field(last_work_day), "mainDeptId" => read_field(main_dept_id),
    "mainDeptName" => read_field(main_dept_name), "name" => read_field(name),
    "passiveReason" => read_field(passive_reason), "preStatus" => read_field(pre_status),
    "reasonMemo" => read_field(reason_memo), "status" => read_field(status), "userId" =>
    read_field(user_id), "voluntaryReason" => read_field(voluntary_reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHrmEmployeeDismissionInfoResponseBodyResult { "deptList" => optional(dept_list),
    "handoverUserId" => optional(handover_user_id), "lastWorkDay" =>
    optional(last_work_day), "mainDeptId" => optional(main_dept_id), "mainDeptName" =>
    optional(main_dept_name), "name" => optional(name), "passiveReason" =>
    optional(passive_reason), "preStatus" => optional(pre_status), "reasonMemo" =>
    optional(reason_memo), "status" => optional(status), "userId" => optional(user_id),
    "voluntaryReason" => optional(voluntary_reason) }
}
/// `QueryJobRanksResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryJobRanksResponseBodyList { "maxJobGrade" => read_field(max_job_grade),
    "minJobGrade" => read_field(min_job_grade), "rankCategoryId" =>
    read_field(rank_category_id), "rankCode" => read_field(rank_code), "rankDescription"
    => read_field(rank_description), "rankId" => read_field(rank_id), "rankName" =>
    read_field(rank_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobRanksResponseBodyList { "maxJobGrade" => optional(max_job_grade),
    "minJobGrade" => optional(min_job_grade), "rankCategoryId" =>
    optional(rank_category_id), "rankCode" => optional(rank_code), "rankDescription" =>
    optional(rank_description), "rankId" => optional(rank_id), "rankName" =>
    optional(rank_name) }
}
/// `QueryJobsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobsResponseBodyList {
    /// `jobDescription`.
    pub job_description: Option<String>,
    /// `jobId`.
    pub job_id: Option<String>,
    /// `jobName`.
    pub job_name: Option<String>,
}
rt::impl_deserialize! {
    QueryJobsResponseBodyList { "jobDescription" => read_field(job_description), "jobId"
    => read_field(job_id), "jobName" => read_field(job_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobsResponseBodyList { "jobDescription" => optional(job_description), "jobId" =>
    optional(job_id), "jobName" => optional(job_name) }
}
/// `ResultValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultValue {
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ResultValue { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultValue { "status" => optional(status) }
}
/// `QueryPositionsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryPositionsResponseBodyList { "jobId" => read_field(job_id), "positionCategoryId"
    => read_field(position_category_id), "positionDes" => read_field(position_des),
    "positionId" => read_field(position_id), "positionName" => read_field(position_name),
    "rankIdList" => read_field(rank_id_list), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPositionsResponseBodyList { "jobId" => optional(job_id), "positionCategoryId" =>
    optional(position_category_id), "positionDes" => optional(position_des), "positionId"
    => optional(position_id), "positionName" => optional(position_name), "rankIdList" =>
    optional(rank_id_list), "status" => optional(status) }
}
/// `RevokeSignRecordsResponseBodyResult`: the same model as [`InvalidSignRecordsResponseBodyResult`].
pub type RevokeSignRecordsResponseBodyResult = InvalidSignRecordsResponseBodyResult;
/// `RosterMetaAvailableFieldListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RosterMetaAvailableFieldListResponseBodyResult { "fieldCode" =>
    read_field(field_code), "fieldName" => read_field(field_name), "fieldType" =>
    read_field(field_type), "optionText" => read_field(option_text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RosterMetaAvailableFieldListResponseBodyResult { "fieldCode" => optional(field_code),
    "fieldName" => optional(field_name), "fieldType" => optional(field_type),
    "optionText" => optional(option_text) }
}
/// `SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
}
rt::impl_deserialize! {
    SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult { "bizId" =>
    read_field(biz_id), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendIsvCardMessageResponseBodyHrmInteractiveCardSendResult { "bizId" =>
    optional(biz_id), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg) }
}
/// `SendRealAuthInviteMessageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageResponseBodyResult {
    /// `hadInvitedNum`.
    pub had_invited_num: Option<i64>,
    /// `hadRealAuthNum`.
    pub had_real_auth_num: Option<i64>,
    /// `successNum`.
    pub success_num: Option<i64>,
}
rt::impl_deserialize! {
    SendRealAuthInviteMessageResponseBodyResult { "hadInvitedNum" =>
    read_field(had_invited_num), "hadRealAuthNum" => read_field(had_real_auth_num),
    "successNum" => read_field(success_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendRealAuthInviteMessageResponseBodyResult { "hadInvitedNum" =>
    optional(had_invited_num), "hadRealAuthNum" => optional(had_real_auth_num),
    "successNum" => optional(success_num) }
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
/// `AISaleEntityCreateResponseBodyResultFieldInstances`, a model several operations share: also named [`AISaleEntityUpdateResponseBodyResultFieldInstances`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityCreateResponseBodyResultFieldInstances { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "fieldType" =>
    read_field(field_type), "fieldValue" => read_field(field_value), "itemType" =>
    read_field(item_type), "options" => read_field(options), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "source" =>
    read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityCreateResponseBodyResultFieldInstances { "fieldKey" =>
    optional(field_key), "fieldLabel" => optional(field_label), "fieldType" =>
    optional(field_type), "fieldValue" => optional(field_value), "itemType" =>
    optional(item_type), "options" => optional(options), "placeholder" =>
    optional(placeholder), "required" => optional(required), "source" => optional(source)
    }
}
/// `AISaleEntityDetailResponseBodyResultFieldInstances`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityDetailResponseBodyResultFieldInstances { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "fieldType" =>
    read_field(field_type), "fieldValue" => read_field(field_value), "itemType" =>
    read_field(item_type), "options" => read_field(options), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "source" =>
    read_field(source), "subFields" => read_field(sub_fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityDetailResponseBodyResultFieldInstances { "fieldKey" =>
    optional(field_key), "fieldLabel" => optional(field_label), "fieldType" =>
    optional(field_type), "fieldValue" => optional(field_value), "itemType" =>
    optional(item_type), "options" => optional(options), "placeholder" =>
    optional(placeholder), "required" => optional(required), "source" =>
    optional(source), "subFields" => optional(sub_fields) }
}
/// `AISaleEntityListResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityListResponseBodyResultData { "entityId" => read_field(entity_id),
    "entityType" => read_field(entity_type), "fieldInstances" =>
    read_field(field_instances) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityListResponseBodyResultData { "entityId" => optional(entity_id),
    "entityType" => optional(entity_type), "fieldInstances" => optional(field_instances)
    }
}
/// `AISaleEntityUpdateResponseBodyResultFieldInstances`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstances`].
pub type AISaleEntityUpdateResponseBodyResultFieldInstances = AISaleEntityCreateResponseBodyResultFieldInstances;
/// `AISaleGetMemoryResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleGetMemoryResponseBodyResultData { "contactId" => read_field(contact_id),
    "corpId" => read_field(corp_id), "creatorId" => read_field(creator_id), "customerId"
    => read_field(customer_id), "entityId" => read_field(entity_id), "entityType" =>
    read_field(entity_type), "extInfo" => read_field(ext_info), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "happenedAt" =>
    read_field(happened_at), "importance" => read_field(importance), "memoryCategory" =>
    read_field(memory_category), "memoryContent" => read_field(memory_content),
    "memoryId" => read_field(memory_id), "memoryTitle" => read_field(memory_title),
    "sourceActivityId" => read_field(source_activity_id), "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleGetMemoryResponseBodyResultData { "contactId" => optional(contact_id), "corpId"
    => optional(corp_id), "creatorId" => optional(creator_id), "customerId" =>
    optional(customer_id), "entityId" => optional(entity_id), "entityType" =>
    optional(entity_type), "extInfo" => optional(ext_info), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "happenedAt" =>
    optional(happened_at), "importance" => optional(importance), "memoryCategory" =>
    optional(memory_category), "memoryContent" => optional(memory_content), "memoryId" =>
    optional(memory_id), "memoryTitle" => optional(memory_title), "sourceActivityId" =>
    optional(source_activity_id), "tags" => optional(tags) }
}
/// `AISaleSchemaGetResponseBodyResultFields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleSchemaGetResponseBodyResultFields { "defaultValue" =>
    read_field(default_value), "description" => read_field(description), "entityType" =>
    read_field(entity_type), "fieldKey" => read_field(field_key), "fieldLabel" =>
    read_field(field_label), "fieldType" => read_field(field_type), "groupName" =>
    read_field(group_name), "itemType" => read_field(item_type), "options" =>
    read_field(options), "placeholder" => read_field(placeholder), "required" =>
    read_field(required), "sortOrder" => read_field(sort_order), "source" =>
    read_field(source), "subFields" => read_field(sub_fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSchemaGetResponseBodyResultFields { "defaultValue" => optional(default_value),
    "description" => optional(description), "entityType" => optional(entity_type),
    "fieldKey" => optional(field_key), "fieldLabel" => optional(field_label), "fieldType"
    => optional(field_type), "groupName" => optional(group_name), "itemType" =>
    optional(item_type), "options" => optional(options), "placeholder" =>
    optional(placeholder), "required" => optional(required), "sortOrder" =>
    optional(sort_order), "source" => optional(source), "subFields" =>
    optional(sub_fields) }
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
rt::impl_serialize! {
    AddHrmPreentryRequestGroupsSectionsEmpFieldVOList { "fieldCode" =>
    optional(field_code), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmPreentryRequestGroupsSectionsEmpFieldVOList { "fieldCode" =>
    read_field(field_code), "value" => read_field(value) }
}
/// `ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList { "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConvertUnionIdResponseBodyResultIsvUserUnionIdVOList { "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `GetAllDismissionReasonsResponseBodyResultPassiveList`, a model several operations share: also named [`GetAllDismissionReasonsResponseBodyResultVoluntaryList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllDismissionReasonsResponseBodyResultPassiveList {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetAllDismissionReasonsResponseBodyResultPassiveList { "id" => read_field(id), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllDismissionReasonsResponseBodyResultPassiveList { "id" => optional(id), "name"
    => optional(name) }
}
/// `GetAllDismissionReasonsResponseBodyResultVoluntaryList`: the same model as [`GetAllDismissionReasonsResponseBodyResultPassiveList`].
pub type GetAllDismissionReasonsResponseBodyResultVoluntaryList = GetAllDismissionReasonsResponseBodyResultPassiveList;
/// `GetDismissionRecordResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDismissionRecordResponseBodyResultList {
    /// `lastWorkDay`.
    pub last_work_day: Option<i64>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
rt::impl_deserialize! {
    GetDismissionRecordResponseBodyResultList { "lastWorkDay" =>
    read_field(last_work_day), "staffId" => read_field(staff_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDismissionRecordResponseBodyResultList { "lastWorkDay" => optional(last_work_day),
    "staffId" => optional(staff_id) }
}
/// `GetEmployeeRosterByFieldResponseBodyResultFieldDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetEmployeeRosterByFieldResponseBodyResultFieldDataList { "fieldCode" =>
    read_field(field_code), "fieldName" => read_field(field_name), "fieldValueList" =>
    read_field(field_value_list), "groupId" => read_field(group_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeRosterByFieldResponseBodyResultFieldDataList { "fieldCode" =>
    optional(field_code), "fieldName" => optional(field_name), "fieldValueList" =>
    optional(field_value_list), "groupId" => optional(group_id) }
}
/// `GetFileTemplateListResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFileTemplateListResponseBodyResultData { "attachmentList" =>
    read_field(attachment_list), "corpId" => read_field(corp_id), "fieldList" =>
    read_field(field_list), "groupList" => read_field(group_list), "templateId" =>
    read_field(template_id), "templateInstName" => read_field(template_inst_name),
    "templateName" => read_field(template_name), "templateSignStatus" =>
    read_field(template_sign_status), "templateStatus" => read_field(template_status),
    "templateType" => read_field(template_type), "templateTypeName" =>
    read_field(template_type_name), "tenantId" => read_field(tenant_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileTemplateListResponseBodyResultData { "attachmentList" =>
    optional(attachment_list), "corpId" => optional(corp_id), "fieldList" =>
    optional(field_list), "groupList" => optional(group_list), "templateId" =>
    optional(template_id), "templateInstName" => optional(template_inst_name),
    "templateName" => optional(template_name), "templateSignStatus" =>
    optional(template_sign_status), "templateStatus" => optional(template_status),
    "templateType" => optional(template_type), "templateTypeName" =>
    optional(template_type_name), "tenantId" => optional(tenant_id) }
}
/// `GetSignRecordByUserIdResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSignRecordByUserIdResponseBodyResultData { "corpId" => read_field(corp_id),
    "outerId" => read_field(outer_id), "remark" => read_field(remark), "signExpireTime"
    => read_field(sign_expire_time), "signFileName" => read_field(sign_file_name),
    "signFileUrl" => read_field(sign_file_url), "signFinishTime" =>
    read_field(sign_finish_time), "signLegalEntityName" =>
    read_field(sign_legal_entity_name), "signRecordId" => read_field(sign_record_id),
    "signStartTime" => read_field(sign_start_time), "signStatus" =>
    read_field(sign_status), "signStatusRemarks" => read_field(sign_status_remarks),
    "signTemplateType" => read_field(sign_template_type), "signUserId" =>
    read_field(sign_user_id), "signUserName" => read_field(sign_user_name), "signWay" =>
    read_field(sign_way) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignRecordByUserIdResponseBodyResultData { "corpId" => optional(corp_id),
    "outerId" => optional(outer_id), "remark" => optional(remark), "signExpireTime" =>
    optional(sign_expire_time), "signFileName" => optional(sign_file_name), "signFileUrl"
    => optional(sign_file_url), "signFinishTime" => optional(sign_finish_time),
    "signLegalEntityName" => optional(sign_legal_entity_name), "signRecordId" =>
    optional(sign_record_id), "signStartTime" => optional(sign_start_time), "signStatus"
    => optional(sign_status), "signStatusRemarks" => optional(sign_status_remarks),
    "signTemplateType" => optional(sign_template_type), "signUserId" =>
    optional(sign_user_id), "signUserName" => optional(sign_user_name), "signWay" =>
    optional(sign_way) }
}
/// `HrmMailSendRequestMailMeetingAlarm`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailMeetingAlarm {
    /// `alarmDesc`.
    pub alarm_desc: String,
    /// `alarmMinutes`.
    pub alarm_minutes: i64,
    /// `alarmSummary`.
    pub alarm_summary: String,
}
/// The required fields of [`HrmMailSendRequestMailMeetingAlarm`], each named where it is set: `HrmMailSendRequestMailMeetingAlarm::new(HrmMailSendRequestMailMeetingAlarmRequired { .. })`.
pub struct HrmMailSendRequestMailMeetingAlarmRequired {
    /// `alarmDesc`: see [`HrmMailSendRequestMailMeetingAlarm::alarm_desc`].
    pub alarm_desc: String,
    /// `alarmMinutes`: see [`HrmMailSendRequestMailMeetingAlarm::alarm_minutes`].
    pub alarm_minutes: i64,
    /// `alarmSummary`: see [`HrmMailSendRequestMailMeetingAlarm::alarm_summary`].
    pub alarm_summary: String,
}
impl HrmMailSendRequestMailMeetingAlarm {
    /// A `HrmMailSendRequestMailMeetingAlarm` with its required fields (`alarmDesc`, `alarmMinutes`, `alarmSummary`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestMailMeetingAlarmRequired) -> Self {
        let HrmMailSendRequestMailMeetingAlarmRequired {
            alarm_desc,
            alarm_minutes,
            alarm_summary,
        } = required;
        Self {
            alarm_desc,
            alarm_minutes,
            alarm_summary,
        }
    }
}
rt::impl_serialize! {
    HrmMailSendRequestMailMeetingAlarm { "alarmDesc" => field(alarm_desc), "alarmMinutes"
    => field(alarm_minutes), "alarmSummary" => field(alarm_summary) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestMailMeetingAlarm { "alarmDesc" => read_field(alarm_desc),
    "alarmMinutes" => read_field(alarm_minutes), "alarmSummary" =>
    read_field(alarm_summary) }
}
/// `HrmMailSendRequestMailMeetingAttendees`, a model several operations share: also named [`HrmMailSendRequestMailMeetingOrganizer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequestMailMeetingAttendees {
    /// `address`.
    pub address: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`HrmMailSendRequestMailMeetingAttendees`], each named where it is set: `HrmMailSendRequestMailMeetingAttendees::new(HrmMailSendRequestMailMeetingAttendeesRequired { .. })`.
pub struct HrmMailSendRequestMailMeetingAttendeesRequired {
    /// `address`: see [`HrmMailSendRequestMailMeetingAttendees::address`].
    pub address: String,
    /// `name`: see [`HrmMailSendRequestMailMeetingAttendees::name`].
    pub name: String,
}
impl HrmMailSendRequestMailMeetingAttendees {
    /// A `HrmMailSendRequestMailMeetingAttendees` with its required fields (`address`, `name`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequestMailMeetingAttendeesRequired) -> Self {
        let HrmMailSendRequestMailMeetingAttendeesRequired { address, name } = required;
        Self { address, name }
    }
}
rt::impl_serialize! {
    HrmMailSendRequestMailMeetingAttendees { "address" => field(address), "name" =>
    field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequestMailMeetingAttendees { "address" => read_field(address), "name" =>
    read_field(name) }
}
/// `HrmMailSendRequestMailMeetingOrganizer`: the same model as [`HrmMailSendRequestMailMeetingAttendees`].
pub type HrmMailSendRequestMailMeetingOrganizer = HrmMailSendRequestMailMeetingAttendees;
/// The required fields of [`HrmMailSendRequestMailMeetingOrganizer`].
pub type HrmMailSendRequestMailMeetingOrganizerRequired = HrmMailSendRequestMailMeetingAttendeesRequired;
/// `InvalidSignRecordsResponseBodyResultFailItems`, a model several operations share: also named [`RevokeSignRecordsResponseBodyResultFailItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResultFailItems {
    /// `itemId`.
    pub item_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    InvalidSignRecordsResponseBodyResultFailItems { "itemId" => read_field(item_id),
    "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvalidSignRecordsResponseBodyResultFailItems { "itemId" => optional(item_id), "type"
    => optional(r#type) }
}
/// `InvalidSignRecordsResponseBodyResultSuccessItems`, a model several operations share: also named [`RevokeSignRecordsResponseBodyResultSuccessItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvalidSignRecordsResponseBodyResultSuccessItems {
    /// `itemId`.
    pub item_id: Option<String>,
}
rt::impl_deserialize! {
    InvalidSignRecordsResponseBodyResultSuccessItems { "itemId" => read_field(item_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvalidSignRecordsResponseBodyResultSuccessItems { "itemId" => optional(item_id) }
}
/// `MasterDataQueryResponseBodyResultViewEntityFieldVOList`, a model several operations share: also named [`MasterDatasGetResponseBodyResultViewEntityFieldVOList`], [`MasterDatasQueryResponseBodyResultViewEntityFieldVOList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MasterDataQueryResponseBodyResultViewEntityFieldVOList { "fieldCode" =>
    read_field(field_code), "fieldDataVO" => read_field(field_data_vo), "fieldName" =>
    read_field(field_name), "fieldType" => read_field(field_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataQueryResponseBodyResultViewEntityFieldVOList { "fieldCode" =>
    optional(field_code), "fieldDataVO" => optional(field_data_vo), "fieldName" =>
    optional(field_name), "fieldType" => optional(field_type) }
}
/// `MasterDatasGetResponseBodyResultViewEntityFieldVOList`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOList`].
pub type MasterDatasGetResponseBodyResultViewEntityFieldVOList = MasterDataQueryResponseBodyResultViewEntityFieldVOList;
/// `MasterDatasQueryResponseBodyResultViewEntityFieldVOList`: the same model as [`MasterDataQueryResponseBodyResultViewEntityFieldVOList`].
pub type MasterDatasQueryResponseBodyResultViewEntityFieldVOList = MasterDataQueryResponseBodyResultViewEntityFieldVOList;
/// `QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList {
    /// `dept_id`.
    pub dept_id: Option<i64>,
    /// `dept_path`.
    pub dept_path: Option<String>,
}
rt::impl_deserialize! {
    QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList { "dept_id" =>
    read_field(dept_id), "dept_path" => read_field(dept_path) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHrmEmployeeDismissionInfoResponseBodyResultDeptList { "dept_id" =>
    optional(dept_id), "dept_path" => optional(dept_path) }
}
/// `RevokeSignRecordsResponseBodyResultFailItems`: the same model as [`InvalidSignRecordsResponseBodyResultFailItems`].
pub type RevokeSignRecordsResponseBodyResultFailItems = InvalidSignRecordsResponseBodyResultFailItems;
/// `RevokeSignRecordsResponseBodyResultSuccessItems`: the same model as [`InvalidSignRecordsResponseBodyResultSuccessItems`].
pub type RevokeSignRecordsResponseBodyResultSuccessItems = InvalidSignRecordsResponseBodyResultSuccessItems;
/// `AISaleEntityCreateResponseBodyResultFieldInstancesOptions`, a model several operations share: also named [`AISaleEntityDetailResponseBodyResultFieldInstancesOptions`], [`AISaleEntityUpdateResponseBodyResultFieldInstancesOptions`], [`AISaleSchemaGetResponseBodyResultFieldsOptions`], [`AISaleEntityDetailResponseBodyResultFieldInstancesSubFieldsOptions`], [`AISaleEntityListResponseBodyResultDataFieldInstancesOptions`], [`AISaleSchemaGetResponseBodyResultFieldsSubFieldsOptions`], [`AISaleEntityListResponseBodyResultDataFieldInstancesSubFieldsOptions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AISaleEntityCreateResponseBodyResultFieldInstancesOptions {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    AISaleEntityCreateResponseBodyResultFieldInstancesOptions { "label" =>
    read_field(label), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityCreateResponseBodyResultFieldInstancesOptions { "label" =>
    optional(label), "value" => optional(value) }
}
/// `AISaleEntityDetailResponseBodyResultFieldInstancesOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityDetailResponseBodyResultFieldInstancesOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleEntityDetailResponseBodyResultFieldInstancesSubFields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityDetailResponseBodyResultFieldInstancesSubFields { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "fieldValue" =>
    read_field(field_value), "itemType" => read_field(item_type), "options" =>
    read_field(options), "placeholder" => read_field(placeholder), "required" =>
    read_field(required), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityDetailResponseBodyResultFieldInstancesSubFields { "fieldKey" =>
    optional(field_key), "fieldLabel" => optional(field_label), "fieldValue" =>
    optional(field_value), "itemType" => optional(item_type), "options" =>
    optional(options), "placeholder" => optional(placeholder), "required" =>
    optional(required), "source" => optional(source) }
}
/// `AISaleEntityListResponseBodyResultDataFieldInstances`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityListResponseBodyResultDataFieldInstances { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "fieldType" =>
    read_field(field_type), "fieldValue" => read_field(field_value), "itemType" =>
    read_field(item_type), "options" => read_field(options), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "source" =>
    read_field(source), "subFields" => read_field(sub_fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityListResponseBodyResultDataFieldInstances { "fieldKey" =>
    optional(field_key), "fieldLabel" => optional(field_label), "fieldType" =>
    optional(field_type), "fieldValue" => optional(field_value), "itemType" =>
    optional(item_type), "options" => optional(options), "placeholder" =>
    optional(placeholder), "required" => optional(required), "source" =>
    optional(source), "subFields" => optional(sub_fields) }
}
/// `AISaleEntityUpdateResponseBodyResultFieldInstancesOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleEntityUpdateResponseBodyResultFieldInstancesOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleSchemaGetResponseBodyResultFieldsOptions`: the same model as [`AISaleEntityCreateResponseBodyResultFieldInstancesOptions`].
pub type AISaleSchemaGetResponseBodyResultFieldsOptions = AISaleEntityCreateResponseBodyResultFieldInstancesOptions;
/// `AISaleSchemaGetResponseBodyResultFieldsSubFields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleSchemaGetResponseBodyResultFieldsSubFields { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "options" =>
    read_field(options), "placeholder" => read_field(placeholder), "required" =>
    read_field(required) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleSchemaGetResponseBodyResultFieldsSubFields { "fieldKey" => optional(field_key),
    "fieldLabel" => optional(field_label), "options" => optional(options), "placeholder"
    => optional(placeholder), "required" => optional(required) }
}
/// `GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList {
    /// `itemIndex`.
    pub item_index: Option<i64>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList { "itemIndex"
    => read_field(item_index), "label" => read_field(label), "value" => read_field(value)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmployeeRosterByFieldResponseBodyResultFieldDataListFieldValueList { "itemIndex"
    => optional(item_index), "label" => optional(label), "value" => optional(value) }
}
/// `GetFileTemplateListResponseBodyResultDataAttachmentList`, a model several operations share: also named [`GetFileTemplateListResponseBodyResultDataFieldList`], [`GetFileTemplateListResponseBodyResultDataGroupListFieldList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFileTemplateListResponseBodyResultDataAttachmentList { "desc" => read_field(desc),
    "fieldCode" => read_field(field_code), "fieldName" => read_field(field_name),
    "fieldType" => read_field(field_type), "groupId" => read_field(group_id),
    "signRequired" => read_field(sign_required), "userCustomField" =>
    read_field(user_custom_field) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileTemplateListResponseBodyResultDataAttachmentList { "desc" => optional(desc),
    "fieldCode" => optional(field_code), "fieldName" => optional(field_name), "fieldType"
    => optional(field_type), "groupId" => optional(group_id), "signRequired" =>
    optional(sign_required), "userCustomField" => optional(user_custom_field) }
}
/// `GetFileTemplateListResponseBodyResultDataFieldList`: the same model as [`GetFileTemplateListResponseBodyResultDataAttachmentList`].
pub type GetFileTemplateListResponseBodyResultDataFieldList = GetFileTemplateListResponseBodyResultDataAttachmentList;
/// `GetFileTemplateListResponseBodyResultDataGroupList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFileTemplateListResponseBodyResultDataGroupList { "detailFlag" =>
    read_field(detail_flag), "fieldList" => read_field(field_list), "groupId" =>
    read_field(group_id), "groupName" => read_field(group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileTemplateListResponseBodyResultDataGroupList { "detailFlag" =>
    optional(detail_flag), "fieldList" => optional(field_list), "groupId" =>
    optional(group_id), "groupName" => optional(group_name) }
}
/// `MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`, a model several operations share: also named [`MasterDatasGetResponseBodyResultViewEntityFieldVOListFieldDataVO`], [`MasterDatasQueryResponseBodyResultViewEntityFieldVOListFieldDataVO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO { "key" =>
    read_field(key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MasterDataQueryResponseBodyResultViewEntityFieldVOListFieldDataVO { "key" =>
    optional(key), "value" => optional(value) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AISaleEntityListResponseBodyResultDataFieldInstancesSubFields { "fieldKey" =>
    read_field(field_key), "fieldLabel" => read_field(field_label), "fieldValue" =>
    read_field(field_value), "options" => read_field(options), "placeholder" =>
    read_field(placeholder), "required" => read_field(required), "source" =>
    read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AISaleEntityListResponseBodyResultDataFieldInstancesSubFields { "fieldKey" =>
    optional(field_key), "fieldLabel" => optional(field_label), "fieldValue" =>
    optional(field_value), "options" => optional(options), "placeholder" =>
    optional(placeholder), "required" => optional(required), "source" => optional(source)
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
rt::impl_serialize! {
    AISaleAttachmentPermissonRequest { "fileId" => optional(file_id), "spaceId" =>
    optional(space_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleAttachmentPermissonRequest { "fileId" => read_field(file_id), "spaceId" =>
    read_field(space_id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleEntityCreateRequest { "entityId" => optional(entity_id), "entityType" =>
    optional(entity_type), "fieldInstances" => optional(field_instances), "source" =>
    optional(source), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityCreateRequest { "entityId" => read_field(entity_id), "entityType" =>
    read_field(entity_type), "fieldInstances" => read_field(field_instances), "source" =>
    read_field(source), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleEntityDetailRequest { "entityId" => optional(entity_id), "entityType" =>
    optional(entity_type), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityDetailRequest { "entityId" => read_field(entity_id), "entityType" =>
    read_field(entity_type), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleEntityListRequest { "conditions" => optional(conditions), "cursor" =>
    optional(cursor), "entityType" => optional(entity_type), "pageSize" =>
    optional(page_size), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityListRequest { "conditions" => read_field(conditions), "cursor" =>
    read_field(cursor), "entityType" => read_field(entity_type), "pageSize" =>
    read_field(page_size), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleEntityUpdateRequest { "entityId" => optional(entity_id), "entityType" =>
    optional(entity_type), "fieldInstances" => optional(field_instances), "source" =>
    optional(source), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleEntityUpdateRequest { "entityId" => read_field(entity_id), "entityType" =>
    read_field(entity_type), "fieldInstances" => read_field(field_instances), "source" =>
    read_field(source), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleFlashMinutesAnalysisRequest { "entityId" => optional(entity_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleFlashMinutesAnalysisRequest { "entityId" => read_field(entity_id), "userId" =>
    read_field(user_id) }
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
rt::impl_serialize! {
    AISaleGetMemoryRequest { "creatorId" => optional(creator_id), "cursor" =>
    optional(cursor), "customerScopeId" => optional(customer_scope_id), "entityId" =>
    optional(entity_id), "entityIds" => optional(entity_ids), "entityType" =>
    optional(entity_type), "keyword" => optional(keyword), "memoryCategory" =>
    optional(memory_category), "minImportance" => optional(min_importance), "pageSize" =>
    optional(page_size), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleGetMemoryRequest { "creatorId" => read_field(creator_id), "cursor" =>
    read_field(cursor), "customerScopeId" => read_field(customer_scope_id), "entityId" =>
    read_field(entity_id), "entityIds" => read_field(entity_ids), "entityType" =>
    read_field(entity_type), "keyword" => read_field(keyword), "memoryCategory" =>
    read_field(memory_category), "minImportance" => read_field(min_importance),
    "pageSize" => read_field(page_size), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AISaleSchemaGetRequest { "entityType" => optional(entity_type), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleSchemaGetRequest { "entityType" => read_field(entity_type), "userId" =>
    read_field(user_id) }
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
rt::impl_serialize! {
    AISaleSyncAiTaskRequest { "scenarioCode" => optional(scenario_code), "userId" =>
    optional(user_id), "userPrompt" => optional(user_prompt), "variables" =>
    optional(variables) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleSyncAiTaskRequest { "scenarioCode" => read_field(scenario_code), "userId" =>
    read_field(user_id), "userPrompt" => read_field(user_prompt), "variables" =>
    read_field(variables) }
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
rt::impl_serialize! {
    AISaleTaskResultRequest { "taskId" => optional(task_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AISaleTaskResultRequest { "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for AISaleTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddCustomRosterFieldRequest`], each named where it is set: `AddCustomRosterFieldRequest::new(AddCustomRosterFieldRequired { .. })`.
pub struct AddCustomRosterFieldRequired {
    /// `editFromEmployeeFlag`: see [`AddCustomRosterFieldRequest::edit_from_employee_flag`].
    pub edit_from_employee_flag: bool,
    /// `fieldName`: see [`AddCustomRosterFieldRequest::field_name`].
    pub field_name: String,
    /// `fieldType`: see [`AddCustomRosterFieldRequest::field_type`].
    pub field_type: String,
    /// `groupId`: see [`AddCustomRosterFieldRequest::group_id`].
    pub group_id: String,
    /// `hiddenFromEmployeeFlag`: see [`AddCustomRosterFieldRequest::hidden_from_employee_flag`].
    pub hidden_from_employee_flag: bool,
    /// `required`: see [`AddCustomRosterFieldRequest::required`].
    pub required: bool,
    /// `visibleByEmp`: see [`AddCustomRosterFieldRequest::visible_by_emp`].
    pub visible_by_emp: bool,
}
impl AddCustomRosterFieldRequest {
    /// A `AddCustomRosterFieldRequest` with its required fields (`editFromEmployeeFlag`, `fieldName`, `fieldType`, `groupId`, `hiddenFromEmployeeFlag`, `required`, `visibleByEmp`); set the others with the methods named after them.
    pub fn new(required: AddCustomRosterFieldRequired) -> Self {
        let AddCustomRosterFieldRequired {
            edit_from_employee_flag,
            field_name,
            field_type,
            group_id,
            hidden_from_employee_flag,
            required,
            visible_by_emp,
        } = required;
        Self {
            edit_from_employee_flag,
            field_name,
            field_type,
            group_id,
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
rt::impl_serialize! {
    AddCustomRosterFieldRequest { "editFromEmployeeFlag" =>
    field(edit_from_employee_flag), "fieldName" => field(field_name), "fieldType" =>
    field(field_type), "groupId" => field(group_id), "hiddenFromEmployeeFlag" =>
    field(hidden_from_employee_flag), "hint" => optional(hint), "noWatermark" =>
    optional(no_watermark), "numberDecimalPlace" => optional(number_decimal_place),
    "numberFormatType" => optional(number_format_type), "numberValueType" =>
    optional(number_value_type), "optionText" => optional(option_text), "required" =>
    field(required), "visibleByEmp" => field(visible_by_emp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCustomRosterFieldRequest { "editFromEmployeeFlag" =>
    read_field(edit_from_employee_flag), "fieldName" => read_field(field_name),
    "fieldType" => read_field(field_type), "groupId" => read_field(group_id),
    "hiddenFromEmployeeFlag" => read_field(hidden_from_employee_flag), "hint" =>
    read_field(hint), "noWatermark" => read_field(no_watermark), "numberDecimalPlace" =>
    read_field(number_decimal_place), "numberFormatType" =>
    read_field(number_format_type), "numberValueType" => read_field(number_value_type),
    "optionText" => read_field(option_text), "required" => read_field(required),
    "visibleByEmp" => read_field(visible_by_emp) }
}
impl rt::WriteRequest for AddCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_hrm_legal_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddHrmLegalEntityRequest`], each named where it is set: `AddHrmLegalEntityRequest::new(AddHrmLegalEntityRequired { .. })`.
pub struct AddHrmLegalEntityRequired {
    /// `corpId`: see [`AddHrmLegalEntityRequest::corp_id`].
    pub corp_id: String,
    /// `legalEntityName`: see [`AddHrmLegalEntityRequest::legal_entity_name`].
    pub legal_entity_name: String,
    /// `legalEntityStatus`: see [`AddHrmLegalEntityRequest::legal_entity_status`].
    pub legal_entity_status: i64,
}
impl AddHrmLegalEntityRequest {
    /// A `AddHrmLegalEntityRequest` with its required fields (`corpId`, `legalEntityName`, `legalEntityStatus`); set the others with the methods named after them.
    pub fn new(required: AddHrmLegalEntityRequired) -> Self {
        let AddHrmLegalEntityRequired {
            corp_id,
            legal_entity_name,
            legal_entity_status,
        } = required;
        Self {
            ding_tenant_id: None,
            corp_id,
            create_user_id: None,
            ext: None,
            legal_entity_name,
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
rt::impl_serialize! {
    AddHrmLegalEntityRequest { "corpId" => field(corp_id), "createUserId" =>
    optional(create_user_id), "ext" => optional(ext), "legalEntityName" =>
    field(legal_entity_name), "legalEntityShortName" =>
    optional(legal_entity_short_name), "legalEntityStatus" => field(legal_entity_status),
    "legalPersonName" => optional(legal_person_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmLegalEntityRequest { "dingTenantId" => read_field(ding_tenant_id), "corpId" =>
    read_field(corp_id), "createUserId" => read_field(create_user_id), "ext" =>
    read_field(ext), "legalEntityName" => read_field(legal_entity_name),
    "legalEntityShortName" => read_field(legal_entity_short_name), "legalEntityStatus" =>
    read_field(legal_entity_status), "legalPersonName" => read_field(legal_person_name) }
}
impl rt::WriteRequest for AddHrmLegalEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTenantId", &self.ding_tenant_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_hrm_preentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddHrmPreentryRequest`], each named where it is set: `AddHrmPreentryRequest::new(AddHrmPreentryRequired { .. })`.
pub struct AddHrmPreentryRequired {
    /// `mobile`: see [`AddHrmPreentryRequest::mobile`].
    pub mobile: String,
    /// `name`: see [`AddHrmPreentryRequest::name`].
    pub name: String,
}
impl AddHrmPreentryRequest {
    /// A `AddHrmPreentryRequest` with its required fields (`mobile`, `name`); set the others with the methods named after them.
    pub fn new(required: AddHrmPreentryRequired) -> Self {
        let AddHrmPreentryRequired { mobile, name } = required;
        Self {
            agent_id: None,
            groups: None,
            mobile,
            name,
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
rt::impl_serialize! {
    AddHrmPreentryRequest { "agentId" => optional(agent_id), "groups" =>
    optional(groups), "mobile" => field(mobile), "name" => field(name),
    "needSendPreEntryMsg" => optional(need_send_pre_entry_msg), "preEntryTime" =>
    optional(pre_entry_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddHrmPreentryRequest { "agentId" => read_field(agent_id), "groups" =>
    read_field(groups), "mobile" => read_field(mobile), "name" => read_field(name),
    "needSendPreEntryMsg" => read_field(need_send_pre_entry_msg), "preEntryTime" =>
    read_field(pre_entry_time) }
}
impl rt::WriteRequest for AddHrmPreentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRosterFieldFormRequest {
    /// `detail`.
    pub detail: bool,
    /// `name`.
    pub name: String,
}
/// The required fields of [`AddRosterFieldFormRequest`], each named where it is set: `AddRosterFieldFormRequest::new(AddRosterFieldFormRequired { .. })`.
pub struct AddRosterFieldFormRequired {
    /// `detail`: see [`AddRosterFieldFormRequest::detail`].
    pub detail: bool,
    /// `name`: see [`AddRosterFieldFormRequest::name`].
    pub name: String,
}
impl AddRosterFieldFormRequest {
    /// A `AddRosterFieldFormRequest` with its required fields (`detail`, `name`); set the others with the methods named after them.
    pub fn new(required: AddRosterFieldFormRequired) -> Self {
        let AddRosterFieldFormRequired { detail, name } = required;
        Self { detail, name }
    }
}
rt::impl_serialize! {
    AddRosterFieldFormRequest { "detail" => field(detail), "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRosterFieldFormRequest { "detail" => read_field(detail), "name" =>
    read_field(name) }
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
rt::impl_serialize! {
    ConvertUnionIdRequest { "unionIdList" => optional(union_id_list), "userIdList" =>
    optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConvertUnionIdRequest { "unionIdList" => read_field(union_id_list), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for ConvertUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateRecordRequest`], each named where it is set: `CreateRecordRequest::new(CreateRecordRequired { .. })`.
pub struct CreateRecordRequired {
    /// `signSource`: see [`CreateRecordRequest::sign_source`].
    pub sign_source: String,
    /// `signStartUserId`: see [`CreateRecordRequest::sign_start_user_id`].
    pub sign_start_user_id: String,
    /// `signUserId`: see [`CreateRecordRequest::sign_user_id`].
    pub sign_user_id: String,
    /// `templateId`: see [`CreateRecordRequest::template_id`].
    pub template_id: String,
}
impl CreateRecordRequest {
    /// A `CreateRecordRequest` with its required fields (`signSource`, `signStartUserId`, `signUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: CreateRecordRequired) -> Self {
        let CreateRecordRequired {
            sign_source,
            sign_start_user_id,
            sign_user_id,
            template_id,
        } = required;
        Self {
            attachment_list: None,
            dept_id: None,
            field_list: None,
            group_list: None,
            outer_id: None,
            remark: None,
            sign_last_legal_entity_name: None,
            sign_legal_entity_name: None,
            sign_source,
            sign_start_user_id,
            sign_user_id,
            template_id,
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
rt::impl_serialize! {
    CreateRecordRequest { "attachmentList" => optional(attachment_list), "deptId" =>
    optional(dept_id), "fieldList" => optional(field_list), "groupList" =>
    optional(group_list), "outerId" => optional(outer_id), "remark" => optional(remark),
    "signLastLegalEntityName" => optional(sign_last_legal_entity_name),
    "signLegalEntityName" => optional(sign_legal_entity_name), "signSource" =>
    field(sign_source), "signStartUserId" => field(sign_start_user_id), "signUserId" =>
    field(sign_user_id), "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordRequest { "attachmentList" => read_field(attachment_list), "deptId" =>
    read_field(dept_id), "fieldList" => read_field(field_list), "groupList" =>
    read_field(group_list), "outerId" => read_field(outer_id), "remark" =>
    read_field(remark), "signLastLegalEntityName" =>
    read_field(sign_last_legal_entity_name), "signLegalEntityName" =>
    read_field(sign_legal_entity_name), "signSource" => read_field(sign_source),
    "signStartUserId" => read_field(sign_start_user_id), "signUserId" =>
    read_field(sign_user_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for CreateRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCustomRosterFieldRequest {
    /// `fieldCode`.
    pub field_code: String,
    /// `groupId`.
    pub group_id: String,
}
/// The required fields of [`DeleteCustomRosterFieldRequest`], each named where it is set: `DeleteCustomRosterFieldRequest::new(DeleteCustomRosterFieldRequired { .. })`.
pub struct DeleteCustomRosterFieldRequired {
    /// `fieldCode`: see [`DeleteCustomRosterFieldRequest::field_code`].
    pub field_code: String,
    /// `groupId`: see [`DeleteCustomRosterFieldRequest::group_id`].
    pub group_id: String,
}
impl DeleteCustomRosterFieldRequest {
    /// A `DeleteCustomRosterFieldRequest` with its required fields (`fieldCode`, `groupId`); set the others with the methods named after them.
    pub fn new(required: DeleteCustomRosterFieldRequired) -> Self {
        let DeleteCustomRosterFieldRequired { field_code, group_id } = required;
        Self { field_code, group_id }
    }
}
rt::impl_serialize! {
    DeleteCustomRosterFieldRequest { "fieldCode" => field(field_code), "groupId" =>
    field(group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCustomRosterFieldRequest { "fieldCode" => read_field(field_code), "groupId" =>
    read_field(group_id) }
}
impl rt::WriteRequest for DeleteCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRosterFieldFormRequest {
    /// `formId`.
    pub form_id: String,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`DeleteRosterFieldFormRequest`], each named where it is set: `DeleteRosterFieldFormRequest::new(DeleteRosterFieldFormRequired { .. })`.
pub struct DeleteRosterFieldFormRequired {
    /// `formId`: see [`DeleteRosterFieldFormRequest::form_id`].
    pub form_id: String,
}
impl DeleteRosterFieldFormRequest {
    /// A `DeleteRosterFieldFormRequest` with its required fields (`formId`); set the others with the methods named after them.
    pub fn new(required: DeleteRosterFieldFormRequired) -> Self {
        let DeleteRosterFieldFormRequired { form_id } = required;
        Self { form_id, user_id: None }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteRosterFieldFormRequest { "formId" => field(form_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRosterFieldFormRequest { "formId" => read_field(form_id), "userId" =>
    read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ECertQueryRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ECertQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::emp_start_dismission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`EmpStartDismissionRequest`], each named where it is set: `EmpStartDismissionRequest::new(EmpStartDismissionRequired { .. })`.
pub struct EmpStartDismissionRequired {
    /// `lastWorkDate`: see [`EmpStartDismissionRequest::last_work_date`].
    pub last_work_date: i64,
    /// `userId`: see [`EmpStartDismissionRequest::user_id`].
    pub user_id: String,
}
impl EmpStartDismissionRequest {
    /// A `EmpStartDismissionRequest` with its required fields (`lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(required: EmpStartDismissionRequired) -> Self {
        let EmpStartDismissionRequired { last_work_date, user_id } = required;
        Self {
            last_work_date,
            partner: None,
            remark: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            to_hire_black_list: None,
            to_hire_dismission_talent: None,
            to_hrm_black_list: None,
            user_id,
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
rt::impl_serialize! {
    EmpStartDismissionRequest { "lastWorkDate" => field(last_work_date), "partner" =>
    optional(partner), "remark" => optional(remark), "terminationReasonPassive" =>
    optional(termination_reason_passive), "terminationReasonVoluntary" =>
    optional(termination_reason_voluntary), "toHireBlackList" =>
    optional(to_hire_black_list), "toHireDismissionTalent" =>
    optional(to_hire_dismission_talent), "toHrmBlackList" => optional(to_hrm_black_list),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EmpStartDismissionRequest { "lastWorkDate" => read_field(last_work_date), "partner"
    => read_field(partner), "remark" => read_field(remark), "terminationReasonPassive" =>
    read_field(termination_reason_passive), "terminationReasonVoluntary" =>
    read_field(termination_reason_voluntary), "toHireBlackList" =>
    read_field(to_hire_black_list), "toHireDismissionTalent" =>
    read_field(to_hire_dismission_talent), "toHrmBlackList" =>
    read_field(to_hrm_black_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for EmpStartDismissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::employee_attachment_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`EmployeeAttachmentUpdateRequest`], each named where it is set: `EmployeeAttachmentUpdateRequest::new(EmployeeAttachmentUpdateRequired { .. })`.
pub struct EmployeeAttachmentUpdateRequired {
    /// `appAgentId`: see [`EmployeeAttachmentUpdateRequest::app_agent_id`].
    pub app_agent_id: i64,
    /// `fieldCode`: see [`EmployeeAttachmentUpdateRequest::field_code`].
    pub field_code: String,
    /// `mediaId`: see [`EmployeeAttachmentUpdateRequest::media_id`].
    pub media_id: String,
    /// `userId`: see [`EmployeeAttachmentUpdateRequest::user_id`].
    pub user_id: String,
}
impl EmployeeAttachmentUpdateRequest {
    /// A `EmployeeAttachmentUpdateRequest` with its required fields (`appAgentId`, `fieldCode`, `mediaId`, `userId`); set the others with the methods named after them.
    pub fn new(required: EmployeeAttachmentUpdateRequired) -> Self {
        let EmployeeAttachmentUpdateRequired {
            app_agent_id,
            field_code,
            media_id,
            user_id,
        } = required;
        Self {
            app_agent_id,
            field_code,
            file_suffix: None,
            media_id,
            user_id,
        }
    }
    /// Sets `fileSuffix`.
    pub fn file_suffix(mut self, value: impl Into<String>) -> Self {
        self.file_suffix = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EmployeeAttachmentUpdateRequest { "fieldCode" => field(field_code), "fileSuffix" =>
    optional(file_suffix), "mediaId" => field(media_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EmployeeAttachmentUpdateRequest { "appAgentId" => read_field(app_agent_id),
    "fieldCode" => read_field(field_code), "fileSuffix" => read_field(file_suffix),
    "mediaId" => read_field(media_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for EmployeeAttachmentUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::esign_rollback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EsignRollbackRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
/// The required fields of [`EsignRollbackRequest`], each named where it is set: `EsignRollbackRequest::new(EsignRollbackRequired { .. })`.
pub struct EsignRollbackRequired {
    /// `optUserId`: see [`EsignRollbackRequest::opt_user_id`].
    pub opt_user_id: String,
}
impl EsignRollbackRequest {
    /// A `EsignRollbackRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(required: EsignRollbackRequired) -> Self {
        let EsignRollbackRequired { opt_user_id } = required;
        Self { opt_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EsignRollbackRequest { "optUserId" => read_field(opt_user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDismissionRecordRequest { "nextToken" => read_field(next_token), "size" =>
    read_field(size) }
}
impl rt::WriteRequest for GetDismissionRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nextToken", &self.next_token);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::get_employee_roster_by_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetEmployeeRosterByFieldRequest`], each named where it is set: `GetEmployeeRosterByFieldRequest::new(GetEmployeeRosterByFieldRequired { .. })`.
pub struct GetEmployeeRosterByFieldRequired {
    /// `appAgentId`: see [`GetEmployeeRosterByFieldRequest::app_agent_id`].
    pub app_agent_id: i64,
    /// `userIdList`: see [`GetEmployeeRosterByFieldRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GetEmployeeRosterByFieldRequest {
    /// A `GetEmployeeRosterByFieldRequest` with its required fields (`appAgentId`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: GetEmployeeRosterByFieldRequired) -> Self {
        let GetEmployeeRosterByFieldRequired { app_agent_id, user_id_list } = required;
        Self {
            app_agent_id,
            field_filter_list: None,
            text2_select_convert: None,
            user_id_list,
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
rt::impl_serialize! {
    GetEmployeeRosterByFieldRequest { "appAgentId" => field(app_agent_id),
    "fieldFilterList" => optional(field_filter_list), "text2SelectConvert" =>
    optional(text2_select_convert), "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetEmployeeRosterByFieldRequest { "appAgentId" => read_field(app_agent_id),
    "fieldFilterList" => read_field(field_filter_list), "text2SelectConvert" =>
    read_field(text2_select_convert), "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for GetEmployeeRosterByFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_template_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetFileTemplateListRequest`], each named where it is set: `GetFileTemplateListRequest::new(GetFileTemplateListRequired { .. })`.
pub struct GetFileTemplateListRequired {
    /// `signSource`: see [`GetFileTemplateListRequest::sign_source`].
    pub sign_source: String,
}
impl GetFileTemplateListRequest {
    /// A `GetFileTemplateListRequest` with its required fields (`signSource`); set the others with the methods named after them.
    pub fn new(required: GetFileTemplateListRequired) -> Self {
        let GetFileTemplateListRequired { sign_source } = required;
        Self {
            max_results: None,
            next_token: None,
            sign_source,
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
rt::impl_serialize! {
    GetFileTemplateListRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "signSource" => field(sign_source), "templateStatus" =>
    optional(template_status), "templateTypeList" => optional(template_type_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileTemplateListRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "signSource" => read_field(sign_source), "templateStatus" =>
    read_field(template_status), "templateTypeList" => read_field(template_type_list) }
}
impl rt::WriteRequest for GetFileTemplateListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sign_record_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSignRecordByIdRequest {
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`GetSignRecordByIdRequest`], each named where it is set: `GetSignRecordByIdRequest::new(GetSignRecordByIdRequired { .. })`.
pub struct GetSignRecordByIdRequired {
    /// `body`: see [`GetSignRecordByIdRequest::body`].
    pub body: Vec<String>,
}
impl GetSignRecordByIdRequest {
    /// A `GetSignRecordByIdRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: GetSignRecordByIdRequired) -> Self {
        let GetSignRecordByIdRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSignRecordByIdRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for GetSignRecordByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_sign_record_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetSignRecordByUserIdRequest`], each named where it is set: `GetSignRecordByUserIdRequest::new(GetSignRecordByUserIdRequired { .. })`.
pub struct GetSignRecordByUserIdRequired {
    /// `signUserId`: see [`GetSignRecordByUserIdRequest::sign_user_id`].
    pub sign_user_id: String,
}
impl GetSignRecordByUserIdRequest {
    /// A `GetSignRecordByUserIdRequest` with its required fields (`signUserId`); set the others with the methods named after them.
    pub fn new(required: GetSignRecordByUserIdRequired) -> Self {
        let GetSignRecordByUserIdRequired { sign_user_id } = required;
        Self {
            max_results: None,
            next_token: None,
            sign_status: None,
            sign_user_id,
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
rt::impl_serialize! {
    GetSignRecordByUserIdRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "signStatus" => optional(sign_status), "signUserId" =>
    field(sign_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSignRecordByUserIdRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "signStatus" => read_field(sign_status), "signUserId" =>
    read_field(sign_user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserSignedRecordsByOuterIdRequest { "body" => read_field(body) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmAuthResourcesQueryRequest {
    /// `authResourceIds`.
    pub auth_resource_ids: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`HrmAuthResourcesQueryRequest`], each named where it is set: `HrmAuthResourcesQueryRequest::new(HrmAuthResourcesQueryRequired { .. })`.
pub struct HrmAuthResourcesQueryRequired {
    /// `authResourceIds`: see [`HrmAuthResourcesQueryRequest::auth_resource_ids`].
    pub auth_resource_ids: Vec<String>,
    /// `userId`: see [`HrmAuthResourcesQueryRequest::user_id`].
    pub user_id: String,
}
impl HrmAuthResourcesQueryRequest {
    /// A `HrmAuthResourcesQueryRequest` with its required fields (`authResourceIds`, `userId`); set the others with the methods named after them.
    pub fn new(required: HrmAuthResourcesQueryRequired) -> Self {
        let HrmAuthResourcesQueryRequired { auth_resource_ids, user_id } = required;
        Self { auth_resource_ids, user_id }
    }
}
rt::impl_serialize! {
    HrmAuthResourcesQueryRequest { "authResourceIds" => field(auth_resource_ids),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmAuthResourcesQueryRequest { "authResourceIds" => read_field(auth_resource_ids),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for HrmAuthResourcesQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_benefit_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmBenefitQueryRequest {
    /// `benefitCodes`.
    pub benefit_codes: Vec<String>,
}
/// The required fields of [`HrmBenefitQueryRequest`], each named where it is set: `HrmBenefitQueryRequest::new(HrmBenefitQueryRequired { .. })`.
pub struct HrmBenefitQueryRequired {
    /// `benefitCodes`: see [`HrmBenefitQueryRequest::benefit_codes`].
    pub benefit_codes: Vec<String>,
}
impl HrmBenefitQueryRequest {
    /// A `HrmBenefitQueryRequest` with its required fields (`benefitCodes`); set the others with the methods named after them.
    pub fn new(required: HrmBenefitQueryRequired) -> Self {
        let HrmBenefitQueryRequired { benefit_codes } = required;
        Self { benefit_codes }
    }
}
rt::impl_serialize! {
    HrmBenefitQueryRequest { "benefitCodes" => field(benefit_codes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmBenefitQueryRequest { "benefitCodes" => read_field(benefit_codes) }
}
impl rt::WriteRequest for HrmBenefitQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_corp_config_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmCorpConfigQueryRequest {
    /// `subType`.
    pub sub_type: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`HrmCorpConfigQueryRequest`], each named where it is set: `HrmCorpConfigQueryRequest::new(HrmCorpConfigQueryRequired { .. })`.
pub struct HrmCorpConfigQueryRequired {
    /// `subType`: see [`HrmCorpConfigQueryRequest::sub_type`].
    pub sub_type: String,
    /// `type`: see [`HrmCorpConfigQueryRequest::r#type`](HrmCorpConfigQueryRequest::type).
    pub r#type: String,
}
impl HrmCorpConfigQueryRequest {
    /// A `HrmCorpConfigQueryRequest` with its required fields (`subType`, `type`); set the others with the methods named after them.
    pub fn new(required: HrmCorpConfigQueryRequired) -> Self {
        let HrmCorpConfigQueryRequired { sub_type, r#type } = required;
        Self { sub_type, r#type }
    }
}
rt::impl_serialize! {
    HrmCorpConfigQueryRequest { "subType" => field(sub_type), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmCorpConfigQueryRequest { "subType" => read_field(sub_type), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for HrmCorpConfigQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_mail_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMailSendRequest {
    /// `mail`.
    pub mail: HrmMailSendRequestMail,
    /// `operator`.
    pub operator: HrmMailSendRequestOperator,
}
/// The required fields of [`HrmMailSendRequest`], each named where it is set: `HrmMailSendRequest::new(HrmMailSendRequired { .. })`.
pub struct HrmMailSendRequired {
    /// `mail`: see [`HrmMailSendRequest::mail`].
    pub mail: HrmMailSendRequestMail,
    /// `operator`: see [`HrmMailSendRequest::operator`].
    pub operator: HrmMailSendRequestOperator,
}
impl HrmMailSendRequest {
    /// A `HrmMailSendRequest` with its required fields (`mail`, `operator`); set the others with the methods named after them.
    pub fn new(required: HrmMailSendRequired) -> Self {
        let HrmMailSendRequired { mail, operator } = required;
        Self { mail, operator }
    }
}
rt::impl_serialize! {
    HrmMailSendRequest { "mail" => field(mail), "operator" => field(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMailSendRequest { "mail" => read_field(mail), "operator" => read_field(operator) }
}
impl rt::WriteRequest for HrmMailSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_moka_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMokaEventRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `content`.
    pub content: String,
}
/// The required fields of [`HrmMokaEventRequest`], each named where it is set: `HrmMokaEventRequest::new(HrmMokaEventRequired { .. })`.
pub struct HrmMokaEventRequired {
    /// `bizId`: see [`HrmMokaEventRequest::biz_id`].
    pub biz_id: String,
    /// `content`: see [`HrmMokaEventRequest::content`].
    pub content: String,
}
impl HrmMokaEventRequest {
    /// A `HrmMokaEventRequest` with its required fields (`bizId`, `content`); set the others with the methods named after them.
    pub fn new(required: HrmMokaEventRequired) -> Self {
        let HrmMokaEventRequired { biz_id, content } = required;
        Self { biz_id, content }
    }
}
rt::impl_serialize! {
    HrmMokaEventRequest { "bizId" => field(biz_id), "content" => field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMokaEventRequest { "bizId" => read_field(biz_id), "content" => read_field(content)
    }
}
impl rt::WriteRequest for HrmMokaEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_moka_oapi`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmMokaOapiRequest {
    /// `apiCode`.
    pub api_code: String,
    /// `params`.
    pub params: Option<rt::serde_json::Value>,
}
/// The required fields of [`HrmMokaOapiRequest`], each named where it is set: `HrmMokaOapiRequest::new(HrmMokaOapiRequired { .. })`.
pub struct HrmMokaOapiRequired {
    /// `apiCode`: see [`HrmMokaOapiRequest::api_code`].
    pub api_code: String,
}
impl HrmMokaOapiRequest {
    /// A `HrmMokaOapiRequest` with its required fields (`apiCode`); set the others with the methods named after them.
    pub fn new(required: HrmMokaOapiRequired) -> Self {
        let HrmMokaOapiRequired { api_code } = required;
        Self { api_code, params: None }
    }
    /// Sets `params`.
    pub fn params(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.params = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrmMokaOapiRequest { "apiCode" => field(api_code), "params" => optional(params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmMokaOapiRequest { "apiCode" => read_field(api_code), "params" =>
    read_field(params) }
}
impl rt::WriteRequest for HrmMokaOapiRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_regular`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmProcessRegularRequest`], each named where it is set: `HrmProcessRegularRequest::new(HrmProcessRegularRequired { .. })`.
pub struct HrmProcessRegularRequired {
    /// `operationId`: see [`HrmProcessRegularRequest::operation_id`].
    pub operation_id: String,
    /// `regularDate`: see [`HrmProcessRegularRequest::regular_date`].
    pub regular_date: i64,
    /// `userId`: see [`HrmProcessRegularRequest::user_id`].
    pub user_id: String,
}
impl HrmProcessRegularRequest {
    /// A `HrmProcessRegularRequest` with its required fields (`operationId`, `regularDate`, `userId`); set the others with the methods named after them.
    pub fn new(required: HrmProcessRegularRequired) -> Self {
        let HrmProcessRegularRequired { operation_id, regular_date, user_id } = required;
        Self {
            operation_id,
            regular_date,
            remark: None,
            user_id,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    HrmProcessRegularRequest { "operationId" => field(operation_id), "regularDate" =>
    field(regular_date), "remark" => optional(remark), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmProcessRegularRequest { "operationId" => read_field(operation_id), "regularDate"
    => read_field(regular_date), "remark" => read_field(remark), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for HrmProcessRegularRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_termination_and_handover`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmProcessTerminationAndHandoverRequest`], each named where it is set: `HrmProcessTerminationAndHandoverRequest::new(HrmProcessTerminationAndHandoverRequired { .. })`.
pub struct HrmProcessTerminationAndHandoverRequired {
    /// `dismissionMemo`: see [`HrmProcessTerminationAndHandoverRequest::dismission_memo`].
    pub dismission_memo: String,
    /// `lastWorkDate`: see [`HrmProcessTerminationAndHandoverRequest::last_work_date`].
    pub last_work_date: i64,
    /// `optUserId`: see [`HrmProcessTerminationAndHandoverRequest::opt_user_id`].
    pub opt_user_id: String,
    /// `userId`: see [`HrmProcessTerminationAndHandoverRequest::user_id`].
    pub user_id: String,
}
impl HrmProcessTerminationAndHandoverRequest {
    /// A `HrmProcessTerminationAndHandoverRequest` with its required fields (`dismissionMemo`, `lastWorkDate`, `optUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: HrmProcessTerminationAndHandoverRequired) -> Self {
        let HrmProcessTerminationAndHandoverRequired {
            dismission_memo,
            last_work_date,
            opt_user_id,
            user_id,
        } = required;
        Self {
            aflow_hand_over_user_id: None,
            ding_pan_handover_user_id: None,
            direct_subordinates_handover_user_id: None,
            dismission_memo,
            dismission_reason: None,
            doc_note_handover_user_id: None,
            last_work_date,
            opt_user_id,
            permission_handover_user_id: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            user_id,
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
rt::impl_serialize! {
    HrmProcessTerminationAndHandoverRequest { "aflowHandOverUserId" =>
    optional(aflow_hand_over_user_id), "dingPanHandoverUserId" =>
    optional(ding_pan_handover_user_id), "directSubordinatesHandoverUserId" =>
    optional(direct_subordinates_handover_user_id), "dismissionMemo" =>
    field(dismission_memo), "dismissionReason" => optional(dismission_reason),
    "docNoteHandoverUserId" => optional(doc_note_handover_user_id), "lastWorkDate" =>
    field(last_work_date), "optUserId" => field(opt_user_id), "permissionHandoverUserId"
    => optional(permission_handover_user_id), "terminationReasonPassive" =>
    optional(termination_reason_passive), "terminationReasonVoluntary" =>
    optional(termination_reason_voluntary), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmProcessTerminationAndHandoverRequest { "aflowHandOverUserId" =>
    read_field(aflow_hand_over_user_id), "dingPanHandoverUserId" =>
    read_field(ding_pan_handover_user_id), "directSubordinatesHandoverUserId" =>
    read_field(direct_subordinates_handover_user_id), "dismissionMemo" =>
    read_field(dismission_memo), "dismissionReason" => read_field(dismission_reason),
    "docNoteHandoverUserId" => read_field(doc_note_handover_user_id), "lastWorkDate" =>
    read_field(last_work_date), "optUserId" => read_field(opt_user_id),
    "permissionHandoverUserId" => read_field(permission_handover_user_id),
    "terminationReasonPassive" => read_field(termination_reason_passive),
    "terminationReasonVoluntary" => read_field(termination_reason_voluntary), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for HrmProcessTerminationAndHandoverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_transfer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmProcessTransferRequest`], each named where it is set: `HrmProcessTransferRequest::new(HrmProcessTransferRequired { .. })`.
pub struct HrmProcessTransferRequired {
    /// `userId`: see [`HrmProcessTransferRequest::user_id`].
    pub user_id: String,
}
impl HrmProcessTransferRequest {
    /// A `HrmProcessTransferRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: HrmProcessTransferRequired) -> Self {
        let HrmProcessTransferRequired { user_id } = required;
        Self {
            dept_ids_after_transfer: None,
            job_id_after_transfer: None,
            main_dept_id_after_transfer: None,
            operate_user_id: None,
            position_id_after_transfer: None,
            position_level_after_transfer: None,
            position_name_after_transfer: None,
            rank_id_after_transfer: None,
            user_id,
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
rt::impl_serialize! {
    HrmProcessTransferRequest { "deptIdsAfterTransfer" =>
    optional(dept_ids_after_transfer), "jobIdAfterTransfer" =>
    optional(job_id_after_transfer), "mainDeptIdAfterTransfer" =>
    optional(main_dept_id_after_transfer), "operateUserId" => optional(operate_user_id),
    "positionIdAfterTransfer" => optional(position_id_after_transfer),
    "positionLevelAfterTransfer" => optional(position_level_after_transfer),
    "positionNameAfterTransfer" => optional(position_name_after_transfer),
    "rankIdAfterTransfer" => optional(rank_id_after_transfer), "userId" => field(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmProcessTransferRequest { "deptIdsAfterTransfer" =>
    read_field(dept_ids_after_transfer), "jobIdAfterTransfer" =>
    read_field(job_id_after_transfer), "mainDeptIdAfterTransfer" =>
    read_field(main_dept_id_after_transfer), "operateUserId" =>
    read_field(operate_user_id), "positionIdAfterTransfer" =>
    read_field(position_id_after_transfer), "positionLevelAfterTransfer" =>
    read_field(position_level_after_transfer), "positionNameAfterTransfer" =>
    read_field(position_name_after_transfer), "rankIdAfterTransfer" =>
    read_field(rank_id_after_transfer), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for HrmProcessTransferRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_process_update_termination_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HrmProcessUpdateTerminationInfoRequest {
    /// `dismissionMemo`.
    pub dismission_memo: String,
    /// `lastWorkDate`.
    pub last_work_date: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`HrmProcessUpdateTerminationInfoRequest`], each named where it is set: `HrmProcessUpdateTerminationInfoRequest::new(HrmProcessUpdateTerminationInfoRequired { .. })`.
pub struct HrmProcessUpdateTerminationInfoRequired {
    /// `dismissionMemo`: see [`HrmProcessUpdateTerminationInfoRequest::dismission_memo`].
    pub dismission_memo: String,
    /// `lastWorkDate`: see [`HrmProcessUpdateTerminationInfoRequest::last_work_date`].
    pub last_work_date: i64,
    /// `userId`: see [`HrmProcessUpdateTerminationInfoRequest::user_id`].
    pub user_id: String,
}
impl HrmProcessUpdateTerminationInfoRequest {
    /// A `HrmProcessUpdateTerminationInfoRequest` with its required fields (`dismissionMemo`, `lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(required: HrmProcessUpdateTerminationInfoRequired) -> Self {
        let HrmProcessUpdateTerminationInfoRequired {
            dismission_memo,
            last_work_date,
            user_id,
        } = required;
        Self {
            dismission_memo,
            last_work_date,
            user_id,
        }
    }
}
rt::impl_serialize! {
    HrmProcessUpdateTerminationInfoRequest { "dismissionMemo" => field(dismission_memo),
    "lastWorkDate" => field(last_work_date), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmProcessUpdateTerminationInfoRequest { "dismissionMemo" =>
    read_field(dismission_memo), "lastWorkDate" => read_field(last_work_date), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for HrmProcessUpdateTerminationInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hrm_pts_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`HrmPtsServiceRequest`], each named where it is set: `HrmPtsServiceRequest::new(HrmPtsServiceRequired { .. })`.
pub struct HrmPtsServiceRequired {
    /// `env`: see [`HrmPtsServiceRequest::env`].
    pub env: String,
    /// `outerId`: see [`HrmPtsServiceRequest::outer_id`].
    pub outer_id: String,
    /// `path`: see [`HrmPtsServiceRequest::path`].
    pub path: String,
}
impl HrmPtsServiceRequest {
    /// A `HrmPtsServiceRequest` with its required fields (`env`, `outerId`, `path`); set the others with the methods named after them.
    pub fn new(required: HrmPtsServiceRequired) -> Self {
        let HrmPtsServiceRequired { env, outer_id, path } = required;
        Self {
            env,
            method: None,
            outer_id,
            params: None,
            path,
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
rt::impl_serialize! {
    HrmPtsServiceRequest { "env" => field(env), "method" => optional(method), "outerId"
    => field(outer_id), "params" => optional(params), "path" => field(path) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HrmPtsServiceRequest { "env" => read_field(env), "method" => read_field(method),
    "outerId" => read_field(outer_id), "params" => read_field(params), "path" =>
    read_field(path) }
}
impl rt::WriteRequest for HrmPtsServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invalid_sign_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InvalidSignRecordsRequest {
    /// `invalidUserId`.
    pub invalid_user_id: String,
    /// `signRecordIds`.
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`.
    pub status_remark: String,
}
/// The required fields of [`InvalidSignRecordsRequest`], each named where it is set: `InvalidSignRecordsRequest::new(InvalidSignRecordsRequired { .. })`.
pub struct InvalidSignRecordsRequired {
    /// `invalidUserId`: see [`InvalidSignRecordsRequest::invalid_user_id`].
    pub invalid_user_id: String,
    /// `signRecordIds`: see [`InvalidSignRecordsRequest::sign_record_ids`].
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`: see [`InvalidSignRecordsRequest::status_remark`].
    pub status_remark: String,
}
impl InvalidSignRecordsRequest {
    /// A `InvalidSignRecordsRequest` with its required fields (`invalidUserId`, `signRecordIds`, `statusRemark`); set the others with the methods named after them.
    pub fn new(required: InvalidSignRecordsRequired) -> Self {
        let InvalidSignRecordsRequired {
            invalid_user_id,
            sign_record_ids,
            status_remark,
        } = required;
        Self {
            invalid_user_id,
            sign_record_ids,
            status_remark,
        }
    }
}
rt::impl_serialize! {
    InvalidSignRecordsRequest { "invalidUserId" => field(invalid_user_id),
    "signRecordIds" => field(sign_record_ids), "statusRemark" => field(status_remark) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InvalidSignRecordsRequest { "invalidUserId" => read_field(invalid_user_id),
    "signRecordIds" => read_field(sign_record_ids), "statusRemark" =>
    read_field(status_remark) }
}
impl rt::WriteRequest for InvalidSignRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_data_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MasterDataDeleteRequest {
    /// `tenantId`: a query parameter.
    pub tenant_id: i64,
    /// `body`.
    pub body: Vec<MasterDataDeleteRequestBody>,
}
/// The required fields of [`MasterDataDeleteRequest`], each named where it is set: `MasterDataDeleteRequest::new(MasterDataDeleteRequired { .. })`.
pub struct MasterDataDeleteRequired {
    /// `tenantId`: see [`MasterDataDeleteRequest::tenant_id`].
    pub tenant_id: i64,
    /// `body`: see [`MasterDataDeleteRequest::body`].
    pub body: Vec<MasterDataDeleteRequestBody>,
}
impl MasterDataDeleteRequest {
    /// A `MasterDataDeleteRequest` with its required fields (`tenantId`, `body`); set the others with the methods named after them.
    pub fn new(required: MasterDataDeleteRequired) -> Self {
        let MasterDataDeleteRequired { tenant_id, body } = required;
        Self { tenant_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataDeleteRequest { "tenantId" => read_field(tenant_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for MasterDataDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantId", &self.tenant_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::master_data_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`MasterDataQueryRequest`], each named where it is set: `MasterDataQueryRequest::new(MasterDataQueryRequired { .. })`.
pub struct MasterDataQueryRequired {
    /// `maxResults`: see [`MasterDataQueryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`MasterDataQueryRequest::next_token`].
    pub next_token: i64,
    /// `relationIds`: see [`MasterDataQueryRequest::relation_ids`].
    pub relation_ids: Vec<String>,
    /// `scopeCode`: see [`MasterDataQueryRequest::scope_code`].
    pub scope_code: String,
    /// `tenantId`: see [`MasterDataQueryRequest::tenant_id`].
    pub tenant_id: i64,
    /// `viewEntityCode`: see [`MasterDataQueryRequest::view_entity_code`].
    pub view_entity_code: String,
}
impl MasterDataQueryRequest {
    /// A `MasterDataQueryRequest` with its required fields (`maxResults`, `nextToken`, `relationIds`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(required: MasterDataQueryRequired) -> Self {
        let MasterDataQueryRequired {
            max_results,
            next_token,
            relation_ids,
            scope_code,
            tenant_id,
            view_entity_code,
        } = required;
        Self {
            biz_uk: None,
            max_results,
            next_token,
            opt_user_id: None,
            query_params: None,
            relation_ids,
            scope_code,
            tenant_id,
            view_entity_code,
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
rt::impl_serialize! {
    MasterDataQueryRequest { "bizUK" => optional(biz_uk), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "optUserId" =>
    optional(opt_user_id), "queryParams" => optional(query_params), "relationIds" =>
    field(relation_ids), "scopeCode" => field(scope_code), "tenantId" =>
    field(tenant_id), "viewEntityCode" => field(view_entity_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataQueryRequest { "bizUK" => read_field(biz_uk), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "optUserId" =>
    read_field(opt_user_id), "queryParams" => read_field(query_params), "relationIds" =>
    read_field(relation_ids), "scopeCode" => read_field(scope_code), "tenantId" =>
    read_field(tenant_id), "viewEntityCode" => read_field(view_entity_code) }
}
impl rt::WriteRequest for MasterDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_data_save`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MasterDataSaveRequest {
    /// `tenantId`: a query parameter.
    pub tenant_id: i64,
    /// `body`.
    pub body: Vec<MasterDataSaveRequestBody>,
}
/// The required fields of [`MasterDataSaveRequest`], each named where it is set: `MasterDataSaveRequest::new(MasterDataSaveRequired { .. })`.
pub struct MasterDataSaveRequired {
    /// `tenantId`: see [`MasterDataSaveRequest::tenant_id`].
    pub tenant_id: i64,
    /// `body`: see [`MasterDataSaveRequest::body`].
    pub body: Vec<MasterDataSaveRequestBody>,
}
impl MasterDataSaveRequest {
    /// A `MasterDataSaveRequest` with its required fields (`tenantId`, `body`); set the others with the methods named after them.
    pub fn new(required: MasterDataSaveRequired) -> Self {
        let MasterDataSaveRequired { tenant_id, body } = required;
        Self { tenant_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataSaveRequest { "tenantId" => read_field(tenant_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for MasterDataSaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantId", &self.tenant_id);
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::master_data_tenant_quey`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MasterDataTenantQueyRequest {
    /// `entityCode`: a query parameter.
    pub entity_code: String,
    /// `scopeCode`: a query parameter.
    pub scope_code: String,
}
/// The required fields of [`MasterDataTenantQueyRequest`], each named where it is set: `MasterDataTenantQueyRequest::new(MasterDataTenantQueyRequired { .. })`.
pub struct MasterDataTenantQueyRequired {
    /// `entityCode`: see [`MasterDataTenantQueyRequest::entity_code`].
    pub entity_code: String,
    /// `scopeCode`: see [`MasterDataTenantQueyRequest::scope_code`].
    pub scope_code: String,
}
impl MasterDataTenantQueyRequest {
    /// A `MasterDataTenantQueyRequest` with its required fields (`entityCode`, `scopeCode`); set the others with the methods named after them.
    pub fn new(required: MasterDataTenantQueyRequired) -> Self {
        let MasterDataTenantQueyRequired { entity_code, scope_code } = required;
        Self { entity_code, scope_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDataTenantQueyRequest { "entityCode" => read_field(entity_code), "scopeCode" =>
    read_field(scope_code) }
}
impl rt::WriteRequest for MasterDataTenantQueyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("entityCode", &self.entity_code);
        writer.query("scopeCode", &self.scope_code);
    }
}
/// The request of [`Api::master_datas_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`MasterDatasGetRequest`], each named where it is set: `MasterDatasGetRequest::new(MasterDatasGetRequired { .. })`.
pub struct MasterDatasGetRequired {
    /// `objId`: see [`MasterDatasGetRequest::obj_id`].
    pub obj_id: String,
    /// `scopeCode`: see [`MasterDatasGetRequest::scope_code`].
    pub scope_code: String,
    /// `tenantId`: see [`MasterDatasGetRequest::tenant_id`].
    pub tenant_id: i64,
    /// `viewEntityCode`: see [`MasterDatasGetRequest::view_entity_code`].
    pub view_entity_code: String,
}
impl MasterDatasGetRequest {
    /// A `MasterDatasGetRequest` with its required fields (`objId`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(required: MasterDatasGetRequired) -> Self {
        let MasterDatasGetRequired { obj_id, scope_code, tenant_id, view_entity_code } = required;
        Self {
            obj_id,
            scope_code,
            tenant_id,
            view_entity_code,
        }
    }
}
rt::impl_serialize! {
    MasterDatasGetRequest { "objId" => field(obj_id), "scopeCode" => field(scope_code),
    "tenantId" => field(tenant_id), "viewEntityCode" => field(view_entity_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDatasGetRequest { "objId" => read_field(obj_id), "scopeCode" =>
    read_field(scope_code), "tenantId" => read_field(tenant_id), "viewEntityCode" =>
    read_field(view_entity_code) }
}
impl rt::WriteRequest for MasterDatasGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::master_datas_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`MasterDatasQueryRequest`], each named where it is set: `MasterDatasQueryRequest::new(MasterDatasQueryRequired { .. })`.
pub struct MasterDatasQueryRequired {
    /// `maxResults`: see [`MasterDatasQueryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`MasterDatasQueryRequest::next_token`].
    pub next_token: i64,
    /// `relationIds`: see [`MasterDatasQueryRequest::relation_ids`].
    pub relation_ids: Vec<String>,
    /// `scopeCode`: see [`MasterDatasQueryRequest::scope_code`].
    pub scope_code: String,
    /// `tenantId`: see [`MasterDatasQueryRequest::tenant_id`].
    pub tenant_id: i64,
    /// `viewEntityCode`: see [`MasterDatasQueryRequest::view_entity_code`].
    pub view_entity_code: String,
}
impl MasterDatasQueryRequest {
    /// A `MasterDatasQueryRequest` with its required fields (`maxResults`, `nextToken`, `relationIds`, `scopeCode`, `tenantId`, `viewEntityCode`); set the others with the methods named after them.
    pub fn new(required: MasterDatasQueryRequired) -> Self {
        let MasterDatasQueryRequired {
            max_results,
            next_token,
            relation_ids,
            scope_code,
            tenant_id,
            view_entity_code,
        } = required;
        Self {
            biz_uk: None,
            max_results,
            next_token,
            query_params: None,
            relation_ids,
            scope_code,
            tenant_id,
            view_entity_code,
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
rt::impl_serialize! {
    MasterDatasQueryRequest { "bizUK" => optional(biz_uk), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "queryParams" =>
    optional(query_params), "relationIds" => field(relation_ids), "scopeCode" =>
    field(scope_code), "tenantId" => field(tenant_id), "viewEntityCode" =>
    field(view_entity_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MasterDatasQueryRequest { "bizUK" => read_field(biz_uk), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "queryParams" =>
    read_field(query_params), "relationIds" => read_field(relation_ids), "scopeCode" =>
    read_field(scope_code), "tenantId" => read_field(tenant_id), "viewEntityCode" =>
    read_field(view_entity_code) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenOemMicroAppRequest { "tenantId" => read_field(tenant_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomEntryProcessesRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "operateUserId" => read_field(operate_user_id)
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDismissionStaffIdListRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for QueryDismissionStaffIdListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_hrm_employee_dismission_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryHrmEmployeeDismissionInfoRequest {
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`QueryHrmEmployeeDismissionInfoRequest`], each named where it is set: `QueryHrmEmployeeDismissionInfoRequest::new(QueryHrmEmployeeDismissionInfoRequired { .. })`.
pub struct QueryHrmEmployeeDismissionInfoRequired {
    /// `userIdList`: see [`QueryHrmEmployeeDismissionInfoRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl QueryHrmEmployeeDismissionInfoRequest {
    /// A `QueryHrmEmployeeDismissionInfoRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(required: QueryHrmEmployeeDismissionInfoRequired) -> Self {
        let QueryHrmEmployeeDismissionInfoRequired { user_id_list } = required;
        Self { user_id_list }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryHrmEmployeeDismissionInfoRequest { "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for QueryHrmEmployeeDismissionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::query_job_ranks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryJobRanksRequest`], each named where it is set: `QueryJobRanksRequest::new(QueryJobRanksRequired { .. })`.
pub struct QueryJobRanksRequired {
    /// `maxResults`: see [`QueryJobRanksRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryJobRanksRequest::next_token`].
    pub next_token: i64,
}
impl QueryJobRanksRequest {
    /// A `QueryJobRanksRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryJobRanksRequired) -> Self {
        let QueryJobRanksRequired { max_results, next_token } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryJobRanksRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "rankCategoryId" => read_field(rank_category_id), "rankCode"
    => read_field(rank_code), "rankName" => read_field(rank_name) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryJobsRequest {
    /// `jobName`: a query parameter.
    pub job_name: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`QueryJobsRequest`], each named where it is set: `QueryJobsRequest::new(QueryJobsRequired { .. })`.
pub struct QueryJobsRequired {
    /// `maxResults`: see [`QueryJobsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryJobsRequest::next_token`].
    pub next_token: i64,
}
impl QueryJobsRequest {
    /// A `QueryJobsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryJobsRequired) -> Self {
        let QueryJobsRequired { max_results, next_token } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryJobsRequest { "jobName" => read_field(job_name), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
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
rt::impl_serialize! {
    QueryMicroAppStatusRequest { "tenantIdList" => optional(tenant_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMicroAppStatusRequest { "tenantIdList" => read_field(tenant_id_list) }
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
rt::impl_serialize! {
    QueryMicroAppViewRequest { "tenantIdList" => optional(tenant_id_list), "viewUserId"
    => optional(view_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMicroAppViewRequest { "tenantIdList" => read_field(tenant_id_list), "viewUserId"
    => read_field(view_user_id) }
}
impl rt::WriteRequest for QueryMicroAppViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_positions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryPositionsRequest`], each named where it is set: `QueryPositionsRequest::new(QueryPositionsRequired { .. })`.
pub struct QueryPositionsRequired {
    /// `maxResults`: see [`QueryPositionsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryPositionsRequest::next_token`].
    pub next_token: i64,
}
impl QueryPositionsRequest {
    /// A `QueryPositionsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryPositionsRequired) -> Self {
        let QueryPositionsRequired { max_results, next_token } = required;
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
rt::impl_serialize! {
    QueryPositionsRequest { "deptId" => optional(dept_id), "inCategoryIds" =>
    optional(in_category_ids), "inPositionIds" => optional(in_position_ids),
    "positionName" => optional(position_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPositionsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "deptId" => read_field(dept_id), "inCategoryIds" =>
    read_field(in_category_ids), "inPositionIds" => read_field(in_position_ids),
    "positionName" => read_field(position_name) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RevokeSignRecordsRequest {
    /// `revokeUserId`.
    pub revoke_user_id: String,
    /// `signRecordIds`.
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`.
    pub status_remark: String,
}
/// The required fields of [`RevokeSignRecordsRequest`], each named where it is set: `RevokeSignRecordsRequest::new(RevokeSignRecordsRequired { .. })`.
pub struct RevokeSignRecordsRequired {
    /// `revokeUserId`: see [`RevokeSignRecordsRequest::revoke_user_id`].
    pub revoke_user_id: String,
    /// `signRecordIds`: see [`RevokeSignRecordsRequest::sign_record_ids`].
    pub sign_record_ids: Vec<String>,
    /// `statusRemark`: see [`RevokeSignRecordsRequest::status_remark`].
    pub status_remark: String,
}
impl RevokeSignRecordsRequest {
    /// A `RevokeSignRecordsRequest` with its required fields (`revokeUserId`, `signRecordIds`, `statusRemark`); set the others with the methods named after them.
    pub fn new(required: RevokeSignRecordsRequired) -> Self {
        let RevokeSignRecordsRequired {
            revoke_user_id,
            sign_record_ids,
            status_remark,
        } = required;
        Self {
            revoke_user_id,
            sign_record_ids,
            status_remark,
        }
    }
}
rt::impl_serialize! {
    RevokeSignRecordsRequest { "revokeUserId" => field(revoke_user_id), "signRecordIds"
    => field(sign_record_ids), "statusRemark" => field(status_remark) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevokeSignRecordsRequest { "revokeUserId" => read_field(revoke_user_id),
    "signRecordIds" => read_field(sign_record_ids), "statusRemark" =>
    read_field(status_remark) }
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
rt::impl_serialize! {
    RevokeTerminationRequest { "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevokeTerminationRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RevokeTerminationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::roster_meta_available_field_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RosterMetaAvailableFieldListRequest {
    /// `appAgentId`: a query parameter.
    pub app_agent_id: i64,
}
/// The required fields of [`RosterMetaAvailableFieldListRequest`], each named where it is set: `RosterMetaAvailableFieldListRequest::new(RosterMetaAvailableFieldListRequired { .. })`.
pub struct RosterMetaAvailableFieldListRequired {
    /// `appAgentId`: see [`RosterMetaAvailableFieldListRequest::app_agent_id`].
    pub app_agent_id: i64,
}
impl RosterMetaAvailableFieldListRequest {
    /// A `RosterMetaAvailableFieldListRequest` with its required fields (`appAgentId`); set the others with the methods named after them.
    pub fn new(required: RosterMetaAvailableFieldListRequired) -> Self {
        let RosterMetaAvailableFieldListRequired { app_agent_id } = required;
        Self { app_agent_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RosterMetaAvailableFieldListRequest { "appAgentId" => read_field(app_agent_id) }
}
impl rt::WriteRequest for RosterMetaAvailableFieldListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
    }
}
/// The request of [`Api::roster_meta_field_options_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RosterMetaFieldOptionsUpdateRequest`], each named where it is set: `RosterMetaFieldOptionsUpdateRequest::new(RosterMetaFieldOptionsUpdateRequired { .. })`.
pub struct RosterMetaFieldOptionsUpdateRequired {
    /// `fieldCode`: see [`RosterMetaFieldOptionsUpdateRequest::field_code`].
    pub field_code: String,
    /// `groupId`: see [`RosterMetaFieldOptionsUpdateRequest::group_id`].
    pub group_id: String,
    /// `labels`: see [`RosterMetaFieldOptionsUpdateRequest::labels`].
    pub labels: Vec<String>,
    /// `modifyType`: see [`RosterMetaFieldOptionsUpdateRequest::modify_type`].
    pub modify_type: String,
}
impl RosterMetaFieldOptionsUpdateRequest {
    /// A `RosterMetaFieldOptionsUpdateRequest` with its required fields (`fieldCode`, `groupId`, `labels`, `modifyType`); set the others with the methods named after them.
    pub fn new(required: RosterMetaFieldOptionsUpdateRequired) -> Self {
        let RosterMetaFieldOptionsUpdateRequired {
            field_code,
            group_id,
            labels,
            modify_type,
        } = required;
        Self {
            app_agent_id: None,
            field_code,
            group_id,
            labels,
            modify_type,
        }
    }
    /// Sets `appAgentId`.
    pub fn app_agent_id(mut self, value: i64) -> Self {
        self.app_agent_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    RosterMetaFieldOptionsUpdateRequest { "fieldCode" => field(field_code), "groupId" =>
    field(group_id), "labels" => field(labels), "modifyType" => field(modify_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RosterMetaFieldOptionsUpdateRequest { "appAgentId" => read_field(app_agent_id),
    "fieldCode" => read_field(field_code), "groupId" => read_field(group_id), "labels" =>
    read_field(labels), "modifyType" => read_field(modify_type) }
}
impl rt::WriteRequest for RosterMetaFieldOptionsUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appAgentId", &self.app_agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_isv_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendIsvCardMessageRequest`], each named where it is set: `SendIsvCardMessageRequest::new(SendIsvCardMessageRequired { .. })`.
pub struct SendIsvCardMessageRequired {
    /// `agentId`: see [`SendIsvCardMessageRequest::agent_id`].
    pub agent_id: i64,
    /// `bizId`: see [`SendIsvCardMessageRequest::biz_id`].
    pub biz_id: String,
    /// `messageType`: see [`SendIsvCardMessageRequest::message_type`].
    pub message_type: String,
    /// `receiverUserIds`: see [`SendIsvCardMessageRequest::receiver_user_ids`].
    pub receiver_user_ids: Vec<String>,
    /// `sceneType`: see [`SendIsvCardMessageRequest::scene_type`].
    pub scene_type: String,
    /// `scope`: see [`SendIsvCardMessageRequest::scope`].
    pub scope: String,
    /// `senderUserId`: see [`SendIsvCardMessageRequest::sender_user_id`].
    pub sender_user_id: String,
}
impl SendIsvCardMessageRequest {
    /// A `SendIsvCardMessageRequest` with its required fields (`agentId`, `bizId`, `messageType`, `receiverUserIds`, `sceneType`, `scope`, `senderUserId`); set the others with the methods named after them.
    pub fn new(required: SendIsvCardMessageRequired) -> Self {
        let SendIsvCardMessageRequired {
            agent_id,
            biz_id,
            message_type,
            receiver_user_ids,
            scene_type,
            scope,
            sender_user_id,
        } = required;
        Self {
            agent_id,
            biz_id,
            message_type,
            receiver_user_ids,
            scene_type,
            scope,
            sender_user_id,
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
rt::impl_serialize! {
    SendIsvCardMessageRequest { "bizId" => field(biz_id), "messageType" =>
    field(message_type), "receiverUserIds" => field(receiver_user_ids), "sceneType" =>
    field(scene_type), "scope" => field(scope), "senderUserId" => field(sender_user_id),
    "valueMap" => optional(value_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendIsvCardMessageRequest { "agentId" => read_field(agent_id), "bizId" =>
    read_field(biz_id), "messageType" => read_field(message_type), "receiverUserIds" =>
    read_field(receiver_user_ids), "sceneType" => read_field(scene_type), "scope" =>
    read_field(scope), "senderUserId" => read_field(sender_user_id), "valueMap" =>
    read_field(value_map) }
}
impl rt::WriteRequest for SendIsvCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_real_auth_invite_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRealAuthInviteMessageRequest {
    /// `inviterId`.
    pub inviter_id: String,
    /// `onWorkingEmpSearchVO`.
    pub on_working_emp_search_vo: SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO,
}
/// The required fields of [`SendRealAuthInviteMessageRequest`], each named where it is set: `SendRealAuthInviteMessageRequest::new(SendRealAuthInviteMessageRequired { .. })`.
pub struct SendRealAuthInviteMessageRequired {
    /// `inviterId`: see [`SendRealAuthInviteMessageRequest::inviter_id`].
    pub inviter_id: String,
    /// `onWorkingEmpSearchVO`: see [`SendRealAuthInviteMessageRequest::on_working_emp_search_vo`].
    pub on_working_emp_search_vo: SendRealAuthInviteMessageRequestOnWorkingEmpSearchVO,
}
impl SendRealAuthInviteMessageRequest {
    /// A `SendRealAuthInviteMessageRequest` with its required fields (`inviterId`, `onWorkingEmpSearchVO`); set the others with the methods named after them.
    pub fn new(required: SendRealAuthInviteMessageRequired) -> Self {
        let SendRealAuthInviteMessageRequired { inviter_id, on_working_emp_search_vo } = required;
        Self {
            inviter_id,
            on_working_emp_search_vo,
        }
    }
}
rt::impl_serialize! {
    SendRealAuthInviteMessageRequest { "inviterId" => field(inviter_id),
    "onWorkingEmpSearchVO" => field(on_working_emp_search_vo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRealAuthInviteMessageRequest { "inviterId" => read_field(inviter_id),
    "onWorkingEmpSearchVO" => read_field(on_working_emp_search_vo) }
}
impl rt::WriteRequest for SendRealAuthInviteMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::solution_task_init`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SolutionTaskInitRequest`], each named where it is set: `SolutionTaskInitRequest::new(SolutionTaskInitRequired { .. })`.
pub struct SolutionTaskInitRequired {
    /// `solutionType`: see [`SolutionTaskInitRequest::solution_type`].
    pub solution_type: String,
    /// `category`: see [`SolutionTaskInitRequest::category`].
    pub category: String,
    /// `outerId`: see [`SolutionTaskInitRequest::outer_id`].
    pub outer_id: String,
    /// `status`: see [`SolutionTaskInitRequest::status`].
    pub status: String,
    /// `title`: see [`SolutionTaskInitRequest::title`].
    pub title: String,
    /// `userId`: see [`SolutionTaskInitRequest::user_id`].
    pub user_id: String,
}
impl SolutionTaskInitRequest {
    /// A `SolutionTaskInitRequest` with its required fields (`solutionType`, `category`, `outerId`, `status`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: SolutionTaskInitRequired) -> Self {
        let SolutionTaskInitRequired {
            solution_type,
            category,
            outer_id,
            status,
            title,
            user_id,
        } = required;
        Self {
            solution_type,
            category,
            claim_time: None,
            description: None,
            finish_time: None,
            outer_id,
            status,
            title,
            user_id,
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
rt::impl_serialize! {
    SolutionTaskInitRequest { "category" => field(category), "claimTime" =>
    optional(claim_time), "description" => optional(description), "finishTime" =>
    optional(finish_time), "outerId" => field(outer_id), "status" => field(status),
    "title" => field(title), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SolutionTaskInitRequest { "solutionType" => read_field(solution_type), "category" =>
    read_field(category), "claimTime" => read_field(claim_time), "description" =>
    read_field(description), "finishTime" => read_field(finish_time), "outerId" =>
    read_field(outer_id), "status" => read_field(status), "title" => read_field(title),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SolutionTaskInitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::solution_task_save`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SolutionTaskSaveRequest`], each named where it is set: `SolutionTaskSaveRequest::new(SolutionTaskSaveRequired { .. })`.
pub struct SolutionTaskSaveRequired {
    /// `solutionType`: see [`SolutionTaskSaveRequest::solution_type`].
    pub solution_type: String,
    /// `outerId`: see [`SolutionTaskSaveRequest::outer_id`].
    pub outer_id: String,
    /// `solutionInstanceId`: see [`SolutionTaskSaveRequest::solution_instance_id`].
    pub solution_instance_id: String,
    /// `status`: see [`SolutionTaskSaveRequest::status`].
    pub status: String,
    /// `taskType`: see [`SolutionTaskSaveRequest::task_type`].
    pub task_type: String,
    /// `title`: see [`SolutionTaskSaveRequest::title`].
    pub title: String,
    /// `userId`: see [`SolutionTaskSaveRequest::user_id`].
    pub user_id: String,
}
impl SolutionTaskSaveRequest {
    /// A `SolutionTaskSaveRequest` with its required fields (`solutionType`, `outerId`, `solutionInstanceId`, `status`, `taskType`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: SolutionTaskSaveRequired) -> Self {
        let SolutionTaskSaveRequired {
            solution_type,
            outer_id,
            solution_instance_id,
            status,
            task_type,
            title,
            user_id,
        } = required;
        Self {
            solution_type,
            claim_time: None,
            description: None,
            finish_time: None,
            outer_id,
            solution_instance_id,
            start_time: None,
            status,
            task_type,
            template_outer_id: None,
            title,
            user_id,
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
rt::impl_serialize! {
    SolutionTaskSaveRequest { "claimTime" => optional(claim_time), "description" =>
    optional(description), "finishTime" => optional(finish_time), "outerId" =>
    field(outer_id), "solutionInstanceId" => field(solution_instance_id), "startTime" =>
    optional(start_time), "status" => field(status), "taskType" => field(task_type),
    "templateOuterId" => optional(template_outer_id), "title" => field(title), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SolutionTaskSaveRequest { "solutionType" => read_field(solution_type), "claimTime" =>
    read_field(claim_time), "description" => read_field(description), "finishTime" =>
    read_field(finish_time), "outerId" => read_field(outer_id), "solutionInstanceId" =>
    read_field(solution_instance_id), "startTime" => read_field(start_time), "status" =>
    read_field(status), "taskType" => read_field(task_type), "templateOuterId" =>
    read_field(template_outer_id), "title" => read_field(title), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SolutionTaskSaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_solution_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SyncSolutionStatusRequest`], each named where it is set: `SyncSolutionStatusRequest::new(SyncSolutionStatusRequired { .. })`.
pub struct SyncSolutionStatusRequired {
    /// `bizId`: see [`SyncSolutionStatusRequest::biz_id`].
    pub biz_id: String,
    /// `solutionStatus`: see [`SyncSolutionStatusRequest::solution_status`].
    pub solution_status: String,
    /// `solutionType`: see [`SyncSolutionStatusRequest::solution_type`].
    pub solution_type: String,
    /// `tenantId`: see [`SyncSolutionStatusRequest::tenant_id`].
    pub tenant_id: i64,
    /// `userIds`: see [`SyncSolutionStatusRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl SyncSolutionStatusRequest {
    /// A `SyncSolutionStatusRequest` with its required fields (`bizId`, `solutionStatus`, `solutionType`, `tenantId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: SyncSolutionStatusRequired) -> Self {
        let SyncSolutionStatusRequired {
            biz_id,
            solution_status,
            solution_type,
            tenant_id,
            user_ids,
        } = required;
        Self {
            biz_id,
            solution_status,
            solution_type,
            tenant_id,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    SyncSolutionStatusRequest { "bizId" => field(biz_id), "solutionStatus" =>
    field(solution_status), "solutionType" => field(solution_type), "tenantId" =>
    field(tenant_id), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncSolutionStatusRequest { "bizId" => read_field(biz_id), "solutionStatus" =>
    read_field(solution_status), "solutionType" => read_field(solution_type), "tenantId"
    => read_field(tenant_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for SyncSolutionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_task_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SyncTaskTemplateRequest`], each named where it is set: `SyncTaskTemplateRequest::new(SyncTaskTemplateRequired { .. })`.
pub struct SyncTaskTemplateRequired {
    /// `solutionType`: see [`SyncTaskTemplateRequest::solution_type`].
    pub solution_type: String,
    /// `name`: see [`SyncTaskTemplateRequest::name`].
    pub name: String,
    /// `optUserId`: see [`SyncTaskTemplateRequest::opt_user_id`].
    pub opt_user_id: String,
    /// `outerId`: see [`SyncTaskTemplateRequest::outer_id`].
    pub outer_id: String,
    /// `taskType`: see [`SyncTaskTemplateRequest::task_type`].
    pub task_type: String,
}
impl SyncTaskTemplateRequest {
    /// A `SyncTaskTemplateRequest` with its required fields (`solutionType`, `name`, `optUserId`, `outerId`, `taskType`); set the others with the methods named after them.
    pub fn new(required: SyncTaskTemplateRequired) -> Self {
        let SyncTaskTemplateRequired {
            solution_type,
            name,
            opt_user_id,
            outer_id,
            task_type,
        } = required;
        Self {
            solution_type,
            delete: None,
            des: None,
            ext: None,
            name,
            opt_user_id,
            outer_id,
            task_scope_vo: None,
            task_type,
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
rt::impl_serialize! {
    SyncTaskTemplateRequest { "delete" => optional(delete), "des" => optional(des), "ext"
    => optional(ext), "name" => field(name), "optUserId" => field(opt_user_id), "outerId"
    => field(outer_id), "taskScopeVO" => optional(task_scope_vo), "taskType" =>
    field(task_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTaskTemplateRequest { "solutionType" => read_field(solution_type), "delete" =>
    read_field(delete), "des" => read_field(des), "ext" => read_field(ext), "name" =>
    read_field(name), "optUserId" => read_field(opt_user_id), "outerId" =>
    read_field(outer_id), "taskScopeVO" => read_field(task_scope_vo), "taskType" =>
    read_field(task_type) }
}
impl rt::WriteRequest for SyncTaskTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("solutionType", &self.solution_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_roster_field`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateCustomRosterFieldRequest`], each named where it is set: `UpdateCustomRosterFieldRequest::new(UpdateCustomRosterFieldRequired { .. })`.
pub struct UpdateCustomRosterFieldRequired {
    /// `editFromEmployeeFlag`: see [`UpdateCustomRosterFieldRequest::edit_from_employee_flag`].
    pub edit_from_employee_flag: bool,
    /// `fieldCode`: see [`UpdateCustomRosterFieldRequest::field_code`].
    pub field_code: String,
    /// `fieldName`: see [`UpdateCustomRosterFieldRequest::field_name`].
    pub field_name: String,
    /// `fieldType`: see [`UpdateCustomRosterFieldRequest::field_type`].
    pub field_type: String,
    /// `groupId`: see [`UpdateCustomRosterFieldRequest::group_id`].
    pub group_id: String,
    /// `hiddenFromEmployeeFlag`: see [`UpdateCustomRosterFieldRequest::hidden_from_employee_flag`].
    pub hidden_from_employee_flag: bool,
    /// `required`: see [`UpdateCustomRosterFieldRequest::required`].
    pub required: bool,
    /// `updateUserId`: see [`UpdateCustomRosterFieldRequest::update_user_id`].
    pub update_user_id: String,
    /// `visibleByEmp`: see [`UpdateCustomRosterFieldRequest::visible_by_emp`].
    pub visible_by_emp: bool,
}
impl UpdateCustomRosterFieldRequest {
    /// A `UpdateCustomRosterFieldRequest` with its required fields (`editFromEmployeeFlag`, `fieldCode`, `fieldName`, `fieldType`, `groupId`, `hiddenFromEmployeeFlag`, `required`, `updateUserId`, `visibleByEmp`); set the others with the methods named after them.
    pub fn new(required: UpdateCustomRosterFieldRequired) -> Self {
        let UpdateCustomRosterFieldRequired {
            edit_from_employee_flag,
            field_code,
            field_name,
            field_type,
            group_id,
            hidden_from_employee_flag,
            required,
            update_user_id,
            visible_by_emp,
        } = required;
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
            field_code,
            field_name,
            field_tip: None,
            field_type,
            group_id,
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
            update_user_id,
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
rt::impl_serialize! {
    UpdateCustomRosterFieldRequest { "contactClientFlag" =>
    optional(contact_client_flag), "contactFlag" => optional(contact_flag),
    "contactSource" => optional(contact_source), "contactSystemFlag" =>
    optional(contact_system_flag), "deleted" => optional(deleted), "derived" =>
    optional(derived), "disabled" => optional(disabled), "editFromEmployeeFlag" =>
    field(edit_from_employee_flag), "editableByHr" => optional(editable_by_hr),
    "fieldCode" => field(field_code), "fieldName" => field(field_name), "fieldTip" =>
    optional(field_tip), "fieldType" => field(field_type), "groupId" => field(group_id),
    "hiddenFromEmployeeFlag" => field(hidden_from_employee_flag), "hint" =>
    optional(hint), "historyField" => optional(history_field), "index" =>
    optional(index), "modifyOptions" => optional(modify_options), "noWatermark" =>
    optional(no_watermark), "numberDecimalPlace" => optional(number_decimal_place),
    "numberFormatType" => optional(number_format_type), "numberValueType" =>
    optional(number_value_type), "optionText" => optional(option_text), "required" =>
    field(required), "sourceFieldCode" => optional(source_field_code), "systemFlag" =>
    optional(system_flag), "textToSelectField" => optional(text_to_select_field),
    "updateUserId" => field(update_user_id), "value" => optional(value), "visibleByEmp"
    => field(visible_by_emp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomRosterFieldRequest { "contactClientFlag" =>
    read_field(contact_client_flag), "contactFlag" => read_field(contact_flag),
    "contactSource" => read_field(contact_source), "contactSystemFlag" =>
    read_field(contact_system_flag), "deleted" => read_field(deleted), "derived" =>
    read_field(derived), "disabled" => read_field(disabled), "editFromEmployeeFlag" =>
    read_field(edit_from_employee_flag), "editableByHr" => read_field(editable_by_hr),
    "fieldCode" => read_field(field_code), "fieldName" => read_field(field_name),
    "fieldTip" => read_field(field_tip), "fieldType" => read_field(field_type), "groupId"
    => read_field(group_id), "hiddenFromEmployeeFlag" =>
    read_field(hidden_from_employee_flag), "hint" => read_field(hint), "historyField" =>
    read_field(history_field), "index" => read_field(index), "modifyOptions" =>
    read_field(modify_options), "noWatermark" => read_field(no_watermark),
    "numberDecimalPlace" => read_field(number_decimal_place), "numberFormatType" =>
    read_field(number_format_type), "numberValueType" => read_field(number_value_type),
    "optionText" => read_field(option_text), "required" => read_field(required),
    "sourceFieldCode" => read_field(source_field_code), "systemFlag" =>
    read_field(system_flag), "textToSelectField" => read_field(text_to_select_field),
    "updateUserId" => read_field(update_user_id), "value" => read_field(value),
    "visibleByEmp" => read_field(visible_by_emp) }
}
impl rt::WriteRequest for UpdateCustomRosterFieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_emp_dismission_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateEmpDismissionInfoRequest`], each named where it is set: `UpdateEmpDismissionInfoRequest::new(UpdateEmpDismissionInfoRequired { .. })`.
pub struct UpdateEmpDismissionInfoRequired {
    /// `lastWorkDate`: see [`UpdateEmpDismissionInfoRequest::last_work_date`].
    pub last_work_date: i64,
    /// `userId`: see [`UpdateEmpDismissionInfoRequest::user_id`].
    pub user_id: String,
}
impl UpdateEmpDismissionInfoRequest {
    /// A `UpdateEmpDismissionInfoRequest` with its required fields (`lastWorkDate`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateEmpDismissionInfoRequired) -> Self {
        let UpdateEmpDismissionInfoRequired { last_work_date, user_id } = required;
        Self {
            dismission_memo: None,
            last_work_date,
            partner: None,
            termination_reason_passive: None,
            termination_reason_voluntary: None,
            user_id,
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
rt::impl_serialize! {
    UpdateEmpDismissionInfoRequest { "dismissionMemo" => optional(dismission_memo),
    "lastWorkDate" => field(last_work_date), "partner" => optional(partner),
    "terminationReasonPassive" => optional(termination_reason_passive),
    "terminationReasonVoluntary" => optional(termination_reason_voluntary), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateEmpDismissionInfoRequest { "dismissionMemo" => read_field(dismission_memo),
    "lastWorkDate" => read_field(last_work_date), "partner" => read_field(partner),
    "terminationReasonPassive" => read_field(termination_reason_passive),
    "terminationReasonVoluntary" => read_field(termination_reason_voluntary), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateEmpDismissionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_hrm_legal_entity_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateHrmLegalEntityNameRequest {
    /// `dingTenantId`: a query parameter.
    pub ding_tenant_id: Option<i64>,
    /// `legalEntityName`: a query parameter.
    pub legal_entity_name: String,
    /// `originLegalEntityName`: a query parameter.
    pub origin_legal_entity_name: String,
}
/// The required fields of [`UpdateHrmLegalEntityNameRequest`], each named where it is set: `UpdateHrmLegalEntityNameRequest::new(UpdateHrmLegalEntityNameRequired { .. })`.
pub struct UpdateHrmLegalEntityNameRequired {
    /// `legalEntityName`: see [`UpdateHrmLegalEntityNameRequest::legal_entity_name`].
    pub legal_entity_name: String,
    /// `originLegalEntityName`: see [`UpdateHrmLegalEntityNameRequest::origin_legal_entity_name`].
    pub origin_legal_entity_name: String,
}
impl UpdateHrmLegalEntityNameRequest {
    /// A `UpdateHrmLegalEntityNameRequest` with its required fields (`legalEntityName`, `originLegalEntityName`); set the others with the methods named after them.
    pub fn new(required: UpdateHrmLegalEntityNameRequired) -> Self {
        let UpdateHrmLegalEntityNameRequired {
            legal_entity_name,
            origin_legal_entity_name,
        } = required;
        Self {
            ding_tenant_id: None,
            legal_entity_name,
            origin_legal_entity_name,
        }
    }
    /// Sets `dingTenantId`.
    pub fn ding_tenant_id(mut self, value: i64) -> Self {
        self.ding_tenant_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateHrmLegalEntityNameRequest { "dingTenantId" => read_field(ding_tenant_id),
    "legalEntityName" => read_field(legal_entity_name), "originLegalEntityName" =>
    read_field(origin_legal_entity_name) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateHrmLegalEntityWithoutNameRequest`], each named where it is set: `UpdateHrmLegalEntityWithoutNameRequest::new(UpdateHrmLegalEntityWithoutNameRequired { .. })`.
pub struct UpdateHrmLegalEntityWithoutNameRequired {
    /// `corpId`: see [`UpdateHrmLegalEntityWithoutNameRequest::corp_id`].
    pub corp_id: String,
    /// `legalEntityName`: see [`UpdateHrmLegalEntityWithoutNameRequest::legal_entity_name`].
    pub legal_entity_name: String,
    /// `legalEntityStatus`: see [`UpdateHrmLegalEntityWithoutNameRequest::legal_entity_status`].
    pub legal_entity_status: i64,
}
impl UpdateHrmLegalEntityWithoutNameRequest {
    /// A `UpdateHrmLegalEntityWithoutNameRequest` with its required fields (`corpId`, `legalEntityName`, `legalEntityStatus`); set the others with the methods named after them.
    pub fn new(required: UpdateHrmLegalEntityWithoutNameRequired) -> Self {
        let UpdateHrmLegalEntityWithoutNameRequired {
            corp_id,
            legal_entity_name,
            legal_entity_status,
        } = required;
        Self {
            ding_tenant_id: None,
            corp_id,
            create_user_id: None,
            ext: None,
            legal_entity_name,
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
rt::impl_serialize! {
    UpdateHrmLegalEntityWithoutNameRequest { "corpId" => field(corp_id), "createUserId"
    => optional(create_user_id), "ext" => optional(ext), "legalEntityName" =>
    field(legal_entity_name), "legalEntityShortName" =>
    optional(legal_entity_short_name), "legalEntityStatus" => field(legal_entity_status),
    "legalPersonName" => optional(legal_person_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateHrmLegalEntityWithoutNameRequest { "dingTenantId" =>
    read_field(ding_tenant_id), "corpId" => read_field(corp_id), "createUserId" =>
    read_field(create_user_id), "ext" => read_field(ext), "legalEntityName" =>
    read_field(legal_entity_name), "legalEntityShortName" =>
    read_field(legal_entity_short_name), "legalEntityStatus" =>
    read_field(legal_entity_status), "legalPersonName" => read_field(legal_person_name) }
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
rt::impl_serialize! {
    UpdateHrmVersionRollBackStatusRequest { "configValue" => optional(config_value),
    "optUserId" => optional(opt_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateHrmVersionRollBackStatusRequest { "configValue" => read_field(config_value),
    "optUserId" => read_field(opt_user_id) }
}
impl rt::WriteRequest for UpdateHrmVersionRollBackStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_isv_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateIsvCardMessageRequest`], each named where it is set: `UpdateIsvCardMessageRequest::new(UpdateIsvCardMessageRequired { .. })`.
pub struct UpdateIsvCardMessageRequired {
    /// `bizId`: see [`UpdateIsvCardMessageRequest::biz_id`].
    pub biz_id: String,
    /// `messageType`: see [`UpdateIsvCardMessageRequest::message_type`].
    pub message_type: String,
    /// `sceneType`: see [`UpdateIsvCardMessageRequest::scene_type`].
    pub scene_type: String,
    /// `scope`: see [`UpdateIsvCardMessageRequest::scope`].
    pub scope: String,
    /// `valueMap`: see [`UpdateIsvCardMessageRequest::value_map`].
    pub value_map: rt::BTreeMap<String, String>,
}
impl UpdateIsvCardMessageRequest {
    /// A `UpdateIsvCardMessageRequest` with its required fields (`bizId`, `messageType`, `sceneType`, `scope`, `valueMap`); set the others with the methods named after them.
    pub fn new(required: UpdateIsvCardMessageRequired) -> Self {
        let UpdateIsvCardMessageRequired {
            biz_id,
            message_type,
            scene_type,
            scope,
            value_map,
        } = required;
        Self {
            agent_id: None,
            biz_id,
            message_type,
            scene_type,
            scope,
            value_map,
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateIsvCardMessageRequest { "bizId" => field(biz_id), "messageType" =>
    field(message_type), "sceneType" => field(scene_type), "scope" => field(scope),
    "valueMap" => field(value_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateIsvCardMessageRequest { "agentId" => read_field(agent_id), "bizId" =>
    read_field(biz_id), "messageType" => read_field(message_type), "sceneType" =>
    read_field(scene_type), "scope" => read_field(scope), "valueMap" =>
    read_field(value_map) }
}
impl rt::WriteRequest for UpdateIsvCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_roster_field_form`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateRosterFieldFormRequest`], each named where it is set: `UpdateRosterFieldFormRequest::new(UpdateRosterFieldFormRequired { .. })`.
pub struct UpdateRosterFieldFormRequired {
    /// `detail`: see [`UpdateRosterFieldFormRequest::detail`].
    pub detail: bool,
    /// `formId`: see [`UpdateRosterFieldFormRequest::form_id`].
    pub form_id: String,
    /// `name`: see [`UpdateRosterFieldFormRequest::name`].
    pub name: String,
}
impl UpdateRosterFieldFormRequest {
    /// A `UpdateRosterFieldFormRequest` with its required fields (`detail`, `formId`, `name`); set the others with the methods named after them.
    pub fn new(required: UpdateRosterFieldFormRequired) -> Self {
        let UpdateRosterFieldFormRequired { detail, form_id, name } = required;
        Self {
            detail,
            form_id,
            name,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateRosterFieldFormRequest { "detail" => field(detail), "formId" => field(form_id),
    "name" => field(name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRosterFieldFormRequest { "detail" => read_field(detail), "formId" =>
    read_field(form_id), "name" => read_field(name), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    UploadAttachmentRequest { "mediaId" => optional(media_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadAttachmentRequest { "mediaId" => read_field(media_id), "userId" =>
    read_field(user_id) }
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
