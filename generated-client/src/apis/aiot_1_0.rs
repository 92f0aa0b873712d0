// @generated from api-spec/aiot_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AIoT 平台 (AIoT)：智能硬件的设备详情与固件升级。
//!
//! 7 operations, methods of [`Api`] (`client.aiot_1_0()`), behind the cargo feature `aiot_1_0`; its paths start with `/v1.0/aiot/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `aiot_1_0`. Get it with `client.aiot_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 检查指定设备的固件升级
    ///
    /// `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/checkUpdate`: DingTalk's `CheckDeviceUpdate` (module feature `aiot_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `product_key`: `{productKey}` in the path.
    /// - `device_name`: `{deviceName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckDeviceUpdate")]
    #[doc(
        alias = "/v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/checkUpdate"
    )]
    #[doc(
        alias = "POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/checkUpdate"
    )]
    pub fn check_device_update(
        &self,
        product_key: &str,
        device_name: &str,
        request: &CheckDeviceUpdateRequest,
    ) -> rt::Call<CheckDeviceUpdateResponseBody, CheckDeviceUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckDeviceUpdate",
            rt::Method::Post,
            "/v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/checkUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 确认执行设备固件升级
    ///
    /// `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/confirmUpgrade`: DingTalk's `ConfirmFirmwareUpgrade` (module feature `aiot_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `product_key`: `{productKey}` in the path.
    /// - `device_name`: `{deviceName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConfirmFirmwareUpgrade")]
    #[doc(
        alias = "/v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/confirmUpgrade"
    )]
    #[doc(
        alias = "POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/confirmUpgrade"
    )]
    pub fn confirm_firmware_upgrade(
        &self,
        product_key: &str,
        device_name: &str,
        request: &ConfirmFirmwareUpgradeRequest,
    ) -> rt::Call<ConfirmFirmwareUpgradeResponseBody, ConfirmFirmwareUpgradeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmFirmwareUpgrade",
            rt::Method::Post,
            "/v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/confirmUpgrade",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 查询指定设备的详情
    ///
    /// `GET /v1.0/aiot/products/deviceDetail`: DingTalk's `GetDeviceDetail` (module feature `aiot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDeviceDetail")]
    #[doc(alias = "/v1.0/aiot/products/deviceDetail")]
    #[doc(alias = "GET /v1.0/aiot/products/deviceDetail")]
    pub fn get_device_detail(
        &self,
        request: &GetDeviceDetailRequest,
    ) -> rt::Call<GetDeviceDetailResponseBody, GetDeviceDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeviceDetail",
            rt::Method::Get,
            "/v1.0/aiot/products/deviceDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 读取指定设备的属性快照
    ///
    /// `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties/query`: DingTalk's `GetDeviceProperties` (module feature `aiot_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `product_key`: `{productKey}` in the path.
    /// - `device_name`: `{deviceName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDeviceProperties")]
    #[doc(
        alias = "/v1.0/aiot/products/{productKey}/devices/{deviceName}/properties/query"
    )]
    #[doc(
        alias = "POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties/query"
    )]
    pub fn get_device_properties(
        &self,
        product_key: &str,
        device_name: &str,
        request: &GetDevicePropertiesRequest,
    ) -> rt::Call<GetDevicePropertiesResponseBody, GetDevicePropertiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeviceProperties",
            rt::Method::Post,
            "/v1.0/aiot/products/{productKey}/devices/{deviceName}/properties/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 查询设备服务调用结果
    ///
    /// `GET /v1.0/aiot/serviceInvocations`: DingTalk's `GetServiceInvocation` (module feature `aiot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceInvocation")]
    #[doc(alias = "/v1.0/aiot/serviceInvocations")]
    #[doc(alias = "GET /v1.0/aiot/serviceInvocations")]
    pub fn get_service_invocation(
        &self,
        request: &GetServiceInvocationRequest,
    ) -> rt::Call<GetServiceInvocationResponseBody, GetServiceInvocationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceInvocation",
            rt::Method::Get,
            "/v1.0/aiot/serviceInvocations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用指定设备的物模型服务
    ///
    /// `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/services/{serviceIdentifier}/invoke`: DingTalk's `InvokeDeviceService` (module feature `aiot_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `product_key`: `{productKey}` in the path.
    /// - `device_name`: `{deviceName}` in the path.
    /// - `service_identifier`: `{serviceIdentifier}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InvokeDeviceService")]
    #[doc(
        alias = "/v1.0/aiot/products/{productKey}/devices/{deviceName}/services/{serviceIdentifier}/invoke"
    )]
    #[doc(
        alias = "POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/services/{serviceIdentifier}/invoke"
    )]
    pub fn invoke_device_service(
        &self,
        product_key: &str,
        device_name: &str,
        service_identifier: &str,
        request: &InvokeDeviceServiceRequest,
    ) -> rt::Call<InvokeDeviceServiceResponseBody, InvokeDeviceServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InvokeDeviceService",
            rt::Method::Post,
            "/v1.0/aiot/products/{productKey}/devices/{deviceName}/services/{serviceIdentifier}/invoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[product_key, device_name, service_identifier],
            request,
        )
    }
    /// 设置指定设备的属性
    ///
    /// `PUT /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties`: DingTalk's `SetDeviceProperties` (module feature `aiot_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `product_key`: `{productKey}` in the path.
    /// - `device_name`: `{deviceName}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetDeviceProperties")]
    #[doc(alias = "/v1.0/aiot/products/{productKey}/devices/{deviceName}/properties")]
    #[doc(
        alias = "PUT /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties"
    )]
    pub fn set_device_properties(
        &self,
        product_key: &str,
        device_name: &str,
        request: &SetDevicePropertiesRequest,
    ) -> rt::Call<SetDevicePropertiesResponseBody, SetDevicePropertiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDeviceProperties",
            rt::Method::Put,
            "/v1.0/aiot/products/{productKey}/devices/{deviceName}/properties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
}
/// `CheckDeviceUpdateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckDeviceUpdateRequestBody {
    /// `currentVersion`.
    pub current_version: Option<String>,
    /// `moduleName`.
    pub module_name: String,
}
/// The required fields of [`CheckDeviceUpdateRequestBody`], each named where it is set: `CheckDeviceUpdateRequestBody::new(CheckDeviceUpdateRequestBodyRequired { .. })`.
pub struct CheckDeviceUpdateRequestBodyRequired {
    /// `moduleName`: see [`CheckDeviceUpdateRequestBody::module_name`].
    pub module_name: String,
}
impl CheckDeviceUpdateRequestBody {
    /// A `CheckDeviceUpdateRequestBody` with its required fields (`moduleName`); set the others with the methods named after them.
    pub fn new(required: CheckDeviceUpdateRequestBodyRequired) -> Self {
        let CheckDeviceUpdateRequestBodyRequired { module_name } = required;
        Self {
            current_version: None,
            module_name,
        }
    }
    /// Sets `currentVersion`.
    pub fn current_version(mut self, value: impl Into<String>) -> Self {
        self.current_version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CheckDeviceUpdateRequestBody { "currentVersion" => optional(current_version),
    "moduleName" => field(module_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckDeviceUpdateRequestBody { "currentVersion" => read_field(current_version),
    "moduleName" => read_field(module_name) }
}
/// `CheckDeviceUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckDeviceUpdateResponseBody {
    /// `modules`.
    pub modules: Option<Vec<CheckDeviceUpdateResponseBodyModules>>,
}
rt::impl_deserialize! {
    CheckDeviceUpdateResponseBody { "modules" => read_field(modules) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckDeviceUpdateResponseBody { "modules" => optional(modules) }
}
/// `ConfirmFirmwareUpgradeResponseBody`, a model several operations share: also named [`SetDevicePropertiesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConfirmFirmwareUpgradeResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ConfirmFirmwareUpgradeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConfirmFirmwareUpgradeResponseBody { "result" => optional(result) }
}
/// `GetDeviceDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeviceDetailResponseBody {
    /// `activatedAt`.
    pub activated_at: Option<String>,
    /// `connectivity`.
    pub connectivity: Option<String>,
    /// `lastOfflineTime`.
    pub last_offline_time: Option<String>,
    /// `lastOnlineTime`.
    pub last_online_time: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetDeviceDetailResponseBody { "activatedAt" => read_field(activated_at),
    "connectivity" => read_field(connectivity), "lastOfflineTime" =>
    read_field(last_offline_time), "lastOnlineTime" => read_field(last_online_time),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeviceDetailResponseBody { "activatedAt" => optional(activated_at), "connectivity"
    => optional(connectivity), "lastOfflineTime" => optional(last_offline_time),
    "lastOnlineTime" => optional(last_online_time), "status" => optional(status) }
}
/// `GetDevicePropertiesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDevicePropertiesResponseBody {
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `productKey`.
    pub product_key: Option<String>,
    /// `properties`.
    pub properties: Option<rt::BTreeMap<String, PropertiesValue>>,
    /// `snapshotAt`.
    pub snapshot_at: Option<String>,
}
rt::impl_deserialize! {
    GetDevicePropertiesResponseBody { "deviceName" => read_field(device_name),
    "productKey" => read_field(product_key), "properties" => read_field(properties),
    "snapshotAt" => read_field(snapshot_at) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDevicePropertiesResponseBody { "deviceName" => optional(device_name), "productKey"
    => optional(product_key), "properties" => optional(properties), "snapshotAt" =>
    optional(snapshot_at) }
}
/// `GetServiceInvocationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceInvocationResponseBody {
    /// `completedAt`.
    pub completed_at: Option<String>,
    /// `createdAt`.
    pub created_at: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `identifier`.
    pub identifier: Option<String>,
    /// `invocationId`.
    pub invocation_id: Option<String>,
    /// `outputData`.
    pub output_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `processingTimeMs`.
    pub processing_time_ms: Option<i64>,
    /// `productKey`.
    pub product_key: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetServiceInvocationResponseBody { "completedAt" => read_field(completed_at),
    "createdAt" => read_field(created_at), "deviceName" => read_field(device_name),
    "errorCode" => read_field(error_code), "errorMsg" => read_field(error_msg),
    "identifier" => read_field(identifier), "invocationId" => read_field(invocation_id),
    "outputData" => read_field(output_data), "processingTimeMs" =>
    read_field(processing_time_ms), "productKey" => read_field(product_key), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceInvocationResponseBody { "completedAt" => optional(completed_at),
    "createdAt" => optional(created_at), "deviceName" => optional(device_name),
    "errorCode" => optional(error_code), "errorMsg" => optional(error_msg), "identifier"
    => optional(identifier), "invocationId" => optional(invocation_id), "outputData" =>
    optional(output_data), "processingTimeMs" => optional(processing_time_ms),
    "productKey" => optional(product_key), "status" => optional(status) }
}
/// `InvokeDeviceServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvokeDeviceServiceResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `invocationId`.
    pub invocation_id: Option<String>,
    /// `outputData`.
    pub output_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    InvokeDeviceServiceResponseBody { "errorCode" => read_field(error_code), "errorMsg"
    => read_field(error_msg), "invocationId" => read_field(invocation_id), "outputData"
    => read_field(output_data), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvokeDeviceServiceResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "invocationId" => optional(invocation_id), "outputData" =>
    optional(output_data), "status" => optional(status) }
}
/// `SetDevicePropertiesResponseBody`: the same model as [`ConfirmFirmwareUpgradeResponseBody`].
pub type SetDevicePropertiesResponseBody = ConfirmFirmwareUpgradeResponseBody;
/// `CheckDeviceUpdateResponseBodyModules`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckDeviceUpdateResponseBodyModules {
    /// `checksum`.
    pub checksum: Option<String>,
    /// `checksumAlgorithm`.
    pub checksum_algorithm: Option<String>,
    /// `criticalNext`.
    pub critical_next: Option<String>,
    /// `currentVersion`.
    pub current_version: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
    /// `latest`.
    pub latest: Option<String>,
    /// `moduleName`.
    pub module_name: Option<String>,
    /// `noticeEn`.
    pub notice_en: Option<String>,
    /// `noticeZh`.
    pub notice_zh: Option<String>,
    /// `upgradeMode`.
    pub upgrade_mode: Option<String>,
}
rt::impl_deserialize! {
    CheckDeviceUpdateResponseBodyModules { "checksum" => read_field(checksum),
    "checksumAlgorithm" => read_field(checksum_algorithm), "criticalNext" =>
    read_field(critical_next), "currentVersion" => read_field(current_version), "fileUrl"
    => read_field(file_url), "latest" => read_field(latest), "moduleName" =>
    read_field(module_name), "noticeEn" => read_field(notice_en), "noticeZh" =>
    read_field(notice_zh), "upgradeMode" => read_field(upgrade_mode) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckDeviceUpdateResponseBodyModules { "checksum" => optional(checksum),
    "checksumAlgorithm" => optional(checksum_algorithm), "criticalNext" =>
    optional(critical_next), "currentVersion" => optional(current_version), "fileUrl" =>
    optional(file_url), "latest" => optional(latest), "moduleName" =>
    optional(module_name), "noticeEn" => optional(notice_en), "noticeZh" =>
    optional(notice_zh), "upgradeMode" => optional(upgrade_mode) }
}
/// `PropertiesValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PropertiesValue {
    /// `value`.
    pub value: Option<rt::serde_json::Value>,
    /// `timestamp`.
    pub timestamp: Option<String>,
}
rt::impl_deserialize! {
    PropertiesValue { "value" => read_field(value), "timestamp" => read_field(timestamp)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PropertiesValue { "value" => optional(value), "timestamp" => optional(timestamp) }
}
/// The request of [`Api::check_device_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckDeviceUpdateRequest {
    /// `body`.
    pub body: Vec<CheckDeviceUpdateRequestBody>,
}
/// The required fields of [`CheckDeviceUpdateRequest`], each named where it is set: `CheckDeviceUpdateRequest::new(CheckDeviceUpdateRequired { .. })`.
pub struct CheckDeviceUpdateRequired {
    /// `body`: see [`CheckDeviceUpdateRequest::body`].
    pub body: Vec<CheckDeviceUpdateRequestBody>,
}
impl CheckDeviceUpdateRequest {
    /// A `CheckDeviceUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: CheckDeviceUpdateRequired) -> Self {
        let CheckDeviceUpdateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckDeviceUpdateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for CheckDeviceUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::confirm_firmware_upgrade`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmFirmwareUpgradeRequest {
    /// `moduleName`: a query parameter.
    pub module_name: Option<String>,
}
impl ConfirmFirmwareUpgradeRequest {
    /// An empty `ConfirmFirmwareUpgradeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `moduleName`.
    pub fn module_name(mut self, value: impl Into<String>) -> Self {
        self.module_name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConfirmFirmwareUpgradeRequest { "moduleName" => read_field(module_name) }
}
impl rt::WriteRequest for ConfirmFirmwareUpgradeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("moduleName", &self.module_name);
    }
}
/// The request of [`Api::get_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDeviceDetailRequest {
    /// `deviceName`: a query parameter.
    pub device_name: String,
    /// `productKey`: a query parameter.
    pub product_key: String,
}
/// The required fields of [`GetDeviceDetailRequest`], each named where it is set: `GetDeviceDetailRequest::new(GetDeviceDetailRequired { .. })`.
pub struct GetDeviceDetailRequired {
    /// `deviceName`: see [`GetDeviceDetailRequest::device_name`].
    pub device_name: String,
    /// `productKey`: see [`GetDeviceDetailRequest::product_key`].
    pub product_key: String,
}
impl GetDeviceDetailRequest {
    /// A `GetDeviceDetailRequest` with its required fields (`deviceName`, `productKey`); set the others with the methods named after them.
    pub fn new(required: GetDeviceDetailRequired) -> Self {
        let GetDeviceDetailRequired { device_name, product_key } = required;
        Self { device_name, product_key }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeviceDetailRequest { "deviceName" => read_field(device_name), "productKey" =>
    read_field(product_key) }
}
impl rt::WriteRequest for GetDeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceName", &self.device_name);
        writer.query("productKey", &self.product_key);
    }
}
/// The request of [`Api::get_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDevicePropertiesRequest {
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`GetDevicePropertiesRequest`], each named where it is set: `GetDevicePropertiesRequest::new(GetDevicePropertiesRequired { .. })`.
pub struct GetDevicePropertiesRequired {
    /// `body`: see [`GetDevicePropertiesRequest::body`].
    pub body: Vec<String>,
}
impl GetDevicePropertiesRequest {
    /// A `GetDevicePropertiesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: GetDevicePropertiesRequired) -> Self {
        let GetDevicePropertiesRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDevicePropertiesRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for GetDevicePropertiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_service_invocation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceInvocationRequest {
    /// `invocationId`: a query parameter.
    pub invocation_id: String,
}
/// The required fields of [`GetServiceInvocationRequest`], each named where it is set: `GetServiceInvocationRequest::new(GetServiceInvocationRequired { .. })`.
pub struct GetServiceInvocationRequired {
    /// `invocationId`: see [`GetServiceInvocationRequest::invocation_id`].
    pub invocation_id: String,
}
impl GetServiceInvocationRequest {
    /// A `GetServiceInvocationRequest` with its required fields (`invocationId`); set the others with the methods named after them.
    pub fn new(required: GetServiceInvocationRequired) -> Self {
        let GetServiceInvocationRequired { invocation_id } = required;
        Self { invocation_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceInvocationRequest { "invocationId" => read_field(invocation_id) }
}
impl rt::WriteRequest for GetServiceInvocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("invocationId", &self.invocation_id);
    }
}
/// The request of [`Api::invoke_device_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvokeDeviceServiceRequest {
    /// `args`.
    pub args: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `timeoutSeconds`.
    pub timeout_seconds: Option<i64>,
}
impl InvokeDeviceServiceRequest {
    /// An empty `InvokeDeviceServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `args`.
    pub fn args(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.args = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `timeoutSeconds`.
    pub fn timeout_seconds(mut self, value: i64) -> Self {
        self.timeout_seconds = Some(value);
        self
    }
}
rt::impl_serialize! {
    InvokeDeviceServiceRequest { "args" => optional(args), "timeoutSeconds" =>
    optional(timeout_seconds) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InvokeDeviceServiceRequest { "args" => read_field(args), "timeoutSeconds" =>
    read_field(timeout_seconds) }
}
impl rt::WriteRequest for InvokeDeviceServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetDevicePropertiesRequest {
    /// `body`.
    pub body: rt::BTreeMap<String, rt::serde_json::Value>,
}
/// The required fields of [`SetDevicePropertiesRequest`], each named where it is set: `SetDevicePropertiesRequest::new(SetDevicePropertiesRequired { .. })`.
pub struct SetDevicePropertiesRequired {
    /// `body`: see [`SetDevicePropertiesRequest::body`].
    pub body: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl SetDevicePropertiesRequest {
    /// A `SetDevicePropertiesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: SetDevicePropertiesRequired) -> Self {
        let SetDevicePropertiesRequired { body } = required;
        Self { body }
    }
}
rt::impl_serialize! {
    SetDevicePropertiesRequest { "body" => field(body) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetDevicePropertiesRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for SetDevicePropertiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::check_device_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckDeviceUpdateError = rt::ServiceError;
/// An error reply of [`Api::confirm_firmware_upgrade`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConfirmFirmwareUpgradeError = rt::ServiceError;
/// An error reply of [`Api::get_device_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeviceDetailError = rt::ServiceError;
/// An error reply of [`Api::get_device_properties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDevicePropertiesError = rt::ServiceError;
/// An error reply of [`Api::get_service_invocation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceInvocationError = rt::ServiceError;
/// An error reply of [`Api::invoke_device_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InvokeDeviceServiceError = rt::ServiceError;
/// An error reply of [`Api::set_device_properties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetDevicePropertiesError = rt::ServiceError;
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
        "CheckDeviceUpdate" => {
            rt::conformance::reply(
                    api
                        .check_device_update(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ConfirmFirmwareUpgrade" => {
            rt::conformance::reply(
                    api
                        .confirm_firmware_upgrade(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetDeviceDetail" => {
            rt::conformance::reply(api.get_device_detail(&inputs.request(false)?)).await
        }
        "GetDeviceProperties" => {
            rt::conformance::reply(
                    api
                        .get_device_properties(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetServiceInvocation" => {
            rt::conformance::reply(api.get_service_invocation(&inputs.request(false)?))
                .await
        }
        "InvokeDeviceService" => {
            rt::conformance::reply(
                    api
                        .invoke_device_service(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetDeviceProperties" => {
            rt::conformance::reply(
                    api
                        .set_device_properties(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
