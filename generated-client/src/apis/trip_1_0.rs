// @generated from api-spec/trip_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.trip_1_0()`. Generated from `api-spec/trip_1_0.yaml`.
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
    /// `POST /v1.0/trip/tripOrder/check` (operation `CheckOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trip/processes/details` (operation `GetTravelProcessDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTravelProcessDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/templateUpgrades/preCheck` (operation `PreCheckTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PreCheckTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trip/flight/orders` (operation `QueryTripFlightOrderByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTripFlightOrderByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trip/hotel/orders` (operation `QueryTripHotelOrderByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTripHotelOrderByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trip/processes/templatesDetails` (operation `QueryTripProcessTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTripProcessTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trip/train/orders` (operation `QueryTripTrainOrderByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTripTrainOrderByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/approvals` (operation `SubmitTripApprovalProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitTripApprovalProcessError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/businessSignInfos/sync` (operation `SyncBusinessSignInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncBusinessSignInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/costCenters/sync` (operation `SyncCostCenter`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncCostCenterError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/costCenters/applicableScopes/sync` (operation `SyncCostCenterEntity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncCostCenterEntityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/invoiceTitles/sync` (operation `SyncInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/invoiceTitles/applicableScopes/sync` (operation `SyncInvoiceEntity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncInvoiceEntityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/projects/sync` (operation `SyncProject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncProjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/processes/projects/applicableScopes/sync` (operation `SyncProjectEntity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncProjectEntityError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/secretKeys/sync` (operation `SyncSecretKey`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncSecretKeyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/tripInvoices/sync` (operation `SyncTripInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncTripInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/tripOrders/sync` (operation `SyncTripOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncTripOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/productConfigs/sync` (operation `SyncTripProductConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncTripProductConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/platforms/entrances/unify` (operation `TripPlatformUnifiedEntry`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TripPlatformUnifiedEntryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trip/process/templates/upgrade` (operation `UpgradeTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckOrderResponseBody {
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errMsg" => rt::read_field(map, &mut self.err_msg),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errMsg", &self.err_msg)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTravelProcessDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTravelProcessDetailResponseBody {
    /// `result`.
    pub result: Option<GetTravelProcessDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTravelProcessDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBody {
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
impl rt::serde::Serialize for GetTravelProcessDetailResponseBody {
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
/// `PreCheckTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBody {
    /// `result`.
    pub result: Option<PreCheckTemplateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PreCheckTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreCheckTemplateResponseBody {
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
impl rt::serde::Serialize for PreCheckTemplateResponseBody {
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
/// `QueryTripFlightOrderByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripFlightOrderByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripFlightOrderByPageResponseBody {
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
impl rt::serde::Serialize for QueryTripFlightOrderByPageResponseBody {
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
/// `QueryTripHotelOrderByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripHotelOrderByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripHotelOrderByPageResponseBody {
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
impl rt::serde::Serialize for QueryTripHotelOrderByPageResponseBody {
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
/// `QueryTripProcessTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBody {
    /// `result`.
    pub result: Option<QueryTripProcessTemplatesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTripProcessTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripProcessTemplatesResponseBody {
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
impl rt::serde::Serialize for QueryTripProcessTemplatesResponseBody {
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
/// `QueryTripTrainOrderByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripTrainOrderByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripTrainOrderByPageResponseBody {
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
impl rt::serde::Serialize for QueryTripTrainOrderByPageResponseBody {
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
impl rt::serde::Serialize for SubmitTripApprovalProcessRequestItineraries {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departureTime", &self.departure_time)?;
        object.optional("destination", &self.destination)?;
        object.optional("destinationDetail", &self.destination_detail)?;
        object.optional("placeOfDeparture", &self.place_of_departure)?;
        object.optional("placeOfDepartureDetail", &self.place_of_departure_detail)?;
        object.optional("returnTime", &self.return_time)?;
        object.optional("singleOrReturn", &self.single_or_return)?;
        object.optional("vehicle", &self.vehicle)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitTripApprovalProcessRequestItineraries {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitTripApprovalProcessRequestItineraries {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departureTime" => rt::read_field(map, &mut self.departure_time),
            "destination" => rt::read_field(map, &mut self.destination),
            "destinationDetail" => rt::read_field(map, &mut self.destination_detail),
            "placeOfDeparture" => rt::read_field(map, &mut self.place_of_departure),
            "placeOfDepartureDetail" => {
                rt::read_field(map, &mut self.place_of_departure_detail)
            }
            "returnTime" => rt::read_field(map, &mut self.return_time),
            "singleOrReturn" => rt::read_field(map, &mut self.single_or_return),
            "vehicle" => rt::read_field(map, &mut self.vehicle),
            _ => Ok(false),
        }
    }
}
/// `SubmitTripApprovalProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTripApprovalProcessResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitTripApprovalProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitTripApprovalProcessResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitTripApprovalProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
/// `SyncBusinessSignInfoRequestTmcProductDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequestTmcProductDetailList {
    /// `gmtOrgPay`.
    pub gmt_org_pay: Option<String>,
    /// `payType`.
    pub pay_type: Option<String>,
    /// `product`.
    pub product: String,
}
impl SyncBusinessSignInfoRequestTmcProductDetailList {
    /// A `SyncBusinessSignInfoRequestTmcProductDetailList` with its required fields (`product`); set the others with the methods named after them.
    pub fn new(product: impl Into<String>) -> Self {
        Self {
            gmt_org_pay: None,
            pay_type: None,
            product: product.into(),
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
impl rt::serde::Serialize for SyncBusinessSignInfoRequestTmcProductDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtOrgPay", &self.gmt_org_pay)?;
        object.optional("payType", &self.pay_type)?;
        object.field("product", &self.product)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncBusinessSignInfoRequestTmcProductDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncBusinessSignInfoRequestTmcProductDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtOrgPay" => rt::read_field(map, &mut self.gmt_org_pay),
            "payType" => rt::read_field(map, &mut self.pay_type),
            "product" => rt::read_field(map, &mut self.product),
            _ => Ok(false),
        }
    }
}
/// `SyncBusinessSignInfoRequestTmcProductList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncBusinessSignInfoRequestTmcProductList {
    /// `productDetailList`.
    pub product_detail_list: Option<
        Vec<SyncBusinessSignInfoRequestTmcProductListProductDetailList>,
    >,
    /// `tmcCorpId`.
    pub tmc_corp_id: String,
}
impl SyncBusinessSignInfoRequestTmcProductList {
    /// A `SyncBusinessSignInfoRequestTmcProductList` with its required fields (`tmcCorpId`); set the others with the methods named after them.
    pub fn new(tmc_corp_id: impl Into<String>) -> Self {
        Self {
            product_detail_list: None,
            tmc_corp_id: tmc_corp_id.into(),
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
impl rt::serde::Serialize for SyncBusinessSignInfoRequestTmcProductList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("productDetailList", &self.product_detail_list)?;
        object.field("tmcCorpId", &self.tmc_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncBusinessSignInfoRequestTmcProductList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncBusinessSignInfoRequestTmcProductList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "productDetailList" => rt::read_field(map, &mut self.product_detail_list),
            "tmcCorpId" => rt::read_field(map, &mut self.tmc_corp_id),
            _ => Ok(false),
        }
    }
}
/// `SyncBusinessSignInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncBusinessSignInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncBusinessSignInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncBusinessSignInfoResponseBody {
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
impl rt::serde::Serialize for SyncBusinessSignInfoResponseBody {
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
/// `SyncCostCenterResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncCostCenterResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncCostCenterResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncCostCenterResponseBody {
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
impl rt::serde::Serialize for SyncCostCenterResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SyncCostCenterEntityRequestEntityList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncCostCenterEntityRequestEntityList {
    /// `entityId`.
    pub entity_id: String,
    /// `entityType`.
    pub entity_type: String,
}
impl SyncCostCenterEntityRequestEntityList {
    /// A `SyncCostCenterEntityRequestEntityList` with its required fields (`entityId`, `entityType`); set the others with the methods named after them.
    pub fn new(entity_id: impl Into<String>, entity_type: impl Into<String>) -> Self {
        Self {
            entity_id: entity_id.into(),
            entity_type: entity_type.into(),
        }
    }
}
impl rt::serde::Serialize for SyncCostCenterEntityRequestEntityList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("entityId", &self.entity_id)?;
        object.field("entityType", &self.entity_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncCostCenterEntityRequestEntityList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncCostCenterEntityRequestEntityList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            _ => Ok(false),
        }
    }
}
/// `SyncCostCenterEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncCostCenterEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncInvoiceResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncInvoiceResponseBody = SyncCostCenterResponseBody;
/// `SyncInvoiceEntityRequestEntityList`: the same model as [`SyncCostCenterEntityRequestEntityList`].
pub type SyncInvoiceEntityRequestEntityList = SyncCostCenterEntityRequestEntityList;
/// `SyncInvoiceEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncInvoiceEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncProjectResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncProjectResponseBody = SyncCostCenterResponseBody;
/// `SyncProjectEntityRequestEntityList`: the same model as [`SyncCostCenterEntityRequestEntityList`].
pub type SyncProjectEntityRequestEntityList = SyncCostCenterEntityRequestEntityList;
/// `SyncProjectEntityResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncProjectEntityResponseBody = SyncCostCenterResponseBody;
/// `SyncSecretKeyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncSecretKeyResponseBody {
    /// `result`.
    pub result: Option<SyncSecretKeyResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncSecretKeyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncSecretKeyResponseBody {
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
impl rt::serde::Serialize for SyncSecretKeyResponseBody {
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
impl rt::serde::Serialize for SyncTripInvoiceRequestInvoiceDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failCode", &self.fail_code)?;
        object.optional("failMessage", &self.fail_message)?;
        object.optional("invoiceResult", &self.invoice_result)?;
        object.optional("ofdInvoiceUrl", &self.ofd_invoice_url)?;
        object.optional("pdfInvoiceUrl", &self.pdf_invoice_url)?;
        object.optional("travelItineraryInfoList", &self.travel_itinerary_info_list)?;
        object.optional("xmlInvoiceUrl", &self.xml_invoice_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripInvoiceRequestInvoiceDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripInvoiceRequestInvoiceDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failCode" => rt::read_field(map, &mut self.fail_code),
            "failMessage" => rt::read_field(map, &mut self.fail_message),
            "invoiceResult" => rt::read_field(map, &mut self.invoice_result),
            "ofdInvoiceUrl" => rt::read_field(map, &mut self.ofd_invoice_url),
            "pdfInvoiceUrl" => rt::read_field(map, &mut self.pdf_invoice_url),
            "travelItineraryInfoList" => {
                rt::read_field(map, &mut self.travel_itinerary_info_list)
            }
            "xmlInvoiceUrl" => rt::read_field(map, &mut self.xml_invoice_url),
            _ => Ok(false),
        }
    }
}
/// `SyncTripInvoiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncTripInvoiceResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncTripInvoiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncTripInvoiceResponseBody {
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
impl rt::serde::Serialize for SyncTripInvoiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SyncTripOrderRequestEvent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncTripOrderRequestEvent {
    /// `action`.
    pub action: String,
    /// `gmtAction`.
    pub gmt_action: String,
}
impl SyncTripOrderRequestEvent {
    /// A `SyncTripOrderRequestEvent` with its required fields (`action`, `gmtAction`); set the others with the methods named after them.
    pub fn new(action: impl Into<String>, gmt_action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            gmt_action: gmt_action.into(),
        }
    }
}
impl rt::serde::Serialize for SyncTripOrderRequestEvent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("gmtAction", &self.gmt_action)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripOrderRequestEvent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripOrderRequestEvent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "gmtAction" => rt::read_field(map, &mut self.gmt_action),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripOrderRequestOrderDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("airport", &self.airport)?;
        object.optional("arrivalTime", &self.arrival_time)?;
        object.optional("carColor", &self.car_color)?;
        object.optional("carModel", &self.car_model)?;
        object.optional("carNumber", &self.car_number)?;
        object.optional("cateringType", &self.catering_type)?;
        object.optional("checkInTime", &self.check_in_time)?;
        object.optional("checkOutTime", &self.check_out_time)?;
        object.optional("departTime", &self.depart_time)?;
        object.optional("destinationAirport", &self.destination_airport)?;
        object.optional("destinationAirportCode", &self.destination_airport_code)?;
        object.optional("destinationCity", &self.destination_city)?;
        object.optional("destinationCityCode", &self.destination_city_code)?;
        object.optional("destinationStation", &self.destination_station)?;
        object
            .optional(
                "destinationTerminalBuilding",
                &self.destination_terminal_building,
            )?;
        object.optional("detailAmount", &self.detail_amount)?;
        object.optional("hotelAddress", &self.hotel_address)?;
        object.optional("hotelCity", &self.hotel_city)?;
        object.optional("hotelLocation", &self.hotel_location)?;
        object.optional("hotelName", &self.hotel_name)?;
        object.optional("openConsumerInfo", &self.open_consumer_info)?;
        object.optional("orderDetailStatus", &self.order_detail_status)?;
        object.optional("originAirport", &self.origin_airport)?;
        object.optional("originAirportCode", &self.origin_airport_code)?;
        object.optional("originCity", &self.origin_city)?;
        object.optional("originCityCode", &self.origin_city_code)?;
        object.optional("originStation", &self.origin_station)?;
        object.optional("originTerminalBuilding", &self.origin_terminal_building)?;
        object.optional("roomCount", &self.room_count)?;
        object.optional("roundTripType", &self.round_trip_type)?;
        object.optional("seatInfo", &self.seat_info)?;
        object.optional("serviceType", &self.service_type)?;
        object.optional("subSupplyLogo", &self.sub_supply_logo)?;
        object.optional("subSupplyName", &self.sub_supply_name)?;
        object.optional("taxiType", &self.taxi_type)?;
        object.optional("telephone", &self.telephone)?;
        object.optional("transportNumber", &self.transport_number)?;
        object.optional("typeDescription", &self.type_description)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripOrderRequestOrderDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripOrderRequestOrderDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "airport" => rt::read_field(map, &mut self.airport),
            "arrivalTime" => rt::read_field(map, &mut self.arrival_time),
            "carColor" => rt::read_field(map, &mut self.car_color),
            "carModel" => rt::read_field(map, &mut self.car_model),
            "carNumber" => rt::read_field(map, &mut self.car_number),
            "cateringType" => rt::read_field(map, &mut self.catering_type),
            "checkInTime" => rt::read_field(map, &mut self.check_in_time),
            "checkOutTime" => rt::read_field(map, &mut self.check_out_time),
            "departTime" => rt::read_field(map, &mut self.depart_time),
            "destinationAirport" => rt::read_field(map, &mut self.destination_airport),
            "destinationAirportCode" => {
                rt::read_field(map, &mut self.destination_airport_code)
            }
            "destinationCity" => rt::read_field(map, &mut self.destination_city),
            "destinationCityCode" => rt::read_field(map, &mut self.destination_city_code),
            "destinationStation" => rt::read_field(map, &mut self.destination_station),
            "destinationTerminalBuilding" => {
                rt::read_field(map, &mut self.destination_terminal_building)
            }
            "detailAmount" => rt::read_field(map, &mut self.detail_amount),
            "hotelAddress" => rt::read_field(map, &mut self.hotel_address),
            "hotelCity" => rt::read_field(map, &mut self.hotel_city),
            "hotelLocation" => rt::read_field(map, &mut self.hotel_location),
            "hotelName" => rt::read_field(map, &mut self.hotel_name),
            "openConsumerInfo" => rt::read_field(map, &mut self.open_consumer_info),
            "orderDetailStatus" => rt::read_field(map, &mut self.order_detail_status),
            "originAirport" => rt::read_field(map, &mut self.origin_airport),
            "originAirportCode" => rt::read_field(map, &mut self.origin_airport_code),
            "originCity" => rt::read_field(map, &mut self.origin_city),
            "originCityCode" => rt::read_field(map, &mut self.origin_city_code),
            "originStation" => rt::read_field(map, &mut self.origin_station),
            "originTerminalBuilding" => {
                rt::read_field(map, &mut self.origin_terminal_building)
            }
            "roomCount" => rt::read_field(map, &mut self.room_count),
            "roundTripType" => rt::read_field(map, &mut self.round_trip_type),
            "seatInfo" => rt::read_field(map, &mut self.seat_info),
            "serviceType" => rt::read_field(map, &mut self.service_type),
            "subSupplyLogo" => rt::read_field(map, &mut self.sub_supply_logo),
            "subSupplyName" => rt::read_field(map, &mut self.sub_supply_name),
            "taxiType" => rt::read_field(map, &mut self.taxi_type),
            "telephone" => rt::read_field(map, &mut self.telephone),
            "transportNumber" => rt::read_field(map, &mut self.transport_number),
            "typeDescription" => rt::read_field(map, &mut self.type_description),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripProductConfigRequestTripProductConfigList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allVisible", &self.all_visible)?;
        object.optional("deptVisibleScopes", &self.dept_visible_scopes)?;
        object.optional("openStatus", &self.open_status)?;
        object.optional("productType", &self.product_type)?;
        object.optional("roleVisibleScopes", &self.role_visible_scopes)?;
        object.optional("staffVisibleScopes", &self.staff_visible_scopes)?;
        object.optional("tmcInfos", &self.tmc_infos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncTripProductConfigRequestTripProductConfigList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripProductConfigRequestTripProductConfigList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allVisible" => rt::read_field(map, &mut self.all_visible),
            "deptVisibleScopes" => rt::read_field(map, &mut self.dept_visible_scopes),
            "openStatus" => rt::read_field(map, &mut self.open_status),
            "productType" => rt::read_field(map, &mut self.product_type),
            "roleVisibleScopes" => rt::read_field(map, &mut self.role_visible_scopes),
            "staffVisibleScopes" => rt::read_field(map, &mut self.staff_visible_scopes),
            "tmcInfos" => rt::read_field(map, &mut self.tmc_infos),
            _ => Ok(false),
        }
    }
}
/// `SyncTripProductConfigResponseBody`: the same model as [`SyncCostCenterResponseBody`].
pub type SyncTripProductConfigResponseBody = SyncCostCenterResponseBody;
/// `TripPlatformUnifiedEntryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TripPlatformUnifiedEntryResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for TripPlatformUnifiedEntryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TripPlatformUnifiedEntryResponseBody {
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
impl rt::serde::Serialize for TripPlatformUnifiedEntryResponseBody {
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
/// `UpgradeTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpgradeTemplateResponseBody {
    /// `result`.
    pub result: Option<UpgradeTemplateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpgradeTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpgradeTemplateResponseBody {
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
impl rt::serde::Serialize for UpgradeTemplateResponseBody {
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
/// `GetTravelProcessDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTravelProcessDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "archiveTime" => rt::read_field(map, &mut self.archive_time),
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "costCenterThirdPartyId" => {
                rt::read_field(map, &mut self.cost_center_third_party_id)
            }
            "createTime" => rt::read_field(map, &mut self.create_time),
            "extFormComponent" => rt::read_field(map, &mut self.ext_form_component),
            "feeType" => rt::read_field(map, &mut self.fee_type),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "invoiceTitleId" => rt::read_field(map, &mut self.invoice_title_id),
            "invoiceTitleThirdPartyId" => {
                rt::read_field(map, &mut self.invoice_title_third_party_id)
            }
            "itineraryProject" => rt::read_field(map, &mut self.itinerary_project),
            "itineraryProjectThirdPartyId" => {
                rt::read_field(map, &mut self.itinerary_project_third_party_id)
            }
            "journeys" => rt::read_field(map, &mut self.journeys),
            "mainProcessInstanceId" => {
                rt::read_field(map, &mut self.main_process_instance_id)
            }
            "memo" => rt::read_field(map, &mut self.memo),
            "originatorId" => rt::read_field(map, &mut self.originator_id),
            "originatorIdOnBehalf" => {
                rt::read_field(map, &mut self.originator_id_on_behalf)
            }
            "processBizAction" => rt::read_field(map, &mut self.process_biz_action),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processResult" => rt::read_field(map, &mut self.process_result),
            "processStatus" => rt::read_field(map, &mut self.process_status),
            "remark" => rt::read_field(map, &mut self.remark),
            "tasks" => rt::read_field(map, &mut self.tasks),
            "travelCategory" => rt::read_field(map, &mut self.travel_category),
            "travelers" => rt::read_field(map, &mut self.travelers),
            "tripDays" => rt::read_field(map, &mut self.trip_days),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTravelProcessDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("archiveTime", &self.archive_time)?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterId", &self.cost_center_id)?;
        object.optional("costCenterThirdPartyId", &self.cost_center_third_party_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("extFormComponent", &self.ext_form_component)?;
        object.optional("feeType", &self.fee_type)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("invoiceTitleId", &self.invoice_title_id)?;
        object.optional("invoiceTitleThirdPartyId", &self.invoice_title_third_party_id)?;
        object.optional("itineraryProject", &self.itinerary_project)?;
        object
            .optional(
                "itineraryProjectThirdPartyId",
                &self.itinerary_project_third_party_id,
            )?;
        object.optional("journeys", &self.journeys)?;
        object.optional("mainProcessInstanceId", &self.main_process_instance_id)?;
        object.optional("memo", &self.memo)?;
        object.optional("originatorId", &self.originator_id)?;
        object.optional("originatorIdOnBehalf", &self.originator_id_on_behalf)?;
        object.optional("processBizAction", &self.process_biz_action)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processResult", &self.process_result)?;
        object.optional("processStatus", &self.process_status)?;
        object.optional("remark", &self.remark)?;
        object.optional("tasks", &self.tasks)?;
        object.optional("travelCategory", &self.travel_category)?;
        object.optional("travelers", &self.travelers)?;
        object.optional("tripDays", &self.trip_days)?;
        object.end()
    }
}
/// `PreCheckTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBodyResult {
    /// `blockRecords`.
    pub block_records: Option<Vec<PreCheckTemplateResponseBodyResultBlockRecords>>,
    /// `pass`.
    pub pass: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PreCheckTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreCheckTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockRecords" => rt::read_field(map, &mut self.block_records),
            "pass" => rt::read_field(map, &mut self.pass),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PreCheckTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blockRecords", &self.block_records)?;
        object.optional("pass", &self.pass)?;
        object.end()
    }
}
/// `QueryTripFlightOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripFlightOrderByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripFlightOrderByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrivalTime" => rt::read_field(map, &mut self.arrival_time),
            "consumerInfos" => rt::read_field(map, &mut self.consumer_infos),
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterCode" => rt::read_field(map, &mut self.cost_center_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "departTime" => rt::read_field(map, &mut self.depart_time),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "destinationCity" => rt::read_field(map, &mut self.destination_city),
            "destinationStation" => rt::read_field(map, &mut self.destination_station),
            "flightOrderStatus" => rt::read_field(map, &mut self.flight_order_status),
            "flightOrderStatusDesc" => {
                rt::read_field(map, &mut self.flight_order_status_desc)
            }
            "gmtOrder" => rt::read_field(map, &mut self.gmt_order),
            "gmtPay" => rt::read_field(map, &mut self.gmt_pay),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "orderDetails" => rt::read_field(map, &mut self.order_details),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "originCity" => rt::read_field(map, &mut self.origin_city),
            "originStation" => rt::read_field(map, &mut self.origin_station),
            "passengerCount" => rt::read_field(map, &mut self.passenger_count),
            "passengerName" => rt::read_field(map, &mut self.passenger_name),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "seatType" => rt::read_field(map, &mut self.seat_type),
            "totalAmount" => rt::read_field(map, &mut self.total_amount),
            "transportNumber" => rt::read_field(map, &mut self.transport_number),
            "tripType" => rt::read_field(map, &mut self.trip_type),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripFlightOrderByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrivalTime", &self.arrival_time)?;
        object.optional("consumerInfos", &self.consumer_infos)?;
        object.optional("contactName", &self.contact_name)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterCode", &self.cost_center_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("departTime", &self.depart_time)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("destinationCity", &self.destination_city)?;
        object.optional("destinationStation", &self.destination_station)?;
        object.optional("flightOrderStatus", &self.flight_order_status)?;
        object.optional("flightOrderStatusDesc", &self.flight_order_status_desc)?;
        object.optional("gmtOrder", &self.gmt_order)?;
        object.optional("gmtPay", &self.gmt_pay)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("orderDetails", &self.order_details)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("originCity", &self.origin_city)?;
        object.optional("originStation", &self.origin_station)?;
        object.optional("passengerCount", &self.passenger_count)?;
        object.optional("passengerName", &self.passenger_name)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("seatType", &self.seat_type)?;
        object.optional("totalAmount", &self.total_amount)?;
        object.optional("transportNumber", &self.transport_number)?;
        object.optional("tripType", &self.trip_type)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `QueryTripHotelOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripHotelOrderByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripHotelOrderByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkInTime" => rt::read_field(map, &mut self.check_in_time),
            "checkOutTime" => rt::read_field(map, &mut self.check_out_time),
            "city" => rt::read_field(map, &mut self.city),
            "consumerInfos" => rt::read_field(map, &mut self.consumer_infos),
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterCode" => rt::read_field(map, &mut self.cost_center_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "gmtOrder" => rt::read_field(map, &mut self.gmt_order),
            "gmtPay" => rt::read_field(map, &mut self.gmt_pay),
            "guest" => rt::read_field(map, &mut self.guest),
            "hotelName" => rt::read_field(map, &mut self.hotel_name),
            "hotelOrderStatus" => rt::read_field(map, &mut self.hotel_order_status),
            "hotelOrderStatusDesc" => {
                rt::read_field(map, &mut self.hotel_order_status_desc)
            }
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "night" => rt::read_field(map, &mut self.night),
            "orderDetails" => rt::read_field(map, &mut self.order_details),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "payType" => rt::read_field(map, &mut self.pay_type),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "roomNum" => rt::read_field(map, &mut self.room_num),
            "roomType" => rt::read_field(map, &mut self.room_type),
            "totalAmount" => rt::read_field(map, &mut self.total_amount),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripHotelOrderByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkInTime", &self.check_in_time)?;
        object.optional("checkOutTime", &self.check_out_time)?;
        object.optional("city", &self.city)?;
        object.optional("consumerInfos", &self.consumer_infos)?;
        object.optional("contactName", &self.contact_name)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterCode", &self.cost_center_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("gmtOrder", &self.gmt_order)?;
        object.optional("gmtPay", &self.gmt_pay)?;
        object.optional("guest", &self.guest)?;
        object.optional("hotelName", &self.hotel_name)?;
        object.optional("hotelOrderStatus", &self.hotel_order_status)?;
        object.optional("hotelOrderStatusDesc", &self.hotel_order_status_desc)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("night", &self.night)?;
        object.optional("orderDetails", &self.order_details)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("payType", &self.pay_type)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("roomNum", &self.room_num)?;
        object.optional("roomType", &self.room_type)?;
        object.optional("totalAmount", &self.total_amount)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `QueryTripProcessTemplatesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBodyResult {
    /// `schemas`.
    pub schemas: Option<Vec<QueryTripProcessTemplatesResponseBodyResultSchemas>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTripProcessTemplatesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripProcessTemplatesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "schemas" => rt::read_field(map, &mut self.schemas),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripProcessTemplatesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("schemas", &self.schemas)?;
        object.end()
    }
}
/// `QueryTripTrainOrderByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTripTrainOrderByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripTrainOrderByPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrivalCity" => rt::read_field(map, &mut self.arrival_city),
            "arrivalStation" => rt::read_field(map, &mut self.arrival_station),
            "arrivalTime" => rt::read_field(map, &mut self.arrival_time),
            "consumerInfos" => rt::read_field(map, &mut self.consumer_infos),
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterCode" => rt::read_field(map, &mut self.cost_center_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "departureCity" => rt::read_field(map, &mut self.departure_city),
            "departureStation" => rt::read_field(map, &mut self.departure_station),
            "departureTime" => rt::read_field(map, &mut self.departure_time),
            "gmtOrder" => rt::read_field(map, &mut self.gmt_order),
            "gmtPay" => rt::read_field(map, &mut self.gmt_pay),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "orderDetails" => rt::read_field(map, &mut self.order_details),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "payType" => rt::read_field(map, &mut self.pay_type),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "runTime" => rt::read_field(map, &mut self.run_time),
            "seatType" => rt::read_field(map, &mut self.seat_type),
            "ticketCount" => rt::read_field(map, &mut self.ticket_count),
            "totalAmount" => rt::read_field(map, &mut self.total_amount),
            "trainNumber" => rt::read_field(map, &mut self.train_number),
            "trainOrderStatus" => rt::read_field(map, &mut self.train_order_status),
            "trainOrderStatusDesc" => {
                rt::read_field(map, &mut self.train_order_status_desc)
            }
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripTrainOrderByPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrivalCity", &self.arrival_city)?;
        object.optional("arrivalStation", &self.arrival_station)?;
        object.optional("arrivalTime", &self.arrival_time)?;
        object.optional("consumerInfos", &self.consumer_infos)?;
        object.optional("contactName", &self.contact_name)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterCode", &self.cost_center_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("departureCity", &self.departure_city)?;
        object.optional("departureStation", &self.departure_station)?;
        object.optional("departureTime", &self.departure_time)?;
        object.optional("gmtOrder", &self.gmt_order)?;
        object.optional("gmtPay", &self.gmt_pay)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("orderDetails", &self.order_details)?;
        object.optional("orderNo", &self.order_no)?;
        object.optional("payType", &self.pay_type)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("runTime", &self.run_time)?;
        object.optional("seatType", &self.seat_type)?;
        object.optional("ticketCount", &self.ticket_count)?;
        object.optional("totalAmount", &self.total_amount)?;
        object.optional("trainNumber", &self.train_number)?;
        object.optional("trainOrderStatus", &self.train_order_status)?;
        object.optional("trainOrderStatusDesc", &self.train_order_status_desc)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `SyncBusinessSignInfoRequestTmcProductListProductDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    /// A `SyncBusinessSignInfoRequestTmcProductListProductDetailList` with its required fields (`product`); set the others with the methods named after them.
    pub fn new(product: impl Into<String>) -> Self {
        Self {
            category_type: None,
            gmt_org_pay: None,
            open_status: None,
            pay_type: None,
            product: product.into(),
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
impl rt::serde::Serialize
for SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryType", &self.category_type)?;
        object.optional("gmtOrgPay", &self.gmt_org_pay)?;
        object.optional("openStatus", &self.open_status)?;
        object.optional("payType", &self.pay_type)?;
        object.field("product", &self.product)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncBusinessSignInfoRequestTmcProductListProductDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryType" => rt::read_field(map, &mut self.category_type),
            "gmtOrgPay" => rt::read_field(map, &mut self.gmt_org_pay),
            "openStatus" => rt::read_field(map, &mut self.open_status),
            "payType" => rt::read_field(map, &mut self.pay_type),
            "product" => rt::read_field(map, &mut self.product),
            _ => Ok(false),
        }
    }
}
/// `SyncSecretKeyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SyncSecretKeyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncSecretKeyResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "secretString" => rt::read_field(map, &mut self.secret_string),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "tripAppKey" => rt::read_field(map, &mut self.trip_app_key),
            "tripAppSecurity" => rt::read_field(map, &mut self.trip_app_security),
            "tripCorpId" => rt::read_field(map, &mut self.trip_corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SyncSecretKeyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("secretString", &self.secret_string)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.optional("tripAppKey", &self.trip_app_key)?;
        object.optional("tripAppSecurity", &self.trip_app_security)?;
        object.optional("tripCorpId", &self.trip_corp_id)?;
        object.end()
    }
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
impl rt::serde::Serialize
for SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("travelItineraryUrl", &self.travel_itinerary_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripInvoiceRequestInvoiceDetailListTravelItineraryInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "travelItineraryUrl" => rt::read_field(map, &mut self.travel_itinerary_url),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripOrderRequestOrderDetailsHotelLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lat", &self.lat)?;
        object.optional("lon", &self.lon)?;
        object.optional("source", &self.source)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripOrderRequestOrderDetailsHotelLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripOrderRequestOrderDetailsHotelLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lat" => rt::read_field(map, &mut self.lat),
            "lon" => rt::read_field(map, &mut self.lon),
            "source" => rt::read_field(map, &mut self.source),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripOrderRequestOrderDetailsOpenConsumerInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("identityNumber", &self.identity_number)?;
        object.optional("identityType", &self.identity_type)?;
        object.optional("name", &self.name)?;
        object.optional("staffFlag", &self.staff_flag)?;
        object.optional("status", &self.status)?;
        object.optional("ticketAmount", &self.ticket_amount)?;
        object.optional("ticketNo", &self.ticket_no)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncTripOrderRequestOrderDetailsOpenConsumerInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripOrderRequestOrderDetailsOpenConsumerInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "identityNumber" => rt::read_field(map, &mut self.identity_number),
            "identityType" => rt::read_field(map, &mut self.identity_type),
            "name" => rt::read_field(map, &mut self.name),
            "staffFlag" => rt::read_field(map, &mut self.staff_flag),
            "status" => rt::read_field(map, &mut self.status),
            "ticketAmount" => rt::read_field(map, &mut self.ticket_amount),
            "ticketNo" => rt::read_field(map, &mut self.ticket_no),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripProductConfigRequestTripProductConfigListTmcInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryType", &self.category_type)?;
        object.optional("gmtOrgPay", &self.gmt_org_pay)?;
        object.optional("payType", &self.pay_type)?;
        object.optional("tmcCorpId", &self.tmc_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SyncTripProductConfigRequestTripProductConfigListTmcInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripProductConfigRequestTripProductConfigListTmcInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryType" => rt::read_field(map, &mut self.category_type),
            "gmtOrgPay" => rt::read_field(map, &mut self.gmt_org_pay),
            "payType" => rt::read_field(map, &mut self.pay_type),
            "tmcCorpId" => rt::read_field(map, &mut self.tmc_corp_id),
            _ => Ok(false),
        }
    }
}
/// `UpgradeTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpgradeTemplateResponseBodyResult {
    /// `upgradeResult`.
    pub upgrade_result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpgradeTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpgradeTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "upgradeResult" => rt::read_field(map, &mut self.upgrade_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpgradeTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("upgradeResult", &self.upgrade_result)?;
        object.end()
    }
}
/// `GetTravelProcessDetailResponseBodyResultExtFormComponent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetTravelProcessDetailResponseBodyResultExtFormComponent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBodyResultExtFormComponent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "componentType" => rt::read_field(map, &mut self.component_type),
            "extValue" => rt::read_field(map, &mut self.ext_value),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTravelProcessDetailResponseBodyResultExtFormComponent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("componentType", &self.component_type)?;
        object.optional("extValue", &self.ext_value)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetTravelProcessDetailResponseBodyResultJourneys`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetTravelProcessDetailResponseBodyResultJourneys {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBodyResultJourneys {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrival" => rt::read_field(map, &mut self.arrival),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "costCenterThirdPartyId" => {
                rt::read_field(map, &mut self.cost_center_third_party_id)
            }
            "departure" => rt::read_field(map, &mut self.departure),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "endTimeAcc" => rt::read_field(map, &mut self.end_time_acc),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "invoiceTitleId" => rt::read_field(map, &mut self.invoice_title_id),
            "invoiceTitleThirdPartyId" => {
                rt::read_field(map, &mut self.invoice_title_third_party_id)
            }
            "itineraryProject" => rt::read_field(map, &mut self.itinerary_project),
            "itineraryProjectId" => rt::read_field(map, &mut self.itinerary_project_id),
            "itineraryProjectThirdPartyId" => {
                rt::read_field(map, &mut self.itinerary_project_third_party_id)
            }
            "journeyBizNo" => rt::read_field(map, &mut self.journey_biz_no),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "startTimeAcc" => rt::read_field(map, &mut self.start_time_acc),
            "timeUnit" => rt::read_field(map, &mut self.time_unit),
            "travelType" => rt::read_field(map, &mut self.travel_type),
            "tripWay" => rt::read_field(map, &mut self.trip_way),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTravelProcessDetailResponseBodyResultJourneys {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrival", &self.arrival)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterId", &self.cost_center_id)?;
        object.optional("costCenterThirdPartyId", &self.cost_center_third_party_id)?;
        object.optional("departure", &self.departure)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("endTimeAcc", &self.end_time_acc)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("invoiceTitleId", &self.invoice_title_id)?;
        object.optional("invoiceTitleThirdPartyId", &self.invoice_title_third_party_id)?;
        object.optional("itineraryProject", &self.itinerary_project)?;
        object.optional("itineraryProjectId", &self.itinerary_project_id)?;
        object
            .optional(
                "itineraryProjectThirdPartyId",
                &self.itinerary_project_third_party_id,
            )?;
        object.optional("journeyBizNo", &self.journey_biz_no)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("startTimeAcc", &self.start_time_acc)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.optional("travelType", &self.travel_type)?;
        object.optional("tripWay", &self.trip_way)?;
        object.end()
    }
}
/// `GetTravelProcessDetailResponseBodyResultTasks`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTravelProcessDetailResponseBodyResultTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBodyResultTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "originUserId" => rt::read_field(map, &mut self.origin_user_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "url" => rt::read_field(map, &mut self.url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTravelProcessDetailResponseBodyResultTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("originUserId", &self.origin_user_id)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("url", &self.url)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PreCheckTemplateResponseBodyResultBlockRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreCheckTemplateResponseBodyResultBlockRecords {
    /// `blockType`.
    pub block_type: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PreCheckTemplateResponseBodyResultBlockRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PreCheckTemplateResponseBodyResultBlockRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockType" => rt::read_field(map, &mut self.block_type),
            "reason" => rt::read_field(map, &mut self.reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PreCheckTemplateResponseBodyResultBlockRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blockType", &self.block_type)?;
        object.optional("reason", &self.reason)?;
        object.end()
    }
}
/// `QueryTripFlightOrderByPageResponseBodyListConsumerInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripFlightOrderByPageResponseBodyListConsumerInfos {
    /// `name`.
    pub name: Option<String>,
    /// `staffFlag`.
    pub staff_flag: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTripFlightOrderByPageResponseBodyListConsumerInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripFlightOrderByPageResponseBodyListConsumerInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "staffFlag" => rt::read_field(map, &mut self.staff_flag),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripFlightOrderByPageResponseBodyListConsumerInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("staffFlag", &self.staff_flag)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryTripHotelOrderByPageResponseBodyListConsumerInfos`: the same model as [`QueryTripFlightOrderByPageResponseBodyListConsumerInfos`].
pub type QueryTripHotelOrderByPageResponseBodyListConsumerInfos = QueryTripFlightOrderByPageResponseBodyListConsumerInfos;
/// `QueryTripProcessTemplatesResponseBodyResultSchemas`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesResponseBodyResultSchemas {
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTripProcessTemplatesResponseBodyResultSchemas {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTripProcessTemplatesResponseBodyResultSchemas {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCode" => rt::read_field(map, &mut self.process_code),
            "processName" => rt::read_field(map, &mut self.process_name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTripProcessTemplatesResponseBodyResultSchemas {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("processName", &self.process_name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryTripTrainOrderByPageResponseBodyListConsumerInfos`: the same model as [`QueryTripFlightOrderByPageResponseBodyListConsumerInfos`].
pub type QueryTripTrainOrderByPageResponseBodyListConsumerInfos = QueryTripFlightOrderByPageResponseBodyListConsumerInfos;
/// `GetTravelProcessDetailResponseBodyResultJourneysArrival`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetTravelProcessDetailResponseBodyResultJourneysArrival {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTravelProcessDetailResponseBodyResultJourneysArrival {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "countryCode" => rt::read_field(map, &mut self.country_code),
            "countryName" => rt::read_field(map, &mut self.country_name),
            "name" => rt::read_field(map, &mut self.name),
            "nationalCityCode" => rt::read_field(map, &mut self.national_city_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTravelProcessDetailResponseBodyResultJourneysArrival {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("countryCode", &self.country_code)?;
        object.optional("countryName", &self.country_name)?;
        object.optional("name", &self.name)?;
        object.optional("nationalCityCode", &self.national_city_code)?;
        object.end()
    }
}
/// `GetTravelProcessDetailResponseBodyResultJourneysDeparture`: the same model as [`GetTravelProcessDetailResponseBodyResultJourneysArrival`].
pub type GetTravelProcessDetailResponseBodyResultJourneysDeparture = GetTravelProcessDetailResponseBodyResultJourneysArrival;
/// The request of [`Api::check_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CheckOrderRequest {
    /// A `CheckOrderRequest` with its required fields (`channelCorpId`, `orderType`, `processInstanceId`, `staffId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        order_type: impl Into<String>,
        process_instance_id: impl Into<String>,
        staff_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            journey_biz_no: None,
            order_type: order_type.into(),
            process_instance_id: process_instance_id.into(),
            staff_id: staff_id.into(),
        }
    }
    /// Sets `journeyBizNo`.
    pub fn journey_biz_no(mut self, value: impl Into<String>) -> Self {
        self.journey_biz_no = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CheckOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("journeyBizNo", &self.journey_biz_no)?;
        object.field("orderType", &self.order_type)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.field("staffId", &self.staff_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "journeyBizNo" => rt::read_field(map, &mut self.journey_biz_no),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_travel_process_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTravelProcessDetailRequest {
    /// `processCorpId`: a query parameter.
    pub process_corp_id: Option<String>,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
impl GetTravelProcessDetailRequest {
    /// A `GetTravelProcessDetailRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            process_corp_id: None,
            process_instance_id: process_instance_id.into(),
        }
    }
    /// Sets `processCorpId`.
    pub fn process_corp_id(mut self, value: impl Into<String>) -> Self {
        self.process_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTravelProcessDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTravelProcessDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processCorpId" => rt::read_field(map, &mut self.process_corp_id),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTravelProcessDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processCorpId", &self.process_corp_id);
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::pre_check_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PreCheckTemplateRequest {
    /// `customerCorpId`.
    pub customer_corp_id: String,
}
impl PreCheckTemplateRequest {
    /// A `PreCheckTemplateRequest` with its required fields (`customerCorpId`); set the others with the methods named after them.
    pub fn new(customer_corp_id: impl Into<String>) -> Self {
        Self {
            customer_corp_id: customer_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for PreCheckTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customerCorpId", &self.customer_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PreCheckTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PreCheckTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerCorpId" => rt::read_field(map, &mut self.customer_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTripFlightOrderByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTripFlightOrderByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "orderStatus" => rt::read_field(map, &mut self.order_status),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTripHotelOrderByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTripHotelOrderByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "orderStatus" => rt::read_field(map, &mut self.order_status),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryTripProcessTemplatesRequest {
    /// `customerCorpId`: a query parameter.
    pub customer_corp_id: String,
}
impl QueryTripProcessTemplatesRequest {
    /// A `QueryTripProcessTemplatesRequest` with its required fields (`customerCorpId`); set the others with the methods named after them.
    pub fn new(customer_corp_id: impl Into<String>) -> Self {
        Self {
            customer_corp_id: customer_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTripProcessTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTripProcessTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerCorpId" => rt::read_field(map, &mut self.customer_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTripTrainOrderByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTripTrainOrderByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "orderStatus" => rt::read_field(map, &mut self.order_status),
            "pageIndex" => rt::read_field(map, &mut self.page_index),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SubmitTripApprovalProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itineraries", &self.itineraries)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("reason", &self.reason)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitTripApprovalProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitTripApprovalProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itineraries" => rt::read_field(map, &mut self.itineraries),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "reason" => rt::read_field(map, &mut self.reason),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitTripApprovalProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_business_sign_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncBusinessSignInfoRequest {
    /// A `SyncBusinessSignInfoRequest` with its required fields (`orgPayStatus`, `signStatus`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        org_pay_status: impl Into<String>,
        sign_status: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type_list: None,
            gmt_org_pay: None,
            gmt_sign: None,
            org_pay_status: org_pay_status.into(),
            sign_status: sign_status.into(),
            target_corp_id: target_corp_id.into(),
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
impl rt::serde::Serialize for SyncBusinessSignInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTypeList", &self.biz_type_list)?;
        object.optional("gmtOrgPay", &self.gmt_org_pay)?;
        object.optional("gmtSign", &self.gmt_sign)?;
        object.field("orgPayStatus", &self.org_pay_status)?;
        object.field("signStatus", &self.sign_status)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.optional("tmcProductDetailList", &self.tmc_product_detail_list)?;
        object.optional("tmcProductList", &self.tmc_product_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncBusinessSignInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncBusinessSignInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTypeList" => rt::read_field(map, &mut self.biz_type_list),
            "gmtOrgPay" => rt::read_field(map, &mut self.gmt_org_pay),
            "gmtSign" => rt::read_field(map, &mut self.gmt_sign),
            "orgPayStatus" => rt::read_field(map, &mut self.org_pay_status),
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "tmcProductDetailList" => {
                rt::read_field(map, &mut self.tmc_product_detail_list)
            }
            "tmcProductList" => rt::read_field(map, &mut self.tmc_product_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncBusinessSignInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_cost_center`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncCostCenterRequest {
    /// A `SyncCostCenterRequest` with its required fields (`channelCorpId`, `costCenterId`, `gmtAction`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        cost_center_id: impl Into<String>,
        gmt_action: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            cost_center_id: cost_center_id.into(),
            delete_flag: None,
            extension: None,
            gmt_action: gmt_action.into(),
            number: None,
            scope: None,
            source: None,
            third_part_id: None,
            title: title.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncCostCenterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.field("costCenterId", &self.cost_center_id)?;
        object.optional("deleteFlag", &self.delete_flag)?;
        object.optional("extension", &self.extension)?;
        object.field("gmtAction", &self.gmt_action)?;
        object.optional("number", &self.number)?;
        object.optional("scope", &self.scope)?;
        object.optional("source", &self.source)?;
        object.optional("thirdPartId", &self.third_part_id)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncCostCenterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncCostCenterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "deleteFlag" => rt::read_field(map, &mut self.delete_flag),
            "extension" => rt::read_field(map, &mut self.extension),
            "gmtAction" => rt::read_field(map, &mut self.gmt_action),
            "number" => rt::read_field(map, &mut self.number),
            "scope" => rt::read_field(map, &mut self.scope),
            "source" => rt::read_field(map, &mut self.source),
            "thirdPartId" => rt::read_field(map, &mut self.third_part_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncCostCenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_cost_center_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncCostCenterEntityRequest {
    /// A `SyncCostCenterEntityRequest` with its required fields (`channelCorpId`, `costCenterId`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        cost_center_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            cost_center_id: cost_center_id.into(),
            del_all: None,
            entity_list: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncCostCenterEntityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.field("costCenterId", &self.cost_center_id)?;
        object.optional("delAll", &self.del_all)?;
        object.optional("entityList", &self.entity_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncCostCenterEntityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncCostCenterEntityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "delAll" => rt::read_field(map, &mut self.del_all),
            "entityList" => rt::read_field(map, &mut self.entity_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncCostCenterEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_invoice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncInvoiceRequest {
    /// A `SyncInvoiceRequest` with its required fields (`channelCorpId`, `gmtAction`, `invoiceId`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        gmt_action: impl Into<String>,
        invoice_id: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            address: None,
            bank_name: None,
            bank_no: None,
            channel_corp_id: channel_corp_id.into(),
            delete_flag: None,
            gmt_action: gmt_action.into(),
            invoice_id: invoice_id.into(),
            project_ids: None,
            scope: None,
            source: None,
            tax_no: None,
            tel: None,
            third_part_id: None,
            title: title.into(),
            r#type: None,
            unit_type: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncInvoiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("bankName", &self.bank_name)?;
        object.optional("bankNo", &self.bank_no)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("deleteFlag", &self.delete_flag)?;
        object.field("gmtAction", &self.gmt_action)?;
        object.field("invoiceId", &self.invoice_id)?;
        object.optional("projectIds", &self.project_ids)?;
        object.optional("scope", &self.scope)?;
        object.optional("source", &self.source)?;
        object.optional("taxNo", &self.tax_no)?;
        object.optional("tel", &self.tel)?;
        object.optional("thirdPartId", &self.third_part_id)?;
        object.field("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("unitType", &self.unit_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInvoiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "bankName" => rt::read_field(map, &mut self.bank_name),
            "bankNo" => rt::read_field(map, &mut self.bank_no),
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "deleteFlag" => rt::read_field(map, &mut self.delete_flag),
            "gmtAction" => rt::read_field(map, &mut self.gmt_action),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "projectIds" => rt::read_field(map, &mut self.project_ids),
            "scope" => rt::read_field(map, &mut self.scope),
            "source" => rt::read_field(map, &mut self.source),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "tel" => rt::read_field(map, &mut self.tel),
            "thirdPartId" => rt::read_field(map, &mut self.third_part_id),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "unitType" => rt::read_field(map, &mut self.unit_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_invoice_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncInvoiceEntityRequest {
    /// A `SyncInvoiceEntityRequest` with its required fields (`channelCorpId`, `invoiceId`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        invoice_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            del_all: None,
            entity_list: None,
            invoice_id: invoice_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncInvoiceEntityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("delAll", &self.del_all)?;
        object.optional("entityList", &self.entity_list)?;
        object.field("invoiceId", &self.invoice_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncInvoiceEntityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncInvoiceEntityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "delAll" => rt::read_field(map, &mut self.del_all),
            "entityList" => rt::read_field(map, &mut self.entity_list),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncInvoiceEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_project`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncProjectRequest {
    /// A `SyncProjectRequest` with its required fields (`channelCorpId`, `gmtAction`, `projectId`, `projectName`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        gmt_action: impl Into<String>,
        project_id: impl Into<String>,
        project_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            code: None,
            cost_center_id: None,
            delete_flag: None,
            extension: None,
            gmt_action: gmt_action.into(),
            invoice_id: None,
            manager_ids: None,
            project_id: project_id.into(),
            project_name: project_name.into(),
            scope: None,
            source: None,
            third_part_id: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncProjectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("code", &self.code)?;
        object.optional("costCenterId", &self.cost_center_id)?;
        object.optional("deleteFlag", &self.delete_flag)?;
        object.optional("extension", &self.extension)?;
        object.field("gmtAction", &self.gmt_action)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("managerIds", &self.manager_ids)?;
        object.field("projectId", &self.project_id)?;
        object.field("projectName", &self.project_name)?;
        object.optional("scope", &self.scope)?;
        object.optional("source", &self.source)?;
        object.optional("thirdPartId", &self.third_part_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncProjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "code" => rt::read_field(map, &mut self.code),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "deleteFlag" => rt::read_field(map, &mut self.delete_flag),
            "extension" => rt::read_field(map, &mut self.extension),
            "gmtAction" => rt::read_field(map, &mut self.gmt_action),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "managerIds" => rt::read_field(map, &mut self.manager_ids),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "scope" => rt::read_field(map, &mut self.scope),
            "source" => rt::read_field(map, &mut self.source),
            "thirdPartId" => rt::read_field(map, &mut self.third_part_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_project_entity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncProjectEntityRequest {
    /// A `SyncProjectEntityRequest` with its required fields (`channelCorpId`, `projectId`, `userId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        project_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            del_all: None,
            entity_list: None,
            project_id: project_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SyncProjectEntityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("delAll", &self.del_all)?;
        object.optional("entityList", &self.entity_list)?;
        object.field("projectId", &self.project_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncProjectEntityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncProjectEntityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "delAll" => rt::read_field(map, &mut self.del_all),
            "entityList" => rt::read_field(map, &mut self.entity_list),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncProjectEntityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_secret_key`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncSecretKeyRequest {
    /// A `SyncSecretKeyRequest` with its required fields (`actionType`, `targetCorpId`); set the others with the methods named after them.
    pub fn new(
        action_type: impl Into<String>,
        target_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            action_type: action_type.into(),
            secret_string: None,
            target_corp_id: target_corp_id.into(),
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
impl rt::serde::Serialize for SyncSecretKeyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.optional("secretString", &self.secret_string)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.optional("tripAppKey", &self.trip_app_key)?;
        object.optional("tripAppSecurity", &self.trip_app_security)?;
        object.optional("tripCorpId", &self.trip_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncSecretKeyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncSecretKeyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "secretString" => rt::read_field(map, &mut self.secret_string),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "tripAppKey" => rt::read_field(map, &mut self.trip_app_key),
            "tripAppSecurity" => rt::read_field(map, &mut self.trip_app_security),
            "tripCorpId" => rt::read_field(map, &mut self.trip_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripInvoiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelOrderNo" => rt::read_field(map, &mut self.channel_order_no),
            "channelType" => rt::read_field(map, &mut self.channel_type),
            "customerCorpId" => rt::read_field(map, &mut self.customer_corp_id),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "invoiceDetailList" => rt::read_field(map, &mut self.invoice_detail_list),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncTripOrderRequest {
    /// A `SyncTripOrderRequest` with its required fields (`currency`, `dingUserId`, `event`, `gmtOrder`, `orderNo`, `orderUrl`, `type`); set the others with the methods named after them.
    pub fn new(
        currency: impl Into<String>,
        ding_user_id: impl Into<String>,
        event: SyncTripOrderRequestEvent,
        gmt_order: impl Into<String>,
        order_no: impl Into<String>,
        order_url: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            biz_extension: None,
            channel_type: None,
            currency: currency.into(),
            ding_user_id: ding_user_id.into(),
            discount_amount: None,
            endorse_flag: None,
            enterprise_pay_amount: None,
            event,
            gmt_order: gmt_order.into(),
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
            order_no: order_no.into(),
            order_payment_type: None,
            order_url: order_url.into(),
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
            r#type: r#type.into(),
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
impl rt::serde::Serialize for SyncTripOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizExtension", &self.biz_extension)?;
        object.optional("channelType", &self.channel_type)?;
        object.field("currency", &self.currency)?;
        object.field("dingUserId", &self.ding_user_id)?;
        object.optional("discountAmount", &self.discount_amount)?;
        object.optional("endorseFlag", &self.endorse_flag)?;
        object.optional("enterprisePayAmount", &self.enterprise_pay_amount)?;
        object.field("event", &self.event)?;
        object.field("gmtOrder", &self.gmt_order)?;
        object.optional("gmtPay", &self.gmt_pay)?;
        object.optional("gmtRefund", &self.gmt_refund)?;
        object.optional("hasInvoice", &self.has_invoice)?;
        object.optional("invoiceApplyRole", &self.invoice_apply_role)?;
        object.optional("invoiceApplyType", &self.invoice_apply_type)?;
        object.optional("invoiceApplyUrl", &self.invoice_apply_url)?;
        object.optional("invoiceParty", &self.invoice_party)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("journeyBizNo", &self.journey_biz_no)?;
        object.optional("journeySubmitUserId", &self.journey_submit_user_id)?;
        object.optional("orderDetails", &self.order_details)?;
        object.field("orderNo", &self.order_no)?;
        object.optional("orderPaymentType", &self.order_payment_type)?;
        object.field("orderUrl", &self.order_url)?;
        object.optional("personalPayAmount", &self.personal_pay_amount)?;
        object.optional("processId", &self.process_id)?;
        object.optional("realAmount", &self.real_amount)?;
        object.optional("refundAmount", &self.refund_amount)?;
        object.optional("relativeOrderNo", &self.relative_order_no)?;
        object.optional("source", &self.source)?;
        object.optional("supplyLogo", &self.supply_logo)?;
        object.optional("supplyName", &self.supply_name)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.optional("tmcCorpId", &self.tmc_corp_id)?;
        object.optional("totalAmount", &self.total_amount)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizExtension" => rt::read_field(map, &mut self.biz_extension),
            "channelType" => rt::read_field(map, &mut self.channel_type),
            "currency" => rt::read_field(map, &mut self.currency),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "discountAmount" => rt::read_field(map, &mut self.discount_amount),
            "endorseFlag" => rt::read_field(map, &mut self.endorse_flag),
            "enterprisePayAmount" => rt::read_field(map, &mut self.enterprise_pay_amount),
            "event" => rt::read_field(map, &mut self.event),
            "gmtOrder" => rt::read_field(map, &mut self.gmt_order),
            "gmtPay" => rt::read_field(map, &mut self.gmt_pay),
            "gmtRefund" => rt::read_field(map, &mut self.gmt_refund),
            "hasInvoice" => rt::read_field(map, &mut self.has_invoice),
            "invoiceApplyRole" => rt::read_field(map, &mut self.invoice_apply_role),
            "invoiceApplyType" => rt::read_field(map, &mut self.invoice_apply_type),
            "invoiceApplyUrl" => rt::read_field(map, &mut self.invoice_apply_url),
            "invoiceParty" => rt::read_field(map, &mut self.invoice_party),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "journeyBizNo" => rt::read_field(map, &mut self.journey_biz_no),
            "journeySubmitUserId" => {
                rt::read_field(map, &mut self.journey_submit_user_id)
            }
            "orderDetails" => rt::read_field(map, &mut self.order_details),
            "orderNo" => rt::read_field(map, &mut self.order_no),
            "orderPaymentType" => rt::read_field(map, &mut self.order_payment_type),
            "orderUrl" => rt::read_field(map, &mut self.order_url),
            "personalPayAmount" => rt::read_field(map, &mut self.personal_pay_amount),
            "processId" => rt::read_field(map, &mut self.process_id),
            "realAmount" => rt::read_field(map, &mut self.real_amount),
            "refundAmount" => rt::read_field(map, &mut self.refund_amount),
            "relativeOrderNo" => rt::read_field(map, &mut self.relative_order_no),
            "source" => rt::read_field(map, &mut self.source),
            "supplyLogo" => rt::read_field(map, &mut self.supply_logo),
            "supplyName" => rt::read_field(map, &mut self.supply_name),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "tmcCorpId" => rt::read_field(map, &mut self.tmc_corp_id),
            "totalAmount" => rt::read_field(map, &mut self.total_amount),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SyncTripProductConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("targetCorpId", &self.target_corp_id)?;
        object.optional("tripProductConfigList", &self.trip_product_config_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncTripProductConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncTripProductConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            "tripProductConfigList" => {
                rt::read_field(map, &mut self.trip_product_config_list)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncTripProductConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::trip_platform_unified_entry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TripPlatformUnifiedEntryRequest {
    /// `messages`.
    pub messages: Option<String>,
    /// `method`.
    pub method: String,
}
impl TripPlatformUnifiedEntryRequest {
    /// A `TripPlatformUnifiedEntryRequest` with its required fields (`method`); set the others with the methods named after them.
    pub fn new(method: impl Into<String>) -> Self {
        Self {
            messages: None,
            method: method.into(),
        }
    }
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<String>) -> Self {
        self.messages = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TripPlatformUnifiedEntryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messages", &self.messages)?;
        object.field("method", &self.method)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TripPlatformUnifiedEntryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TripPlatformUnifiedEntryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messages" => rt::read_field(map, &mut self.messages),
            "method" => rt::read_field(map, &mut self.method),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TripPlatformUnifiedEntryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpgradeTemplateRequest {
    /// `channelCorpId`.
    pub channel_corp_id: String,
    /// `forceUpgrade`.
    pub force_upgrade: Option<bool>,
    /// `tmcCorpId`.
    pub tmc_corp_id: String,
}
impl UpgradeTemplateRequest {
    /// A `UpgradeTemplateRequest` with its required fields (`channelCorpId`, `tmcCorpId`); set the others with the methods named after them.
    pub fn new(
        channel_corp_id: impl Into<String>,
        tmc_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            channel_corp_id: channel_corp_id.into(),
            force_upgrade: None,
            tmc_corp_id: tmc_corp_id.into(),
        }
    }
    /// Sets `forceUpgrade`.
    pub fn force_upgrade(mut self, value: bool) -> Self {
        self.force_upgrade = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpgradeTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channelCorpId", &self.channel_corp_id)?;
        object.optional("forceUpgrade", &self.force_upgrade)?;
        object.field("tmcCorpId", &self.tmc_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCorpId" => rt::read_field(map, &mut self.channel_corp_id),
            "forceUpgrade" => rt::read_field(map, &mut self.force_upgrade),
            "tmcCorpId" => rt::read_field(map, &mut self.tmc_corp_id),
            _ => Ok(false),
        }
    }
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
