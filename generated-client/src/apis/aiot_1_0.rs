// @generated from api-spec/aiot_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.aiot_1_0()`. Generated from `api-spec/aiot_1_0.yaml`.
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
    /// `POST /v1.0/aiot/products/{product_key}/devices/{device_name}/firmware/checkUpdate` (operation `CheckDeviceUpdate`).
    ///
    /// # Path parameters
    ///
    /// - `product_key` (`product_key`)
    /// - `device_name` (`device_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckDeviceUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn check_device_update(
        &self,
        product_key: &str,
        device_name: &str,
        request: &CheckDeviceUpdateRequest,
    ) -> rt::Call<CheckDeviceUpdateResponseBody, CheckDeviceUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckDeviceUpdate",
            rt::Method::Post,
            "/v1.0/aiot/products/{product_key}/devices/{device_name}/firmware/checkUpdate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 确认执行设备固件升级
    ///
    /// `POST /v1.0/aiot/products/{product_key}/devices/{device_name}/firmware/confirmUpgrade` (operation `ConfirmFirmwareUpgrade`).
    ///
    /// # Path parameters
    ///
    /// - `product_key` (`product_key`)
    /// - `device_name` (`device_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConfirmFirmwareUpgradeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn confirm_firmware_upgrade(
        &self,
        product_key: &str,
        device_name: &str,
        request: &ConfirmFirmwareUpgradeRequest,
    ) -> rt::Call<ConfirmFirmwareUpgradeResponseBody, ConfirmFirmwareUpgradeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConfirmFirmwareUpgrade",
            rt::Method::Post,
            "/v1.0/aiot/products/{product_key}/devices/{device_name}/firmware/confirmUpgrade",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 查询指定设备的详情
    ///
    /// `GET /v1.0/aiot/products/deviceDetail` (operation `GetDeviceDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeviceDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiot/products/{product_key}/devices/{device_name}/properties/query` (operation `GetDeviceProperties`).
    ///
    /// # Path parameters
    ///
    /// - `product_key` (`product_key`)
    /// - `device_name` (`device_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDevicePropertiesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_device_properties(
        &self,
        product_key: &str,
        device_name: &str,
        request: &GetDevicePropertiesRequest,
    ) -> rt::Call<GetDevicePropertiesResponseBody, GetDevicePropertiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeviceProperties",
            rt::Method::Post,
            "/v1.0/aiot/products/{product_key}/devices/{device_name}/properties/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
    /// 查询设备服务调用结果
    ///
    /// `GET /v1.0/aiot/serviceInvocations` (operation `GetServiceInvocation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceInvocationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiot/products/{product_key}/devices/{device_name}/services/{service_identifier}/invoke` (operation `InvokeDeviceService`).
    ///
    /// # Path parameters
    ///
    /// - `product_key` (`product_key`)
    /// - `device_name` (`device_name`)
    /// - `service_identifier` (`service_identifier`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InvokeDeviceServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/aiot/products/{product_key}/devices/{device_name}/services/{service_identifier}/invoke",
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
    /// `PUT /v1.0/aiot/products/{product_key}/devices/{device_name}/properties` (operation `SetDeviceProperties`).
    ///
    /// # Path parameters
    ///
    /// - `product_key` (`product_key`)
    /// - `device_name` (`device_name`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetDevicePropertiesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_device_properties(
        &self,
        product_key: &str,
        device_name: &str,
        request: &SetDevicePropertiesRequest,
    ) -> rt::Call<SetDevicePropertiesResponseBody, SetDevicePropertiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDeviceProperties",
            rt::Method::Put,
            "/v1.0/aiot/products/{product_key}/devices/{device_name}/properties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[product_key, device_name], request)
    }
}
/// `CheckDeviceUpdateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckDeviceUpdateRequestBody {
    /// `currentVersion`.
    pub current_version: Option<String>,
    /// `moduleName`.
    pub module_name: String,
}
impl CheckDeviceUpdateRequestBody {
    /// A `CheckDeviceUpdateRequestBody` with its required fields (`moduleName`); set the others with the methods named after them.
    pub fn new(module_name: impl Into<String>) -> Self {
        Self {
            current_version: None,
            module_name: module_name.into(),
        }
    }
    /// Sets `currentVersion`.
    pub fn current_version(mut self, value: impl Into<String>) -> Self {
        self.current_version = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CheckDeviceUpdateRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentVersion", &self.current_version)?;
        object.field("moduleName", &self.module_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckDeviceUpdateRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckDeviceUpdateRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentVersion" => rt::read_field(map, &mut self.current_version),
            "moduleName" => rt::read_field(map, &mut self.module_name),
            _ => Ok(false),
        }
    }
}
/// `CheckDeviceUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckDeviceUpdateResponseBody {
    /// `modules`.
    pub modules: Option<Vec<CheckDeviceUpdateResponseBodyModules>>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckDeviceUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckDeviceUpdateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "modules" => rt::read_field(map, &mut self.modules),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckDeviceUpdateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("modules", &self.modules)?;
        object.end()
    }
}
/// `ConfirmFirmwareUpgradeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConfirmFirmwareUpgradeResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConfirmFirmwareUpgradeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConfirmFirmwareUpgradeResponseBody {
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
impl rt::serde::Serialize for ConfirmFirmwareUpgradeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetDeviceDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDeviceDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeviceDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activatedAt" => rt::read_field(map, &mut self.activated_at),
            "connectivity" => rt::read_field(map, &mut self.connectivity),
            "lastOfflineTime" => rt::read_field(map, &mut self.last_offline_time),
            "lastOnlineTime" => rt::read_field(map, &mut self.last_online_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeviceDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activatedAt", &self.activated_at)?;
        object.optional("connectivity", &self.connectivity)?;
        object.optional("lastOfflineTime", &self.last_offline_time)?;
        object.optional("lastOnlineTime", &self.last_online_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetDevicePropertiesResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDevicePropertiesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDevicePropertiesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "productKey" => rt::read_field(map, &mut self.product_key),
            "properties" => rt::read_field(map, &mut self.properties),
            "snapshotAt" => rt::read_field(map, &mut self.snapshot_at),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDevicePropertiesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("productKey", &self.product_key)?;
        object.optional("properties", &self.properties)?;
        object.optional("snapshotAt", &self.snapshot_at)?;
        object.end()
    }
}
/// `GetServiceInvocationResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetServiceInvocationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceInvocationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "completedAt" => rt::read_field(map, &mut self.completed_at),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "identifier" => rt::read_field(map, &mut self.identifier),
            "invocationId" => rt::read_field(map, &mut self.invocation_id),
            "outputData" => rt::read_field(map, &mut self.output_data),
            "processingTimeMs" => rt::read_field(map, &mut self.processing_time_ms),
            "productKey" => rt::read_field(map, &mut self.product_key),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceInvocationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("completedAt", &self.completed_at)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("identifier", &self.identifier)?;
        object.optional("invocationId", &self.invocation_id)?;
        object.optional("outputData", &self.output_data)?;
        object.optional("processingTimeMs", &self.processing_time_ms)?;
        object.optional("productKey", &self.product_key)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `InvokeDeviceServiceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for InvokeDeviceServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvokeDeviceServiceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "invocationId" => rt::read_field(map, &mut self.invocation_id),
            "outputData" => rt::read_field(map, &mut self.output_data),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InvokeDeviceServiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("invocationId", &self.invocation_id)?;
        object.optional("outputData", &self.output_data)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `SetDevicePropertiesResponseBody`: the same model as [`ConfirmFirmwareUpgradeResponseBody`].
pub type SetDevicePropertiesResponseBody = ConfirmFirmwareUpgradeResponseBody;
/// `CheckDeviceUpdateResponseBodyModules`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CheckDeviceUpdateResponseBodyModules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckDeviceUpdateResponseBodyModules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checksum" => rt::read_field(map, &mut self.checksum),
            "checksumAlgorithm" => rt::read_field(map, &mut self.checksum_algorithm),
            "criticalNext" => rt::read_field(map, &mut self.critical_next),
            "currentVersion" => rt::read_field(map, &mut self.current_version),
            "fileUrl" => rt::read_field(map, &mut self.file_url),
            "latest" => rt::read_field(map, &mut self.latest),
            "moduleName" => rt::read_field(map, &mut self.module_name),
            "noticeEn" => rt::read_field(map, &mut self.notice_en),
            "noticeZh" => rt::read_field(map, &mut self.notice_zh),
            "upgradeMode" => rt::read_field(map, &mut self.upgrade_mode),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckDeviceUpdateResponseBodyModules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checksum", &self.checksum)?;
        object.optional("checksumAlgorithm", &self.checksum_algorithm)?;
        object.optional("criticalNext", &self.critical_next)?;
        object.optional("currentVersion", &self.current_version)?;
        object.optional("fileUrl", &self.file_url)?;
        object.optional("latest", &self.latest)?;
        object.optional("moduleName", &self.module_name)?;
        object.optional("noticeEn", &self.notice_en)?;
        object.optional("noticeZh", &self.notice_zh)?;
        object.optional("upgradeMode", &self.upgrade_mode)?;
        object.end()
    }
}
/// `PropertiesValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PropertiesValue {
    /// `value`.
    pub value: Option<rt::serde_json::Value>,
    /// `timestamp`.
    pub timestamp: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PropertiesValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PropertiesValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PropertiesValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
/// The request of [`Api::check_device_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckDeviceUpdateRequest {
    /// `body`.
    pub body: Vec<CheckDeviceUpdateRequestBody>,
}
impl CheckDeviceUpdateRequest {
    /// A `CheckDeviceUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = CheckDeviceUpdateRequestBody>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckDeviceUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckDeviceUpdateRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConfirmFirmwareUpgradeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConfirmFirmwareUpgradeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "moduleName" => rt::read_field(map, &mut self.module_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConfirmFirmwareUpgradeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("moduleName", &self.module_name);
    }
}
/// The request of [`Api::get_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDeviceDetailRequest {
    /// `deviceName`: a query parameter.
    pub device_name: String,
    /// `productKey`: a query parameter.
    pub product_key: String,
}
impl GetDeviceDetailRequest {
    /// A `GetDeviceDetailRequest` with its required fields (`deviceName`, `productKey`); set the others with the methods named after them.
    pub fn new(device_name: impl Into<String>, product_key: impl Into<String>) -> Self {
        Self {
            device_name: device_name.into(),
            product_key: product_key.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeviceDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeviceDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "productKey" => rt::read_field(map, &mut self.product_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceName", &self.device_name);
        writer.query("productKey", &self.product_key);
    }
}
/// The request of [`Api::get_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDevicePropertiesRequest {
    /// `body`.
    pub body: Vec<String>,
}
impl GetDevicePropertiesRequest {
    /// A `GetDevicePropertiesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            body: body.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDevicePropertiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDevicePropertiesRequest {
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
impl rt::WriteRequest for GetDevicePropertiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_service_invocation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceInvocationRequest {
    /// `invocationId`: a query parameter.
    pub invocation_id: String,
}
impl GetServiceInvocationRequest {
    /// A `GetServiceInvocationRequest` with its required fields (`invocationId`); set the others with the methods named after them.
    pub fn new(invocation_id: impl Into<String>) -> Self {
        Self {
            invocation_id: invocation_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceInvocationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceInvocationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invocationId" => rt::read_field(map, &mut self.invocation_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InvokeDeviceServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("args", &self.args)?;
        object.optional("timeoutSeconds", &self.timeout_seconds)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InvokeDeviceServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InvokeDeviceServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "args" => rt::read_field(map, &mut self.args),
            "timeoutSeconds" => rt::read_field(map, &mut self.timeout_seconds),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InvokeDeviceServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetDevicePropertiesRequest {
    /// `body`.
    pub body: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl SetDevicePropertiesRequest {
    /// A `SetDevicePropertiesRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            body: body.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}
impl rt::serde::Serialize for SetDevicePropertiesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("body", &self.body)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetDevicePropertiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetDevicePropertiesRequest {
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
