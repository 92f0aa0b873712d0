// @generated from api-spec/package_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 应用离线包 (Packages)：企业自建应用的 H5 离线包。
//!
//! 14 operations, methods of [`Api`] (`client.package_1_0()`), behind the cargo feature `package_1_0`; its paths start with `/v1.0/package/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `package_1_0`. Get it with `client.package_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 关闭企业自建应用H5离线包
    ///
    /// `POST /v1.0/package/h5/microApps/close`: DingTalk's `CloseHPackage` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseHPackage")]
    #[doc(alias = "/v1.0/package/h5/microApps/close")]
    #[doc(alias = "POST /v1.0/package/h5/microApps/close")]
    pub fn close_h_package(
        &self,
        request: &CloseHPackageRequest,
    ) -> rt::Call<CloseHPackageResponseBody, CloseHPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseHPackage",
            rt::Method::Post,
            "/v1.0/package/h5/microApps/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取离线包上传凭证
    ///
    /// `GET /v1.0/package/uploadTokens`: DingTalk's `GetUploadToken` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUploadToken")]
    #[doc(alias = "/v1.0/package/uploadTokens")]
    #[doc(alias = "GET /v1.0/package/uploadTokens")]
    pub fn get_upload_token(
        &self,
        request: &GetUploadTokenRequest,
    ) -> rt::Call<GetUploadTokenResponseBody, GetUploadTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUploadToken",
            rt::Method::Get,
            "/v1.0/package/uploadTokens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取H5离线包版本列表
    ///
    /// `GET /v1.0/package/h5/versions`: DingTalk's `HPackageListGet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::h_package_list_get_pages`].
    #[doc(alias = "HPackageListGet")]
    #[doc(alias = "/v1.0/package/h5/versions")]
    #[doc(alias = "GET /v1.0/package/h5/versions")]
    pub fn h_package_list_get(
        &self,
        request: &HPackageListGetRequest,
    ) -> rt::Call<HPackageListGetResponseBody, HPackageListGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HPackageListGet",
            rt::Method::Get,
            "/v1.0/package/h5/versions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布离线包
    ///
    /// `POST /v1.0/package/h5/publish`: DingTalk's `HPublishPackage` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HPublishPackage")]
    #[doc(alias = "/v1.0/package/h5/publish")]
    #[doc(alias = "POST /v1.0/package/h5/publish")]
    pub fn h_publish_package(
        &self,
        request: &HPublishPackageRequest,
    ) -> rt::Call<HPublishPackageResponseBody, HPublishPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HPublishPackage",
            rt::Method::Post,
            "/v1.0/package/h5/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上传H5离线包
    ///
    /// `POST /v1.0/package/h5/asyncUpload`: DingTalk's `HUploadPackage` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HUploadPackage")]
    #[doc(alias = "/v1.0/package/h5/asyncUpload")]
    #[doc(alias = "POST /v1.0/package/h5/asyncUpload")]
    pub fn h_upload_package(
        &self,
        request: &HUploadPackageRequest,
    ) -> rt::Call<HUploadPackageResponseBody, HUploadPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HUploadPackage",
            rt::Method::Post,
            "/v1.0/package/h5/asyncUpload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上传H5离线包进度
    ///
    /// `GET /v1.0/package/h5/uploadStatus`: DingTalk's `HUploadPackageStatus` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HUploadPackageStatus")]
    #[doc(alias = "/v1.0/package/h5/uploadStatus")]
    #[doc(alias = "GET /v1.0/package/h5/uploadStatus")]
    pub fn h_upload_package_status(
        &self,
        request: &HUploadPackageStatusRequest,
    ) -> rt::Call<HUploadPackageStatusResponseBody, HUploadPackageStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HUploadPackageStatus",
            rt::Method::Get,
            "/v1.0/package/h5/uploadStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开启企业自建应用H5离线包
    ///
    /// `POST /v1.0/package/h5/microApps/open`: DingTalk's `OpenMicroAppPackage` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenMicroAppPackage")]
    #[doc(alias = "/v1.0/package/h5/microApps/open")]
    #[doc(alias = "POST /v1.0/package/h5/microApps/open")]
    pub fn open_micro_app_package(
        &self,
        request: &OpenMicroAppPackageRequest,
    ) -> rt::Call<OpenMicroAppPackageResponseBody, OpenMicroAppPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenMicroAppPackage",
            rt::Method::Post,
            "/v1.0/package/h5/microApps/open",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布离线包到灰度
    ///
    /// `POST /v1.0/package/greys/deploy`: DingTalk's `ReleaseGrayDeploy` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayDeploy")]
    #[doc(alias = "/v1.0/package/greys/deploy")]
    #[doc(alias = "POST /v1.0/package/greys/deploy")]
    pub fn release_gray_deploy(
        &self,
        request: &ReleaseGrayDeployRequest,
    ) -> rt::Call<ReleaseGrayDeployResponseBody, ReleaseGrayDeployError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayDeploy",
            rt::Method::Post,
            "/v1.0/package/greys/deploy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 退出灰度
    ///
    /// `POST /v1.0/package/greys/exit`: DingTalk's `ReleaseGrayExit` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayExit")]
    #[doc(alias = "/v1.0/package/greys/exit")]
    #[doc(alias = "POST /v1.0/package/greys/exit")]
    pub fn release_gray_exit(
        &self,
        request: &ReleaseGrayExitRequest,
    ) -> rt::Call<ReleaseGrayExitResponseBody, ReleaseGrayExitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayExit",
            rt::Method::Post,
            "/v1.0/package/greys/exit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业灰度白名单
    ///
    /// `GET /v1.0/package/greys/organizations`: DingTalk's `ReleaseGrayOrgGet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayOrgGet")]
    #[doc(alias = "/v1.0/package/greys/organizations")]
    #[doc(alias = "GET /v1.0/package/greys/organizations")]
    pub fn release_gray_org_get(
        &self,
        request: &ReleaseGrayOrgGetRequest,
    ) -> rt::Call<ReleaseGrayOrgGetResponseBody, ReleaseGrayOrgGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayOrgGet",
            rt::Method::Get,
            "/v1.0/package/greys/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置企业灰度白名单
    ///
    /// `POST /v1.0/package/greys/organizations/release`: DingTalk's `ReleaseGrayOrgSet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayOrgSet")]
    #[doc(alias = "/v1.0/package/greys/organizations/release")]
    #[doc(alias = "POST /v1.0/package/greys/organizations/release")]
    pub fn release_gray_org_set(
        &self,
        request: &ReleaseGrayOrgSetRequest,
    ) -> rt::Call<ReleaseGrayOrgSetResponseBody, ReleaseGrayOrgSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayOrgSet",
            rt::Method::Post,
            "/v1.0/package/greys/organizations/release",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取灰度离线包百分比值
    ///
    /// `GET /v1.0/package/greys/users/percents`: DingTalk's `ReleaseGrayPercentGet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayPercentGet")]
    #[doc(alias = "/v1.0/package/greys/users/percents")]
    #[doc(alias = "GET /v1.0/package/greys/users/percents")]
    pub fn release_gray_percent_get(
        &self,
        request: &ReleaseGrayPercentGetRequest,
    ) -> rt::Call<ReleaseGrayPercentGetResponseBody, ReleaseGrayPercentGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayPercentGet",
            rt::Method::Get,
            "/v1.0/package/greys/users/percents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置灰度离线包百分比值
    ///
    /// `POST /v1.0/package/greys/users/percents/release`: DingTalk's `ReleaseGrayPercentSet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayPercentSet")]
    #[doc(alias = "/v1.0/package/greys/users/percents/release")]
    #[doc(alias = "POST /v1.0/package/greys/users/percents/release")]
    pub fn release_gray_percent_set(
        &self,
        request: &ReleaseGrayPercentSetRequest,
    ) -> rt::Call<ReleaseGrayPercentSetResponseBody, ReleaseGrayPercentSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayPercentSet",
            rt::Method::Post,
            "/v1.0/package/greys/users/percents/release",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户灰度名单
    ///
    /// `GET /v1.0/package/greys/users`: DingTalk's `ReleaseGrayUserIdGet` (module feature `package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseGrayUserIdGet")]
    #[doc(alias = "/v1.0/package/greys/users")]
    #[doc(alias = "GET /v1.0/package/greys/users")]
    pub fn release_gray_user_id_get(
        &self,
        request: &ReleaseGrayUserIdGetRequest,
    ) -> rt::Call<ReleaseGrayUserIdGetResponseBody, ReleaseGrayUserIdGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseGrayUserIdGet",
            rt::Method::Get,
            "/v1.0/package/greys/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::h_package_list_get`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `list` of each page.
    pub fn h_package_list_get_pages(
        &self,
        request: &HPackageListGetRequest,
    ) -> rt::Paginator<
        HPackageListGetResponseBody,
        HPackageListGetError,
        HPackageListGetResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.h_package_list_get(request), &PAGING)
    }
}
/// `CloseHPackageResponseBody`, a model several operations share: also named [`ReleaseGrayDeployResponseBody`], [`ReleaseGrayOrgSetResponseBody`], [`ReleaseGrayPercentSetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseHPackageResponseBody {
    /// `result`.
    pub result: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    CloseHPackageResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseHPackageResponseBody { "result" => optional(result) }
}
/// `GetUploadTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadTokenResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `bucket`.
    pub bucket: Option<String>,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `expiration`.
    pub expiration: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `stsToken`.
    pub sts_token: Option<String>,
}
rt::impl_deserialize! {
    GetUploadTokenResponseBody { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "bucket" => read_field(bucket),
    "endpoint" => read_field(endpoint), "expiration" => read_field(expiration), "name" =>
    read_field(name), "region" => read_field(region), "stsToken" => read_field(sts_token)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadTokenResponseBody { "accessKeyId" => optional(access_key_id),
    "accessKeySecret" => optional(access_key_secret), "bucket" => optional(bucket),
    "endpoint" => optional(endpoint), "expiration" => optional(expiration), "name" =>
    optional(name), "region" => optional(region), "stsToken" => optional(sts_token) }
}
/// `HPackageListGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HPackageListGetResponseBody {
    /// `list`.
    pub list: Option<Vec<HPackageListGetResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    HPackageListGetResponseBody { "list" => read_field(list), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HPackageListGetResponseBody { "list" => optional(list), "totalCount" =>
    optional(total_count) }
}
/// `HPublishPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HPublishPackageResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HPublishPackageResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HPublishPackageResponseBody { "success" => optional(success) }
}
/// `HUploadPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HUploadPackageResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    HUploadPackageResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HUploadPackageResponseBody { "taskId" => optional(task_id) }
}
/// `HUploadPackageStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HUploadPackageStatusResponseBody {
    /// `buildTime`.
    pub build_time: Option<i64>,
    /// `finished`.
    pub finished: Option<bool>,
    /// `packageSize`.
    pub package_size: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    HUploadPackageStatusResponseBody { "buildTime" => read_field(build_time), "finished"
    => read_field(finished), "packageSize" => read_field(package_size), "status" =>
    read_field(status), "taskId" => read_field(task_id), "version" => read_field(version)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HUploadPackageStatusResponseBody { "buildTime" => optional(build_time), "finished" =>
    optional(finished), "packageSize" => optional(package_size), "status" =>
    optional(status), "taskId" => optional(task_id), "version" => optional(version) }
}
/// `OpenMicroAppPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenMicroAppPackageResponseBody {
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
}
rt::impl_deserialize! {
    OpenMicroAppPackageResponseBody { "miniAppId" => read_field(mini_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenMicroAppPackageResponseBody { "miniAppId" => optional(mini_app_id) }
}
/// `ReleaseGrayDeployResponseBody`: the same model as [`CloseHPackageResponseBody`].
pub type ReleaseGrayDeployResponseBody = CloseHPackageResponseBody;
/// `ReleaseGrayExitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ReleaseGrayExitResponseBody {
    /// `reuslt`.
    pub reuslt: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    ReleaseGrayExitResponseBody { "reuslt" => read_field(reuslt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReleaseGrayExitResponseBody { "reuslt" => optional(reuslt) }
}
/// `ReleaseGrayOrgGetResponseBody`, a model several operations share: also named [`ReleaseGrayUserIdGetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ReleaseGrayOrgGetResponseBody {
    /// `value`.
    pub value: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ReleaseGrayOrgGetResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReleaseGrayOrgGetResponseBody { "value" => optional(value) }
}
/// `ReleaseGrayOrgSetResponseBody`: the same model as [`CloseHPackageResponseBody`].
pub type ReleaseGrayOrgSetResponseBody = CloseHPackageResponseBody;
/// `ReleaseGrayPercentGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ReleaseGrayPercentGetResponseBody {
    /// `value`.
    pub value: Option<f64>,
}
rt::impl_deserialize! {
    ReleaseGrayPercentGetResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReleaseGrayPercentGetResponseBody { "value" => optional(value) }
}
/// `ReleaseGrayPercentSetResponseBody`: the same model as [`CloseHPackageResponseBody`].
pub type ReleaseGrayPercentSetResponseBody = CloseHPackageResponseBody;
/// `ReleaseGrayUserIdGetResponseBody`: the same model as [`ReleaseGrayOrgGetResponseBody`].
pub type ReleaseGrayUserIdGetResponseBody = ReleaseGrayOrgGetResponseBody;
/// `HPackageListGetResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HPackageListGetResponseBodyList {
    /// `avaliable`.
    pub avaliable: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `finished`.
    pub finished: Option<bool>,
    /// `operationTime`.
    pub operation_time: Option<i64>,
    /// `packageSize`.
    pub package_size: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    HPackageListGetResponseBodyList { "avaliable" => read_field(avaliable), "creator" =>
    read_field(creator), "finished" => read_field(finished), "operationTime" =>
    read_field(operation_time), "packageSize" => read_field(package_size), "status" =>
    read_field(status), "taskId" => read_field(task_id), "version" => read_field(version)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HPackageListGetResponseBodyList { "avaliable" => optional(avaliable), "creator" =>
    optional(creator), "finished" => optional(finished), "operationTime" =>
    optional(operation_time), "packageSize" => optional(package_size), "status" =>
    optional(status), "taskId" => optional(task_id), "version" => optional(version) }
}
/// The request of [`Api::close_h_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseHPackageRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
}
/// The required fields of [`CloseHPackageRequest`], each named where it is set: `CloseHPackageRequest::new(CloseHPackageRequired { .. })`.
pub struct CloseHPackageRequired {
    /// `miniAppId`: see [`CloseHPackageRequest::mini_app_id`].
    pub mini_app_id: String,
}
impl CloseHPackageRequest {
    /// A `CloseHPackageRequest` with its required fields (`miniAppId`); set the others with the methods named after them.
    pub fn new(required: CloseHPackageRequired) -> Self {
        let CloseHPackageRequired { mini_app_id } = required;
        Self { mini_app_id }
    }
}
rt::impl_serialize! {
    CloseHPackageRequest { "miniAppId" => field(mini_app_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseHPackageRequest { "miniAppId" => read_field(mini_app_id) }
}
impl rt::WriteRequest for CloseHPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_upload_token`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUploadTokenRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: Option<String>,
}
impl GetUploadTokenRequest {
    /// An empty `GetUploadTokenRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUploadTokenRequest { "miniAppId" => read_field(mini_app_id) }
}
impl rt::WriteRequest for GetUploadTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
    }
}
/// The request of [`Api::h_package_list_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HPackageListGetRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`HPackageListGetRequest`], each named where it is set: `HPackageListGetRequest::new(HPackageListGetRequired { .. })`.
pub struct HPackageListGetRequired {
    /// `miniAppId`: see [`HPackageListGetRequest::mini_app_id`].
    pub mini_app_id: String,
}
impl HPackageListGetRequest {
    /// A `HPackageListGetRequest` with its required fields (`miniAppId`); set the others with the methods named after them.
    pub fn new(required: HPackageListGetRequired) -> Self {
        let HPackageListGetRequired { mini_app_id } = required;
        Self {
            mini_app_id,
            page_number: None,
            page_size: None,
        }
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
    HPackageListGetRequest { "miniAppId" => read_field(mini_app_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for HPackageListGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::h_publish_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HPublishPackageRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: String,
}
/// The required fields of [`HPublishPackageRequest`], each named where it is set: `HPublishPackageRequest::new(HPublishPackageRequired { .. })`.
pub struct HPublishPackageRequired {
    /// `miniAppId`: see [`HPublishPackageRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`HPublishPackageRequest::version`].
    pub version: String,
}
impl HPublishPackageRequest {
    /// A `HPublishPackageRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: HPublishPackageRequired) -> Self {
        let HPublishPackageRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
rt::impl_serialize! {
    HPublishPackageRequest { "miniAppId" => field(mini_app_id), "version" =>
    field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HPublishPackageRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for HPublishPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::h_upload_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HUploadPackageRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `ossObjectKey`.
    pub oss_object_key: String,
}
/// The required fields of [`HUploadPackageRequest`], each named where it is set: `HUploadPackageRequest::new(HUploadPackageRequired { .. })`.
pub struct HUploadPackageRequired {
    /// `miniAppId`: see [`HUploadPackageRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `ossObjectKey`: see [`HUploadPackageRequest::oss_object_key`].
    pub oss_object_key: String,
}
impl HUploadPackageRequest {
    /// A `HUploadPackageRequest` with its required fields (`miniAppId`, `ossObjectKey`); set the others with the methods named after them.
    pub fn new(required: HUploadPackageRequired) -> Self {
        let HUploadPackageRequired { mini_app_id, oss_object_key } = required;
        Self {
            mini_app_id,
            oss_object_key,
        }
    }
}
rt::impl_serialize! {
    HUploadPackageRequest { "miniAppId" => field(mini_app_id), "ossObjectKey" =>
    field(oss_object_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HUploadPackageRequest { "miniAppId" => read_field(mini_app_id), "ossObjectKey" =>
    read_field(oss_object_key) }
}
impl rt::WriteRequest for HUploadPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::h_upload_package_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HUploadPackageStatusRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`HUploadPackageStatusRequest`], each named where it is set: `HUploadPackageStatusRequest::new(HUploadPackageStatusRequired { .. })`.
pub struct HUploadPackageStatusRequired {
    /// `miniAppId`: see [`HUploadPackageStatusRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `taskId`: see [`HUploadPackageStatusRequest::task_id`].
    pub task_id: String,
}
impl HUploadPackageStatusRequest {
    /// A `HUploadPackageStatusRequest` with its required fields (`miniAppId`, `taskId`); set the others with the methods named after them.
    pub fn new(required: HUploadPackageStatusRequired) -> Self {
        let HUploadPackageStatusRequired { mini_app_id, task_id } = required;
        Self { mini_app_id, task_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HUploadPackageStatusRequest { "miniAppId" => read_field(mini_app_id), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for HUploadPackageStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::open_micro_app_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenMicroAppPackageRequest {
    /// `agentId`.
    pub agent_id: i64,
}
/// The required fields of [`OpenMicroAppPackageRequest`], each named where it is set: `OpenMicroAppPackageRequest::new(OpenMicroAppPackageRequired { .. })`.
pub struct OpenMicroAppPackageRequired {
    /// `agentId`: see [`OpenMicroAppPackageRequest::agent_id`].
    pub agent_id: i64,
}
impl OpenMicroAppPackageRequest {
    /// A `OpenMicroAppPackageRequest` with its required fields (`agentId`); set the others with the methods named after them.
    pub fn new(required: OpenMicroAppPackageRequired) -> Self {
        let OpenMicroAppPackageRequired { agent_id } = required;
        Self { agent_id }
    }
}
rt::impl_serialize! {
    OpenMicroAppPackageRequest { "agentId" => field(agent_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenMicroAppPackageRequest { "agentId" => read_field(agent_id) }
}
impl rt::WriteRequest for OpenMicroAppPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_gray_deploy`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayDeployRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: String,
}
/// The required fields of [`ReleaseGrayDeployRequest`], each named where it is set: `ReleaseGrayDeployRequest::new(ReleaseGrayDeployRequired { .. })`.
pub struct ReleaseGrayDeployRequired {
    /// `miniAppId`: see [`ReleaseGrayDeployRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`ReleaseGrayDeployRequest::version`].
    pub version: String,
}
impl ReleaseGrayDeployRequest {
    /// A `ReleaseGrayDeployRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayDeployRequired) -> Self {
        let ReleaseGrayDeployRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
rt::impl_serialize! {
    ReleaseGrayDeployRequest { "miniAppId" => field(mini_app_id), "version" =>
    field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayDeployRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayDeployRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_gray_exit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayExitRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `version`.
    pub version: String,
}
/// The required fields of [`ReleaseGrayExitRequest`], each named where it is set: `ReleaseGrayExitRequest::new(ReleaseGrayExitRequired { .. })`.
pub struct ReleaseGrayExitRequired {
    /// `miniAppId`: see [`ReleaseGrayExitRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`ReleaseGrayExitRequest::version`].
    pub version: String,
}
impl ReleaseGrayExitRequest {
    /// A `ReleaseGrayExitRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayExitRequired) -> Self {
        let ReleaseGrayExitRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
rt::impl_serialize! {
    ReleaseGrayExitRequest { "miniAppId" => field(mini_app_id), "version" =>
    field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayExitRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayExitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_gray_org_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayOrgGetRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `version`: a query parameter.
    pub version: String,
}
/// The required fields of [`ReleaseGrayOrgGetRequest`], each named where it is set: `ReleaseGrayOrgGetRequest::new(ReleaseGrayOrgGetRequired { .. })`.
pub struct ReleaseGrayOrgGetRequired {
    /// `miniAppId`: see [`ReleaseGrayOrgGetRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`ReleaseGrayOrgGetRequest::version`].
    pub version: String,
}
impl ReleaseGrayOrgGetRequest {
    /// A `ReleaseGrayOrgGetRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayOrgGetRequired) -> Self {
        let ReleaseGrayOrgGetRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayOrgGetRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayOrgGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::release_gray_org_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayOrgSetRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `value`.
    pub value: Vec<String>,
    /// `version`.
    pub version: String,
}
/// The required fields of [`ReleaseGrayOrgSetRequest`], each named where it is set: `ReleaseGrayOrgSetRequest::new(ReleaseGrayOrgSetRequired { .. })`.
pub struct ReleaseGrayOrgSetRequired {
    /// `miniAppId`: see [`ReleaseGrayOrgSetRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `value`: see [`ReleaseGrayOrgSetRequest::value`].
    pub value: Vec<String>,
    /// `version`: see [`ReleaseGrayOrgSetRequest::version`].
    pub version: String,
}
impl ReleaseGrayOrgSetRequest {
    /// A `ReleaseGrayOrgSetRequest` with its required fields (`miniAppId`, `value`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayOrgSetRequired) -> Self {
        let ReleaseGrayOrgSetRequired { mini_app_id, value, version } = required;
        Self {
            mini_app_id,
            value,
            version,
        }
    }
}
rt::impl_serialize! {
    ReleaseGrayOrgSetRequest { "miniAppId" => field(mini_app_id), "value" =>
    field(value), "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayOrgSetRequest { "miniAppId" => read_field(mini_app_id), "value" =>
    read_field(value), "version" => read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayOrgSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_gray_percent_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayPercentGetRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `version`: a query parameter.
    pub version: String,
}
/// The required fields of [`ReleaseGrayPercentGetRequest`], each named where it is set: `ReleaseGrayPercentGetRequest::new(ReleaseGrayPercentGetRequired { .. })`.
pub struct ReleaseGrayPercentGetRequired {
    /// `miniAppId`: see [`ReleaseGrayPercentGetRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`ReleaseGrayPercentGetRequest::version`].
    pub version: String,
}
impl ReleaseGrayPercentGetRequest {
    /// A `ReleaseGrayPercentGetRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayPercentGetRequired) -> Self {
        let ReleaseGrayPercentGetRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayPercentGetRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayPercentGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("version", &self.version);
    }
}
/// The request of [`Api::release_gray_percent_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayPercentSetRequest {
    /// `miniAppId`.
    pub mini_app_id: String,
    /// `value`.
    pub value: f64,
    /// `version`.
    pub version: String,
}
/// The required fields of [`ReleaseGrayPercentSetRequest`], each named where it is set: `ReleaseGrayPercentSetRequest::new(ReleaseGrayPercentSetRequired { .. })`.
pub struct ReleaseGrayPercentSetRequired {
    /// `miniAppId`: see [`ReleaseGrayPercentSetRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `value`: see [`ReleaseGrayPercentSetRequest::value`].
    pub value: f64,
    /// `version`: see [`ReleaseGrayPercentSetRequest::version`].
    pub version: String,
}
impl ReleaseGrayPercentSetRequest {
    /// A `ReleaseGrayPercentSetRequest` with its required fields (`miniAppId`, `value`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayPercentSetRequired) -> Self {
        let ReleaseGrayPercentSetRequired { mini_app_id, value, version } = required;
        Self {
            mini_app_id,
            value,
            version,
        }
    }
}
rt::impl_serialize! {
    ReleaseGrayPercentSetRequest { "miniAppId" => field(mini_app_id), "value" =>
    field(value), "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayPercentSetRequest { "miniAppId" => read_field(mini_app_id), "value" =>
    read_field(value), "version" => read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayPercentSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_gray_user_id_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseGrayUserIdGetRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: String,
    /// `version`: a query parameter.
    pub version: String,
}
/// The required fields of [`ReleaseGrayUserIdGetRequest`], each named where it is set: `ReleaseGrayUserIdGetRequest::new(ReleaseGrayUserIdGetRequired { .. })`.
pub struct ReleaseGrayUserIdGetRequired {
    /// `miniAppId`: see [`ReleaseGrayUserIdGetRequest::mini_app_id`].
    pub mini_app_id: String,
    /// `version`: see [`ReleaseGrayUserIdGetRequest::version`].
    pub version: String,
}
impl ReleaseGrayUserIdGetRequest {
    /// A `ReleaseGrayUserIdGetRequest` with its required fields (`miniAppId`, `version`); set the others with the methods named after them.
    pub fn new(required: ReleaseGrayUserIdGetRequired) -> Self {
        let ReleaseGrayUserIdGetRequired { mini_app_id, version } = required;
        Self { mini_app_id, version }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseGrayUserIdGetRequest { "miniAppId" => read_field(mini_app_id), "version" =>
    read_field(version) }
}
impl rt::WriteRequest for ReleaseGrayUserIdGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
        writer.query("version", &self.version);
    }
}
/// An error reply of [`Api::close_h_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseHPackageError = rt::ServiceError;
/// An error reply of [`Api::get_upload_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUploadTokenError = rt::ServiceError;
/// An error reply of [`Api::h_package_list_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HPackageListGetError = rt::ServiceError;
/// An error reply of [`Api::h_publish_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HPublishPackageError = rt::ServiceError;
/// An error reply of [`Api::h_upload_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HUploadPackageError = rt::ServiceError;
/// An error reply of [`Api::h_upload_package_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HUploadPackageStatusError = rt::ServiceError;
/// An error reply of [`Api::open_micro_app_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenMicroAppPackageError = rt::ServiceError;
/// An error reply of [`Api::release_gray_deploy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayDeployError = rt::ServiceError;
/// An error reply of [`Api::release_gray_exit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayExitError = rt::ServiceError;
/// An error reply of [`Api::release_gray_org_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayOrgGetError = rt::ServiceError;
/// An error reply of [`Api::release_gray_org_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayOrgSetError = rt::ServiceError;
/// An error reply of [`Api::release_gray_percent_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayPercentGetError = rt::ServiceError;
/// An error reply of [`Api::release_gray_percent_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayPercentSetError = rt::ServiceError;
/// An error reply of [`Api::release_gray_user_id_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseGrayUserIdGetError = rt::ServiceError;
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
        "CloseHPackage" => {
            rt::conformance::reply(api.close_h_package(&inputs.request(true)?)).await
        }
        "GetUploadToken" => {
            rt::conformance::reply(api.get_upload_token(&inputs.request(false)?)).await
        }
        "HPackageListGet" => {
            rt::conformance::reply(api.h_package_list_get(&inputs.request(false)?)).await
        }
        "HPublishPackage" => {
            rt::conformance::reply(api.h_publish_package(&inputs.request(true)?)).await
        }
        "HUploadPackage" => {
            rt::conformance::reply(api.h_upload_package(&inputs.request(true)?)).await
        }
        "HUploadPackageStatus" => {
            rt::conformance::reply(api.h_upload_package_status(&inputs.request(false)?))
                .await
        }
        "OpenMicroAppPackage" => {
            rt::conformance::reply(api.open_micro_app_package(&inputs.request(true)?))
                .await
        }
        "ReleaseGrayDeploy" => {
            rt::conformance::reply(api.release_gray_deploy(&inputs.request(true)?)).await
        }
        "ReleaseGrayExit" => {
            rt::conformance::reply(api.release_gray_exit(&inputs.request(true)?)).await
        }
        "ReleaseGrayOrgGet" => {
            rt::conformance::reply(api.release_gray_org_get(&inputs.request(false)?))
                .await
        }
        "ReleaseGrayOrgSet" => {
            rt::conformance::reply(api.release_gray_org_set(&inputs.request(true)?))
                .await
        }
        "ReleaseGrayPercentGet" => {
            rt::conformance::reply(api.release_gray_percent_get(&inputs.request(false)?))
                .await
        }
        "ReleaseGrayPercentSet" => {
            rt::conformance::reply(api.release_gray_percent_set(&inputs.request(true)?))
                .await
        }
        "ReleaseGrayUserIdGet" => {
            rt::conformance::reply(api.release_gray_user_id_get(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
