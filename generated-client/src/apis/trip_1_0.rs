// @generated from api-spec/trip_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 差旅 (Trip)：差旅审批与下单校验。
//!
//! 21 operations, methods of [`Api`] (`client.trip_1_0()`), behind the cargo feature `trip_1_0`; its paths start with `/v1.0/trip/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `trip_1_0`. Get it with `client.trip_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 下单前校验是否符合业务标准
    ///
    /// `POST /v1.0/trip/tripOrder/check`: DingTalk's `CheckOrder` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckOrder")]
    #[doc(alias = "/v1.0/trip/tripOrder/check")]
    #[doc(alias = "POST /v1.0/trip/tripOrder/check")]
    pub fn check_order(
        &self,
        request: &CheckOrderRequest,
    ) -> rt::Call<CheckOrderResponseBody, CheckOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckOrder",
            rt::Method::Post,
            "/v1.0/trip/tripOrder/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取差旅审批实例详情
    ///
    /// `GET /v1.0/trip/processes/details`: DingTalk's `GetTravelProcessDetail` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTravelProcessDetail")]
    #[doc(alias = "/v1.0/trip/processes/details")]
    #[doc(alias = "GET /v1.0/trip/processes/details")]
    pub fn get_travel_process_detail(
        &self,
        request: &GetTravelProcessDetailRequest,
    ) -> rt::Call<GetTravelProcessDetailResponseBody, GetTravelProcessDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTravelProcessDetail",
            rt::Method::Get,
            "/v1.0/trip/processes/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 表单升级预校验
    ///
    /// `POST /v1.0/trip/processes/templateUpgrades/preCheck`: DingTalk's `PreCheckTemplate` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PreCheckTemplate")]
    #[doc(alias = "/v1.0/trip/processes/templateUpgrades/preCheck")]
    #[doc(alias = "POST /v1.0/trip/processes/templateUpgrades/preCheck")]
    pub fn pre_check_template(
        &self,
        request: &PreCheckTemplateRequest,
    ) -> rt::Call<PreCheckTemplateResponseBody, PreCheckTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PreCheckTemplate",
            rt::Method::Post,
            "/v1.0/trip/processes/templateUpgrades/preCheck",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询组织航班订单信息
    ///
    /// `GET /v1.0/trip/flight/orders`: DingTalk's `QueryTripFlightOrderByPage` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTripFlightOrderByPage")]
    #[doc(alias = "/v1.0/trip/flight/orders")]
    #[doc(alias = "GET /v1.0/trip/flight/orders")]
    pub fn query_trip_flight_order_by_page(
        &self,
        request: &QueryTripFlightOrderByPageRequest,
    ) -> rt::Call<
        QueryTripFlightOrderByPageResponseBody,
        QueryTripFlightOrderByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTripFlightOrderByPage",
            rt::Method::Get,
            "/v1.0/trip/flight/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询组织酒店订单信息
    ///
    /// `GET /v1.0/trip/hotel/orders`: DingTalk's `QueryTripHotelOrderByPage` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTripHotelOrderByPage")]
    #[doc(alias = "/v1.0/trip/hotel/orders")]
    #[doc(alias = "GET /v1.0/trip/hotel/orders")]
    pub fn query_trip_hotel_order_by_page(
        &self,
        request: &QueryTripHotelOrderByPageRequest,
    ) -> rt::Call<
        QueryTripHotelOrderByPageResponseBody,
        QueryTripHotelOrderByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTripHotelOrderByPage",
            rt::Method::Get,
            "/v1.0/trip/hotel/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询审批套件详情
    ///
    /// `GET /v1.0/trip/processes/templatesDetails`: DingTalk's `QueryTripProcessTemplates` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTripProcessTemplates")]
    #[doc(alias = "/v1.0/trip/processes/templatesDetails")]
    #[doc(alias = "GET /v1.0/trip/processes/templatesDetails")]
    pub fn query_trip_process_templates(
        &self,
        request: &QueryTripProcessTemplatesRequest,
    ) -> rt::Call<
        QueryTripProcessTemplatesResponseBody,
        QueryTripProcessTemplatesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTripProcessTemplates",
            rt::Method::Get,
            "/v1.0/trip/processes/templatesDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询组织火车订单信息
    ///
    /// `GET /v1.0/trip/train/orders`: DingTalk's `QueryTripTrainOrderByPage` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTripTrainOrderByPage")]
    #[doc(alias = "/v1.0/trip/train/orders")]
    #[doc(alias = "GET /v1.0/trip/train/orders")]
    pub fn query_trip_train_order_by_page(
        &self,
        request: &QueryTripTrainOrderByPageRequest,
    ) -> rt::Call<
        QueryTripTrainOrderByPageResponseBody,
        QueryTripTrainOrderByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTripTrainOrderByPage",
            rt::Method::Get,
            "/v1.0/trip/train/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交差旅出差申请单
    ///
    /// `POST /v1.0/trip/approvals`: DingTalk's `SubmitTripApprovalProcess` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitTripApprovalProcess")]
    #[doc(alias = "/v1.0/trip/approvals")]
    #[doc(alias = "POST /v1.0/trip/approvals")]
    pub fn submit_trip_approval_process(
        &self,
        request: &SubmitTripApprovalProcessRequest,
    ) -> rt::Call<
        SubmitTripApprovalProcessResponseBody,
        SubmitTripApprovalProcessError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitTripApprovalProcess",
            rt::Method::Post,
            "/v1.0/trip/approvals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步服务商企业签约变更事件
    ///
    /// `POST /v1.0/trip/businessSignInfos/sync`: DingTalk's `SyncBusinessSignInfo` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncBusinessSignInfo")]
    #[doc(alias = "/v1.0/trip/businessSignInfos/sync")]
    #[doc(alias = "POST /v1.0/trip/businessSignInfos/sync")]
    pub fn sync_business_sign_info(
        &self,
        request: &SyncBusinessSignInfoRequest,
    ) -> rt::Call<SyncBusinessSignInfoResponseBody, SyncBusinessSignInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncBusinessSignInfo",
            rt::Method::Post,
            "/v1.0/trip/businessSignInfos/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单成本中心同步
    ///
    /// `POST /v1.0/trip/processes/costCenters/sync`: DingTalk's `SyncCostCenter` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncCostCenter")]
    #[doc(alias = "/v1.0/trip/processes/costCenters/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/costCenters/sync")]
    pub fn sync_cost_center(
        &self,
        request: &SyncCostCenterRequest,
    ) -> rt::Call<SyncCostCenterResponseBody, SyncCostCenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncCostCenter",
            rt::Method::Post,
            "/v1.0/trip/processes/costCenters/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单成本中心可用范围
    ///
    /// `POST /v1.0/trip/processes/costCenters/applicableScopes/sync`: DingTalk's `SyncCostCenterEntity` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncCostCenterEntity")]
    #[doc(alias = "/v1.0/trip/processes/costCenters/applicableScopes/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/costCenters/applicableScopes/sync")]
    pub fn sync_cost_center_entity(
        &self,
        request: &SyncCostCenterEntityRequest,
    ) -> rt::Call<SyncCostCenterEntityResponseBody, SyncCostCenterEntityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncCostCenterEntity",
            rt::Method::Post,
            "/v1.0/trip/processes/costCenters/applicableScopes/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单发票抬头
    ///
    /// `POST /v1.0/trip/processes/invoiceTitles/sync`: DingTalk's `SyncInvoice` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncInvoice")]
    #[doc(alias = "/v1.0/trip/processes/invoiceTitles/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/invoiceTitles/sync")]
    pub fn sync_invoice(
        &self,
        request: &SyncInvoiceRequest,
    ) -> rt::Call<SyncInvoiceResponseBody, SyncInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncInvoice",
            rt::Method::Post,
            "/v1.0/trip/processes/invoiceTitles/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单发票抬头可用范围
    ///
    /// `POST /v1.0/trip/processes/invoiceTitles/applicableScopes/sync`: DingTalk's `SyncInvoiceEntity` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncInvoiceEntity")]
    #[doc(alias = "/v1.0/trip/processes/invoiceTitles/applicableScopes/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/invoiceTitles/applicableScopes/sync")]
    pub fn sync_invoice_entity(
        &self,
        request: &SyncInvoiceEntityRequest,
    ) -> rt::Call<SyncInvoiceEntityResponseBody, SyncInvoiceEntityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncInvoiceEntity",
            rt::Method::Post,
            "/v1.0/trip/processes/invoiceTitles/applicableScopes/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单项目
    ///
    /// `POST /v1.0/trip/processes/projects/sync`: DingTalk's `SyncProject` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncProject")]
    #[doc(alias = "/v1.0/trip/processes/projects/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/projects/sync")]
    pub fn sync_project(
        &self,
        request: &SyncProjectRequest,
    ) -> rt::Call<SyncProjectResponseBody, SyncProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncProject",
            rt::Method::Post,
            "/v1.0/trip/processes/projects/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 出差表单项目可用范围
    ///
    /// `POST /v1.0/trip/processes/projects/applicableScopes/sync`: DingTalk's `SyncProjectEntity` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncProjectEntity")]
    #[doc(alias = "/v1.0/trip/processes/projects/applicableScopes/sync")]
    #[doc(alias = "POST /v1.0/trip/processes/projects/applicableScopes/sync")]
    pub fn sync_project_entity(
        &self,
        request: &SyncProjectEntityRequest,
    ) -> rt::Call<SyncProjectEntityResponseBody, SyncProjectEntityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncProjectEntity",
            rt::Method::Post,
            "/v1.0/trip/processes/projects/applicableScopes/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用本接口同步公司密钥信息。
    ///
    /// `POST /v1.0/trip/secretKeys/sync`: DingTalk's `SyncSecretKey` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncSecretKey")]
    #[doc(alias = "/v1.0/trip/secretKeys/sync")]
    #[doc(alias = "POST /v1.0/trip/secretKeys/sync")]
    pub fn sync_secret_key(
        &self,
        request: &SyncSecretKeyRequest,
    ) -> rt::Call<SyncSecretKeyResponseBody, SyncSecretKeyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncSecretKey",
            rt::Method::Post,
            "/v1.0/trip/secretKeys/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新差旅-同步发票
    ///
    /// `POST /v1.0/trip/tripInvoices/sync`: DingTalk's `SyncTripInvoice` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncTripInvoice")]
    #[doc(alias = "/v1.0/trip/tripInvoices/sync")]
    #[doc(alias = "POST /v1.0/trip/tripInvoices/sync")]
    pub fn sync_trip_invoice(
        &self,
        request: &SyncTripInvoiceRequest,
    ) -> rt::Call<SyncTripInvoiceResponseBody, SyncTripInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncTripInvoice",
            rt::Method::Post,
            "/v1.0/trip/tripInvoices/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步出行订单变更事件
    ///
    /// `POST /v1.0/trip/tripOrders/sync`: DingTalk's `SyncTripOrder` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncTripOrder")]
    #[doc(alias = "/v1.0/trip/tripOrders/sync")]
    #[doc(alias = "POST /v1.0/trip/tripOrders/sync")]
    pub fn sync_trip_order(
        &self,
        request: &SyncTripOrderRequest,
    ) -> rt::Call<SyncTripOrderResponseBody, SyncTripOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncTripOrder",
            rt::Method::Post,
            "/v1.0/trip/tripOrders/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 预订管理产品线配置同步
    ///
    /// `POST /v1.0/trip/productConfigs/sync`: DingTalk's `SyncTripProductConfig` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncTripProductConfig")]
    #[doc(alias = "/v1.0/trip/productConfigs/sync")]
    #[doc(alias = "POST /v1.0/trip/productConfigs/sync")]
    pub fn sync_trip_product_config(
        &self,
        request: &SyncTripProductConfigRequest,
    ) -> rt::Call<SyncTripProductConfigResponseBody, SyncTripProductConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncTripProductConfig",
            rt::Method::Post,
            "/v1.0/trip/productConfigs/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能差旅平台数据互通统一入口
    ///
    /// `POST /v1.0/trip/platforms/entrances/unify`: DingTalk's `TripPlatformUnifiedEntry` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TripPlatformUnifiedEntry")]
    #[doc(alias = "/v1.0/trip/platforms/entrances/unify")]
    #[doc(alias = "POST /v1.0/trip/platforms/entrances/unify")]
    pub fn trip_platform_unified_entry(
        &self,
        request: &TripPlatformUnifiedEntryRequest,
    ) -> rt::Call<TripPlatformUnifiedEntryResponseBody, TripPlatformUnifiedEntryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TripPlatformUnifiedEntry",
            rt::Method::Post,
            "/v1.0/trip/platforms/entrances/unify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 升级套件
    ///
    /// `POST /v1.0/trip/process/templates/upgrade`: DingTalk's `UpgradeTemplate` (module feature `trip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeTemplate")]
    #[doc(alias = "/v1.0/trip/process/templates/upgrade")]
    #[doc(alias = "POST /v1.0/trip/process/templates/upgrade")]
    pub fn upgrade_template(
        &self,
        request: &UpgradeTemplateRequest,
    ) -> rt::Call<UpgradeTemplateResponseBody, UpgradeTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeTemplate",
            rt::Method::Post,
            "/v1.0/trip/process/templates/upgrade",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CheckOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckOrderResponseBody {
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CheckOrderResponseBody { "errMsg" => read_field(err_msg), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckOrderResponseBody { "errMsg" => optional(err_msg), "result" => optional(result)
    }
}
/// `GetTravelProcessDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBody {
    /// `result`.
    pub result: Option<GetTravelProcessDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PreCheckTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBody {
    /// `result`.
    pub result: Option<PreCheckTemplateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PreCheckTemplateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreCheckTemplateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryTripFlightOrderByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripFlightOrderByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryTripFlightOrderByPageResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTripFlightOrderByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripFlightOrderByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `QueryTripHotelOrderByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripHotelOrderByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryTripHotelOrderByPageResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTripHotelOrderByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripHotelOrderByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `QueryTripProcessTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBody {
    /// `result`.
    pub result: Option<QueryTripProcessTemplatesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryTripProcessTemplatesResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripProcessTemplatesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryTripTrainOrderByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripTrainOrderByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryTripTrainOrderByPageResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTripTrainOrderByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripTrainOrderByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `SubmitTripApprovalProcessRequestItineraries`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTripApprovalProcessRequestItineraries {
    /// `departureTime`.
    pub departure_time: Option<String>,
    /// `destination`.
    pub destination: Option<String>,
    /// `destinationDetail`.
    pub destination_detail: Option<String>,
    /// `placeOfDeparture`.
    pub place_of_departure: Option<String>,
    /// `placeOfDepartureDetail`.
    pub place_of_departure_detail: Option<String>,
    /// `returnTime`.
    pub return_time: Option<String>,
    /// `singleOrReturn`.
    pub single_or_return: Option<String>,
    /// `vehicle`.
    pub vehicle: Option<String>,
}
impl SubmitTripApprovalProcessRequestItineraries {
    /// An empty `SubmitTripApprovalProcessRequestItineraries`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `departureTime`.
    pub fn departure_time(mut self, value: impl Into<String>) -> Self {
        self.departure_time = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets `destinationDetail`.
    pub fn destination_detail(mut self, value: impl Into<String>) -> Self {
        self.destination_detail = Some(value.into());
        self
    }
    /// Sets `placeOfDeparture`.
    pub fn place_of_departure(mut self, value: impl Into<String>) -> Self {
        self.place_of_departure = Some(value.into());
        self
    }
    /// Sets `placeOfDepartureDetail`.
    pub fn place_of_departure_detail(mut self, value: impl Into<String>) -> Self {
        self.place_of_departure_detail = Some(value.into());
        self
    }
    /// Sets `returnTime`.
    pub fn return_time(mut self, value: impl Into<String>) -> Self {
        self.return_time = Some(value.into());
        self
    }
    /// Sets `singleOrReturn`.
    pub fn single_or_return(mut self, value: impl Into<String>) -> Self {
        self.single_or_return = Some(value.into());
        self
    }
    /// Sets `vehicle`.
    pub fn vehicle(mut self, value: impl Into<String>) -> Self {
        self.vehicle = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTripApprovalProcessRequestItineraries { "departureTime" =>
    optional(departure_time), "destination" => optional(destination), "destinationDetail"
    => optional(destination_detail), "placeOfDeparture" => optional(place_of_departure),
    "placeOfDepartureDetail" => optional(place_of_departure_detail), "returnTime" =>
    optional(return_time), "singleOrReturn" => optional(single_or_return), "vehicle" =>
    optional(vehicle) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTripApprovalProcessRequestItineraries { "departureTime" =>
    read_field(departure_time), "destination" => read_field(destination),
    "destinationDetail" => read_field(destination_detail), "placeOfDeparture" =>
    read_field(place_of_departure), "placeOfDepartureDetail" =>
    read_field(place_of_departure_detail), "returnTime" => read_field(return_time),
    "singleOrReturn" => read_field(single_or_return), "vehicle" => read_field(vehicle) }
}
/// `SubmitTripApprovalProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitTripApprovalProcessResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitTripApprovalProcessResponseBody { "instanceId" => read_field(instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitTripApprovalProcessResponseBody { "instanceId" => optional(instance_id) }
}
/// `SyncBusinessSignInfoRequestTmcProductDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequestTmcProductDetailList {
    /// `gmtOrgPay`.
    pub gmt_org_pay: Option<String>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `product`.
    pub product: String,
}
/// The required fields of [`SyncBusinessSignInfoRequestTmcProductDetailList`], each named where it is set: `SyncBusinessSignInfoRequestTmcProductDetailList::new(SyncBusinessSignInfoRequestTmcProductDetailListRequired { .. })`.
pub struct SyncBusinessSignInfoRequestTmcProductDetailListRequired {
    /// `product`: see [`SyncBusinessSignInfoRequestTmcProductDetailList::product`].
    pub product: String,
}
impl SyncBusinessSignInfoRequestTmcProductDetailList {
    /// A `SyncBusinessSignInfoRequestTmcProductDetailList` with its required fields (`product`); set the others with the methods named after them.
    pub fn new(
        required: SyncBusinessSignInfoRequestTmcProductDetailListRequired,
    ) -> Self {
        let SyncBusinessSignInfoRequestTmcProductDetailListRequired { product } = required;
        Self {
            gmt_org_pay: None,
            pay_type: None,
            product,
        }
    }
    /// Sets `gmtOrgPay`.
    pub fn gmt_org_pay(mut self, value: impl Into<String>) -> Self {
        self.gmt_org_pay = Some(value.into());
        self
    }
    /// Sets `payType`.
    pub fn pay_type(mut self, value: impl Into<String>) -> Self {
        self.pay_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncBusinessSignInfoRequestTmcProductDetailList { "gmtOrgPay" =>
    optional(gmt_org_pay), "payType" => optional(pay_type), "product" => field(product) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncBusinessSignInfoRequestTmcProductDetailList { "gmtOrgPay" =>
    read_field(gmt_org_pay), "payType" => read_field(pay_type), "product" =>
    read_field(product) }
}
/// `SyncBusinessSignInfoRequestTmcProductList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequestTmcProductList {
    /// `productDetailList`.
    pub product_detail_list: Option<
        Vec<SyncBusinessSignInfoRequestTmcProductListProductDetailList>,
    >,
    /// `tmcCorpId`.
    pub tmc_corp_id: String,
}
/// The required fields of [`SyncBusinessSignInfoRequestTmcProductList`], each named where it is set: `SyncBusinessSignInfoRequestTmcProductList::new(SyncBusinessSignInfoRequestTmcProductListRequired { .. })`.
pub struct SyncBusinessSignInfoRequestTmcProductListRequired {
    /// `tmcCorpId`: see [`SyncBusinessSignInfoRequestTmcProductList::tmc_corp_id`].
    pub tmc_corp_id: String,
}
impl SyncBusinessSignInfoRequestTmcProductList {
    /// A `SyncBusinessSignInfoRequestTmcProductList` with its required fields (`tmcCorpId`); set the others with the methods named after them.
    pub fn new(required: SyncBusinessSignInfoRequestTmcProductListRequired) -> Self {
        let SyncBusinessSignInfoRequestTmcProductListRequired { tmc_corp_id } = required;
        Self {
            product_detail_list: None,
            tmc_corp_id,
        }
    }
    /// Sets `productDetailList`.
    pub fn product_detail_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncBusinessSignInfoRequestTmcProductListProductDetailList,
        >,
    ) -> Self {
        self.product_detail_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncBusinessSignInfoRequestTmcProductList { "productDetailList" =>
    optional(product_detail_list), "tmcCorpId" => field(tmc_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncBusinessSignInfoRequestTmcProductList { "productDetailList" =>
    read_field(product_detail_list), "tmcCorpId" => read_field(tmc_corp_id) }
}
/// `SyncBusinessSignInfoResponseBody`, a model several operations share: also named [`SyncTripOrderResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncBusinessSignInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncBusinessSignInfoResponseBody { "requestId" => read_field(request_id), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncBusinessSignInfoResponseBody { "requestId" => optional(request_id), "success" =>
    optional(success) }
}
/// `SyncCostCenterResponseBody`, a model several operations share: also named [`SyncCostCenterEntityResponseBody`], [`SyncInvoiceResponseBody`], [`SyncInvoiceEntityResponseBody`], [`SyncProjectResponseBody`], [`SyncProjectEntityResponseBody`], [`SyncTripProductConfigResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncCostCenterResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncCostCenterResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncCostCenterResponseBody { "success" => optional(success) }
}
/// `SyncCostCenterEntityRequestEntityList`, a model several operations share: also named [`SyncInvoiceEntityRequestEntityList`], [`SyncProjectEntityRequestEntityList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncCostCenterEntityRequestEntityList {
    /// `entityId`.
    pub entity_id: String,
    /// `entityType`.
    pub entity_type: String,
}
/// The required fields of [`SyncCostCenterEntityRequestEntityList`], each named where it is set: `SyncCostCenterEntityRequestEntityList::new(SyncCostCenterEntityRequestEntityListRequired { .. })`.
pub struct SyncCostCenterEntityRequestEntityListRequired {
    /// `entityId`: see [`SyncCostCenterEntityRequestEntityList::entity_id`].
    pub entity_id: String,
    /// `entityType`: see [`SyncCostCenterEntityRequestEntityList::entity_type`].
    pub entity_type: String,
}
impl SyncCostCenterEntityRequestEntityList {
    /// A `SyncCostCenterEntityRequestEntityList` with its required fields (`entityId`, `entityType`); set the others with the methods named after them.
    pub fn new(required: SyncCostCenterEntityRequestEntityListRequired) -> Self {
        let SyncCostCenterEntityRequestEntityListRequired { entity_id, entity_type } = required;
        Self { entity_id, entity_type }
    }
}
rt::impl_serialize! {
    SyncCostCenterEntityRequestEntityList { "entityId" => field(entity_id), "entityType"
    => field(entity_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncCostCenterEntityRequestEntityList { "entityId" => read_field(entity_id),
    "entityType" => read_field(entity_type) }
}
/// `SyncCostCenterEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncCostCenterEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncInvoiceResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncInvoiceResponseBody = SyncCostCenterResponseBody;
/// `SyncInvoiceEntityRequestEntityList`: the same model as [`SyncCostCenterEntityRequestEntityList`].
pub type SyncInvoiceEntityRequestEntityList = SyncCostCenterEntityRequestEntityList;
/// The required fields of [`SyncInvoiceEntityRequestEntityList`].
pub type SyncInvoiceEntityRequestEntityListRequired = SyncCostCenterEntityRequestEntityListRequired;
/// `SyncInvoiceEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncInvoiceEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncProjectResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncProjectResponseBody = SyncCostCenterResponseBody;
/// `SyncProjectEntityRequestEntityList`: the same model as [`SyncCostCenterEntityRequestEntityList`].
pub type SyncProjectEntityRequestEntityList = SyncCostCenterEntityRequestEntityList;
/// The required fields of [`SyncProjectEntityRequestEntityList`].
pub type SyncProjectEntityRequestEntityListRequired = SyncCostCenterEntityRequestEntityListRequired;
/// `SyncProjectEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncProjectEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncSecretKeyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncSecretKeyResponseBody {
    /// `result`.
    pub result: Option<SyncSecretKeyResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    SyncSecretKeyResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncSecretKeyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SyncTripInvoiceRequestInvoiceDetailList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripInvoiceRequestInvoiceDetailList {
    /// `failCode`.
    pub fail_code: Option<String>,
    /// `failMessage`.
    pub fail_message: Option<String>,
    /// `invoiceResult`.
    pub invoice_result: Option<bool>,
    /// `ofdInvoiceUrl`.
    pub ofd_invoice_url: Option<String>,
    /// `pdfInvoiceUrl`.
    pub pdf_invoice_url: Option<String>,
    /// `travelItineraryInfoList`.
    pub travel_itinerary_info_list: Option<
        Vec<SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList>,
    >,
    /// `xmlInvoiceUrl`.
    pub xml_invoice_url: Option<String>,
}
impl SyncTripInvoiceRequestInvoiceDetailList {
    /// An empty `SyncTripInvoiceRequestInvoiceDetailList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `failCode`.
    pub fn fail_code(mut self, value: impl Into<String>) -> Self {
        self.fail_code = Some(value.into());
        self
    }
    /// Sets `failMessage`.
    pub fn fail_message(mut self, value: impl Into<String>) -> Self {
        self.fail_message = Some(value.into());
        self
    }
    /// Sets `invoiceResult`.
    pub fn invoice_result(mut self, value: bool) -> Self {
        self.invoice_result = Some(value);
        self
    }
    /// Sets `ofdInvoiceUrl`.
    pub fn ofd_invoice_url(mut self, value: impl Into<String>) -> Self {
        self.ofd_invoice_url = Some(value.into());
        self
    }
    /// Sets `pdfInvoiceUrl`.
    pub fn pdf_invoice_url(mut self, value: impl Into<String>) -> Self {
        self.pdf_invoice_url = Some(value.into());
        self
    }
    /// Sets `travelItineraryInfoList`.
    pub fn travel_itinerary_info_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList,
        >,
    ) -> Self {
        self.travel_itinerary_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `xmlInvoiceUrl`.
    pub fn xml_invoice_url(mut self, value: impl Into<String>) -> Self {
        self.xml_invoice_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripInvoiceRequestInvoiceDetailList { "failCode" => optional(fail_code),
    "failMessage" => optional(fail_message), "invoiceResult" => optional(invoice_result),
    "ofdInvoiceUrl" => optional(ofd_invoice_url), "pdfInvoiceUrl" =>
    optional(pdf_invoice_url), "travelItineraryInfoList" =>
    optional(travel_itinerary_info_list), "xmlInvoiceUrl" => optional(xml_invoice_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripInvoiceRequestInvoiceDetailList { "failCode" => read_field(fail_code),
    "failMessage" => read_field(fail_message), "invoiceResult" =>
    read_field(invoice_result), "ofdInvoiceUrl" => read_field(ofd_invoice_url),
    "pdfInvoiceUrl" => read_field(pdf_invoice_url), "travelItineraryInfoList" =>
    read_field(travel_itinerary_info_list), "xmlInvoiceUrl" =>
    read_field(xml_invoice_url) }
}
/// `SyncTripInvoiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncTripInvoiceResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    SyncTripInvoiceResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncTripInvoiceResponseBody { "success" => optional(success) }
}
/// `SyncTripOrderRequestEvent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncTripOrderRequestEvent {
    /// `action`.
    pub action: String,
    /// `gmtAction`.
    pub gmt_action: String,
}
/// The required fields of [`SyncTripOrderRequestEvent`], each named where it is set: `SyncTripOrderRequestEvent::new(SyncTripOrderRequestEventRequired { .. })`.
pub struct SyncTripOrderRequestEventRequired {
    /// `action`: see [`SyncTripOrderRequestEvent::action`].
    pub action: String,
    /// `gmtAction`: see [`SyncTripOrderRequestEvent::gmt_action`].
    pub gmt_action: String,
}
impl SyncTripOrderRequestEvent {
    /// A `SyncTripOrderRequestEvent` with its required fields (`action`, `gmtAction`); set the others with the methods named after them.
    pub fn new(required: SyncTripOrderRequestEventRequired) -> Self {
        let SyncTripOrderRequestEventRequired { action, gmt_action } = required;
        Self { action, gmt_action }
    }
}
rt::impl_serialize! {
    SyncTripOrderRequestEvent { "action" => field(action), "gmtAction" =>
    field(gmt_action) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripOrderRequestEvent { "action" => read_field(action), "gmtAction" =>
    read_field(gmt_action) }
}
/// `SyncTripOrderRequestOrderDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripOrderRequestOrderDetails {
    /// `airport`.
    pub airport: Option<String>,
    /// `arrivalTime`.
    pub arrival_time: Option<String>,
    /// `carColor`.
    pub car_color: Option<String>,
    /// `carModel`.
    pub car_model: Option<String>,
    /// `carNumber`.
    pub car_number: Option<String>,
    /// `cateringType`.
    pub catering_type: Option<String>,
    /// `checkInTime`.
    pub check_in_time: Option<String>,
    /// `checkOutTime`.
    pub check_out_time: Option<String>,
    /// `departTime`.
    pub depart_time: Option<String>,
    /// `destinationAirport`.
    pub destination_airport: Option<String>,
    /// `destinationAirportCode`.
    pub destination_airport_code: Option<String>,
    /// `destinationCity`.
    pub destination_city: Option<String>,
    /// `destinationCityCode`.
    pub destination_city_code: Option<String>,
    /// `destinationStation`.
    pub destination_station: Option<String>,
    /// `destinationTerminalBuilding`.
    pub destination_terminal_building: Option<String>,
    /// `detailAmount`.
    pub detail_amount: Option<String>,
    /// `hotelAddress`.
    pub hotel_address: Option<String>,
    /// `hotelCity`.
    pub hotel_city: Option<String>,
    /// `hotelLocation`.
    pub hotel_location: Option<SyncTripOrderRequestOrderDetailsHotelLocation>,
    /// `hotelName`.
    pub hotel_name: Option<String>,
    /// `openConsumerInfo`.
    pub open_consumer_info: Option<
        Vec<SyncTripOrderRequestOrderDetailsOpenConsumerInfo>,
    >,
    /// `orderDetailStatus`.
    pub order_detail_status: Option<String>,
    /// `originAirport`.
    pub origin_airport: Option<String>,
    /// `originAirportCode`.
    pub origin_airport_code: Option<String>,
    /// `originCity`.
    pub origin_city: Option<String>,
    /// `originCityCode`.
    pub origin_city_code: Option<String>,
    /// `originStation`.
    pub origin_station: Option<String>,
    /// `originTerminalBuilding`.
    pub origin_terminal_building: Option<String>,
    /// `roomCount`.
    pub room_count: Option<i64>,
    /// `roundTripType`.
    pub round_trip_type: Option<String>,
    /// `seatInfo`.
    pub seat_info: Option<String>,
    /// `serviceType`.
    pub service_type: Option<String>,
    /// `subSupplyLogo`.
    pub sub_supply_logo: Option<String>,
    /// `subSupplyName`.
    pub sub_supply_name: Option<String>,
    /// `taxiType`.
    pub taxi_type: Option<String>,
    /// `telephone`.
    pub telephone: Option<String>,
    /// `transportNumber`.
    pub transport_number: Option<String>,
    /// `typeDescription`.
    pub type_description: Option<String>,
}
impl SyncTripOrderRequestOrderDetails {
    /// An empty `SyncTripOrderRequestOrderDetails`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `airport`.
    pub fn airport(mut self, value: impl Into<String>) -> Self {
        self.airport = Some(value.into());
        self
    }
    /// Sets `arrivalTime`.
    pub fn arrival_time(mut self, value: impl Into<String>) -> Self {
        self.arrival_time = Some(value.into());
        self
    }
    /// Sets `carColor`.
    pub fn car_color(mut self, value: impl Into<String>) -> Self {
        self.car_color = Some(value.into());
        self
    }
    /// Sets `carModel`.
    pub fn car_model(mut self, value: impl Into<String>) -> Self {
        self.car_model = Some(value.into());
        self
    }
    /// Sets `carNumber`.
    pub fn car_number(mut self, value: impl Into<String>) -> Self {
        self.car_number = Some(value.into());
        self
    }
    /// Sets `cateringType`.
    pub fn catering_type(mut self, value: impl Into<String>) -> Self {
        self.catering_type = Some(value.into());
        self
    }
    /// Sets `checkInTime`.
    pub fn check_in_time(mut self, value: impl Into<String>) -> Self {
        self.check_in_time = Some(value.into());
        self
    }
    /// Sets `checkOutTime`.
    pub fn check_out_time(mut self, value: impl Into<String>) -> Self {
        self.check_out_time = Some(value.into());
        self
    }
    /// Sets `departTime`.
    pub fn depart_time(mut self, value: impl Into<String>) -> Self {
        self.depart_time = Some(value.into());
        self
    }
    /// Sets `destinationAirport`.
    pub fn destination_airport(mut self, value: impl Into<String>) -> Self {
        self.destination_airport = Some(value.into());
        self
    }
    /// Sets `destinationAirportCode`.
    pub fn destination_airport_code(mut self, value: impl Into<String>) -> Self {
        self.destination_airport_code = Some(value.into());
        self
    }
    /// Sets `destinationCity`.
    pub fn destination_city(mut self, value: impl Into<String>) -> Self {
        self.destination_city = Some(value.into());
        self
    }
    /// Sets `destinationCityCode`.
    pub fn destination_city_code(mut self, value: impl Into<String>) -> Self {
        self.destination_city_code = Some(value.into());
        self
    }
    /// Sets `destinationStation`.
    pub fn destination_station(mut self, value: impl Into<String>) -> Self {
        self.destination_station = Some(value.into());
        self
    }
    /// Sets `destinationTerminalBuilding`.
    pub fn destination_terminal_building(mut self, value: impl Into<String>) -> Self {
        self.destination_terminal_building = Some(value.into());
        self
    }
    /// Sets `detailAmount`.
    pub fn detail_amount(mut self, value: impl Into<String>) -> Self {
        self.detail_amount = Some(value.into());
        self
    }
    /// Sets `hotelAddress`.
    pub fn hotel_address(mut self, value: impl Into<String>) -> Self {
        self.hotel_address = Some(value.into());
        self
    }
    /// Sets `hotelCity`.
    pub fn hotel_city(mut self, value: impl Into<String>) -> Self {
        self.hotel_city = Some(value.into());
        self
    }
    /// Sets `hotelLocation`.
    pub fn hotel_location(
        mut self,
        value: SyncTripOrderRequestOrderDetailsHotelLocation,
    ) -> Self {
        self.hotel_location = Some(value);
        self
    }
    /// Sets `hotelName`.
    pub fn hotel_name(mut self, value: impl Into<String>) -> Self {
        self.hotel_name = Some(value.into());
        self
    }
    /// Sets `openConsumerInfo`.
    pub fn open_consumer_info(
        mut self,
        value: impl IntoIterator<Item = SyncTripOrderRequestOrderDetailsOpenConsumerInfo>,
    ) -> Self {
        self.open_consumer_info = Some(value.into_iter().collect());
        self
    }
    /// Sets `orderDetailStatus`.
    pub fn order_detail_status(mut self, value: impl Into<String>) -> Self {
        self.order_detail_status = Some(value.into());
        self
    }
    /// Sets `originAirport`.
    pub fn origin_airport(mut self, value: impl Into<String>) -> Self {
        self.origin_airport = Some(value.into());
        self
    }
    /// Sets `originAirportCode`.
    pub fn origin_airport_code(mut self, value: impl Into<String>) -> Self {
        self.origin_airport_code = Some(value.into());
        self
    }
    /// Sets `originCity`.
    pub fn origin_city(mut self, value: impl Into<String>) -> Self {
        self.origin_city = Some(value.into());
        self
    }
    /// Sets `originCityCode`.
    pub fn origin_city_code(mut self, value: impl Into<String>) -> Self {
        self.origin_city_code = Some(value.into());
        self
    }
    /// Sets `originStation`.
    pub fn origin_station(mut self, value: impl Into<String>) -> Self {
        self.origin_station = Some(value.into());
        self
    }
    /// Sets `originTerminalBuilding`.
    pub fn origin_terminal_building(mut self, value: impl Into<String>) -> Self {
        self.origin_terminal_building = Some(value.into());
        self
    }
    /// Sets `roomCount`.
    pub fn room_count(mut self, value: i64) -> Self {
        self.room_count = Some(value);
        self
    }
    /// Sets `roundTripType`.
    pub fn round_trip_type(mut self, value: impl Into<String>) -> Self {
        self.round_trip_type = Some(value.into());
        self
    }
    /// Sets `seatInfo`.
    pub fn seat_info(mut self, value: impl Into<String>) -> Self {
        self.seat_info = Some(value.into());
        self
    }
    /// Sets `serviceType`.
    pub fn service_type(mut self, value: impl Into<String>) -> Self {
        self.service_type = Some(value.into());
        self
    }
    /// Sets `subSupplyLogo`.
    pub fn sub_supply_logo(mut self, value: impl Into<String>) -> Self {
        self.sub_supply_logo = Some(value.into());
        self
    }
    /// Sets `subSupplyName`.
    pub fn sub_supply_name(mut self, value: impl Into<String>) -> Self {
        self.sub_supply_name = Some(value.into());
        self
    }
    /// Sets `taxiType`.
    pub fn taxi_type(mut self, value: impl Into<String>) -> Self {
        self.taxi_type = Some(value.into());
        self
    }
    /// Sets `telephone`.
    pub fn telephone(mut self, value: impl Into<String>) -> Self {
        self.telephone = Some(value.into());
        self
    }
    /// Sets `transportNumber`.
    pub fn transport_number(mut self, value: impl Into<String>) -> Self {
        self.transport_number = Some(value.into());
        self
    }
    /// Sets `typeDescription`.
    pub fn type_description(mut self, value: impl Into<String>) -> Self {
        self.type_description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripOrderRequestOrderDetails { "airport" => optional(airport), "arrivalTime" =>
    optional(arrival_time), "carColor" => optional(car_color), "carModel" =>
    optional(car_model), "carNumber" => optional(car_number), "cateringType" =>
    optional(catering_type), "checkInTime" => optional(check_in_time), "checkOutTime" =>
    optional(check_out_time), "departTime" => optional(depart_time), "destinationAirport"
    => optional(destination_airport), "destinationAirportCode" =>
    optional(destination_airport_code), "destinationCity" => optional(destination_city),
    "destinationCityCode" => optional(destination_city_code), "destinationStation" =>
    optional(destination_station), "destinationTerminalBuilding" =>
    optional(destination_terminal_building), "detailAmount" => optional(detail_amount),
    "hotelAddress" => optional(hotel_address), "hotelCity" => optional(hotel_city),
    "hotelLocation" => optional(hotel_location), "hotelName" => optional(hotel_name),
    "openConsumerInfo" => optional(open_consumer_info), "orderDetailStatus" =>
    optional(order_detail_status), "originAirport" => optional(origin_airport),
    "originAirportCode" => optional(origin_airport_code), "originCity" =>
    optional(origin_city), "originCityCode" => optional(origin_city_code),
    "originStation" => optional(origin_station), "originTerminalBuilding" =>
    optional(origin_terminal_building), "roomCount" => optional(room_count),
    "roundTripType" => optional(round_trip_type), "seatInfo" => optional(seat_info),
    "serviceType" => optional(service_type), "subSupplyLogo" =>
    optional(sub_supply_logo), "subSupplyName" => optional(sub_supply_name), "taxiType"
    => optional(taxi_type), "telephone" => optional(telephone), "transportNumber" =>
    optional(transport_number), "typeDescription" => optional(type_description) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripOrderRequestOrderDetails { "airport" => read_field(airport), "arrivalTime" =>
    read_field(arrival_time), "carColor" => read_field(car_color), "carModel" =>
    read_field(car_model), "carNumber" => read_field(car_number), "cateringType" =>
    read_field(catering_type), "checkInTime" => read_field(check_in_time), "checkOutTime"
    => read_field(check_out_time), "departTime" => read_field(depart_time),
    "destinationAirport" => read_field(destination_airport), "destinationAirportCode" =>
    read_field(destination_airport_code), "destinationCity" =>
    read_field(destination_city), "destinationCityCode" =>
    read_field(destination_city_code), "destinationStation" =>
    read_field(destination_station), "destinationTerminalBuilding" =>
    read_field(destination_terminal_building), "detailAmount" =>
    read_field(detail_amount), "hotelAddress" => read_field(hotel_address), "hotelCity"
    => read_field(hotel_city), "hotelLocation" => read_field(hotel_location), "hotelName"
    => read_field(hotel_name), "openConsumerInfo" => read_field(open_consumer_info),
    "orderDetailStatus" => read_field(order_detail_status), "originAirport" =>
    read_field(origin_airport), "originAirportCode" => read_field(origin_airport_code),
    "originCity" => read_field(origin_city), "originCityCode" =>
    read_field(origin_city_code), "originStation" => read_field(origin_station),
    "originTerminalBuilding" => read_field(origin_terminal_building), "roomCount" =>
    read_field(room_count), "roundTripType" => read_field(round_trip_type), "seatInfo" =>
    read_field(seat_info), "serviceType" => read_field(service_type), "subSupplyLogo" =>
    read_field(sub_supply_logo), "subSupplyName" => read_field(sub_supply_name),
    "taxiType" => read_field(taxi_type), "telephone" => read_field(telephone),
    "transportNumber" => read_field(transport_number), "typeDescription" =>
    read_field(type_description) }
}
/// `SyncTripOrderResponseBody`: the same model as [`SyncBusinessSignInfoResponseBody`].
pub type SyncTripOrderResponseBody = SyncBusinessSignInfoResponseBody;
/// `SyncTripProductConfigRequestTripProductConfigList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripProductConfigRequestTripProductConfigList {
    /// `allVisible`.
    pub all_visible: Option<bool>,
    /// `deptVisibleScopes`.
    pub dept_visible_scopes: Option<Vec<String>>,
    /// `openStatus`.
    pub open_status: Option<bool>,
    /// `productType`.
    pub product_type: Option<String>,
    /// `roleVisibleScopes`.
    pub role_visible_scopes: Option<Vec<String>>,
    /// `staffVisibleScopes`.
    pub staff_visible_scopes: Option<Vec<String>>,
    /// `tmcInfos`.
    pub tmc_infos: Option<
        Vec<SyncTripProductConfigRequestTripProductConfigListTmcInfos>,
    >,
}
impl SyncTripProductConfigRequestTripProductConfigList {
    /// An empty `SyncTripProductConfigRequestTripProductConfigList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allVisible`.
    pub fn all_visible(mut self, value: bool) -> Self {
        self.all_visible = Some(value);
        self
    }
    /// Sets `deptVisibleScopes`.
    pub fn dept_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openStatus`.
    pub fn open_status(mut self, value: bool) -> Self {
        self.open_status = Some(value);
        self
    }
    /// Sets `productType`.
    pub fn product_type(mut self, value: impl Into<String>) -> Self {
        self.product_type = Some(value.into());
        self
    }
    /// Sets `roleVisibleScopes`.
    pub fn role_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `staffVisibleScopes`.
    pub fn staff_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.staff_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `tmcInfos`.
    pub fn tmc_infos(
        mut self,
        value: impl IntoIterator<
            Item = SyncTripProductConfigRequestTripProductConfigListTmcInfos,
        >,
    ) -> Self {
        self.tmc_infos = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncTripProductConfigRequestTripProductConfigList { "allVisible" =>
    optional(all_visible), "deptVisibleScopes" => optional(dept_visible_scopes),
    "openStatus" => optional(open_status), "productType" => optional(product_type),
    "roleVisibleScopes" => optional(role_visible_scopes), "staffVisibleScopes" =>
    optional(staff_visible_scopes), "tmcInfos" => optional(tmc_infos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripProductConfigRequestTripProductConfigList { "allVisible" =>
    read_field(all_visible), "deptVisibleScopes" => read_field(dept_visible_scopes),
    "openStatus" => read_field(open_status), "productType" => read_field(product_type),
    "roleVisibleScopes" => read_field(role_visible_scopes), "staffVisibleScopes" =>
    read_field(staff_visible_scopes), "tmcInfos" => read_field(tmc_infos) }
}
/// `SyncTripProductConfigResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncTripProductConfigResponseBody = SyncCostCenterResponseBody;
/// `TripPlatformUnifiedEntryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TripPlatformUnifiedEntryResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    TripPlatformUnifiedEntryResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TripPlatformUnifiedEntryResponseBody { "requestId" => optional(request_id), "result"
    => optional(result), "success" => optional(success) }
}
/// `UpgradeTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpgradeTemplateResponseBody {
    /// `result`.
    pub result: Option<UpgradeTemplateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpgradeTemplateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpgradeTemplateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetTravelProcessDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBodyResult {
    /// `archiveTime`.
    pub archive_time: Option<String>,
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterId`.
    pub cost_center_id: Option<String>,
    /// `costCenterThirdPartyId`.
    pub cost_center_third_party_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `extFormComponent`.
    pub ext_form_component: Option<
        Vec<GetTravelProcessDetailResponseBodyResultExtFormComponent>,
    >,
    /// `feeType`.
    pub fee_type: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `invoiceTitleId`.
    pub invoice_title_id: Option<String>,
    /// `invoiceTitleThirdPartyId`.
    pub invoice_title_third_party_id: Option<String>,
    /// `itineraryProject`.
    pub itinerary_project: Option<String>,
    /// `itineraryProjectThirdPartyId`.
    pub itinerary_project_third_party_id: Option<String>,
    /// `journeys`.
    pub journeys: Option<Vec<GetTravelProcessDetailResponseBodyResultJourneys>>,
    /// `mainProcessInstanceId`.
    pub main_process_instance_id: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `originatorId`.
    pub originator_id: Option<String>,
    /// `originatorIdOnBehalf`.
    pub originator_id_on_behalf: Option<String>,
    /// `processBizAction`.
    pub process_biz_action: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processResult`.
    pub process_result: Option<String>,
    /// `processStatus`.
    pub process_status: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<GetTravelProcessDetailResponseBodyResultTasks>>,
    /// `travelCategory`.
    pub travel_category: Option<String>,
    /// `travelers`.
    pub travelers: Option<Vec<String>>,
    /// `tripDays`.
    pub trip_days: Option<String>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBodyResult { "archiveTime" => read_field(archive_time),
    "bizCategoryId" => read_field(biz_category_id), "businessId" =>
    read_field(business_id), "corpId" => read_field(corp_id), "costCenter" =>
    read_field(cost_center), "costCenterId" => read_field(cost_center_id),
    "costCenterThirdPartyId" => read_field(cost_center_third_party_id), "createTime" =>
    read_field(create_time), "extFormComponent" => read_field(ext_form_component),
    "feeType" => read_field(fee_type), "invoiceTitle" => read_field(invoice_title),
    "invoiceTitleId" => read_field(invoice_title_id), "invoiceTitleThirdPartyId" =>
    read_field(invoice_title_third_party_id), "itineraryProject" =>
    read_field(itinerary_project), "itineraryProjectThirdPartyId" =>
    read_field(itinerary_project_third_party_id), "journeys" => read_field(journeys),
    "mainProcessInstanceId" => read_field(main_process_instance_id), "memo" =>
    read_field(memo), "originatorId" => read_field(originator_id), "originatorIdOnBehalf"
    => read_field(originator_id_on_behalf), "processBizAction" =>
    read_field(process_biz_action), "processInstanceId" =>
    read_field(process_instance_id), "processResult" => read_field(process_result),
    "processStatus" => read_field(process_status), "remark" => read_field(remark),
    "tasks" => read_field(tasks), "travelCategory" => read_field(travel_category),
    "travelers" => read_field(travelers), "tripDays" => read_field(trip_days) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBodyResult { "archiveTime" => optional(archive_time),
    "bizCategoryId" => optional(biz_category_id), "businessId" => optional(business_id),
    "corpId" => optional(corp_id), "costCenter" => optional(cost_center), "costCenterId"
    => optional(cost_center_id), "costCenterThirdPartyId" =>
    optional(cost_center_third_party_id), "createTime" => optional(create_time),
    "extFormComponent" => optional(ext_form_component), "feeType" => optional(fee_type),
    "invoiceTitle" => optional(invoice_title), "invoiceTitleId" =>
    optional(invoice_title_id), "invoiceTitleThirdPartyId" =>
    optional(invoice_title_third_party_id), "itineraryProject" =>
    optional(itinerary_project), "itineraryProjectThirdPartyId" =>
    optional(itinerary_project_third_party_id), "journeys" => optional(journeys),
    "mainProcessInstanceId" => optional(main_process_instance_id), "memo" =>
    optional(memo), "originatorId" => optional(originator_id), "originatorIdOnBehalf" =>
    optional(originator_id_on_behalf), "processBizAction" =>
    optional(process_biz_action), "processInstanceId" => optional(process_instance_id),
    "processResult" => optional(process_result), "processStatus" =>
    optional(process_status), "remark" => optional(remark), "tasks" => optional(tasks),
    "travelCategory" => optional(travel_category), "travelers" => optional(travelers),
    "tripDays" => optional(trip_days) }
}
/// `PreCheckTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBodyResult {
    /// `blockRecords`.
    pub block_records: Option<Vec<PreCheckTemplateResponseBodyResultBlockRecords>>,
    /// `pass`.
    pub pass: Option<bool>,
}
rt::impl_deserialize! {
    PreCheckTemplateResponseBodyResult { "blockRecords" => read_field(block_records),
    "pass" => read_field(pass) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreCheckTemplateResponseBodyResult { "blockRecords" => optional(block_records),
    "pass" => optional(pass) }
}
/// `QueryTripFlightOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripFlightOrderByPageResponseBodyList {
    /// `arrivalTime`.
    pub arrival_time: Option<String>,
    /// `consumerInfos`.
    pub consumer_infos: Option<
        Vec<QueryTripFlightOrderByPageResponseBodyListConsumerInfos>,
    >,
    /// `contactName`.
    pub contact_name: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterCode`.
    pub cost_center_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `departTime`.
    pub depart_time: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `destinationCity`.
    pub destination_city: Option<String>,
    /// `destinationStation`.
    pub destination_station: Option<String>,
    /// `flightOrderStatus`.
    pub flight_order_status: Option<i64>,
    /// `flightOrderStatusDesc`.
    pub flight_order_status_desc: Option<String>,
    /// `gmtOrder`.
    pub gmt_order: Option<i64>,
    /// `gmtPay`.
    pub gmt_pay: Option<i64>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `orderDetails`.
    pub order_details: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `originCity`.
    pub origin_city: Option<String>,
    /// `originStation`.
    pub origin_station: Option<String>,
    /// `passengerCount`.
    pub passenger_count: Option<i64>,
    /// `passengerName`.
    pub passenger_name: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `seatType`.
    pub seat_type: Option<String>,
    /// `totalAmount`.
    pub total_amount: Option<i64>,
    /// `transportNumber`.
    pub transport_number: Option<String>,
    /// `tripType`.
    pub trip_type: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryTripFlightOrderByPageResponseBodyList { "arrivalTime" =>
    read_field(arrival_time), "consumerInfos" => read_field(consumer_infos),
    "contactName" => read_field(contact_name), "costCenter" => read_field(cost_center),
    "costCenterCode" => read_field(cost_center_code), "createTime" =>
    read_field(create_time), "departTime" => read_field(depart_time), "departmentId" =>
    read_field(department_id), "departmentName" => read_field(department_name),
    "destinationCity" => read_field(destination_city), "destinationStation" =>
    read_field(destination_station), "flightOrderStatus" =>
    read_field(flight_order_status), "flightOrderStatusDesc" =>
    read_field(flight_order_status_desc), "gmtOrder" => read_field(gmt_order), "gmtPay"
    => read_field(gmt_pay), "invoiceId" => read_field(invoice_id), "invoiceTitle" =>
    read_field(invoice_title), "orderDetails" => read_field(order_details), "orderNo" =>
    read_field(order_no), "originCity" => read_field(origin_city), "originStation" =>
    read_field(origin_station), "passengerCount" => read_field(passenger_count),
    "passengerName" => read_field(passenger_name), "processInstanceId" =>
    read_field(process_instance_id), "seatType" => read_field(seat_type), "totalAmount"
    => read_field(total_amount), "transportNumber" => read_field(transport_number),
    "tripType" => read_field(trip_type), "updateTime" => read_field(update_time),
    "userId" => read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripFlightOrderByPageResponseBodyList { "arrivalTime" => optional(arrival_time),
    "consumerInfos" => optional(consumer_infos), "contactName" => optional(contact_name),
    "costCenter" => optional(cost_center), "costCenterCode" =>
    optional(cost_center_code), "createTime" => optional(create_time), "departTime" =>
    optional(depart_time), "departmentId" => optional(department_id), "departmentName" =>
    optional(department_name), "destinationCity" => optional(destination_city),
    "destinationStation" => optional(destination_station), "flightOrderStatus" =>
    optional(flight_order_status), "flightOrderStatusDesc" =>
    optional(flight_order_status_desc), "gmtOrder" => optional(gmt_order), "gmtPay" =>
    optional(gmt_pay), "invoiceId" => optional(invoice_id), "invoiceTitle" =>
    optional(invoice_title), "orderDetails" => optional(order_details), "orderNo" =>
    optional(order_no), "originCity" => optional(origin_city), "originStation" =>
    optional(origin_station), "passengerCount" => optional(passenger_count),
    "passengerName" => optional(passenger_name), "processInstanceId" =>
    optional(process_instance_id), "seatType" => optional(seat_type), "totalAmount" =>
    optional(total_amount), "transportNumber" => optional(transport_number), "tripType"
    => optional(trip_type), "updateTime" => optional(update_time), "userId" =>
    optional(user_id), "userName" => optional(user_name) }
}
/// `QueryTripHotelOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripHotelOrderByPageResponseBodyList {
    /// `checkInTime`.
    pub check_in_time: Option<String>,
    /// `checkOutTime`.
    pub check_out_time: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `consumerInfos`.
    pub consumer_infos: Option<
        Vec<QueryTripHotelOrderByPageResponseBodyListConsumerInfos>,
    >,
    /// `contactName`.
    pub contact_name: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterCode`.
    pub cost_center_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `gmtOrder`.
    pub gmt_order: Option<i64>,
    /// `gmtPay`.
    pub gmt_pay: Option<i64>,
    /// `guest`.
    pub guest: Option<String>,
    /// `hotelName`.
    pub hotel_name: Option<String>,
    /// `hotelOrderStatus`.
    pub hotel_order_status: Option<String>,
    /// `hotelOrderStatusDesc`.
    pub hotel_order_status_desc: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `night`.
    pub night: Option<i64>,
    /// `orderDetails`.
    pub order_details: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `roomNum`.
    pub room_num: Option<i64>,
    /// `roomType`.
    pub room_type: Option<String>,
    /// `totalAmount`.
    pub total_amount: Option<i64>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryTripHotelOrderByPageResponseBodyList { "checkInTime" =>
    read_field(check_in_time), "checkOutTime" => read_field(check_out_time), "city" =>
    read_field(city), "consumerInfos" => read_field(consumer_infos), "contactName" =>
    read_field(contact_name), "costCenter" => read_field(cost_center), "costCenterCode"
    => read_field(cost_center_code), "createTime" => read_field(create_time),
    "departmentId" => read_field(department_id), "departmentName" =>
    read_field(department_name), "gmtOrder" => read_field(gmt_order), "gmtPay" =>
    read_field(gmt_pay), "guest" => read_field(guest), "hotelName" =>
    read_field(hotel_name), "hotelOrderStatus" => read_field(hotel_order_status),
    "hotelOrderStatusDesc" => read_field(hotel_order_status_desc), "invoiceId" =>
    read_field(invoice_id), "invoiceTitle" => read_field(invoice_title), "night" =>
    read_field(night), "orderDetails" => read_field(order_details), "orderNo" =>
    read_field(order_no), "payType" => read_field(pay_type), "processInstanceId" =>
    read_field(process_instance_id), "roomNum" => read_field(room_num), "roomType" =>
    read_field(room_type), "totalAmount" => read_field(total_amount), "updateTime" =>
    read_field(update_time), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripHotelOrderByPageResponseBodyList { "checkInTime" => optional(check_in_time),
    "checkOutTime" => optional(check_out_time), "city" => optional(city), "consumerInfos"
    => optional(consumer_infos), "contactName" => optional(contact_name), "costCenter" =>
    optional(cost_center), "costCenterCode" => optional(cost_center_code), "createTime"
    => optional(create_time), "departmentId" => optional(department_id), "departmentName"
    => optional(department_name), "gmtOrder" => optional(gmt_order), "gmtPay" =>
    optional(gmt_pay), "guest" => optional(guest), "hotelName" => optional(hotel_name),
    "hotelOrderStatus" => optional(hotel_order_status), "hotelOrderStatusDesc" =>
    optional(hotel_order_status_desc), "invoiceId" => optional(invoice_id),
    "invoiceTitle" => optional(invoice_title), "night" => optional(night), "orderDetails"
    => optional(order_details), "orderNo" => optional(order_no), "payType" =>
    optional(pay_type), "processInstanceId" => optional(process_instance_id), "roomNum"
    => optional(room_num), "roomType" => optional(room_type), "totalAmount" =>
    optional(total_amount), "updateTime" => optional(update_time), "userId" =>
    optional(user_id), "userName" => optional(user_name) }
}
/// `QueryTripProcessTemplatesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBodyResult {
    /// `schemas`.
    pub schemas: Option<Vec<QueryTripProcessTemplatesResponseBodyResultSchemas>>,
}
rt::impl_deserialize! {
    QueryTripProcessTemplatesResponseBodyResult { "schemas" => read_field(schemas) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripProcessTemplatesResponseBodyResult { "schemas" => optional(schemas) }
}
/// `QueryTripTrainOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripTrainOrderByPageResponseBodyList {
    /// `arrivalCity`.
    pub arrival_city: Option<String>,
    /// `arrivalStation`.
    pub arrival_station: Option<String>,
    /// `arrivalTime`.
    pub arrival_time: Option<String>,
    /// `consumerInfos`.
    pub consumer_infos: Option<
        Vec<QueryTripTrainOrderByPageResponseBodyListConsumerInfos>,
    >,
    /// `contactName`.
    pub contact_name: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterCode`.
    pub cost_center_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `departureCity`.
    pub departure_city: Option<String>,
    /// `departureStation`.
    pub departure_station: Option<String>,
    /// `departureTime`.
    pub departure_time: Option<String>,
    /// `gmtOrder`.
    pub gmt_order: Option<i64>,
    /// `gmtPay`.
    pub gmt_pay: Option<i64>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `orderDetails`.
    pub order_details: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `runTime`.
    pub run_time: Option<String>,
    /// `seatType`.
    pub seat_type: Option<String>,
    /// `ticketCount`.
    pub ticket_count: Option<String>,
    /// `totalAmount`.
    pub total_amount: Option<i64>,
    /// `trainNumber`.
    pub train_number: Option<String>,
    /// `trainOrderStatus`.
    pub train_order_status: Option<String>,
    /// `trainOrderStatusDesc`.
    pub train_order_status_desc: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryTripTrainOrderByPageResponseBodyList { "arrivalCity" =>
    read_field(arrival_city), "arrivalStation" => read_field(arrival_station),
    "arrivalTime" => read_field(arrival_time), "consumerInfos" =>
    read_field(consumer_infos), "contactName" => read_field(contact_name), "costCenter"
    => read_field(cost_center), "costCenterCode" => read_field(cost_center_code),
    "createTime" => read_field(create_time), "departmentId" => read_field(department_id),
    "departmentName" => read_field(department_name), "departureCity" =>
    read_field(departure_city), "departureStation" => read_field(departure_station),
    "departureTime" => read_field(departure_time), "gmtOrder" => read_field(gmt_order),
    "gmtPay" => read_field(gmt_pay), "invoiceId" => read_field(invoice_id),
    "invoiceTitle" => read_field(invoice_title), "orderDetails" =>
    read_field(order_details), "orderNo" => read_field(order_no), "payType" =>
    read_field(pay_type), "processInstanceId" => read_field(process_instance_id),
    "runTime" => read_field(run_time), "seatType" => read_field(seat_type), "ticketCount"
    => read_field(ticket_count), "totalAmount" => read_field(total_amount), "trainNumber"
    => read_field(train_number), "trainOrderStatus" => read_field(train_order_status),
    "trainOrderStatusDesc" => read_field(train_order_status_desc), "updateTime" =>
    read_field(update_time), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripTrainOrderByPageResponseBodyList { "arrivalCity" => optional(arrival_city),
    "arrivalStation" => optional(arrival_station), "arrivalTime" =>
    optional(arrival_time), "consumerInfos" => optional(consumer_infos), "contactName" =>
    optional(contact_name), "costCenter" => optional(cost_center), "costCenterCode" =>
    optional(cost_center_code), "createTime" => optional(create_time), "departmentId" =>
    optional(department_id), "departmentName" => optional(department_name),
    "departureCity" => optional(departure_city), "departureStation" =>
    optional(departure_station), "departureTime" => optional(departure_time), "gmtOrder"
    => optional(gmt_order), "gmtPay" => optional(gmt_pay), "invoiceId" =>
    optional(invoice_id), "invoiceTitle" => optional(invoice_title), "orderDetails" =>
    optional(order_details), "orderNo" => optional(order_no), "payType" =>
    optional(pay_type), "processInstanceId" => optional(process_instance_id), "runTime"
    => optional(run_time), "seatType" => optional(seat_type), "ticketCount" =>
    optional(ticket_count), "totalAmount" => optional(total_amount), "trainNumber" =>
    optional(train_number), "trainOrderStatus" => optional(train_order_status),
    "trainOrderStatusDesc" => optional(train_order_status_desc), "updateTime" =>
    optional(update_time), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// `SyncBusinessSignInfoRequestTmcProductListProductDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    /// `categoryType`.
    pub category_type: Option<String>,
    /// `gmtOrgPay`.
    pub gmt_org_pay: Option<String>,
    /// `openStatus`.
    pub open_status: Option<bool>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `product`.
    pub product: String,
}
/// The required fields of [`SyncBusinessSignInfoRequestTmcProductListProductDetailList`], each named where it is set: `SyncBusinessSignInfoRequestTmcProductListProductDetailList::new(SyncBusinessSignInfoRequestTmcProductListProductDetailListRequired { .. })`.
pub struct SyncBusinessSignInfoRequestTmcProductListProductDetailListRequired {
    /// `product`: see [`SyncBusinessSignInfoRequestTmcProductListProductDetailList::product`].
    pub product: String,
}
impl SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    /// A `SyncBusinessSignInfoRequestTmcProductListProductDetailList` with its required fields (`product`); set the others with the methods named after them.
    pub fn new(
        required: SyncBusinessSignInfoRequestTmcProductListProductDetailListRequired,
    ) -> Self {
        let SyncBusinessSignInfoRequestTmcProductListProductDetailListRequired {
            product,
        } = required;
        Self {
            category_type: None,
            gmt_org_pay: None,
            open_status: None,
            pay_type: None,
            product,
        }
    }
    /// Sets `categoryType`.
    pub fn category_type(mut self, value: impl Into<String>) -> Self {
        self.category_type = Some(value.into());
        self
    }
    /// Sets `gmtOrgPay`.
    pub fn gmt_org_pay(mut self, value: impl Into<String>) -> Self {
        self.gmt_org_pay = Some(value.into());
        self
    }
    /// Sets `openStatus`.
    pub fn open_status(mut self, value: bool) -> Self {
        self.open_status = Some(value);
        self
    }
    /// Sets `payType`.
    pub fn pay_type(mut self, value: impl Into<String>) -> Self {
        self.pay_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncBusinessSignInfoRequestTmcProductListProductDetailList { "categoryType" =>
    optional(category_type), "gmtOrgPay" => optional(gmt_org_pay), "openStatus" =>
    optional(open_status), "payType" => optional(pay_type), "product" => field(product) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncBusinessSignInfoRequestTmcProductListProductDetailList { "categoryType" =>
    read_field(category_type), "gmtOrgPay" => read_field(gmt_org_pay), "openStatus" =>
    read_field(open_status), "payType" => read_field(pay_type), "product" =>
    read_field(product) }
}
/// `SyncSecretKeyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncSecretKeyResponseBodyResult {
    /// `secretString`.
    pub secret_string: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `tripAppKey`.
    pub trip_app_key: Option<String>,
    /// `tripAppSecurity`.
    pub trip_app_security: Option<String>,
    /// `tripCorpId`.
    pub trip_corp_id: Option<String>,
}
rt::impl_deserialize! {
    SyncSecretKeyResponseBodyResult { "secretString" => read_field(secret_string),
    "targetCorpId" => read_field(target_corp_id), "tripAppKey" =>
    read_field(trip_app_key), "tripAppSecurity" => read_field(trip_app_security),
    "tripCorpId" => read_field(trip_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncSecretKeyResponseBodyResult { "secretString" => optional(secret_string),
    "targetCorpId" => optional(target_corp_id), "tripAppKey" => optional(trip_app_key),
    "tripAppSecurity" => optional(trip_app_security), "tripCorpId" =>
    optional(trip_corp_id) }
}
/// `SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList {
    /// `travelItineraryUrl`.
    pub travel_itinerary_url: Option<String>,
}
impl SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList {
    /// An empty `SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `travelItineraryUrl`.
    pub fn travel_itinerary_url(mut self, value: impl Into<String>) -> Self {
        self.travel_itinerary_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList { "travelItineraryUrl"
    => optional(travel_itinerary_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList { "travelItineraryUrl"
    => read_field(travel_itinerary_url) }
}
/// `SyncTripOrderRequestOrderDetailsHotelLocation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripOrderRequestOrderDetailsHotelLocation {
    /// `lat`.
    pub lat: Option<String>,
    /// `lon`.
    pub lon: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl SyncTripOrderRequestOrderDetailsHotelLocation {
    /// An empty `SyncTripOrderRequestOrderDetailsHotelLocation`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lat`.
    pub fn lat(mut self, value: impl Into<String>) -> Self {
        self.lat = Some(value.into());
        self
    }
    /// Sets `lon`.
    pub fn lon(mut self, value: impl Into<String>) -> Self {
        self.lon = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripOrderRequestOrderDetailsHotelLocation { "lat" => optional(lat), "lon" =>
    optional(lon), "source" => optional(source), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripOrderRequestOrderDetailsHotelLocation { "lat" => read_field(lat), "lon" =>
    read_field(lon), "source" => read_field(source), "url" => read_field(url) }
}
/// `SyncTripOrderRequestOrderDetailsOpenConsumerInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripOrderRequestOrderDetailsOpenConsumerInfo {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `identityNumber`.
    pub identity_number: Option<String>,
    /// `identityType`.
    pub identity_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `staffFlag`.
    pub staff_flag: Option<bool>,
    /// `status`.
    pub status: Option<String>,
    /// `ticketAmount`.
    pub ticket_amount: Option<String>,
    /// `ticketNo`.
    pub ticket_no: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SyncTripOrderRequestOrderDetailsOpenConsumerInfo {
    /// An empty `SyncTripOrderRequestOrderDetailsOpenConsumerInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `identityNumber`.
    pub fn identity_number(mut self, value: impl Into<String>) -> Self {
        self.identity_number = Some(value.into());
        self
    }
    /// Sets `identityType`.
    pub fn identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `staffFlag`.
    pub fn staff_flag(mut self, value: bool) -> Self {
        self.staff_flag = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `ticketAmount`.
    pub fn ticket_amount(mut self, value: impl Into<String>) -> Self {
        self.ticket_amount = Some(value.into());
        self
    }
    /// Sets `ticketNo`.
    pub fn ticket_no(mut self, value: impl Into<String>) -> Self {
        self.ticket_no = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripOrderRequestOrderDetailsOpenConsumerInfo { "corpId" => optional(corp_id),
    "identityNumber" => optional(identity_number), "identityType" =>
    optional(identity_type), "name" => optional(name), "staffFlag" =>
    optional(staff_flag), "status" => optional(status), "ticketAmount" =>
    optional(ticket_amount), "ticketNo" => optional(ticket_no), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripOrderRequestOrderDetailsOpenConsumerInfo { "corpId" => read_field(corp_id),
    "identityNumber" => read_field(identity_number), "identityType" =>
    read_field(identity_type), "name" => read_field(name), "staffFlag" =>
    read_field(staff_flag), "status" => read_field(status), "ticketAmount" =>
    read_field(ticket_amount), "ticketNo" => read_field(ticket_no), "userId" =>
    read_field(user_id) }
}
/// `SyncTripProductConfigRequestTripProductConfigListTmcInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripProductConfigRequestTripProductConfigListTmcInfos {
    /// `categoryType`.
    pub category_type: Option<String>,
    /// `gmtOrgPay`.
    pub gmt_org_pay: Option<String>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `tmcCorpId`.
    pub tmc_corp_id: Option<String>,
}
impl SyncTripProductConfigRequestTripProductConfigListTmcInfos {
    /// An empty `SyncTripProductConfigRequestTripProductConfigListTmcInfos`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryType`.
    pub fn category_type(mut self, value: impl Into<String>) -> Self {
        self.category_type = Some(value.into());
        self
    }
    /// Sets `gmtOrgPay`.
    pub fn gmt_org_pay(mut self, value: impl Into<String>) -> Self {
        self.gmt_org_pay = Some(value.into());
        self
    }
    /// Sets `payType`.
    pub fn pay_type(mut self, value: impl Into<String>) -> Self {
        self.pay_type = Some(value.into());
        self
    }
    /// Sets `tmcCorpId`.
    pub fn tmc_corp_id(mut self, value: impl Into<String>) -> Self {
        self.tmc_corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripProductConfigRequestTripProductConfigListTmcInfos { "categoryType" =>
    optional(category_type), "gmtOrgPay" => optional(gmt_org_pay), "payType" =>
    optional(pay_type), "tmcCorpId" => optional(tmc_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripProductConfigRequestTripProductConfigListTmcInfos { "categoryType" =>
    read_field(category_type), "gmtOrgPay" => read_field(gmt_org_pay), "payType" =>
    read_field(pay_type), "tmcCorpId" => read_field(tmc_corp_id) }
}
/// `UpgradeTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpgradeTemplateResponseBodyResult {
    /// `upgradeResult`.
    pub upgrade_result: Option<bool>,
}
rt::impl_deserialize! {
    UpgradeTemplateResponseBodyResult { "upgradeResult" => read_field(upgrade_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpgradeTemplateResponseBodyResult { "upgradeResult" => optional(upgrade_result) }
}
/// `GetTravelProcessDetailResponseBodyResultExtFormComponent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBodyResultExtFormComponent {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `componentType`.
    pub component_type: Option<String>,
    /// `extValue`.
    pub ext_value: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBodyResultExtFormComponent { "bizAlias" =>
    read_field(biz_alias), "componentType" => read_field(component_type), "extValue" =>
    read_field(ext_value), "id" => read_field(id), "name" => read_field(name), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBodyResultExtFormComponent { "bizAlias" =>
    optional(biz_alias), "componentType" => optional(component_type), "extValue" =>
    optional(ext_value), "id" => optional(id), "name" => optional(name), "value" =>
    optional(value) }
}
/// `GetTravelProcessDetailResponseBodyResultJourneys`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBodyResultJourneys {
    /// `arrival`.
    pub arrival: Option<GetTravelProcessDetailResponseBodyResultJourneysArrival>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterId`.
    pub cost_center_id: Option<String>,
    /// `costCenterThirdPartyId`.
    pub cost_center_third_party_id: Option<String>,
    /// `departure`.
    pub departure: Option<GetTravelProcessDetailResponseBodyResultJourneysDeparture>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `endTimeAcc`.
    pub end_time_acc: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `invoiceTitleId`.
    pub invoice_title_id: Option<String>,
    /// `invoiceTitleThirdPartyId`.
    pub invoice_title_third_party_id: Option<String>,
    /// `itineraryProject`.
    pub itinerary_project: Option<String>,
    /// `itineraryProjectId`.
    pub itinerary_project_id: Option<String>,
    /// `itineraryProjectThirdPartyId`.
    pub itinerary_project_third_party_id: Option<String>,
    /// `journeyBizNo`.
    pub journey_biz_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `startTimeAcc`.
    pub start_time_acc: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
    /// `travelType`.
    pub travel_type: Option<String>,
    /// `tripWay`.
    pub trip_way: Option<String>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBodyResultJourneys { "arrival" => read_field(arrival),
    "costCenter" => read_field(cost_center), "costCenterId" =>
    read_field(cost_center_id), "costCenterThirdPartyId" =>
    read_field(cost_center_third_party_id), "departure" => read_field(departure),
    "endTime" => read_field(end_time), "endTimeAcc" => read_field(end_time_acc),
    "invoiceTitle" => read_field(invoice_title), "invoiceTitleId" =>
    read_field(invoice_title_id), "invoiceTitleThirdPartyId" =>
    read_field(invoice_title_third_party_id), "itineraryProject" =>
    read_field(itinerary_project), "itineraryProjectId" =>
    read_field(itinerary_project_id), "itineraryProjectThirdPartyId" =>
    read_field(itinerary_project_third_party_id), "journeyBizNo" =>
    read_field(journey_biz_no), "startTime" => read_field(start_time), "startTimeAcc" =>
    read_field(start_time_acc), "timeUnit" => read_field(time_unit), "travelType" =>
    read_field(travel_type), "tripWay" => read_field(trip_way) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBodyResultJourneys { "arrival" => optional(arrival),
    "costCenter" => optional(cost_center), "costCenterId" => optional(cost_center_id),
    "costCenterThirdPartyId" => optional(cost_center_third_party_id), "departure" =>
    optional(departure), "endTime" => optional(end_time), "endTimeAcc" =>
    optional(end_time_acc), "invoiceTitle" => optional(invoice_title), "invoiceTitleId"
    => optional(invoice_title_id), "invoiceTitleThirdPartyId" =>
    optional(invoice_title_third_party_id), "itineraryProject" =>
    optional(itinerary_project), "itineraryProjectId" => optional(itinerary_project_id),
    "itineraryProjectThirdPartyId" => optional(itinerary_project_third_party_id),
    "journeyBizNo" => optional(journey_biz_no), "startTime" => optional(start_time),
    "startTimeAcc" => optional(start_time_acc), "timeUnit" => optional(time_unit),
    "travelType" => optional(travel_type), "tripWay" => optional(trip_way) }
}
/// `GetTravelProcessDetailResponseBodyResultTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBodyResultTasks {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `originUserId`.
    pub origin_user_id: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBodyResultTasks { "activityId" =>
    read_field(activity_id), "createTime" => read_field(create_time), "finishTime" =>
    read_field(finish_time), "originUserId" => read_field(origin_user_id),
    "processInstanceId" => read_field(process_instance_id), "result" =>
    read_field(result), "status" => read_field(status), "taskId" => read_field(task_id),
    "url" => read_field(url), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBodyResultTasks { "activityId" =>
    optional(activity_id), "createTime" => optional(create_time), "finishTime" =>
    optional(finish_time), "originUserId" => optional(origin_user_id),
    "processInstanceId" => optional(process_instance_id), "result" => optional(result),
    "status" => optional(status), "taskId" => optional(task_id), "url" => optional(url),
    "userId" => optional(user_id) }
}
/// `PreCheckTemplateResponseBodyResultBlockRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBodyResultBlockRecords {
    /// `blockType`.
    pub block_type: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
}
rt::impl_deserialize! {
    PreCheckTemplateResponseBodyResultBlockRecords { "blockType" =>
    read_field(block_type), "reason" => read_field(reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreCheckTemplateResponseBodyResultBlockRecords { "blockType" => optional(block_type),
    "reason" => optional(reason) }
}
/// `QueryTripFlightOrderByPageResponseBodyListConsumerInfos`, a model several operations share: also named [`QueryTripHotelOrderByPageResponseBodyListConsumerInfos`], [`QueryTripTrainOrderByPageResponseBodyListConsumerInfos`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripFlightOrderByPageResponseBodyListConsumerInfos {
    /// `name`.
    pub name: Option<String>,
    /// `staffFlag`.
    pub staff_flag: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryTripFlightOrderByPageResponseBodyListConsumerInfos { "name" => read_field(name),
    "staffFlag" => read_field(staff_flag), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripFlightOrderByPageResponseBodyListConsumerInfos { "name" => optional(name),
    "staffFlag" => optional(staff_flag), "userId" => optional(user_id) }
}
/// `QueryTripHotelOrderByPageResponseBodyListConsumerInfos`: the same model as [`QueryTripFlightOrderByPageResponseBodyListConsumerInfos`].
pub type QueryTripHotelOrderByPageResponseBodyListConsumerInfos = QueryTripFlightOrderByPageResponseBodyListConsumerInfos;
/// `QueryTripProcessTemplatesResponseBodyResultSchemas`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBodyResultSchemas {
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    QueryTripProcessTemplatesResponseBodyResultSchemas { "processCode" =>
    read_field(process_code), "processName" => read_field(process_name), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTripProcessTemplatesResponseBodyResultSchemas { "processCode" =>
    optional(process_code), "processName" => optional(process_name), "type" =>
    optional(r#type) }
}
/// `QueryTripTrainOrderByPageResponseBodyListConsumerInfos`: the same model as [`QueryTripFlightOrderByPageResponseBodyListConsumerInfos`].
pub type QueryTripTrainOrderByPageResponseBodyListConsumerInfos = QueryTripFlightOrderByPageResponseBodyListConsumerInfos;
/// `GetTravelProcessDetailResponseBodyResultJourneysArrival`, a model several operations share: also named [`GetTravelProcessDetailResponseBodyResultJourneysDeparture`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBodyResultJourneysArrival {
    /// `code`.
    pub code: Option<String>,
    /// `countryCode`.
    pub country_code: Option<String>,
    /// `countryName`.
    pub country_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nationalCityCode`.
    pub national_city_code: Option<String>,
}
rt::impl_deserialize! {
    GetTravelProcessDetailResponseBodyResultJourneysArrival { "code" => read_field(code),
    "countryCode" => read_field(country_code), "countryName" => read_field(country_name),
    "name" => read_field(name), "nationalCityCode" => read_field(national_city_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTravelProcessDetailResponseBodyResultJourneysArrival { "code" => optional(code),
    "countryCode" => optional(country_code), "countryName" => optional(country_name),
    "name" => optional(name), "nationalCityCode" => optional(national_city_code) }
}
/// `GetTravelProcessDetailResponseBodyResultJourneysDeparture`: the same model as [`GetTravelProcessDetailResponseBodyResultJourneysArrival`].
pub type GetTravelProcessDetailResponseBodyResultJourneysDeparture = GetTravelProcessDetailResponseBodyResultJourneysArrival;
/// The request of [`Api::check_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckOrderRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `journeyBizNo`.
    pub journey_biz_no: Option<String>,
    /// `orderType`.
    pub order_type: String,
    /// `processInstanceId`.
    pub process_instance_id: String,
    /// `staffId`.
    pub staff_id: String,
}
/// The required fields of [`CheckOrderRequest`], each named where it is set: `CheckOrderRequest::new(CheckOrderRequired { .. })`.
pub struct CheckOrderRequired {
    /// `channelCorpId`: see [`CheckOrderRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `orderType`: see [`CheckOrderRequest::order_type`].
    pub order_type: String,
    /// `processInstanceId`: see [`CheckOrderRequest::process_instance_id`].
    pub process_instance_id: String,
    /// `staffId`: see [`CheckOrderRequest::staff_id`].
    pub staff_id: String,
}
impl CheckOrderRequest {
    /// A `CheckOrderRequest` with its required fields (`channelCorpId`, `orderType`, `processInstanceId`, `staffId`); set the others with the methods named after them.
    pub fn new(required: CheckOrderRequired) -> Self {
        let CheckOrderRequired {
            channel_corp_id,
            order_type,
            process_instance_id,
            staff_id,
        } = required;
        Self {
            channel_corp_id,
            journey_biz_no: None,
            order_type,
            process_instance_id,
            staff_id,
        }
    }
    /// Sets `journeyBizNo`.
    pub fn journey_biz_no(mut self, value: impl Into<String>) -> Self {
        self.journey_biz_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CheckOrderRequest { "channelCorpId" => field(channel_corp_id), "journeyBizNo" =>
    optional(journey_biz_no), "orderType" => field(order_type), "processInstanceId" =>
    field(process_instance_id), "staffId" => field(staff_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckOrderRequest { "channelCorpId" => read_field(channel_corp_id), "journeyBizNo" =>
    read_field(journey_biz_no), "orderType" => read_field(order_type),
    "processInstanceId" => read_field(process_instance_id), "staffId" =>
    read_field(staff_id) }
}
impl rt::WriteRequest for CheckOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_travel_process_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTravelProcessDetailRequest {
    /// `processCorpId`: a query parameter.
    pub process_corp_id: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
/// The required fields of [`GetTravelProcessDetailRequest`], each named where it is set: `GetTravelProcessDetailRequest::new(GetTravelProcessDetailRequired { .. })`.
pub struct GetTravelProcessDetailRequired {
    /// `processInstanceId`: see [`GetTravelProcessDetailRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl GetTravelProcessDetailRequest {
    /// A `GetTravelProcessDetailRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: GetTravelProcessDetailRequired) -> Self {
        let GetTravelProcessDetailRequired { process_instance_id } = required;
        Self {
            process_corp_id: None,
            process_instance_id,
        }
    }
    /// Sets `processCorpId`.
    pub fn process_corp_id(mut self, value: impl Into<String>) -> Self {
        self.process_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTravelProcessDetailRequest { "processCorpId" => read_field(process_corp_id),
    "processInstanceId" => read_field(process_instance_id) }
}
impl rt::WriteRequest for GetTravelProcessDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processCorpId", &self.process_corp_id);
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::pre_check_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PreCheckTemplateRequest {
    /// `customerCorpId`.
    pub customer_corp_id: String,
}
/// The required fields of [`PreCheckTemplateRequest`], each named where it is set: `PreCheckTemplateRequest::new(PreCheckTemplateRequired { .. })`.
pub struct PreCheckTemplateRequired {
    /// `customerCorpId`: see [`PreCheckTemplateRequest::customer_corp_id`].
    pub customer_corp_id: String,
}
impl PreCheckTemplateRequest {
    /// A `PreCheckTemplateRequest` with its required fields (`customerCorpId`); set the others with the methods named after them.
    pub fn new(required: PreCheckTemplateRequired) -> Self {
        let PreCheckTemplateRequired { customer_corp_id } = required;
        Self { customer_corp_id }
    }
}
rt::impl_serialize! {
    PreCheckTemplateRequest { "customerCorpId" => field(customer_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreCheckTemplateRequest { "customerCorpId" => read_field(customer_corp_id) }
}
impl rt::WriteRequest for PreCheckTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_trip_flight_order_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripFlightOrderByPageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `orderStatus`: a query parameter, JSON-encoded.
    pub order_status: Option<Vec<String>>,
    /// `pageIndex`: a query parameter.
    pub page_index: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
}
impl QueryTripFlightOrderByPageRequest {
    /// An empty `QueryTripFlightOrderByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `orderStatus`.
    pub fn order_status(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.order_status = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageIndex`.
    pub fn page_index(mut self, value: i64) -> Self {
        self.page_index = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTripFlightOrderByPageRequest { "endTime" => read_field(end_time), "orderStatus"
    => read_field(order_status), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for QueryTripFlightOrderByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query_json("orderStatus", &self.order_status);
        writer.query("pageIndex", &self.page_index);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::query_trip_hotel_order_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripHotelOrderByPageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `orderStatus`: a query parameter, JSON-encoded.
    pub order_status: Option<Vec<String>>,
    /// `pageIndex`: a query parameter.
    pub page_index: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
}
impl QueryTripHotelOrderByPageRequest {
    /// An empty `QueryTripHotelOrderByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `orderStatus`.
    pub fn order_status(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.order_status = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageIndex`.
    pub fn page_index(mut self, value: i64) -> Self {
        self.page_index = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTripHotelOrderByPageRequest { "endTime" => read_field(end_time), "orderStatus"
    => read_field(order_status), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for QueryTripHotelOrderByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query_json("orderStatus", &self.order_status);
        writer.query("pageIndex", &self.page_index);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::query_trip_process_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesRequest {
    /// `customerCorpId`: a query parameter.
    pub customer_corp_id: String,
}
/// The required fields of [`QueryTripProcessTemplatesRequest`], each named where it is set: `QueryTripProcessTemplatesRequest::new(QueryTripProcessTemplatesRequired { .. })`.
pub struct QueryTripProcessTemplatesRequired {
    /// `customerCorpId`: see [`QueryTripProcessTemplatesRequest::customer_corp_id`].
    pub customer_corp_id: String,
}
impl QueryTripProcessTemplatesRequest {
    /// A `QueryTripProcessTemplatesRequest` with its required fields (`customerCorpId`); set the others with the methods named after them.
    pub fn new(required: QueryTripProcessTemplatesRequired) -> Self {
        let QueryTripProcessTemplatesRequired { customer_corp_id } = required;
        Self { customer_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTripProcessTemplatesRequest { "customerCorpId" => read_field(customer_corp_id) }
}
impl rt::WriteRequest for QueryTripProcessTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerCorpId", &self.customer_corp_id);
    }
}
/// The request of [`Api::query_trip_train_order_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripTrainOrderByPageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `orderStatus`: a query parameter, JSON-encoded.
    pub order_status: Option<Vec<String>>,
    /// `pageIndex`: a query parameter.
    pub page_index: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
}
impl QueryTripTrainOrderByPageRequest {
    /// An empty `QueryTripTrainOrderByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `orderStatus`.
    pub fn order_status(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.order_status = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageIndex`.
    pub fn page_index(mut self, value: i64) -> Self {
        self.page_index = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTripTrainOrderByPageRequest { "endTime" => read_field(end_time), "orderStatus"
    => read_field(order_status), "pageIndex" => read_field(page_index), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for QueryTripTrainOrderByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query_json("orderStatus", &self.order_status);
        writer.query("pageIndex", &self.page_index);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::submit_trip_approval_process`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTripApprovalProcessRequest {
    /// `itineraries`.
    pub itineraries: Option<Vec<SubmitTripApprovalProcessRequestItineraries>>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SubmitTripApprovalProcessRequest {
    /// An empty `SubmitTripApprovalProcessRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `itineraries`.
    pub fn itineraries(
        mut self,
        value: impl IntoIterator<Item = SubmitTripApprovalProcessRequestItineraries>,
    ) -> Self {
        self.itineraries = Some(value.into_iter().collect());
        self
    }
    /// Sets `processCode`.
    pub fn process_code(mut self, value: impl Into<String>) -> Self {
        self.process_code = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTripApprovalProcessRequest { "itineraries" => optional(itineraries),
    "processCode" => optional(process_code), "reason" => optional(reason), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTripApprovalProcessRequest { "itineraries" => read_field(itineraries),
    "processCode" => read_field(process_code), "reason" => read_field(reason), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for SubmitTripApprovalProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_business_sign_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequest {
    /// `bizTypeList`.
    pub biz_type_list: Option<Vec<String>>,
    /// `gmtOrgPay`.
    pub gmt_org_pay: Option<String>,
    /// `gmtSign`.
    pub gmt_sign: Option<String>,
    /// `orgPayStatus`.
    pub org_pay_status: String,
    /// `signStatus`.
    pub sign_status: String,
    /// `targetCorpId`.
    pub target_corp_id: String,
    /// `tmcProductDetailList`.
    pub tmc_product_detail_list: Option<
        Vec<SyncBusinessSignInfoRequestTmcProductDetailList>,
    >,
    /// `tmcProductList`.
    pub tmc_product_list: Option<Vec<SyncBusinessSignInfoRequestTmcProductList>>,
}
/// The required fields of [`SyncBusinessSignInfoRequest`], each named where it is set: `SyncBusinessSignInfoRequest::new(SyncBusinessSignInfoRequired { .. })`.
pub struct SyncBusinessSignInfoRequired {
    /// `orgPayStatus`: see [`SyncBusinessSignInfoRequest::org_pay_status`].
    pub org_pay_status: String,
    /// `signStatus`: see [`SyncBusinessSignInfoRequest::sign_status`].
    pub sign_status: String,
    /// `targetCorpId`: see [`SyncBusinessSignInfoRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SyncBusinessSignInfoRequest {
    /// A `SyncBusinessSignInfoRequest` with its required fields (`orgPayStatus`, `signStatus`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SyncBusinessSignInfoRequired) -> Self {
        let SyncBusinessSignInfoRequired {
            org_pay_status,
            sign_status,
            target_corp_id,
        } = required;
        Self {
            biz_type_list: None,
            gmt_org_pay: None,
            gmt_sign: None,
            org_pay_status,
            sign_status,
            target_corp_id,
            tmc_product_detail_list: None,
            tmc_product_list: None,
        }
    }
    /// Sets `bizTypeList`.
    pub fn biz_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.biz_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `gmtOrgPay`.
    pub fn gmt_org_pay(mut self, value: impl Into<String>) -> Self {
        self.gmt_org_pay = Some(value.into());
        self
    }
    /// Sets `gmtSign`.
    pub fn gmt_sign(mut self, value: impl Into<String>) -> Self {
        self.gmt_sign = Some(value.into());
        self
    }
    /// Sets `tmcProductDetailList`.
    pub fn tmc_product_detail_list(
        mut self,
        value: impl IntoIterator<Item = SyncBusinessSignInfoRequestTmcProductDetailList>,
    ) -> Self {
        self.tmc_product_detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `tmcProductList`.
    pub fn tmc_product_list(
        mut self,
        value: impl IntoIterator<Item = SyncBusinessSignInfoRequestTmcProductList>,
    ) -> Self {
        self.tmc_product_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncBusinessSignInfoRequest { "bizTypeList" => optional(biz_type_list), "gmtOrgPay"
    => optional(gmt_org_pay), "gmtSign" => optional(gmt_sign), "orgPayStatus" =>
    field(org_pay_status), "signStatus" => field(sign_status), "targetCorpId" =>
    field(target_corp_id), "tmcProductDetailList" => optional(tmc_product_detail_list),
    "tmcProductList" => optional(tmc_product_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncBusinessSignInfoRequest { "bizTypeList" => read_field(biz_type_list), "gmtOrgPay"
    => read_field(gmt_org_pay), "gmtSign" => read_field(gmt_sign), "orgPayStatus" =>
    read_field(org_pay_status), "signStatus" => read_field(sign_status), "targetCorpId"
    => read_field(target_corp_id), "tmcProductDetailList" =>
    read_field(tmc_product_detail_list), "tmcProductList" => read_field(tmc_product_list)
    }
}
impl rt::WriteRequest for SyncBusinessSignInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_cost_center`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncCostCenterRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `costCenterId`.
    pub cost_center_id: String,
    /// `deleteFlag`.
    pub delete_flag: Option<bool>,
    /// `extension`.
    pub extension: Option<String>,
    /// `gmtAction`.
    pub gmt_action: String,
    /// `number`.
    pub number: Option<String>,
    /// `scope`.
    pub scope: Option<i64>,
    /// `source`.
    pub source: Option<String>,
    /// `thirdPartId`.
    pub third_part_id: Option<String>,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncCostCenterRequest`], each named where it is set: `SyncCostCenterRequest::new(SyncCostCenterRequired { .. })`.
pub struct SyncCostCenterRequired {
    /// `channelCorpId`: see [`SyncCostCenterRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `costCenterId`: see [`SyncCostCenterRequest::cost_center_id`].
    pub cost_center_id: String,
    /// `gmtAction`: see [`SyncCostCenterRequest::gmt_action`].
    pub gmt_action: String,
    /// `title`: see [`SyncCostCenterRequest::title`].
    pub title: String,
    /// `userId`: see [`SyncCostCenterRequest::user_id`].
    pub user_id: String,
}
impl SyncCostCenterRequest {
    /// A `SyncCostCenterRequest` with its required fields (`channelCorpId`, `costCenterId`, `gmtAction`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncCostCenterRequired) -> Self {
        let SyncCostCenterRequired {
            channel_corp_id,
            cost_center_id,
            gmt_action,
            title,
            user_id,
        } = required;
        Self {
            channel_corp_id,
            cost_center_id,
            delete_flag: None,
            extension: None,
            gmt_action,
            number: None,
            scope: None,
            source: None,
            third_part_id: None,
            title,
            user_id,
        }
    }
    /// Sets `deleteFlag`.
    pub fn delete_flag(mut self, value: bool) -> Self {
        self.delete_flag = Some(value);
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `number`.
    pub fn number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: i64) -> Self {
        self.scope = Some(value);
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `thirdPartId`.
    pub fn third_part_id(mut self, value: impl Into<String>) -> Self {
        self.third_part_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncCostCenterRequest { "channelCorpId" => field(channel_corp_id), "costCenterId" =>
    field(cost_center_id), "deleteFlag" => optional(delete_flag), "extension" =>
    optional(extension), "gmtAction" => field(gmt_action), "number" => optional(number),
    "scope" => optional(scope), "source" => optional(source), "thirdPartId" =>
    optional(third_part_id), "title" => field(title), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncCostCenterRequest { "channelCorpId" => read_field(channel_corp_id),
    "costCenterId" => read_field(cost_center_id), "deleteFlag" =>
    read_field(delete_flag), "extension" => read_field(extension), "gmtAction" =>
    read_field(gmt_action), "number" => read_field(number), "scope" => read_field(scope),
    "source" => read_field(source), "thirdPartId" => read_field(third_part_id), "title"
    => read_field(title), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SyncCostCenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_cost_center_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncCostCenterEntityRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `costCenterId`.
    pub cost_center_id: String,
    /// `delAll`.
    pub del_all: Option<bool>,
    /// `entityList`.
    pub entity_list: Option<Vec<SyncCostCenterEntityRequestEntityList>>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncCostCenterEntityRequest`], each named where it is set: `SyncCostCenterEntityRequest::new(SyncCostCenterEntityRequired { .. })`.
pub struct SyncCostCenterEntityRequired {
    /// `channelCorpId`: see [`SyncCostCenterEntityRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `costCenterId`: see [`SyncCostCenterEntityRequest::cost_center_id`].
    pub cost_center_id: String,
    /// `userId`: see [`SyncCostCenterEntityRequest::user_id`].
    pub user_id: String,
}
impl SyncCostCenterEntityRequest {
    /// A `SyncCostCenterEntityRequest` with its required fields (`channelCorpId`, `costCenterId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncCostCenterEntityRequired) -> Self {
        let SyncCostCenterEntityRequired { channel_corp_id, cost_center_id, user_id } = required;
        Self {
            channel_corp_id,
            cost_center_id,
            del_all: None,
            entity_list: None,
            user_id,
        }
    }
    /// Sets `delAll`.
    pub fn del_all(mut self, value: bool) -> Self {
        self.del_all = Some(value);
        self
    }
    /// Sets `entityList`.
    pub fn entity_list(
        mut self,
        value: impl IntoIterator<Item = SyncCostCenterEntityRequestEntityList>,
    ) -> Self {
        self.entity_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncCostCenterEntityRequest { "channelCorpId" => field(channel_corp_id),
    "costCenterId" => field(cost_center_id), "delAll" => optional(del_all), "entityList"
    => optional(entity_list), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncCostCenterEntityRequest { "channelCorpId" => read_field(channel_corp_id),
    "costCenterId" => read_field(cost_center_id), "delAll" => read_field(del_all),
    "entityList" => read_field(entity_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SyncCostCenterEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_invoice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncInvoiceRequest {
    /// `address`.
    pub address: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `bankNo`.
    pub bank_no: Option<String>,
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `deleteFlag`.
    pub delete_flag: Option<bool>,
    /// `gmtAction`.
    pub gmt_action: String,
    /// `invoiceId`.
    pub invoice_id: String,
    /// `projectIds`.
    pub project_ids: Option<Vec<String>>,
    /// `scope`.
    pub scope: Option<i64>,
    /// `source`.
    pub source: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
    /// `tel`.
    pub tel: Option<String>,
    /// `thirdPartId`.
    pub third_part_id: Option<String>,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: Option<i64>,
    /// `unitType`.
    pub unit_type: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncInvoiceRequest`], each named where it is set: `SyncInvoiceRequest::new(SyncInvoiceRequired { .. })`.
pub struct SyncInvoiceRequired {
    /// `channelCorpId`: see [`SyncInvoiceRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `gmtAction`: see [`SyncInvoiceRequest::gmt_action`].
    pub gmt_action: String,
    /// `invoiceId`: see [`SyncInvoiceRequest::invoice_id`].
    pub invoice_id: String,
    /// `title`: see [`SyncInvoiceRequest::title`].
    pub title: String,
    /// `userId`: see [`SyncInvoiceRequest::user_id`].
    pub user_id: String,
}
impl SyncInvoiceRequest {
    /// A `SyncInvoiceRequest` with its required fields (`channelCorpId`, `gmtAction`, `invoiceId`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncInvoiceRequired) -> Self {
        let SyncInvoiceRequired {
            channel_corp_id,
            gmt_action,
            invoice_id,
            title,
            user_id,
        } = required;
        Self {
            address: None,
            bank_name: None,
            bank_no: None,
            channel_corp_id,
            delete_flag: None,
            gmt_action,
            invoice_id,
            project_ids: None,
            scope: None,
            source: None,
            tax_no: None,
            tel: None,
            third_part_id: None,
            title,
            r#type: None,
            unit_type: None,
            user_id,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `bankName`.
    pub fn bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `bankNo`.
    pub fn bank_no(mut self, value: impl Into<String>) -> Self {
        self.bank_no = Some(value.into());
        self
    }
    /// Sets `deleteFlag`.
    pub fn delete_flag(mut self, value: bool) -> Self {
        self.delete_flag = Some(value);
        self
    }
    /// Sets `projectIds`.
    pub fn project_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.project_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: i64) -> Self {
        self.scope = Some(value);
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `taxNo`.
    pub fn tax_no(mut self, value: impl Into<String>) -> Self {
        self.tax_no = Some(value.into());
        self
    }
    /// Sets `tel`.
    pub fn tel(mut self, value: impl Into<String>) -> Self {
        self.tel = Some(value.into());
        self
    }
    /// Sets `thirdPartId`.
    pub fn third_part_id(mut self, value: impl Into<String>) -> Self {
        self.third_part_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `unitType`.
    pub fn unit_type(mut self, value: i64) -> Self {
        self.unit_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    SyncInvoiceRequest { "address" => optional(address), "bankName" =>
    optional(bank_name), "bankNo" => optional(bank_no), "channelCorpId" =>
    field(channel_corp_id), "deleteFlag" => optional(delete_flag), "gmtAction" =>
    field(gmt_action), "invoiceId" => field(invoice_id), "projectIds" =>
    optional(project_ids), "scope" => optional(scope), "source" => optional(source),
    "taxNo" => optional(tax_no), "tel" => optional(tel), "thirdPartId" =>
    optional(third_part_id), "title" => field(title), "type" => optional(r#type),
    "unitType" => optional(unit_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInvoiceRequest { "address" => read_field(address), "bankName" =>
    read_field(bank_name), "bankNo" => read_field(bank_no), "channelCorpId" =>
    read_field(channel_corp_id), "deleteFlag" => read_field(delete_flag), "gmtAction" =>
    read_field(gmt_action), "invoiceId" => read_field(invoice_id), "projectIds" =>
    read_field(project_ids), "scope" => read_field(scope), "source" =>
    read_field(source), "taxNo" => read_field(tax_no), "tel" => read_field(tel),
    "thirdPartId" => read_field(third_part_id), "title" => read_field(title), "type" =>
    read_field(r#type), "unitType" => read_field(unit_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SyncInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_invoice_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncInvoiceEntityRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `delAll`.
    pub del_all: Option<bool>,
    /// `entityList`.
    pub entity_list: Option<Vec<SyncInvoiceEntityRequestEntityList>>,
    /// `invoiceId`.
    pub invoice_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncInvoiceEntityRequest`], each named where it is set: `SyncInvoiceEntityRequest::new(SyncInvoiceEntityRequired { .. })`.
pub struct SyncInvoiceEntityRequired {
    /// `channelCorpId`: see [`SyncInvoiceEntityRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `invoiceId`: see [`SyncInvoiceEntityRequest::invoice_id`].
    pub invoice_id: String,
    /// `userId`: see [`SyncInvoiceEntityRequest::user_id`].
    pub user_id: String,
}
impl SyncInvoiceEntityRequest {
    /// A `SyncInvoiceEntityRequest` with its required fields (`channelCorpId`, `invoiceId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncInvoiceEntityRequired) -> Self {
        let SyncInvoiceEntityRequired { channel_corp_id, invoice_id, user_id } = required;
        Self {
            channel_corp_id,
            del_all: None,
            entity_list: None,
            invoice_id,
            user_id,
        }
    }
    /// Sets `delAll`.
    pub fn del_all(mut self, value: bool) -> Self {
        self.del_all = Some(value);
        self
    }
    /// Sets `entityList`.
    pub fn entity_list(
        mut self,
        value: impl IntoIterator<Item = SyncInvoiceEntityRequestEntityList>,
    ) -> Self {
        self.entity_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncInvoiceEntityRequest { "channelCorpId" => field(channel_corp_id), "delAll" =>
    optional(del_all), "entityList" => optional(entity_list), "invoiceId" =>
    field(invoice_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncInvoiceEntityRequest { "channelCorpId" => read_field(channel_corp_id), "delAll"
    => read_field(del_all), "entityList" => read_field(entity_list), "invoiceId" =>
    read_field(invoice_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SyncInvoiceEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_project`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncProjectRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `code`.
    pub code: Option<String>,
    /// `costCenterId`.
    pub cost_center_id: Option<String>,
    /// `deleteFlag`.
    pub delete_flag: Option<bool>,
    /// `extension`.
    pub extension: Option<String>,
    /// `gmtAction`.
    pub gmt_action: String,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `managerIds`.
    pub manager_ids: Option<Vec<String>>,
    /// `projectId`.
    pub project_id: String,
    /// `projectName`.
    pub project_name: String,
    /// `scope`.
    pub scope: Option<i64>,
    /// `source`.
    pub source: Option<String>,
    /// `thirdPartId`.
    pub third_part_id: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncProjectRequest`], each named where it is set: `SyncProjectRequest::new(SyncProjectRequired { .. })`.
pub struct SyncProjectRequired {
    /// `channelCorpId`: see [`SyncProjectRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `gmtAction`: see [`SyncProjectRequest::gmt_action`].
    pub gmt_action: String,
    /// `projectId`: see [`SyncProjectRequest::project_id`].
    pub project_id: String,
    /// `projectName`: see [`SyncProjectRequest::project_name`].
    pub project_name: String,
    /// `userId`: see [`SyncProjectRequest::user_id`].
    pub user_id: String,
}
impl SyncProjectRequest {
    /// A `SyncProjectRequest` with its required fields (`channelCorpId`, `gmtAction`, `projectId`, `projectName`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncProjectRequired) -> Self {
        let SyncProjectRequired {
            channel_corp_id,
            gmt_action,
            project_id,
            project_name,
            user_id,
        } = required;
        Self {
            channel_corp_id,
            code: None,
            cost_center_id: None,
            delete_flag: None,
            extension: None,
            gmt_action,
            invoice_id: None,
            manager_ids: None,
            project_id,
            project_name,
            scope: None,
            source: None,
            third_part_id: None,
            user_id,
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `costCenterId`.
    pub fn cost_center_id(mut self, value: impl Into<String>) -> Self {
        self.cost_center_id = Some(value.into());
        self
    }
    /// Sets `deleteFlag`.
    pub fn delete_flag(mut self, value: bool) -> Self {
        self.delete_flag = Some(value);
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `invoiceId`.
    pub fn invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }
    /// Sets `managerIds`.
    pub fn manager_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: i64) -> Self {
        self.scope = Some(value);
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `thirdPartId`.
    pub fn third_part_id(mut self, value: impl Into<String>) -> Self {
        self.third_part_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncProjectRequest { "channelCorpId" => field(channel_corp_id), "code" =>
    optional(code), "costCenterId" => optional(cost_center_id), "deleteFlag" =>
    optional(delete_flag), "extension" => optional(extension), "gmtAction" =>
    field(gmt_action), "invoiceId" => optional(invoice_id), "managerIds" =>
    optional(manager_ids), "projectId" => field(project_id), "projectName" =>
    field(project_name), "scope" => optional(scope), "source" => optional(source),
    "thirdPartId" => optional(third_part_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncProjectRequest { "channelCorpId" => read_field(channel_corp_id), "code" =>
    read_field(code), "costCenterId" => read_field(cost_center_id), "deleteFlag" =>
    read_field(delete_flag), "extension" => read_field(extension), "gmtAction" =>
    read_field(gmt_action), "invoiceId" => read_field(invoice_id), "managerIds" =>
    read_field(manager_ids), "projectId" => read_field(project_id), "projectName" =>
    read_field(project_name), "scope" => read_field(scope), "source" =>
    read_field(source), "thirdPartId" => read_field(third_part_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SyncProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_project_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncProjectEntityRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `delAll`.
    pub del_all: Option<bool>,
    /// `entityList`.
    pub entity_list: Option<Vec<SyncProjectEntityRequestEntityList>>,
    /// `projectId`.
    pub project_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SyncProjectEntityRequest`], each named where it is set: `SyncProjectEntityRequest::new(SyncProjectEntityRequired { .. })`.
pub struct SyncProjectEntityRequired {
    /// `channelCorpId`: see [`SyncProjectEntityRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `projectId`: see [`SyncProjectEntityRequest::project_id`].
    pub project_id: String,
    /// `userId`: see [`SyncProjectEntityRequest::user_id`].
    pub user_id: String,
}
impl SyncProjectEntityRequest {
    /// A `SyncProjectEntityRequest` with its required fields (`channelCorpId`, `projectId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncProjectEntityRequired) -> Self {
        let SyncProjectEntityRequired { channel_corp_id, project_id, user_id } = required;
        Self {
            channel_corp_id,
            del_all: None,
            entity_list: None,
            project_id,
            user_id,
        }
    }
    /// Sets `delAll`.
    pub fn del_all(mut self, value: bool) -> Self {
        self.del_all = Some(value);
        self
    }
    /// Sets `entityList`.
    pub fn entity_list(
        mut self,
        value: impl IntoIterator<Item = SyncProjectEntityRequestEntityList>,
    ) -> Self {
        self.entity_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncProjectEntityRequest { "channelCorpId" => field(channel_corp_id), "delAll" =>
    optional(del_all), "entityList" => optional(entity_list), "projectId" =>
    field(project_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncProjectEntityRequest { "channelCorpId" => read_field(channel_corp_id), "delAll"
    => read_field(del_all), "entityList" => read_field(entity_list), "projectId" =>
    read_field(project_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SyncProjectEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_secret_key`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncSecretKeyRequest {
    /// `actionType`.
    pub action_type: String,
    /// `secretString`.
    pub secret_string: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
    /// `tripAppKey`.
    pub trip_app_key: Option<String>,
    /// `tripAppSecurity`.
    pub trip_app_security: Option<String>,
    /// `tripCorpId`.
    pub trip_corp_id: Option<String>,
}
/// The required fields of [`SyncSecretKeyRequest`], each named where it is set: `SyncSecretKeyRequest::new(SyncSecretKeyRequired { .. })`.
pub struct SyncSecretKeyRequired {
    /// `actionType`: see [`SyncSecretKeyRequest::action_type`].
    pub action_type: String,
    /// `targetCorpId`: see [`SyncSecretKeyRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl SyncSecretKeyRequest {
    /// A `SyncSecretKeyRequest` with its required fields (`actionType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(required: SyncSecretKeyRequired) -> Self {
        let SyncSecretKeyRequired { action_type, target_corp_id } = required;
        Self {
            action_type,
            secret_string: None,
            target_corp_id,
            trip_app_key: None,
            trip_app_security: None,
            trip_corp_id: None,
        }
    }
    /// Sets `secretString`.
    pub fn secret_string(mut self, value: impl Into<String>) -> Self {
        self.secret_string = Some(value.into());
        self
    }
    /// Sets `tripAppKey`.
    pub fn trip_app_key(mut self, value: impl Into<String>) -> Self {
        self.trip_app_key = Some(value.into());
        self
    }
    /// Sets `tripAppSecurity`.
    pub fn trip_app_security(mut self, value: impl Into<String>) -> Self {
        self.trip_app_security = Some(value.into());
        self
    }
    /// Sets `tripCorpId`.
    pub fn trip_corp_id(mut self, value: impl Into<String>) -> Self {
        self.trip_corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncSecretKeyRequest { "actionType" => field(action_type), "secretString" =>
    optional(secret_string), "targetCorpId" => field(target_corp_id), "tripAppKey" =>
    optional(trip_app_key), "tripAppSecurity" => optional(trip_app_security),
    "tripCorpId" => optional(trip_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncSecretKeyRequest { "actionType" => read_field(action_type), "secretString" =>
    read_field(secret_string), "targetCorpId" => read_field(target_corp_id), "tripAppKey"
    => read_field(trip_app_key), "tripAppSecurity" => read_field(trip_app_security),
    "tripCorpId" => read_field(trip_corp_id) }
}
impl rt::WriteRequest for SyncSecretKeyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_trip_invoice`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripInvoiceRequest {
    /// `channelOrderNo`: a query parameter.
    pub channel_order_no: Option<String>,
    /// `channelType`: a query parameter.
    pub channel_type: Option<String>,
    /// `customerCorpId`: a query parameter.
    pub customer_corp_id: Option<String>,
    /// `dingUserId`: a query parameter.
    pub ding_user_id: Option<String>,
    /// `invoiceDetailList`: a query parameter, JSON-encoded.
    pub invoice_detail_list: Option<Vec<SyncTripInvoiceRequestInvoiceDetailList>>,
}
impl SyncTripInvoiceRequest {
    /// An empty `SyncTripInvoiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `channelOrderNo`.
    pub fn channel_order_no(mut self, value: impl Into<String>) -> Self {
        self.channel_order_no = Some(value.into());
        self
    }
    /// Sets `channelType`.
    pub fn channel_type(mut self, value: impl Into<String>) -> Self {
        self.channel_type = Some(value.into());
        self
    }
    /// Sets `customerCorpId`.
    pub fn customer_corp_id(mut self, value: impl Into<String>) -> Self {
        self.customer_corp_id = Some(value.into());
        self
    }
    /// Sets `dingUserId`.
    pub fn ding_user_id(mut self, value: impl Into<String>) -> Self {
        self.ding_user_id = Some(value.into());
        self
    }
    /// Sets `invoiceDetailList`.
    pub fn invoice_detail_list(
        mut self,
        value: impl IntoIterator<Item = SyncTripInvoiceRequestInvoiceDetailList>,
    ) -> Self {
        self.invoice_detail_list = Some(value.into_iter().collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripInvoiceRequest { "channelOrderNo" => read_field(channel_order_no),
    "channelType" => read_field(channel_type), "customerCorpId" =>
    read_field(customer_corp_id), "dingUserId" => read_field(ding_user_id),
    "invoiceDetailList" => read_field(invoice_detail_list) }
}
impl rt::WriteRequest for SyncTripInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("channelOrderNo", &self.channel_order_no);
        writer.query("channelType", &self.channel_type);
        writer.query("customerCorpId", &self.customer_corp_id);
        writer.query("dingUserId", &self.ding_user_id);
        writer.query_json("invoiceDetailList", &self.invoice_detail_list);
    }
}
/// The request of [`Api::sync_trip_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncTripOrderRequest {
    /// `bizExtension`.
    pub biz_extension: Option<String>,
    /// `channelType`.
    pub channel_type: Option<String>,
    /// `currency`.
    pub currency: String,
    /// `dingUserId`.
    pub ding_user_id: String,
    /// `discountAmount`.
    pub discount_amount: Option<String>,
    /// `endorseFlag`.
    pub endorse_flag: Option<bool>,
    /// `enterprisePayAmount`.
    pub enterprise_pay_amount: Option<String>,
    /// `event`.
    pub event: SyncTripOrderRequestEvent,
    /// `gmtOrder`.
    pub gmt_order: String,
    /// `gmtPay`.
    pub gmt_pay: Option<String>,
    /// `gmtRefund`.
    pub gmt_refund: Option<String>,
    /// `hasInvoice`.
    pub has_invoice: Option<bool>,
    /// `invoiceApplyRole`.
    pub invoice_apply_role: Option<String>,
    /// `invoiceApplyType`.
    pub invoice_apply_type: Option<String>,
    /// `invoiceApplyUrl`.
    pub invoice_apply_url: Option<String>,
    /// `invoiceParty`.
    pub invoice_party: Option<i64>,
    /// `invoiceType`.
    pub invoice_type: Option<i64>,
    /// `journeyBizNo`.
    pub journey_biz_no: Option<String>,
    /// `journeySubmitUserId`.
    pub journey_submit_user_id: Option<String>,
    /// `orderDetails`.
    pub order_details: Option<Vec<SyncTripOrderRequestOrderDetails>>,
    /// `orderNo`.
    pub order_no: String,
    /// `orderPaymentType`.
    pub order_payment_type: Option<String>,
    /// `orderUrl`.
    pub order_url: String,
    /// `personalPayAmount`.
    pub personal_pay_amount: Option<String>,
    /// `processId`.
    pub process_id: Option<String>,
    /// `realAmount`.
    pub real_amount: Option<String>,
    /// `refundAmount`.
    pub refund_amount: Option<String>,
    /// `relativeOrderNo`.
    pub relative_order_no: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `supplyLogo`.
    pub supply_logo: Option<String>,
    /// `supplyName`.
    pub supply_name: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `tmcCorpId`.
    pub tmc_corp_id: Option<String>,
    /// `totalAmount`.
    pub total_amount: Option<String>,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`SyncTripOrderRequest`], each named where it is set: `SyncTripOrderRequest::new(SyncTripOrderRequired { .. })`.
pub struct SyncTripOrderRequired {
    /// `currency`: see [`SyncTripOrderRequest::currency`].
    pub currency: String,
    /// `dingUserId`: see [`SyncTripOrderRequest::ding_user_id`].
    pub ding_user_id: String,
    /// `event`: see [`SyncTripOrderRequest::event`].
    pub event: SyncTripOrderRequestEvent,
    /// `gmtOrder`: see [`SyncTripOrderRequest::gmt_order`].
    pub gmt_order: String,
    /// `orderNo`: see [`SyncTripOrderRequest::order_no`].
    pub order_no: String,
    /// `orderUrl`: see [`SyncTripOrderRequest::order_url`].
    pub order_url: String,
    /// `type`: see [`SyncTripOrderRequest::r#type`](SyncTripOrderRequest::type).
    pub r#type: String,
}
impl SyncTripOrderRequest {
    /// A `SyncTripOrderRequest` with its required fields (`currency`, `dingUserId`, `event`, `gmtOrder`, `orderNo`, `orderUrl`, `type`); set the others with the methods named after them.
    pub fn new(required: SyncTripOrderRequired) -> Self {
        let SyncTripOrderRequired {
            currency,
            ding_user_id,
            event,
            gmt_order,
            order_no,
            order_url,
            r#type,
        } = required;
        Self {
            biz_extension: None,
            channel_type: None,
            currency,
            ding_user_id,
            discount_amount: None,
            endorse_flag: None,
            enterprise_pay_amount: None,
            event,
            gmt_order,
            gmt_pay: None,
            gmt_refund: None,
            has_invoice: None,
            invoice_apply_role: None,
            invoice_apply_type: None,
            invoice_apply_url: None,
            invoice_party: None,
            invoice_type: None,
            journey_biz_no: None,
            journey_submit_user_id: None,
            order_details: None,
            order_no,
            order_payment_type: None,
            order_url,
            personal_pay_amount: None,
            process_id: None,
            real_amount: None,
            refund_amount: None,
            relative_order_no: None,
            source: None,
            supply_logo: None,
            supply_name: None,
            target_corp_id: None,
            tmc_corp_id: None,
            total_amount: None,
            r#type,
        }
    }
    /// Sets `bizExtension`.
    pub fn biz_extension(mut self, value: impl Into<String>) -> Self {
        self.biz_extension = Some(value.into());
        self
    }
    /// Sets `channelType`.
    pub fn channel_type(mut self, value: impl Into<String>) -> Self {
        self.channel_type = Some(value.into());
        self
    }
    /// Sets `discountAmount`.
    pub fn discount_amount(mut self, value: impl Into<String>) -> Self {
        self.discount_amount = Some(value.into());
        self
    }
    /// Sets `endorseFlag`.
    pub fn endorse_flag(mut self, value: bool) -> Self {
        self.endorse_flag = Some(value);
        self
    }
    /// Sets `enterprisePayAmount`.
    pub fn enterprise_pay_amount(mut self, value: impl Into<String>) -> Self {
        self.enterprise_pay_amount = Some(value.into());
        self
    }
    /// Sets `gmtPay`.
    pub fn gmt_pay(mut self, value: impl Into<String>) -> Self {
        self.gmt_pay = Some(value.into());
        self
    }
    /// Sets `gmtRefund`.
    pub fn gmt_refund(mut self, value: impl Into<String>) -> Self {
        self.gmt_refund = Some(value.into());
        self
    }
    /// Sets `hasInvoice`.
    pub fn has_invoice(mut self, value: bool) -> Self {
        self.has_invoice = Some(value);
        self
    }
    /// Sets `invoiceApplyRole`.
    pub fn invoice_apply_role(mut self, value: impl Into<String>) -> Self {
        self.invoice_apply_role = Some(value.into());
        self
    }
    /// Sets `invoiceApplyType`.
    pub fn invoice_apply_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_apply_type = Some(value.into());
        self
    }
    /// Sets `invoiceApplyUrl`.
    pub fn invoice_apply_url(mut self, value: impl Into<String>) -> Self {
        self.invoice_apply_url = Some(value.into());
        self
    }
    /// Sets `invoiceParty`.
    pub fn invoice_party(mut self, value: i64) -> Self {
        self.invoice_party = Some(value);
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: i64) -> Self {
        self.invoice_type = Some(value);
        self
    }
    /// Sets `journeyBizNo`.
    pub fn journey_biz_no(mut self, value: impl Into<String>) -> Self {
        self.journey_biz_no = Some(value.into());
        self
    }
    /// Sets `journeySubmitUserId`.
    pub fn journey_submit_user_id(mut self, value: impl Into<String>) -> Self {
        self.journey_submit_user_id = Some(value.into());
        self
    }
    /// Sets `orderDetails`.
    pub fn order_details(
        mut self,
        value: impl IntoIterator<Item = SyncTripOrderRequestOrderDetails>,
    ) -> Self {
        self.order_details = Some(value.into_iter().collect());
        self
    }
    /// Sets `orderPaymentType`.
    pub fn order_payment_type(mut self, value: impl Into<String>) -> Self {
        self.order_payment_type = Some(value.into());
        self
    }
    /// Sets `personalPayAmount`.
    pub fn personal_pay_amount(mut self, value: impl Into<String>) -> Self {
        self.personal_pay_amount = Some(value.into());
        self
    }
    /// Sets `processId`.
    pub fn process_id(mut self, value: impl Into<String>) -> Self {
        self.process_id = Some(value.into());
        self
    }
    /// Sets `realAmount`.
    pub fn real_amount(mut self, value: impl Into<String>) -> Self {
        self.real_amount = Some(value.into());
        self
    }
    /// Sets `refundAmount`.
    pub fn refund_amount(mut self, value: impl Into<String>) -> Self {
        self.refund_amount = Some(value.into());
        self
    }
    /// Sets `relativeOrderNo`.
    pub fn relative_order_no(mut self, value: impl Into<String>) -> Self {
        self.relative_order_no = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `supplyLogo`.
    pub fn supply_logo(mut self, value: impl Into<String>) -> Self {
        self.supply_logo = Some(value.into());
        self
    }
    /// Sets `supplyName`.
    pub fn supply_name(mut self, value: impl Into<String>) -> Self {
        self.supply_name = Some(value.into());
        self
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
    }
    /// Sets `tmcCorpId`.
    pub fn tmc_corp_id(mut self, value: impl Into<String>) -> Self {
        self.tmc_corp_id = Some(value.into());
        self
    }
    /// Sets `totalAmount`.
    pub fn total_amount(mut self, value: impl Into<String>) -> Self {
        self.total_amount = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncTripOrderRequest { "bizExtension" => optional(biz_extension), "channelType" =>
    optional(channel_type), "currency" => field(currency), "dingUserId" =>
    field(ding_user_id), "discountAmount" => optional(discount_amount), "endorseFlag" =>
    optional(endorse_flag), "enterprisePayAmount" => optional(enterprise_pay_amount),
    "event" => field(event), "gmtOrder" => field(gmt_order), "gmtPay" =>
    optional(gmt_pay), "gmtRefund" => optional(gmt_refund), "hasInvoice" =>
    optional(has_invoice), "invoiceApplyRole" => optional(invoice_apply_role),
    "invoiceApplyType" => optional(invoice_apply_type), "invoiceApplyUrl" =>
    optional(invoice_apply_url), "invoiceParty" => optional(invoice_party), "invoiceType"
    => optional(invoice_type), "journeyBizNo" => optional(journey_biz_no),
    "journeySubmitUserId" => optional(journey_submit_user_id), "orderDetails" =>
    optional(order_details), "orderNo" => field(order_no), "orderPaymentType" =>
    optional(order_payment_type), "orderUrl" => field(order_url), "personalPayAmount" =>
    optional(personal_pay_amount), "processId" => optional(process_id), "realAmount" =>
    optional(real_amount), "refundAmount" => optional(refund_amount), "relativeOrderNo"
    => optional(relative_order_no), "source" => optional(source), "supplyLogo" =>
    optional(supply_logo), "supplyName" => optional(supply_name), "targetCorpId" =>
    optional(target_corp_id), "tmcCorpId" => optional(tmc_corp_id), "totalAmount" =>
    optional(total_amount), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripOrderRequest { "bizExtension" => read_field(biz_extension), "channelType" =>
    read_field(channel_type), "currency" => read_field(currency), "dingUserId" =>
    read_field(ding_user_id), "discountAmount" => read_field(discount_amount),
    "endorseFlag" => read_field(endorse_flag), "enterprisePayAmount" =>
    read_field(enterprise_pay_amount), "event" => read_field(event), "gmtOrder" =>
    read_field(gmt_order), "gmtPay" => read_field(gmt_pay), "gmtRefund" =>
    read_field(gmt_refund), "hasInvoice" => read_field(has_invoice), "invoiceApplyRole"
    => read_field(invoice_apply_role), "invoiceApplyType" =>
    read_field(invoice_apply_type), "invoiceApplyUrl" => read_field(invoice_apply_url),
    "invoiceParty" => read_field(invoice_party), "invoiceType" =>
    read_field(invoice_type), "journeyBizNo" => read_field(journey_biz_no),
    "journeySubmitUserId" => read_field(journey_submit_user_id), "orderDetails" =>
    read_field(order_details), "orderNo" => read_field(order_no), "orderPaymentType" =>
    read_field(order_payment_type), "orderUrl" => read_field(order_url),
    "personalPayAmount" => read_field(personal_pay_amount), "processId" =>
    read_field(process_id), "realAmount" => read_field(real_amount), "refundAmount" =>
    read_field(refund_amount), "relativeOrderNo" => read_field(relative_order_no),
    "source" => read_field(source), "supplyLogo" => read_field(supply_logo), "supplyName"
    => read_field(supply_name), "targetCorpId" => read_field(target_corp_id), "tmcCorpId"
    => read_field(tmc_corp_id), "totalAmount" => read_field(total_amount), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for SyncTripOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_trip_product_config`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripProductConfigRequest {
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `tripProductConfigList`.
    pub trip_product_config_list: Option<
        Vec<SyncTripProductConfigRequestTripProductConfigList>,
    >,
}
impl SyncTripProductConfigRequest {
    /// An empty `SyncTripProductConfigRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
    }
    /// Sets `tripProductConfigList`.
    pub fn trip_product_config_list(
        mut self,
        value: impl IntoIterator<
            Item = SyncTripProductConfigRequestTripProductConfigList,
        >,
    ) -> Self {
        self.trip_product_config_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SyncTripProductConfigRequest { "targetCorpId" => optional(target_corp_id),
    "tripProductConfigList" => optional(trip_product_config_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncTripProductConfigRequest { "targetCorpId" => read_field(target_corp_id),
    "tripProductConfigList" => read_field(trip_product_config_list) }
}
impl rt::WriteRequest for SyncTripProductConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::trip_platform_unified_entry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TripPlatformUnifiedEntryRequest {
    /// `messages`.
    pub messages: Option<String>,
    /// `method`.
    pub method: String,
}
/// The required fields of [`TripPlatformUnifiedEntryRequest`], each named where it is set: `TripPlatformUnifiedEntryRequest::new(TripPlatformUnifiedEntryRequired { .. })`.
pub struct TripPlatformUnifiedEntryRequired {
    /// `method`: see [`TripPlatformUnifiedEntryRequest::method`].
    pub method: String,
}
impl TripPlatformUnifiedEntryRequest {
    /// A `TripPlatformUnifiedEntryRequest` with its required fields (`method`); set the others with the methods named after them.
    pub fn new(required: TripPlatformUnifiedEntryRequired) -> Self {
        let TripPlatformUnifiedEntryRequired { method } = required;
        Self { messages: None, method }
    }
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<String>) -> Self {
        self.messages = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TripPlatformUnifiedEntryRequest { "messages" => optional(messages), "method" =>
    field(method) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TripPlatformUnifiedEntryRequest { "messages" => read_field(messages), "method" =>
    read_field(method) }
}
impl rt::WriteRequest for TripPlatformUnifiedEntryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpgradeTemplateRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `forceUpgrade`.
    pub force_upgrade: Option<bool>,
    /// `tmcCorpId`.
    pub tmc_corp_id: String,
}
/// The required fields of [`UpgradeTemplateRequest`], each named where it is set: `UpgradeTemplateRequest::new(UpgradeTemplateRequired { .. })`.
pub struct UpgradeTemplateRequired {
    /// `channelCorpId`: see [`UpgradeTemplateRequest::channel_corp_id`].
    pub channel_corp_id: String,
    /// `tmcCorpId`: see [`UpgradeTemplateRequest::tmc_corp_id`].
    pub tmc_corp_id: String,
}
impl UpgradeTemplateRequest {
    /// A `UpgradeTemplateRequest` with its required fields (`channelCorpId`, `tmcCorpId`); set the others with the methods named after them.
    pub fn new(required: UpgradeTemplateRequired) -> Self {
        let UpgradeTemplateRequired { channel_corp_id, tmc_corp_id } = required;
        Self {
            channel_corp_id,
            force_upgrade: None,
            tmc_corp_id,
        }
    }
    /// Sets `forceUpgrade`.
    pub fn force_upgrade(mut self, value: bool) -> Self {
        self.force_upgrade = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpgradeTemplateRequest { "channelCorpId" => field(channel_corp_id), "forceUpgrade" =>
    optional(force_upgrade), "tmcCorpId" => field(tmc_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeTemplateRequest { "channelCorpId" => read_field(channel_corp_id),
    "forceUpgrade" => read_field(force_upgrade), "tmcCorpId" => read_field(tmc_corp_id) }
}
impl rt::WriteRequest for UpgradeTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::check_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckOrderError = rt::ServiceError;
/// An error reply of [`Api::get_travel_process_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTravelProcessDetailError = rt::ServiceError;
/// An error reply of [`Api::pre_check_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PreCheckTemplateError = rt::ServiceError;
/// An error reply of [`Api::query_trip_flight_order_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTripFlightOrderByPageError = rt::ServiceError;
/// An error reply of [`Api::query_trip_hotel_order_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTripHotelOrderByPageError = rt::ServiceError;
/// An error reply of [`Api::query_trip_process_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTripProcessTemplatesError = rt::ServiceError;
/// An error reply of [`Api::query_trip_train_order_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTripTrainOrderByPageError = rt::ServiceError;
/// An error reply of [`Api::submit_trip_approval_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitTripApprovalProcessError = rt::ServiceError;
/// An error reply of [`Api::sync_business_sign_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncBusinessSignInfoError = rt::ServiceError;
/// An error reply of [`Api::sync_cost_center`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncCostCenterError = rt::ServiceError;
/// An error reply of [`Api::sync_cost_center_entity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncCostCenterEntityError = rt::ServiceError;
/// An error reply of [`Api::sync_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncInvoiceError = rt::ServiceError;
/// An error reply of [`Api::sync_invoice_entity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncInvoiceEntityError = rt::ServiceError;
/// An error reply of [`Api::sync_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncProjectError = rt::ServiceError;
/// An error reply of [`Api::sync_project_entity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncProjectEntityError = rt::ServiceError;
/// An error reply of [`Api::sync_secret_key`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncSecretKeyError = rt::ServiceError;
/// An error reply of [`Api::sync_trip_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncTripInvoiceError = rt::ServiceError;
/// An error reply of [`Api::sync_trip_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncTripOrderError = rt::ServiceError;
/// An error reply of [`Api::sync_trip_product_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncTripProductConfigError = rt::ServiceError;
/// An error reply of [`Api::trip_platform_unified_entry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TripPlatformUnifiedEntryError = rt::ServiceError;
/// An error reply of [`Api::upgrade_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeTemplateError = rt::ServiceError;
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
        "CheckOrder" => {
            rt::conformance::reply(api.check_order(&inputs.request(true)?)).await
        }
        "GetTravelProcessDetail" => {
            rt::conformance::reply(
                    api.get_travel_process_detail(&inputs.request(false)?),
                )
                .await
        }
        "PreCheckTemplate" => {
            rt::conformance::reply(api.pre_check_template(&inputs.request(true)?)).await
        }
        "QueryTripFlightOrderByPage" => {
            rt::conformance::reply(
                    api.query_trip_flight_order_by_page(&inputs.request(false)?),
                )
                .await
        }
        "QueryTripHotelOrderByPage" => {
            rt::conformance::reply(
                    api.query_trip_hotel_order_by_page(&inputs.request(false)?),
                )
                .await
        }
        "QueryTripProcessTemplates" => {
            rt::conformance::reply(
                    api.query_trip_process_templates(&inputs.request(false)?),
                )
                .await
        }
        "QueryTripTrainOrderByPage" => {
            rt::conformance::reply(
                    api.query_trip_train_order_by_page(&inputs.request(false)?),
                )
                .await
        }
        "SubmitTripApprovalProcess" => {
            rt::conformance::reply(
                    api.submit_trip_approval_process(&inputs.request(true)?),
                )
                .await
        }
        "SyncBusinessSignInfo" => {
            rt::conformance::reply(api.sync_business_sign_info(&inputs.request(true)?))
                .await
        }
        "SyncCostCenter" => {
            rt::conformance::reply(api.sync_cost_center(&inputs.request(true)?)).await
        }
        "SyncCostCenterEntity" => {
            rt::conformance::reply(api.sync_cost_center_entity(&inputs.request(true)?))
                .await
        }
        "SyncInvoice" => {
            rt::conformance::reply(api.sync_invoice(&inputs.request(true)?)).await
        }
        "SyncInvoiceEntity" => {
            rt::conformance::reply(api.sync_invoice_entity(&inputs.request(true)?)).await
        }
        "SyncProject" => {
            rt::conformance::reply(api.sync_project(&inputs.request(true)?)).await
        }
        "SyncProjectEntity" => {
            rt::conformance::reply(api.sync_project_entity(&inputs.request(true)?)).await
        }
        "SyncSecretKey" => {
            rt::conformance::reply(api.sync_secret_key(&inputs.request(true)?)).await
        }
        "SyncTripInvoice" => {
            rt::conformance::reply(api.sync_trip_invoice(&inputs.request(false)?)).await
        }
        "SyncTripOrder" => {
            rt::conformance::reply(api.sync_trip_order(&inputs.request(true)?)).await
        }
        "SyncTripProductConfig" => {
            rt::conformance::reply(api.sync_trip_product_config(&inputs.request(true)?))
                .await
        }
        "TripPlatformUnifiedEntry" => {
            rt::conformance::reply(
                    api.trip_platform_unified_entry(&inputs.request(true)?),
                )
                .await
        }
        "UpgradeTemplate" => {
            rt::conformance::reply(api.upgrade_template(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
