// @generated from api-spec/miniapp_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 小程序 (Mini Programs)：小程序、组件与版本。
//!
//! 12 operations, methods of [`Api`] (`client.miniapp_1_0()`), behind the cargo feature `miniapp_1_0`; its paths start with `/v1.0/miniapp/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `miniapp_1_0`. Get it with `client.miniapp_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建小程序
    ///
    /// `POST /v1.0/miniapp/apps`: DingTalk's `CreateMiniApp` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMiniApp")]
    #[doc(alias = "/v1.0/miniapp/apps")]
    #[doc(alias = "POST /v1.0/miniapp/apps")]
    pub fn create_mini_app(
        &self,
        request: &CreateMiniAppRequest,
    ) -> rt::Call<CreateMiniAppResponseBody, CreateMiniAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMiniApp",
            rt::Method::Post,
            "/v1.0/miniapp/apps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建小程序组件
    ///
    /// `POST /v1.0/miniapp/plugins`: DingTalk's `CreateMiniAppPlugin` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMiniAppPlugin")]
    #[doc(alias = "/v1.0/miniapp/plugins")]
    #[doc(alias = "POST /v1.0/miniapp/plugins")]
    pub fn create_mini_app_plugin(
        &self,
        request: &CreateMiniAppPluginRequest,
    ) -> rt::Call<CreateMiniAppPluginResponseBody, CreateMiniAppPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMiniAppPlugin",
            rt::Method::Post,
            "/v1.0/miniapp/plugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小程序多端发布版本
    ///
    /// `POST /v1.0/miniapp/versions/createAcrossBundle`: DingTalk's `CreateVersionAcrossBundle` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateVersionAcrossBundle")]
    #[doc(alias = "/v1.0/miniapp/versions/createAcrossBundle")]
    #[doc(alias = "POST /v1.0/miniapp/versions/createAcrossBundle")]
    pub fn create_version_across_bundle(
        &self,
        request: &CreateVersionAcrossBundleRequest,
    ) -> rt::Call<
        CreateVersionAcrossBundleResponseBody,
        CreateVersionAcrossBundleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateVersionAcrossBundle",
            rt::Method::Post,
            "/v1.0/miniapp/versions/createAcrossBundle",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小程序最大的构建版本
    ///
    /// `GET /v1.0/miniapp/apps/maxVersions`: DingTalk's `GetMaxVersion` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMaxVersion")]
    #[doc(alias = "/v1.0/miniapp/apps/maxVersions")]
    #[doc(alias = "GET /v1.0/miniapp/apps/maxVersions")]
    pub fn get_max_version(
        &self,
        request: &GetMaxVersionRequest,
    ) -> rt::Call<GetMaxVersionResponseBody, GetMaxVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMaxVersion",
            rt::Method::Get,
            "/v1.0/miniapp/apps/maxVersions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步小程序元数据
    ///
    /// `POST /v1.0/miniapp/apps/metadata`: DingTalk's `GetMiniAppMetaData` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMiniAppMetaData")]
    #[doc(alias = "/v1.0/miniapp/apps/metadata")]
    #[doc(alias = "POST /v1.0/miniapp/apps/metadata")]
    pub fn get_mini_app_meta_data(
        &self,
        request: &GetMiniAppMetaDataRequest,
    ) -> rt::Call<GetMiniAppMetaDataResponseBody, GetMiniAppMetaDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMiniAppMetaData",
            rt::Method::Post,
            "/v1.0/miniapp/apps/metadata",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询小程序配置
    ///
    /// `GET /v1.0/miniapp/apps/settings`: DingTalk's `GetSettingByMiniAppId` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSettingByMiniAppId")]
    #[doc(alias = "/v1.0/miniapp/apps/settings")]
    #[doc(alias = "GET /v1.0/miniapp/apps/settings")]
    pub fn get_setting_by_mini_app_id(
        &self,
    ) -> rt::Call<GetSettingByMiniAppIdResponseBody, GetSettingByMiniAppIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSettingByMiniAppId",
            rt::Method::Get,
            "/v1.0/miniapp/apps/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 构建H5Bundle
    ///
    /// `POST /v1.0/miniapp/h5Bundles/build`: DingTalk's `InvokeHtmlBundleBuild` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InvokeHtmlBundleBuild")]
    #[doc(alias = "/v1.0/miniapp/h5Bundles/build")]
    #[doc(alias = "POST /v1.0/miniapp/h5Bundles/build")]
    pub fn invoke_html_bundle_build(
        &self,
        request: &InvokeHtmlBundleBuildRequest,
    ) -> rt::Call<InvokeHtmlBundleBuildResponseBody, InvokeHtmlBundleBuildError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InvokeHtmlBundleBuild",
            rt::Method::Post,
            "/v1.0/miniapp/h5Bundles/build",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小程序版本列表
    ///
    /// `POST /v1.0/miniapp/apps/versions/query`: DingTalk's `ListAvaiableVersion` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAvaiableVersion")]
    #[doc(alias = "/v1.0/miniapp/apps/versions/query")]
    #[doc(alias = "POST /v1.0/miniapp/apps/versions/query")]
    pub fn list_avaiable_version(
        &self,
        request: &ListAvaiableVersionRequest,
    ) -> rt::Call<ListAvaiableVersionResponseBody, ListAvaiableVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAvaiableVersion",
            rt::Method::Post,
            "/v1.0/miniapp/apps/versions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询H5构建结果
    ///
    /// `GET /v1.0/miniapp/h5Bundles/buildResults`: DingTalk's `QueryHtmlBundleBuild` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryHtmlBundleBuild")]
    #[doc(alias = "/v1.0/miniapp/h5Bundles/buildResults")]
    #[doc(alias = "GET /v1.0/miniapp/h5Bundles/buildResults")]
    pub fn query_html_bundle_build(
        &self,
        request: &QueryHtmlBundleBuildRequest,
    ) -> rt::Call<QueryHtmlBundleBuildResponseBody, QueryHtmlBundleBuildError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHtmlBundleBuild",
            rt::Method::Get,
            "/v1.0/miniapp/h5Bundles/buildResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 回滚版本
    ///
    /// `POST /v1.0/miniapp/versions/rollback`: DingTalk's `RollBackVersion` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RollBackVersion")]
    #[doc(alias = "/v1.0/miniapp/versions/rollback")]
    #[doc(alias = "POST /v1.0/miniapp/versions/rollback")]
    pub fn roll_back_version(
        &self,
        request: &RollBackVersionRequest,
    ) -> rt::Call<RollBackVersionResponseBody, RollBackVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RollBackVersion",
            rt::Method::Post,
            "/v1.0/miniapp/versions/rollback",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改小程序配置
    ///
    /// `PUT /v1.0/miniapp/apps/settings`: DingTalk's `SetExtendSetting` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetExtendSetting")]
    #[doc(alias = "/v1.0/miniapp/apps/settings")]
    #[doc(alias = "PUT /v1.0/miniapp/apps/settings")]
    pub fn set_extend_setting(
        &self,
        request: &SetExtendSettingRequest,
    ) -> rt::Call<SetExtendSettingResponseBody, SetExtendSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetExtendSetting",
            rt::Method::Put,
            "/v1.0/miniapp/apps/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布版本
    ///
    /// `POST /v1.0/miniapp/versions/status`: DingTalk's `UpdateVersionStatus` (module feature `miniapp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateVersionStatus")]
    #[doc(alias = "/v1.0/miniapp/versions/status")]
    #[doc(alias = "POST /v1.0/miniapp/versions/status")]
    pub fn update_version_status(
        &self,
        request: &UpdateVersionStatusRequest,
    ) -> rt::Call<UpdateVersionStatusResponseBody, UpdateVersionStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateVersionStatus",
            rt::Method::Post,
            "/v1.0/miniapp/versions/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateMiniAppResponseBody`, a model several operations share: also named [`CreateMiniAppPluginResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMiniAppResponseBody {
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
}
rt::impl_deserialize! {
    CreateMiniAppResponseBody { "miniAppId" => read_field(mini_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMiniAppResponseBody { "miniAppId" => optional(mini_app_id) }
}
/// `CreateMiniAppPluginResponseBody`: the same model as [`CreateMiniAppResponseBody`].
pub type CreateMiniAppPluginResponseBody = CreateMiniAppResponseBody;
/// `CreateVersionAcrossBundleResponseBody`, a model several operations share: also named [`GetMaxVersionResponseBody`], [`RollBackVersionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateVersionAcrossBundleResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    CreateVersionAcrossBundleResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateVersionAcrossBundleResponseBody { "result" => optional(result) }
}
/// `GetMaxVersionResponseBody`: the same model as [`CreateVersionAcrossBundleResponseBody`].
pub type GetMaxVersionResponseBody = CreateVersionAcrossBundleResponseBody;
/// `GetMiniAppMetaDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMiniAppMetaDataResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<GetMiniAppMetaDataResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetMiniAppMetaDataResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMiniAppMetaDataResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSettingByMiniAppIdResponseBody`, a model several operations share: also named [`InvokeHtmlBundleBuildResponseBody`], [`QueryHtmlBundleBuildResponseBody`], [`SetExtendSettingResponseBody`], [`UpdateVersionStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSettingByMiniAppIdResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    GetSettingByMiniAppIdResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSettingByMiniAppIdResponseBody { "result" => optional(result) }
}
/// `InvokeHtmlBundleBuildResponseBody`: the same model as [`GetSettingByMiniAppIdResponseBody`].
pub type InvokeHtmlBundleBuildResponseBody = GetSettingByMiniAppIdResponseBody;
/// `ListAvaiableVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAvaiableVersionResponseBody {
    /// `versions`.
    pub versions: Option<Vec<ListAvaiableVersionResponseBodyVersions>>,
}
rt::impl_deserialize! {
    ListAvaiableVersionResponseBody { "versions" => read_field(versions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAvaiableVersionResponseBody { "versions" => optional(versions) }
}
/// `QueryHtmlBundleBuildResponseBody`: the same model as [`GetSettingByMiniAppIdResponseBody`].
pub type QueryHtmlBundleBuildResponseBody = GetSettingByMiniAppIdResponseBody;
/// `RollBackVersionResponseBody`: the same model as [`CreateVersionAcrossBundleResponseBody`].
pub type RollBackVersionResponseBody = CreateVersionAcrossBundleResponseBody;
/// `SetExtendSettingResponseBody`: the same model as [`GetSettingByMiniAppIdResponseBody`].
pub type SetExtendSettingResponseBody = GetSettingByMiniAppIdResponseBody;
/// `UpdateVersionStatusResponseBody`: the same model as [`GetSettingByMiniAppIdResponseBody`].
pub type UpdateVersionStatusResponseBody = GetSettingByMiniAppIdResponseBody;
/// `GetMiniAppMetaDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMiniAppMetaDataResponseBodyResult {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetMiniAppMetaDataResponseBodyResult { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMiniAppMetaDataResponseBodyResult { "data" => optional(data) }
}
/// `ListAvaiableVersionResponseBodyVersions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAvaiableVersionResponseBodyVersions {
    /// `buildStatus`.
    pub build_status: Option<i64>,
    /// `h5Bundle`.
    pub h5_bundle: Option<String>,
    /// `packageSize`.
    pub package_size: Option<String>,
    /// `packageUrl`.
    pub package_url: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    ListAvaiableVersionResponseBodyVersions { "buildStatus" => read_field(build_status),
    "h5Bundle" => read_field(h5_bundle), "packageSize" => read_field(package_size),
    "packageUrl" => read_field(package_url), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAvaiableVersionResponseBodyVersions { "buildStatus" => optional(build_status),
    "h5Bundle" => optional(h5_bundle), "packageSize" => optional(package_size),
    "packageUrl" => optional(package_url), "version" => optional(version) }
}
/// The request of [`Api::create_mini_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMiniAppRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `bizType`.
    pub biz_type: i64,
    /// `bundleId`.
    pub bundle_id: Option<String>,
    /// `desc`.
    pub desc: String,
    /// `icon`.
    pub icon: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateMiniAppRequest`], each named where it is set: `CreateMiniAppRequest::new(CreateMiniAppRequired { .. })`.
pub struct CreateMiniAppRequired {
    /// `bizId`: see [`CreateMiniAppRequest::biz_id`].
    pub biz_id: String,
    /// `bizType`: see [`CreateMiniAppRequest::biz_type`].
    pub biz_type: i64,
    /// `desc`: see [`CreateMiniAppRequest::desc`].
    pub desc: String,
    /// `icon`: see [`CreateMiniAppRequest::icon`].
    pub icon: String,
    /// `name`: see [`CreateMiniAppRequest::name`].
    pub name: String,
}
impl CreateMiniAppRequest {
    /// A `CreateMiniAppRequest` with its required fields (`bizId`, `bizType`, `desc`, `icon`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateMiniAppRequired) -> Self {
        let CreateMiniAppRequired { biz_id, biz_type, desc, icon, name } = required;
        Self {
            biz_id,
            biz_type,
            bundle_id: None,
            desc,
            icon,
            name,
        }
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMiniAppRequest { "bizId" => field(biz_id), "bizType" => field(biz_type),
    "bundleId" => optional(bundle_id), "desc" => field(desc), "icon" => field(icon),
    "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMiniAppRequest { "bizId" => read_field(biz_id), "bizType" =>
    read_field(biz_type), "bundleId" => read_field(bundle_id), "desc" =>
    read_field(desc), "icon" => read_field(icon), "name" => read_field(name) }
}
impl rt::WriteRequest for CreateMiniAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_mini_app_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMiniAppPluginRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `bizType`.
    pub biz_type: i64,
    /// `bundleId`.
    pub bundle_id: Option<String>,
    /// `desc`.
    pub desc: String,
    /// `icon`.
    pub icon: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateMiniAppPluginRequest`], each named where it is set: `CreateMiniAppPluginRequest::new(CreateMiniAppPluginRequired { .. })`.
