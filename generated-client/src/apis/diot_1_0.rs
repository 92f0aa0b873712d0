// @generated from api-spec/diot_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉物联 (DIoT)：物联设备的注册与管理。
//!
//! 18 operations, methods of [`Api`] (`client.diot_1_0()`), behind the cargo feature `diot_1_0`; its paths start with `/v1.0/diot/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `diot_1_0`. Get it with `client.diot_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// openAPI录入上线前的测试2
    ///
    /// `GET /v1.0/diot/ayunTest`: DingTalk's `AyunOnlienTest` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AyunOnlienTest")]
    #[doc(alias = "/v1.0/diot/ayunTest")]
    #[doc(alias = "GET /v1.0/diot/ayunTest")]
    pub fn ayun_onlien_test(
        &self,
        request: &AyunOnlienTestRequest,
    ) -> rt::Call<AyunOnlienTestResponseBody, AyunOnlienTestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AyunOnlienTest",
            rt::Method::Get,
            "/v1.0/diot/ayunTest",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除设备
    ///
    /// `POST /v1.0/diot/devices/remove`: DingTalk's `BatchDeleteDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchDeleteDevice")]
    #[doc(alias = "/v1.0/diot/devices/remove")]
    #[doc(alias = "POST /v1.0/diot/devices/remove")]
    pub fn batch_delete_device(
        &self,
        request: &BatchDeleteDeviceRequest,
    ) -> rt::Call<BatchDeleteDeviceResponseBody, BatchDeleteDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchDeleteDevice",
            rt::Method::Post,
            "/v1.0/diot/devices/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量注册设备
    ///
    /// `POST /v1.0/diot/devices/registrations/batch`: DingTalk's `BatchRegisterDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRegisterDevice")]
    #[doc(alias = "/v1.0/diot/devices/registrations/batch")]
    #[doc(alias = "POST /v1.0/diot/devices/registrations/batch")]
    pub fn batch_register_device(
        &self,
        request: &BatchRegisterDeviceRequest,
    ) -> rt::Call<BatchRegisterDeviceResponseBody, BatchRegisterDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRegisterDevice",
            rt::Method::Post,
            "/v1.0/diot/devices/registrations/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量注册事件类型
    ///
    /// `POST /v1.0/diot/eventTypes/registrations/batch`: DingTalk's `BatchRegisterEventType` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRegisterEventType")]
    #[doc(alias = "/v1.0/diot/eventTypes/registrations/batch")]
    #[doc(alias = "POST /v1.0/diot/eventTypes/registrations/batch")]
    pub fn batch_register_event_type(
        &self,
        request: &BatchRegisterEventTypeRequest,
    ) -> rt::Call<BatchRegisterEventTypeResponseBody, BatchRegisterEventTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRegisterEventType",
            rt::Method::Post,
            "/v1.0/diot/eventTypes/registrations/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改设备
    ///
    /// `PUT /v1.0/diot/devices/batch`: DingTalk's `BatchUpdateDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateDevice")]
    #[doc(alias = "/v1.0/diot/devices/batch")]
    #[doc(alias = "PUT /v1.0/diot/devices/batch")]
    pub fn batch_update_device(
        &self,
        request: &BatchUpdateDeviceRequest,
    ) -> rt::Call<BatchUpdateDeviceResponseBody, BatchUpdateDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateDevice",
            rt::Method::Put,
            "/v1.0/diot/devices/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 系统绑定
    ///
    /// `POST /v1.0/diot/systems/bind`: DingTalk's `BindSystem` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BindSystem")]
    #[doc(alias = "/v1.0/diot/systems/bind")]
    #[doc(alias = "POST /v1.0/diot/systems/bind")]
    pub fn bind_system(
        &self,
        request: &BindSystemRequest,
    ) -> rt::Call<BindSystemResponseBody, BindSystemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BindSystem",
            rt::Method::Post,
            "/v1.0/diot/systems/bind",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起设备会议
    ///
    /// `POST /v1.0/diot/deviceConferences/initiate`: DingTalk's `DeviceConference` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeviceConference")]
    #[doc(alias = "/v1.0/diot/deviceConferences/initiate")]
    #[doc(alias = "POST /v1.0/diot/deviceConferences/initiate")]
    pub fn device_conference(
        &self,
        request: &DeviceConferenceRequest,
    ) -> rt::Call<DeviceConferenceResponseBody, DeviceConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeviceConference",
            rt::Method::Post,
            "/v1.0/diot/deviceConferences/initiate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉物联Mama接口
    ///
    /// `GET /v1.0/diot`: DingTalk's `DiotMama` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DiotMama")]
    #[doc(alias = "/v1.0/diot")]
    #[doc(alias = "GET /v1.0/diot")]
    pub fn diot_mama(&self) -> rt::Call<DiotMamaResponseBody, DiotMamaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DiotMama",
            rt::Method::Get,
            "/v1.0/diot",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// diot官方市场处理
    ///
    /// `PUT /v1.0/diot/market/manager/test`: DingTalk's `DiotMarketManagerTest` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DiotMarketManagerTest")]
    #[doc(alias = "/v1.0/diot/market/manager/test")]
    #[doc(alias = "PUT /v1.0/diot/market/manager/test")]
    pub fn diot_market_manager_test(
        &self,
    ) -> rt::Call<DiotMarketManagerTestResponseBody, DiotMarketManagerTestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DiotMarketManagerTest",
            rt::Method::Put,
            "/v1.0/diot/market/manager/test",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 钉钉物联系统测试
    ///
    /// `GET /v1.0/diot/sys/mark/test`: DingTalk's `DiotSystemMarkTest` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DiotSystemMarkTest")]
    #[doc(alias = "/v1.0/diot/sys/mark/test")]
    #[doc(alias = "GET /v1.0/diot/sys/mark/test")]
    pub fn diot_system_mark_test(
        &self,
    ) -> rt::Call<DiotSystemMarkTestResponseBody, DiotSystemMarkTestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DiotSystemMarkTest",
            rt::Method::Get,
            "/v1.0/diot/sys/mark/test",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 钉钉物联市场管理
    ///
    /// `GET /v1.0/diot/market/manager`: DingTalk's `Diot_Market_Manager` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Diot_Market_Manager")]
    #[doc(alias = "/v1.0/diot/market/manager")]
    #[doc(alias = "GET /v1.0/diot/market/manager")]
    pub fn diot_market_manager(
        &self,
    ) -> rt::Call<DiotMarketManagerResponseBody, DiotMarketManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Diot_Market_Manager",
            rt::Method::Get,
            "/v1.0/diot/market/manager",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 推送事件
    ///
    /// `POST /v1.0/diot/events/push`: DingTalk's `PushEvent` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushEvent")]
    #[doc(alias = "/v1.0/diot/events/push")]
    #[doc(alias = "POST /v1.0/diot/events/push")]
    pub fn push_event(
        &self,
        request: &PushEventRequest,
    ) -> rt::Call<PushEventResponseBody, PushEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushEvent",
            rt::Method::Post,
            "/v1.0/diot/events/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询设备
    ///
    /// `GET /v1.0/diot/devices`: DingTalk's `QueryDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_device_pages`].
    #[doc(alias = "QueryDevice")]
    #[doc(alias = "/v1.0/diot/devices")]
    #[doc(alias = "GET /v1.0/diot/devices")]
    pub fn query_device(
        &self,
        request: &QueryDeviceRequest,
    ) -> rt::Call<QueryDeviceResponseBody, QueryDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDevice",
            rt::Method::Get,
            "/v1.0/diot/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询硬件设备的PK值信息
    ///
    /// `POST /v1.0/diot/devices/pkInfos/query`: DingTalk's `QueryDevicePk` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDevicePk")]
    #[doc(alias = "/v1.0/diot/devices/pkInfos/query")]
    #[doc(alias = "POST /v1.0/diot/devices/pkInfos/query")]
    pub fn query_device_pk(
        &self,
        request: &QueryDevicePkRequest,
    ) -> rt::Call<QueryDevicePkResponseBody, QueryDevicePkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDevicePk",
            rt::Method::Post,
            "/v1.0/diot/devices/pkInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询事件
    ///
    /// `POST /v1.0/diot/events/query`: DingTalk's `QueryEvent` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_event_pages`].
    #[doc(alias = "QueryEvent")]
    #[doc(alias = "/v1.0/diot/events/query")]
    #[doc(alias = "POST /v1.0/diot/events/query")]
    pub fn query_event(
        &self,
        request: &QueryEventRequest,
    ) -> rt::Call<QueryEventResponseBody, QueryEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEvent",
            rt::Method::Post,
            "/v1.0/diot/events/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册设备
    ///
    /// `POST /v1.0/diot/devices/register`: DingTalk's `RegisterDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterDevice")]
    #[doc(alias = "/v1.0/diot/devices/register")]
    #[doc(alias = "POST /v1.0/diot/devices/register")]
    pub fn register_device(
        &self,
        request: &RegisterDeviceRequest,
    ) -> rt::Call<RegisterDeviceResponseBody, RegisterDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterDevice",
            rt::Method::Post,
            "/v1.0/diot/devices/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 升级设备
    ///
    /// `POST /v1.0/diot/upgrade/device`: DingTalk's `UpgradeDevice` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeDevice")]
    #[doc(alias = "/v1.0/diot/upgrade/device")]
    #[doc(alias = "POST /v1.0/diot/upgrade/device")]
    pub fn upgrade_device(
        &self,
    ) -> rt::Call<UpgradeDeviceResponseBody, UpgradeDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeDevice",
            rt::Method::Post,
            "/v1.0/diot/upgrade/device",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取工作台流转物联信息
    ///
    /// `GET /v1.0/diot/workbench/transform`: DingTalk's `WorkbenchTransformInfo` (module feature `diot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WorkbenchTransformInfo")]
    #[doc(alias = "/v1.0/diot/workbench/transform")]
    #[doc(alias = "GET /v1.0/diot/workbench/transform")]
    pub fn workbench_transform_info(
        &self,
    ) -> rt::Call<WorkbenchTransformInfoResponseBody, WorkbenchTransformInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WorkbenchTransformInfo",
            rt::Method::Get,
            "/v1.0/diot/workbench/transform",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// Every page of [`Api::query_device`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn query_device_pages(
        &self,
        request: &QueryDeviceRequest,
    ) -> rt::Paginator<
        QueryDeviceResponseBody,
        QueryDeviceError,
        QueryDeviceResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_device(request), &PAGING)
    }
    /// Every page of [`Api::query_event`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn query_event_pages(
        &self,
        request: &QueryEventRequest,
    ) -> rt::Paginator<
        QueryEventResponseBody,
        QueryEventError,
        QueryEventResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_event(request), &PAGING)
    }
}
/// `AyunOnlienTestResponseBody`, a model several operations share: also named [`QueryDevicePkResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AyunOnlienTestResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    AyunOnlienTestResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AyunOnlienTestResponseBody { "result" => optional(result) }
}
/// `BatchDeleteDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchDeleteDeviceResponseBody {
    /// `deviceIds`.
    pub device_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchDeleteDeviceResponseBody { "deviceIds" => read_field(device_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchDeleteDeviceResponseBody { "deviceIds" => optional(device_ids) }
}
/// `BatchRegisterDeviceRequestDevices`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterDeviceRequestDevices {
    /// `deviceId`.
    pub device_id: String,
    /// `deviceName`.
    pub device_name: String,
    /// `deviceStatus`.
    pub device_status: i64,
    /// `deviceType`.
    pub device_type: String,
    /// `deviceTypeName`.
    pub device_type_name: String,
    /// `extraData`.
    pub extra_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `liveUrls`.
    pub live_urls: Option<BatchRegisterDeviceRequestDevicesLiveUrls>,
    /// `location`.
    pub location: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `productType`.
    pub product_type: String,
}
/// The required fields of [`BatchRegisterDeviceRequestDevices`], each named where it is set: `BatchRegisterDeviceRequestDevices::new(BatchRegisterDeviceRequestDevicesRequired { .. })`.
pub struct BatchRegisterDeviceRequestDevicesRequired {
    /// `deviceId`: see [`BatchRegisterDeviceRequestDevices::device_id`].
    pub device_id: String,
    /// `deviceName`: see [`BatchRegisterDeviceRequestDevices::device_name`].
    pub device_name: String,
    /// `deviceStatus`: see [`BatchRegisterDeviceRequestDevices::device_status`].
    pub device_status: i64,
    /// `deviceType`: see [`BatchRegisterDeviceRequestDevices::device_type`].
    pub device_type: String,
    /// `deviceTypeName`: see [`BatchRegisterDeviceRequestDevices::device_type_name`].
    pub device_type_name: String,
    /// `productType`: see [`BatchRegisterDeviceRequestDevices::product_type`].
    pub product_type: String,
}
impl BatchRegisterDeviceRequestDevices {
    /// A `BatchRegisterDeviceRequestDevices` with its required fields (`deviceId`, `deviceName`, `deviceStatus`, `deviceType`, `deviceTypeName`, `productType`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterDeviceRequestDevicesRequired) -> Self {
        let BatchRegisterDeviceRequestDevicesRequired {
            device_id,
            device_name,
            device_status,
            device_type,
            device_type_name,
            product_type,
        } = required;
        Self {
            device_id,
            device_name,
            device_status,
            device_type,
            device_type_name,
            extra_data: None,
            live_urls: None,
            location: None,
            parent_id: None,
            product_type,
        }
    }
    /// Sets `extraData`.
    pub fn extra_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extra_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `liveUrls`.
    pub fn live_urls(
        mut self,
        value: BatchRegisterDeviceRequestDevicesLiveUrls,
    ) -> Self {
        self.live_urls = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchRegisterDeviceRequestDevices { "deviceId" => field(device_id), "deviceName" =>
    field(device_name), "deviceStatus" => field(device_status), "deviceType" =>
    field(device_type), "deviceTypeName" => field(device_type_name), "extraData" =>
    optional(extra_data), "liveUrls" => optional(live_urls), "location" =>
    optional(location), "parentId" => optional(parent_id), "productType" =>
    field(product_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterDeviceRequestDevices { "deviceId" => read_field(device_id), "deviceName"
    => read_field(device_name), "deviceStatus" => read_field(device_status), "deviceType"
    => read_field(device_type), "deviceTypeName" => read_field(device_type_name),
    "extraData" => read_field(extra_data), "liveUrls" => read_field(live_urls),
    "location" => read_field(location), "parentId" => read_field(parent_id),
    "productType" => read_field(product_type) }
}
/// `BatchRegisterDeviceResponseBody`, a model several operations share: also named [`BatchUpdateDeviceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchRegisterDeviceResponseBody {
    /// `deviceIds`.
    pub device_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchRegisterDeviceResponseBody { "deviceIds" => read_field(device_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchRegisterDeviceResponseBody { "deviceIds" => optional(device_ids) }
}
/// `BatchRegisterEventTypeRequestEventTypes`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterEventTypeRequestEventTypes {
    /// `eventType`.
    pub event_type: String,
    /// `eventTypeName`.
    pub event_type_name: String,
}
/// The required fields of [`BatchRegisterEventTypeRequestEventTypes`], each named where it is set: `BatchRegisterEventTypeRequestEventTypes::new(BatchRegisterEventTypeRequestEventTypesRequired { .. })`.
pub struct BatchRegisterEventTypeRequestEventTypesRequired {
    /// `eventType`: see [`BatchRegisterEventTypeRequestEventTypes::event_type`].
    pub event_type: String,
    /// `eventTypeName`: see [`BatchRegisterEventTypeRequestEventTypes::event_type_name`].
    pub event_type_name: String,
}
impl BatchRegisterEventTypeRequestEventTypes {
    /// A `BatchRegisterEventTypeRequestEventTypes` with its required fields (`eventType`, `eventTypeName`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterEventTypeRequestEventTypesRequired) -> Self {
        let BatchRegisterEventTypeRequestEventTypesRequired {
            event_type,
            event_type_name,
        } = required;
        Self {
            event_type,
            event_type_name,
        }
    }
}
rt::impl_serialize! {
    BatchRegisterEventTypeRequestEventTypes { "eventType" => field(event_type),
    "eventTypeName" => field(event_type_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterEventTypeRequestEventTypes { "eventType" => read_field(event_type),
    "eventTypeName" => read_field(event_type_name) }
}
/// `BatchRegisterEventTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchRegisterEventTypeResponseBody {
    /// `eventTypes`.
    pub event_types: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchRegisterEventTypeResponseBody { "eventTypes" => read_field(event_types) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchRegisterEventTypeResponseBody { "eventTypes" => optional(event_types) }
}
/// `BatchUpdateDeviceRequestDevices`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateDeviceRequestDevices {
    /// `deviceId`.
    pub device_id: String,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceStatus`.
    pub device_status: Option<i64>,
    /// `extraData`.
    pub extra_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `liveUrls`.
    pub live_urls: Option<BatchUpdateDeviceRequestDevicesLiveUrls>,
    /// `location`.
    pub location: Option<String>,
}
/// The required fields of [`BatchUpdateDeviceRequestDevices`], each named where it is set: `BatchUpdateDeviceRequestDevices::new(BatchUpdateDeviceRequestDevicesRequired { .. })`.
pub struct BatchUpdateDeviceRequestDevicesRequired {
    /// `deviceId`: see [`BatchUpdateDeviceRequestDevices::device_id`].
    pub device_id: String,
}
impl BatchUpdateDeviceRequestDevices {
    /// A `BatchUpdateDeviceRequestDevices` with its required fields (`deviceId`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateDeviceRequestDevicesRequired) -> Self {
        let BatchUpdateDeviceRequestDevicesRequired { device_id } = required;
        Self {
            device_id,
            device_name: None,
            device_status: None,
            extra_data: None,
            live_urls: None,
            location: None,
        }
    }
    /// Sets `deviceName`.
    pub fn device_name(mut self, value: impl Into<String>) -> Self {
        self.device_name = Some(value.into());
        self
    }
    /// Sets `deviceStatus`.
    pub fn device_status(mut self, value: i64) -> Self {
        self.device_status = Some(value);
        self
    }
    /// Sets `extraData`.
    pub fn extra_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extra_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `liveUrls`.
    pub fn live_urls(mut self, value: BatchUpdateDeviceRequestDevicesLiveUrls) -> Self {
        self.live_urls = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchUpdateDeviceRequestDevices { "deviceId" => field(device_id), "deviceName" =>
    optional(device_name), "deviceStatus" => optional(device_status), "extraData" =>
    optional(extra_data), "liveUrls" => optional(live_urls), "location" =>
    optional(location) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateDeviceRequestDevices { "deviceId" => read_field(device_id), "deviceName"
    => read_field(device_name), "deviceStatus" => read_field(device_status), "extraData"
    => read_field(extra_data), "liveUrls" => read_field(live_urls), "location" =>
    read_field(location) }
}
/// `BatchUpdateDeviceResponseBody`: the same model as [`BatchRegisterDeviceResponseBody`].
pub type BatchUpdateDeviceResponseBody = BatchRegisterDeviceResponseBody;
/// `BindSystemResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BindSystemResponseBody {
    /// `clientId`.
    pub client_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
}
rt::impl_deserialize! {
    BindSystemResponseBody { "clientId" => read_field(client_id), "corpId" =>
    read_field(corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BindSystemResponseBody { "clientId" => optional(client_id), "corpId" =>
    optional(corp_id) }
}
/// `DeviceConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceConferenceResponseBody {
    /// `conferenceId`.
    pub conference_id: Option<String>,
}
rt::impl_deserialize! {
    DeviceConferenceResponseBody { "conferenceId" => read_field(conference_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeviceConferenceResponseBody { "conferenceId" => optional(conference_id) }
}
/// `DiotMamaResponseBody`, a model several operations share: also named [`DiotMarketManagerTestResponseBody`], [`DiotSystemMarkTestResponseBody`], [`DiotMarketManagerResponseBody`], [`UpgradeDeviceResponseBody`], [`WorkbenchTransformInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DiotMamaResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    DiotMamaResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DiotMamaResponseBody { "requestId" => optional(request_id) }
}
/// `DiotMarketManagerTestResponseBody`: the same model as [`DiotMamaResponseBody`].
pub type DiotMarketManagerTestResponseBody = DiotMamaResponseBody;
/// `DiotSystemMarkTestResponseBody`: the same model as [`DiotMamaResponseBody`].
pub type DiotSystemMarkTestResponseBody = DiotMamaResponseBody;
/// `DiotMarketManagerResponseBody`: the same model as [`DiotMamaResponseBody`].
pub type DiotMarketManagerResponseBody = DiotMamaResponseBody;
/// `PushEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushEventResponseBody {
    /// `eventId`.
    pub event_id: Option<String>,
}
rt::impl_deserialize! {
    PushEventResponseBody { "eventId" => read_field(event_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushEventResponseBody { "eventId" => optional(event_id) }
}
/// `QueryDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceResponseBody {
    /// `data`.
    pub data: Option<Vec<QueryDeviceResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryDeviceResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `QueryDevicePkResponseBody`: the same model as [`AyunOnlienTestResponseBody`].
pub type QueryDevicePkResponseBody = AyunOnlienTestResponseBody;
/// `QueryEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEventResponseBody {
    /// `data`.
    pub data: Option<Vec<QueryEventResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryEventResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEventResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `RegisterDeviceRequestLiveUrls`, a model several operations share: also named [`BatchRegisterDeviceRequestDevicesLiveUrls`], [`BatchUpdateDeviceRequestDevicesLiveUrls`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterDeviceRequestLiveUrls {
    /// `flv`.
    pub flv: Option<String>,
    /// `hls`.
    pub hls: Option<String>,
    /// `rtmp`.
    pub rtmp: Option<String>,
}
impl RegisterDeviceRequestLiveUrls {
    /// An empty `RegisterDeviceRequestLiveUrls`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `flv`.
    pub fn flv(mut self, value: impl Into<String>) -> Self {
        self.flv = Some(value.into());
        self
    }
    /// Sets `hls`.
    pub fn hls(mut self, value: impl Into<String>) -> Self {
        self.hls = Some(value.into());
        self
    }
    /// Sets `rtmp`.
    pub fn rtmp(mut self, value: impl Into<String>) -> Self {
        self.rtmp = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegisterDeviceRequestLiveUrls { "flv" => optional(flv), "hls" => optional(hls),
    "rtmp" => optional(rtmp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterDeviceRequestLiveUrls { "flv" => read_field(flv), "hls" => read_field(hls),
    "rtmp" => read_field(rtmp) }
}
/// `RegisterDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterDeviceResponseBody {
    /// `deviceId`.
    pub device_id: Option<String>,
}
rt::impl_deserialize! {
    RegisterDeviceResponseBody { "deviceId" => read_field(device_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterDeviceResponseBody { "deviceId" => optional(device_id) }
}
/// `UpgradeDeviceResponseBody`: the same model as [`DiotMamaResponseBody`].
pub type UpgradeDeviceResponseBody = DiotMamaResponseBody;
/// `WorkbenchTransformInfoResponseBody`: the same model as [`DiotMamaResponseBody`].
pub type WorkbenchTransformInfoResponseBody = DiotMamaResponseBody;
/// `BatchRegisterDeviceRequestDevicesLiveUrls`: the same model as [`RegisterDeviceRequestLiveUrls`].
pub type BatchRegisterDeviceRequestDevicesLiveUrls = RegisterDeviceRequestLiveUrls;
/// `BatchUpdateDeviceRequestDevicesLiveUrls`: the same model as [`RegisterDeviceRequestLiveUrls`].
pub type BatchUpdateDeviceRequestDevicesLiveUrls = RegisterDeviceRequestLiveUrls;
/// `QueryDeviceResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceResponseBodyData {
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceStatus`.
    pub device_status: Option<i64>,
    /// `deviceType`.
    pub device_type: Option<String>,
    /// `deviceTypeName`.
    pub device_type_name: Option<String>,
    /// `liveUrls`.
    pub live_urls: Option<QueryDeviceResponseBodyDataLiveUrls>,
    /// `location`.
    pub location: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `productType`.
    pub product_type: Option<String>,
}
rt::impl_deserialize! {
    QueryDeviceResponseBodyData { "deviceId" => read_field(device_id), "deviceName" =>
    read_field(device_name), "deviceStatus" => read_field(device_status), "deviceType" =>
    read_field(device_type), "deviceTypeName" => read_field(device_type_name), "liveUrls"
    => read_field(live_urls), "location" => read_field(location), "parentId" =>
    read_field(parent_id), "productType" => read_field(product_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceResponseBodyData { "deviceId" => optional(device_id), "deviceName" =>
    optional(device_name), "deviceStatus" => optional(device_status), "deviceType" =>
    optional(device_type), "deviceTypeName" => optional(device_type_name), "liveUrls" =>
    optional(live_urls), "location" => optional(location), "parentId" =>
    optional(parent_id), "productType" => optional(product_type) }
}
/// `QueryEventResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEventResponseBodyData {
    /// `eventId`.
    pub event_id: Option<String>,
    /// `eventName`.
    pub event_name: Option<String>,
    /// `eventStatus`.
    pub event_status: Option<i64>,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `msg`.
    pub msg: Option<String>,
    /// `occurrenceTime`.
    pub occurrence_time: Option<i64>,
    /// `picUrls`.
    pub pic_urls: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryEventResponseBodyData { "eventId" => read_field(event_id), "eventName" =>
    read_field(event_name), "eventStatus" => read_field(event_status), "eventType" =>
    read_field(event_type), "msg" => read_field(msg), "occurrenceTime" =>
    read_field(occurrence_time), "picUrls" => read_field(pic_urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEventResponseBodyData { "eventId" => optional(event_id), "eventName" =>
    optional(event_name), "eventStatus" => optional(event_status), "eventType" =>
    optional(event_type), "msg" => optional(msg), "occurrenceTime" =>
    optional(occurrence_time), "picUrls" => optional(pic_urls) }
}
/// `QueryDeviceResponseBodyDataLiveUrls`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceResponseBodyDataLiveUrls {
    /// `flv`.
    pub flv: Option<String>,
    /// `hls`.
    pub hls: Option<String>,
    /// `rtmp`.
    pub rtmp: Option<String>,
}
rt::impl_deserialize! {
    QueryDeviceResponseBodyDataLiveUrls { "flv" => read_field(flv), "hls" =>
    read_field(hls), "rtmp" => read_field(rtmp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceResponseBodyDataLiveUrls { "flv" => optional(flv), "hls" => optional(hls),
    "rtmp" => optional(rtmp) }
}
/// The request of [`Api::ayun_onlien_test`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AyunOnlienTestRequest {
    /// `reqId`: a query parameter.
    pub req_id: Option<String>,
}
impl AyunOnlienTestRequest {
    /// An empty `AyunOnlienTestRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reqId`.
    pub fn req_id(mut self, value: impl Into<String>) -> Self {
        self.req_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AyunOnlienTestRequest { "reqId" => read_field(req_id) }
}
impl rt::WriteRequest for AyunOnlienTestRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("reqId", &self.req_id);
    }
}
/// The request of [`Api::batch_delete_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchDeleteDeviceRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceIds`.
    pub device_ids: Vec<String>,
}
/// The required fields of [`BatchDeleteDeviceRequest`], each named where it is set: `BatchDeleteDeviceRequest::new(BatchDeleteDeviceRequired { .. })`.
pub struct BatchDeleteDeviceRequired {
    /// `deviceIds`: see [`BatchDeleteDeviceRequest::device_ids`].
    pub device_ids: Vec<String>,
}
impl BatchDeleteDeviceRequest {
    /// A `BatchDeleteDeviceRequest` with its required fields (`deviceIds`); set the others with the methods named after them.
    pub fn new(required: BatchDeleteDeviceRequired) -> Self {
        let BatchDeleteDeviceRequired { device_ids } = required;
        Self { corp_id: None, device_ids }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchDeleteDeviceRequest { "corpId" => optional(corp_id), "deviceIds" =>
    field(device_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchDeleteDeviceRequest { "corpId" => read_field(corp_id), "deviceIds" =>
    read_field(device_ids) }
}
impl rt::WriteRequest for BatchDeleteDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterDeviceRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `devices`.
    pub devices: Vec<BatchRegisterDeviceRequestDevices>,
}
/// The required fields of [`BatchRegisterDeviceRequest`], each named where it is set: `BatchRegisterDeviceRequest::new(BatchRegisterDeviceRequired { .. })`.
pub struct BatchRegisterDeviceRequired {
    /// `devices`: see [`BatchRegisterDeviceRequest::devices`].
    pub devices: Vec<BatchRegisterDeviceRequestDevices>,
}
impl BatchRegisterDeviceRequest {
    /// A `BatchRegisterDeviceRequest` with its required fields (`devices`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterDeviceRequired) -> Self {
        let BatchRegisterDeviceRequired { devices } = required;
        Self { corp_id: None, devices }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchRegisterDeviceRequest { "corpId" => optional(corp_id), "devices" =>
    field(devices) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterDeviceRequest { "corpId" => read_field(corp_id), "devices" =>
    read_field(devices) }
}
impl rt::WriteRequest for BatchRegisterDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_register_event_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterEventTypeRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `eventTypes`.
    pub event_types: Vec<BatchRegisterEventTypeRequestEventTypes>,
}
/// The required fields of [`BatchRegisterEventTypeRequest`], each named where it is set: `BatchRegisterEventTypeRequest::new(BatchRegisterEventTypeRequired { .. })`.
pub struct BatchRegisterEventTypeRequired {
    /// `eventTypes`: see [`BatchRegisterEventTypeRequest::event_types`].
    pub event_types: Vec<BatchRegisterEventTypeRequestEventTypes>,
}
impl BatchRegisterEventTypeRequest {
    /// A `BatchRegisterEventTypeRequest` with its required fields (`eventTypes`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterEventTypeRequired) -> Self {
        let BatchRegisterEventTypeRequired { event_types } = required;
        Self { corp_id: None, event_types }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchRegisterEventTypeRequest { "corpId" => optional(corp_id), "eventTypes" =>
    field(event_types) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterEventTypeRequest { "corpId" => read_field(corp_id), "eventTypes" =>
    read_field(event_types) }
}
impl rt::WriteRequest for BatchRegisterEventTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateDeviceRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `devices`.
    pub devices: Vec<BatchUpdateDeviceRequestDevices>,
}
/// The required fields of [`BatchUpdateDeviceRequest`], each named where it is set: `BatchUpdateDeviceRequest::new(BatchUpdateDeviceRequired { .. })`.
pub struct BatchUpdateDeviceRequired {
    /// `devices`: see [`BatchUpdateDeviceRequest::devices`].
    pub devices: Vec<BatchUpdateDeviceRequestDevices>,
}
impl BatchUpdateDeviceRequest {
    /// A `BatchUpdateDeviceRequest` with its required fields (`devices`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateDeviceRequired) -> Self {
        let BatchUpdateDeviceRequired { devices } = required;
        Self { corp_id: None, devices }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchUpdateDeviceRequest { "corpId" => optional(corp_id), "devices" => field(devices)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateDeviceRequest { "corpId" => read_field(corp_id), "devices" =>
    read_field(devices) }
}
impl rt::WriteRequest for BatchUpdateDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::bind_system`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BindSystemRequest {
    /// `authCode`.
    pub auth_code: Option<String>,
    /// `clientId`.
    pub client_id: String,
    /// `clientName`.
    pub client_name: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extraData`.
    pub extra_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
/// The required fields of [`BindSystemRequest`], each named where it is set: `BindSystemRequest::new(BindSystemRequired { .. })`.
pub struct BindSystemRequired {
    /// `clientId`: see [`BindSystemRequest::client_id`].
    pub client_id: String,
    /// `clientName`: see [`BindSystemRequest::client_name`].
    pub client_name: String,
    /// `corpId`: see [`BindSystemRequest::corp_id`].
    pub corp_id: String,
}
impl BindSystemRequest {
    /// A `BindSystemRequest` with its required fields (`clientId`, `clientName`, `corpId`); set the others with the methods named after them.
    pub fn new(required: BindSystemRequired) -> Self {
        let BindSystemRequired { client_id, client_name, corp_id } = required;
        Self {
            auth_code: None,
            client_id,
            client_name,
            corp_id,
            extra_data: None,
        }
    }
    /// Sets `authCode`.
    pub fn auth_code(mut self, value: impl Into<String>) -> Self {
        self.auth_code = Some(value.into());
        self
    }
    /// Sets `extraData`.
    pub fn extra_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extra_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    BindSystemRequest { "authCode" => optional(auth_code), "clientId" =>
    field(client_id), "clientName" => field(client_name), "corpId" => field(corp_id),
    "extraData" => optional(extra_data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BindSystemRequest { "authCode" => read_field(auth_code), "clientId" =>
    read_field(client_id), "clientName" => read_field(client_name), "corpId" =>
    read_field(corp_id), "extraData" => read_field(extra_data) }
}
impl rt::WriteRequest for BindSystemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::device_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeviceConferenceRequest {
    /// `confTitle`.
    pub conf_title: String,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `conferencePassword`.
    pub conference_password: Option<String>,
    /// `deviceIds`.
    pub device_ids: Vec<String>,
}
/// The required fields of [`DeviceConferenceRequest`], each named where it is set: `DeviceConferenceRequest::new(DeviceConferenceRequired { .. })`.
pub struct DeviceConferenceRequired {
    /// `confTitle`: see [`DeviceConferenceRequest::conf_title`].
    pub conf_title: String,
    /// `deviceIds`: see [`DeviceConferenceRequest::device_ids`].
    pub device_ids: Vec<String>,
}
impl DeviceConferenceRequest {
    /// A `DeviceConferenceRequest` with its required fields (`confTitle`, `deviceIds`); set the others with the methods named after them.
    pub fn new(required: DeviceConferenceRequired) -> Self {
        let DeviceConferenceRequired { conf_title, device_ids } = required;
        Self {
            conf_title,
            conference_id: None,
            conference_password: None,
            device_ids,
        }
    }
    /// Sets `conferenceId`.
    pub fn conference_id(mut self, value: impl Into<String>) -> Self {
        self.conference_id = Some(value.into());
        self
    }
    /// Sets `conferencePassword`.
    pub fn conference_password(mut self, value: impl Into<String>) -> Self {
        self.conference_password = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeviceConferenceRequest { "confTitle" => field(conf_title), "conferenceId" =>
    optional(conference_id), "conferencePassword" => optional(conference_password),
    "deviceIds" => field(device_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeviceConferenceRequest { "confTitle" => read_field(conf_title), "conferenceId" =>
    read_field(conference_id), "conferencePassword" => read_field(conference_password),
    "deviceIds" => read_field(device_ids) }
}
impl rt::WriteRequest for DeviceConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushEventRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `eventId`.
    pub event_id: String,
    /// `eventName`.
    pub event_name: String,
    /// `eventType`.
    pub event_type: String,
    /// `extraData`.
    pub extra_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `location`.
    pub location: Option<String>,
    /// `msg`.
    pub msg: Option<String>,
    /// `occurrenceTime`.
    pub occurrence_time: i64,
    /// `picUrls`.
    pub pic_urls: Option<Vec<String>>,
}
/// The required fields of [`PushEventRequest`], each named where it is set: `PushEventRequest::new(PushEventRequired { .. })`.
pub struct PushEventRequired {
    /// `eventId`: see [`PushEventRequest::event_id`].
    pub event_id: String,
    /// `eventName`: see [`PushEventRequest::event_name`].
    pub event_name: String,
    /// `eventType`: see [`PushEventRequest::event_type`].
    pub event_type: String,
    /// `occurrenceTime`: see [`PushEventRequest::occurrence_time`].
    pub occurrence_time: i64,
}
impl PushEventRequest {
    /// A `PushEventRequest` with its required fields (`eventId`, `eventName`, `eventType`, `occurrenceTime`); set the others with the methods named after them.
    pub fn new(required: PushEventRequired) -> Self {
        let PushEventRequired { event_id, event_name, event_type, occurrence_time } = required;
        Self {
            corp_id: None,
            device_id: None,
            event_id,
            event_name,
            event_type,
            extra_data: None,
            location: None,
            msg: None,
            occurrence_time,
            pic_urls: None,
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `extraData`.
    pub fn extra_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extra_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `msg`.
    pub fn msg(mut self, value: impl Into<String>) -> Self {
        self.msg = Some(value.into());
        self
    }
    /// Sets `picUrls`.
    pub fn pic_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.pic_urls = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    PushEventRequest { "corpId" => optional(corp_id), "deviceId" => optional(device_id),
    "eventId" => field(event_id), "eventName" => field(event_name), "eventType" =>
    field(event_type), "extraData" => optional(extra_data), "location" =>
    optional(location), "msg" => optional(msg), "occurrenceTime" =>
    field(occurrence_time), "picUrls" => optional(pic_urls) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushEventRequest { "corpId" => read_field(corp_id), "deviceId" =>
    read_field(device_id), "eventId" => read_field(event_id), "eventName" =>
    read_field(event_name), "eventType" => read_field(event_type), "extraData" =>
    read_field(extra_data), "location" => read_field(location), "msg" => read_field(msg),
    "occurrenceTime" => read_field(occurrence_time), "picUrls" => read_field(pic_urls) }
}
impl rt::WriteRequest for PushEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_device`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceRequest {
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryDeviceRequest {
    /// An empty `QueryDeviceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDeviceRequest { "corpId" => read_field(corp_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_device_pk`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDevicePkRequest {
    /// `deviceId`.
    pub device_id: Option<i64>,
}
impl QueryDevicePkRequest {
    /// An empty `QueryDevicePkRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: i64) -> Self {
        self.device_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryDevicePkRequest { "deviceId" => optional(device_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDevicePkRequest { "deviceId" => read_field(device_id) }
}
impl rt::WriteRequest for QueryDevicePkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEventRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceIdList`.
    pub device_id_list: Option<Vec<String>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `eventId`.
    pub event_id: Option<String>,
    /// `eventStatusList`.
    pub event_status_list: Option<Vec<i64>>,
    /// `eventTypeList`.
    pub event_type_list: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl QueryEventRequest {
    /// An empty `QueryEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `deviceIdList`.
    pub fn device_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `eventId`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `eventStatusList`.
    pub fn event_status_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.event_status_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `eventTypeList`.
    pub fn event_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.event_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryEventRequest { "corpId" => optional(corp_id), "deviceIdList" =>
    optional(device_id_list), "endTime" => optional(end_time), "eventId" =>
    optional(event_id), "eventStatusList" => optional(event_status_list), "eventTypeList"
    => optional(event_type_list), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "startTime" => optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEventRequest { "corpId" => read_field(corp_id), "deviceIdList" =>
    read_field(device_id_list), "endTime" => read_field(end_time), "eventId" =>
    read_field(event_id), "eventStatusList" => read_field(event_status_list),
    "eventTypeList" => read_field(event_type_list), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for QueryEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterDeviceRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceName`.
    pub device_name: String,
    /// `deviceStatus`.
    pub device_status: i64,
    /// `deviceType`.
    pub device_type: String,
    /// `deviceTypeName`.
    pub device_type_name: String,
    /// `id`.
    pub id: String,
    /// `liveUrls`.
    pub live_urls: Option<RegisterDeviceRequestLiveUrls>,
    /// `location`.
    pub location: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `productType`.
    pub product_type: String,
}
/// The required fields of [`RegisterDeviceRequest`], each named where it is set: `RegisterDeviceRequest::new(RegisterDeviceRequired { .. })`.
pub struct RegisterDeviceRequired {
    /// `deviceName`: see [`RegisterDeviceRequest::device_name`].
    pub device_name: String,
    /// `deviceStatus`: see [`RegisterDeviceRequest::device_status`].
    pub device_status: i64,
    /// `deviceType`: see [`RegisterDeviceRequest::device_type`].
    pub device_type: String,
    /// `deviceTypeName`: see [`RegisterDeviceRequest::device_type_name`].
    pub device_type_name: String,
    /// `id`: see [`RegisterDeviceRequest::id`].
    pub id: String,
    /// `productType`: see [`RegisterDeviceRequest::product_type`].
    pub product_type: String,
}
impl RegisterDeviceRequest {
    /// A `RegisterDeviceRequest` with its required fields (`deviceName`, `deviceStatus`, `deviceType`, `deviceTypeName`, `id`, `productType`); set the others with the methods named after them.
    pub fn new(required: RegisterDeviceRequired) -> Self {
        let RegisterDeviceRequired {
            device_name,
            device_status,
            device_type,
            device_type_name,
            id,
            product_type,
        } = required;
        Self {
            corp_id: None,
            device_name,
            device_status,
            device_type,
            device_type_name,
            id,
            live_urls: None,
            location: None,
            nick_name: None,
            parent_id: None,
            product_type,
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `liveUrls`.
    pub fn live_urls(mut self, value: RegisterDeviceRequestLiveUrls) -> Self {
        self.live_urls = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `nickName`.
    pub fn nick_name(mut self, value: impl Into<String>) -> Self {
        self.nick_name = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegisterDeviceRequest { "corpId" => optional(corp_id), "deviceName" =>
    field(device_name), "deviceStatus" => field(device_status), "deviceType" =>
    field(device_type), "deviceTypeName" => field(device_type_name), "id" => field(id),
    "liveUrls" => optional(live_urls), "location" => optional(location), "nickName" =>
    optional(nick_name), "parentId" => optional(parent_id), "productType" =>
    field(product_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterDeviceRequest { "corpId" => read_field(corp_id), "deviceName" =>
    read_field(device_name), "deviceStatus" => read_field(device_status), "deviceType" =>
    read_field(device_type), "deviceTypeName" => read_field(device_type_name), "id" =>
    read_field(id), "liveUrls" => read_field(live_urls), "location" =>
    read_field(location), "nickName" => read_field(nick_name), "parentId" =>
    read_field(parent_id), "productType" => read_field(product_type) }
}
impl rt::WriteRequest for RegisterDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::ayun_onlien_test`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AyunOnlienTestError = rt::ServiceError;
/// An error reply of [`Api::batch_delete_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchDeleteDeviceError = rt::ServiceError;
/// An error reply of [`Api::batch_register_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRegisterDeviceError = rt::ServiceError;
/// An error reply of [`Api::batch_register_event_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRegisterEventTypeError = rt::ServiceError;
/// An error reply of [`Api::batch_update_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateDeviceError = rt::ServiceError;
/// An error reply of [`Api::bind_system`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BindSystemError = rt::ServiceError;
/// An error reply of [`Api::device_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeviceConferenceError = rt::ServiceError;
/// An error reply of [`Api::diot_mama`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DiotMamaError = rt::ServiceError;
/// An error reply of [`Api::diot_market_manager_test`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DiotMarketManagerTestError = rt::ServiceError;
/// An error reply of [`Api::diot_system_mark_test`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DiotSystemMarkTestError = rt::ServiceError;
/// An error reply of [`Api::diot_market_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DiotMarketManagerError = rt::ServiceError;
/// An error reply of [`Api::push_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushEventError = rt::ServiceError;
/// An error reply of [`Api::query_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceError = rt::ServiceError;
/// An error reply of [`Api::query_device_pk`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDevicePkError = rt::ServiceError;
/// An error reply of [`Api::query_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEventError = rt::ServiceError;
/// An error reply of [`Api::register_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterDeviceError = rt::ServiceError;
/// An error reply of [`Api::upgrade_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeDeviceError = rt::ServiceError;
/// An error reply of [`Api::workbench_transform_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WorkbenchTransformInfoError = rt::ServiceError;
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
        "AyunOnlienTest" => {
            rt::conformance::reply(api.ayun_onlien_test(&inputs.request(false)?)).await
        }
        "BatchDeleteDevice" => {
            rt::conformance::reply(api.batch_delete_device(&inputs.request(true)?)).await
        }
        "BatchRegisterDevice" => {
            rt::conformance::reply(api.batch_register_device(&inputs.request(true)?))
                .await
        }
        "BatchRegisterEventType" => {
            rt::conformance::reply(api.batch_register_event_type(&inputs.request(true)?))
                .await
        }
        "BatchUpdateDevice" => {
            rt::conformance::reply(api.batch_update_device(&inputs.request(true)?)).await
        }
        "BindSystem" => {
            rt::conformance::reply(api.bind_system(&inputs.request(true)?)).await
        }
        "DeviceConference" => {
            rt::conformance::reply(api.device_conference(&inputs.request(true)?)).await
        }
        "DiotMama" => rt::conformance::reply(api.diot_mama()).await,
        "DiotMarketManagerTest" => {
            rt::conformance::reply(api.diot_market_manager_test()).await
        }
        "DiotSystemMarkTest" => rt::conformance::reply(api.diot_system_mark_test()).await,
        "Diot_Market_Manager" => rt::conformance::reply(api.diot_market_manager()).await,
        "PushEvent" => {
            rt::conformance::reply(api.push_event(&inputs.request(true)?)).await
        }
        "QueryDevice" => {
            rt::conformance::reply(api.query_device(&inputs.request(false)?)).await
        }
        "QueryDevicePk" => {
            rt::conformance::reply(api.query_device_pk(&inputs.request(true)?)).await
        }
        "QueryEvent" => {
            rt::conformance::reply(api.query_event(&inputs.request(true)?)).await
        }
        "RegisterDevice" => {
            rt::conformance::reply(api.register_device(&inputs.request(true)?)).await
        }
        "UpgradeDevice" => rt::conformance::reply(api.upgrade_device()).await,
        "WorkbenchTransformInfo" => {
            rt::conformance::reply(api.workbench_transform_info()).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