pub struct CreateMiniAppPluginRequired {
    /// `bizId`: see [`CreateMiniAppPluginRequest::biz_id`].
    pub biz_id: String,
    /// `bizType`: see [`CreateMiniAppPluginRequest::biz_type`].
    pub biz_type: i64,
    /// `desc`: see [`CreateMiniAppPluginRequest::desc`].
    pub desc: String,
    /// `icon`: see [`CreateMiniAppPluginRequest::icon`].
    pub icon: String,
    /// `name`: see [`CreateMiniAppPluginRequest::name`].
    pub name: String,
}
impl CreateMiniAppPluginRequest {
    /// A `CreateMiniAppPluginRequest` with its required fields (`bizId`, `bizType`, `desc`, `icon`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateMiniAppPluginRequired) -> Self {
        let CreateMiniAppPluginRequired { biz_id, biz_type, desc, icon, name } = required;
        Self {
            biz_id,
            biz_type,
            bundle_id: None,
            desc,
            icon,
            name,
        }
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMiniAppPluginRequest { "bizId" => field(biz_id), "bizType" => field(biz_type),
    "bundleId" => optional(bundle_id), "desc" => field(desc), "icon" => field(icon),
    "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMiniAppPluginRequest { "bizId" => read_field(biz_id), "bizType" =>
    read_field(biz_type), "bundleId" => read_field(bundle_id), "desc" =>
    read_field(desc), "icon" => read_field(icon), "name" => read_field(name) }
}
impl rt::WriteRequest for CreateMiniAppPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_version_across_bundle`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateVersionAcrossBundleRequest {
    /// `bundleId`.
    pub bundle_id: Option<String>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `sourceBundleId`.
    pub source_bundle_id: Option<String>,
    /// `sourceVersion`.
    pub source_version: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl CreateVersionAcrossBundleRequest {
    /// An empty `CreateVersionAcrossBundleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
    /// Sets `sourceBundleId`.
    pub fn source_bundle_id(mut self, value: impl Into<String>) -> Self {
        self.source_bundle_id = Some(value.into());
        self
    }
    /// Sets `sourceVersion`.
    pub fn source_version(mut self, value: impl Into<String>) -> Self {
        self.source_version = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateVersionAcrossBundleRequest { "bundleId" => optional(bundle_id), "miniAppId" =>
    optional(mini_app_id), "sourceBundleId" => optional(source_bundle_id),
    "sourceVersion" => optional(source_version), "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateVersionAcrossBundleRequest { "bundleId" => read_field(bundle_id), "miniAppId"
    => read_field(mini_app_id), "sourceBundleId" => read_field(source_bundle_id),
    "sourceVersion" => read_field(source_version), "version" => read_field(version) }
}
impl rt::WriteRequest for CreateVersionAcrossBundleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_max_version`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMaxVersionRequest {
    /// `bundleId`: a query parameter.
    pub bundle_id: Option<String>,
    /// `miniAppId`: a query parameter.
    pub mini_app_id: Option<String>,
    /// `version`: a query parameter.
    pub version: Option<String>,
}
impl GetMaxVersionRequest {
    /// An empty `GetMaxVersionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMaxVersionRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "version" => read_field(version) }
}
impl rt::WriteRequest for GetMaxVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bundleId", &self.bundle_id);
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::get_mini_app_meta_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMiniAppMetaDataRequest {
    /// `bundleId`.
    pub bundle_id: Option<String>,
    /// `bundleIdTableGmtModified`.
    pub bundle_id_table_gmt_modified: Option<
        rt::BTreeMap<String, rt::serde_json::Value>,
    >,
    /// `fromAppName`.
    pub from_app_name: Option<String>,
    /// `miniAppIdTableGmtModified`.
    pub mini_app_id_table_gmt_modified: Option<
        rt::BTreeMap<String, rt::serde_json::Value>,
    >,
}
impl GetMiniAppMetaDataRequest {
    /// An empty `GetMiniAppMetaDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
    /// Sets `bundleIdTableGmtModified`.
    pub fn bundle_id_table_gmt_modified(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.bundle_id_table_gmt_modified = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `fromAppName`.
    pub fn from_app_name(mut self, value: impl Into<String>) -> Self {
        self.from_app_name = Some(value.into());
        self
    }
    /// Sets `miniAppIdTableGmtModified`.
    pub fn mini_app_id_table_gmt_modified(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.mini_app_id_table_gmt_modified = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    GetMiniAppMetaDataRequest { "bundleId" => optional(bundle_id),
    "bundleIdTableGmtModified" => optional(bundle_id_table_gmt_modified), "fromAppName"
    => optional(from_app_name), "miniAppIdTableGmtModified" =>
    optional(mini_app_id_table_gmt_modified) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMiniAppMetaDataRequest { "bundleId" => read_field(bundle_id),
    "bundleIdTableGmtModified" => read_field(bundle_id_table_gmt_modified), "fromAppName"
    => read_field(from_app_name), "miniAppIdTableGmtModified" =>
    read_field(mini_app_id_table_gmt_modified) }
}
impl rt::WriteRequest for GetMiniAppMetaDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invoke_html_bundle_build`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InvokeHtmlBundleBuildRequest {
    /// `bundleId`.
    pub bundle_id: String,
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: String,
}
/// The required fields of [`InvokeHtmlBundleBuildRequest`], each named where it is set: `InvokeHtmlBundleBuildRequest::new(InvokeHtmlBundleBuildRequired { .. })`.
pub struct InvokeHtmlBundleBuildRequired {
    /// `bundleId`: see [`InvokeHtmlBundleBuildRequest::bundle_id`].
    pub bundle_id: String,
    /// `miniAppId`: see [`InvokeHtmlBundleBuildRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`InvokeHtmlBundleBuildRequest::version`].
    pub version: String,
}
impl InvokeHtmlBundleBuildRequest {
    /// A `InvokeHtmlBundleBuildRequest` with its required fields (`bundleId`, `miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: InvokeHtmlBundleBuildRequired) -> Self {
        let InvokeHtmlBundleBuildRequired { bundle_id, mini_app_id, version } = required;
        Self {
            bundle_id,
            mini_app_id,
            version,
        }
    }
}
rt::impl_serialize! {
    InvokeHtmlBundleBuildRequest { "bundleId" => field(bundle_id), "miniAppId" =>
    field(mini_app_id), "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InvokeHtmlBundleBuildRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "version" => read_field(version) }
}
impl rt::WriteRequest for InvokeHtmlBundleBuildRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_avaiable_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAvaiableVersionRequest {
    /// `bundleId`.
    pub bundle_id: String,
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `pageNum`.
    pub page_num: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `versionTypeSet`.
    pub version_type_set: Vec<i64>,
}
/// The required fields of [`ListAvaiableVersionRequest`], each named where it is set: `ListAvaiableVersionRequest::new(ListAvaiableVersionRequired { .. })`.
pub struct ListAvaiableVersionRequired {
    /// `bundleId`: see [`ListAvaiableVersionRequest::bundle_id`].
    pub bundle_id: String,
    /// `miniAppId`: see [`ListAvaiableVersionRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `pageNum`: see [`ListAvaiableVersionRequest::page_num`].
    pub page_num: i64,
    /// `pageSize`: see [`ListAvaiableVersionRequest::page_size`].
    pub page_size: i64,
    /// `versionTypeSet`: see [`ListAvaiableVersionRequest::version_type_set`].
    pub version_type_set: Vec<i64>,
}
impl ListAvaiableVersionRequest {
    /// A `ListAvaiableVersionRequest` with its required fields (`bundleId`, `miniAppId`, `pageNum`, `pageSize`, `versionTypeSet`); set the others with the methods named after them.
    pub fn new(required: ListAvaiableVersionRequired) -> Self {
        let ListAvaiableVersionRequired {
            bundle_id,
            mini_app_id,
            page_num,
            page_size,
            version_type_set,
        } = required;
        Self {
            bundle_id,
            mini_app_id,
            page_num,
            page_size,
            version_type_set,
        }
    }
}
rt::impl_serialize! {
    ListAvaiableVersionRequest { "bundleId" => field(bundle_id), "miniAppId" =>
    field(mini_app_id), "pageNum" => field(page_num), "pageSize" => field(page_size),
    "versionTypeSet" => field(version_type_set) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAvaiableVersionRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "pageNum" => read_field(page_num), "pageSize" =>
    read_field(page_size), "versionTypeSet" => read_field(version_type_set) }
}
impl rt::WriteRequest for ListAvaiableVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_html_bundle_build`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryHtmlBundleBuildRequest {
    /// `bundleId`: a query parameter.
    pub bundle_id: Option<String>,
    /// `miniAppId`: a query parameter.
    pub mini_app_id: Option<String>,
    /// `version`: a query parameter.
    pub version: Option<String>,
}
impl QueryHtmlBundleBuildRequest {
    /// An empty `QueryHtmlBundleBuildRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bundleId`.
    pub fn bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryHtmlBundleBuildRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "version" => read_field(version) }
}
impl rt::WriteRequest for QueryHtmlBundleBuildRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bundleId", &self.bundle_id);
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::roll_back_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RollBackVersionRequest {
    /// `bundleId`.
    pub bundle_id: String,
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `rollbackVersion`.
    pub rollback_version: String,
    /// `targetVersion`.
    pub target_version: String,
}
/// The required fields of [`RollBackVersionRequest`], each named where it is set: `RollBackVersionRequest::new(RollBackVersionRequired { .. })`.
pub struct RollBackVersionRequired {
    /// `bundleId`: see [`RollBackVersionRequest::bundle_id`].
    pub bundle_id: String,
    /// `miniAppId`: see [`RollBackVersionRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `rollbackVersion`: see [`RollBackVersionRequest::rollback_version`].
    pub rollback_version: String,
    /// `targetVersion`: see [`RollBackVersionRequest::target_version`].
    pub target_version: String,
}
impl RollBackVersionRequest {
    /// A `RollBackVersionRequest` with its required fields (`bundleId`, `miniAppId`, `rollbackVersion`, `targetVersion`); set the others with the methods named after them.
    pub fn new(required: RollBackVersionRequired) -> Self {
        let RollBackVersionRequired {
            bundle_id,
            mini_app_id,
            rollback_version,
            target_version,
        } = required;
        Self {
            bundle_id,
            mini_app_id,
            rollback_version,
            target_version,
        }
    }
}
rt::impl_serialize! {
    RollBackVersionRequest { "bundleId" => field(bundle_id), "miniAppId" =>
    field(mini_app_id), "rollbackVersion" => field(rollback_version), "targetVersion" =>
    field(target_version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RollBackVersionRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "rollbackVersion" => read_field(rollback_version),
    "targetVersion" => read_field(target_version) }
}
impl rt::WriteRequest for RollBackVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_extend_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetExtendSettingRequest {
    /// `buildH5Bundle`.
    pub build_h5_bundle: bool,
    /// `miniAppId`.
    pub mini_app_id: String,
}
/// The required fields of [`SetExtendSettingRequest`], each named where it is set: `SetExtendSettingRequest::new(SetExtendSettingRequired { .. })`.
pub struct SetExtendSettingRequired {
    /// `buildH5Bundle`: see [`SetExtendSettingRequest::build_h5_bundle`].
    pub build_h5_bundle: bool,
    /// `miniAppId`: see [`SetExtendSettingRequest::mini_app_id`].
    pub mini_app_id: String,
}
impl SetExtendSettingRequest {
    /// A `SetExtendSettingRequest` with its required fields (`buildH5Bundle`, `miniAppId`); set the others with the methods named after them.
    pub fn new(required: SetExtendSettingRequired) -> Self {
        let SetExtendSettingRequired { build_h5_bundle, mini_app_id } = required;
        Self {
            build_h5_bundle,
            mini_app_id,
        }
    }
}
rt::impl_serialize! {
    SetExtendSettingRequest { "buildH5Bundle" => field(build_h5_bundle), "miniAppId" =>
    field(mini_app_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetExtendSettingRequest { "buildH5Bundle" => read_field(build_h5_bundle), "miniAppId"
    => read_field(mini_app_id) }
}
impl rt::WriteRequest for SetExtendSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_version_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateVersionStatusRequest {
    /// `bundleId`.
    pub bundle_id: String,
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: Option<String>,
    /// `versionType`.
    pub version_type: i64,
}
/// The required fields of [`UpdateVersionStatusRequest`], each named where it is set: `UpdateVersionStatusRequest::new(UpdateVersionStatusRequired { .. })`.
pub struct UpdateVersionStatusRequired {
    /// `bundleId`: see [`UpdateVersionStatusRequest::bundle_id`].
    pub bundle_id: String,
    /// `miniAppId`: see [`UpdateVersionStatusRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `versionType`: see [`UpdateVersionStatusRequest::version_type`].
    pub version_type: i64,
}
impl UpdateVersionStatusRequest {
    /// A `UpdateVersionStatusRequest` with its required fields (`bundleId`, `miniAppId`, `versionType`); set the others with the methods named after them.
    pub fn new(required: UpdateVersionStatusRequired) -> Self {
        let UpdateVersionStatusRequired { bundle_id, mini_app_id, version_type } = required;
        Self {
            bundle_id,
            mini_app_id,
            version: None,
            version_type,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateVersionStatusRequest { "bundleId" => field(bundle_id), "miniAppId" =>
    field(mini_app_id), "version" => optional(version), "versionType" =>
    field(version_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVersionStatusRequest { "bundleId" => read_field(bundle_id), "miniAppId" =>
    read_field(mini_app_id), "version" => read_field(version), "versionType" =>
    read_field(version_type) }
}
impl rt::WriteRequest for UpdateVersionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_mini_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMiniAppError = rt::ServiceError;
/// An error reply of [`Api::create_mini_app_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMiniAppPluginError = rt::ServiceError;
/// An error reply of [`Api::create_version_across_bundle`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateVersionAcrossBundleError = rt::ServiceError;
/// An error reply of [`Api::get_max_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMaxVersionError = rt::ServiceError;
/// An error reply of [`Api::get_mini_app_meta_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMiniAppMetaDataError = rt::ServiceError;
/// An error reply of [`Api::get_setting_by_mini_app_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSettingByMiniAppIdError = rt::ServiceError;
/// An error reply of [`Api::invoke_html_bundle_build`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InvokeHtmlBundleBuildError = rt::ServiceError;
/// An error reply of [`Api::list_avaiable_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAvaiableVersionError = rt::ServiceError;
/// An error reply of [`Api::query_html_bundle_build`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHtmlBundleBuildError = rt::ServiceError;
/// An error reply of [`Api::roll_back_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RollBackVersionError = rt::ServiceError;
/// An error reply of [`Api::set_extend_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetExtendSettingError = rt::ServiceError;
/// An error reply of [`Api::update_version_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateVersionStatusError = rt::ServiceError;
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
        "CreateMiniApp" => {
            rt::conformance::reply(api.create_mini_app(&inputs.request(true)?)).await
        }
        "CreateMiniAppPlugin" => {
            rt::conformance::reply(api.create_mini_app_plugin(&inputs.request(true)?))
                .await
        }
        "CreateVersionAcrossBundle" => {
            rt::conformance::reply(
                    api.create_version_across_bundle(&inputs.request(true)?),
                )
                .await
        }
        "GetMaxVersion" => {
            rt::conformance::reply(api.get_max_version(&inputs.request(false)?)).await
        }
        "GetMiniAppMetaData" => {
            rt::conformance::reply(api.get_mini_app_meta_data(&inputs.request(true)?))
                .await
        }
        "GetSettingByMiniAppId" => {
            rt::conformance::reply(api.get_setting_by_mini_app_id()).await
        }
        "InvokeHtmlBundleBuild" => {
            rt::conformance::reply(api.invoke_html_bundle_build(&inputs.request(true)?))
                .await
        }
        "ListAvaiableVersion" => {
            rt::conformance::reply(api.list_avaiable_version(&inputs.request(true)?))
                .await
        }
        "QueryHtmlBundleBuild" => {
            rt::conformance::reply(api.query_html_bundle_build(&inputs.request(false)?))
                .await
        }
        "RollBackVersion" => {
            rt::conformance::reply(api.roll_back_version(&inputs.request(true)?)).await
        }
        "SetExtendSetting" => {
            rt::conformance::reply(api.set_extend_setting(&inputs.request(true)?)).await
        }
        "UpdateVersionStatus" => {
            rt::conformance::reply(api.update_version_status(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
