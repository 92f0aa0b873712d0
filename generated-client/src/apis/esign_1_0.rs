// @generated from api-spec/esign_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! e签宝 1.0 (E-signature)：e签宝的企业授权、实名认证、套餐与签署流程。
//!
//! 20 operations, methods of [`Api`] (`client.esign_1_0()`), behind the cargo feature `esign_1_0`; its paths start with `/v1.0/esign/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `esign_1_0`. Get it with `client.esign_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取授权的页面地址
    ///
    /// `POST /v1.0/esign/auths/url`: DingTalk's `AuthUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AuthUrl")]
    #[doc(alias = "/v1.0/esign/auths/url")]
    #[doc(alias = "POST /v1.0/esign/auths/url")]
    pub fn auth_url(
        &self,
        request: &AuthUrlRequest,
    ) -> rt::Call<AuthUrlResponseBody, AuthUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AuthUrl",
            rt::Method::Post,
            "/v1.0/esign/auths/url",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消企业的授权
    ///
    /// `GET /v1.0/esign/corps/auth/cancel`: DingTalk's `CancelCorpAuth` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelCorpAuth")]
    #[doc(alias = "/v1.0/esign/corps/auth/cancel")]
    #[doc(alias = "GET /v1.0/esign/corps/auth/cancel")]
    pub fn cancel_corp_auth(
        &self,
    ) -> rt::Call<CancelCorpAuthResponseBody, CancelCorpAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelCorpAuth",
            rt::Method::Get,
            "/v1.0/esign/corps/auth/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 套餐转售1（分润模式）
    ///
    /// `POST /v1.0/esign/orders/channel`: DingTalk's `ChannelOrder` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChannelOrder")]
    #[doc(alias = "/v1.0/esign/orders/channel")]
    #[doc(alias = "POST /v1.0/esign/orders/channel")]
    pub fn channel_order(
        &self,
        request: &ChannelOrderRequest,
    ) -> rt::Call<ChannelOrderResponseBody, ChannelOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChannelOrder",
            rt::Method::Post,
            "/v1.0/esign/orders/channel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询套餐余量
    ///
    /// `GET /v1.0/esign/contracts/margin`: DingTalk's `ContractMargin` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ContractMargin")]
    #[doc(alias = "/v1.0/esign/contracts/margin")]
    #[doc(alias = "GET /v1.0/esign/contracts/margin")]
    pub fn contract_margin(
        &self,
    ) -> rt::Call<ContractMarginResponseBody, ContractMarginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ContractMargin",
            rt::Method::Get,
            "/v1.0/esign/contracts/margin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询个人信息
    ///
    /// `GET /v1.0/esign/corps/console`: DingTalk's `CorpConsole` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CorpConsole")]
    #[doc(alias = "/v1.0/esign/corps/console")]
    #[doc(alias = "GET /v1.0/esign/corps/console")]
    pub fn corp_console(&self) -> rt::Call<CorpConsoleResponseBody, CorpConsoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CorpConsole",
            rt::Method::Get,
            "/v1.0/esign/corps/console",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询企业信息
    ///
    /// `GET /v1.0/esign/corps/info`: DingTalk's `CorpInfo` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CorpInfo")]
    #[doc(alias = "/v1.0/esign/corps/info")]
    #[doc(alias = "GET /v1.0/esign/corps/info")]
    pub fn corp_info(&self) -> rt::Call<CorpInfoResponseBody, CorpInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CorpInfo",
            rt::Method::Get,
            "/v1.0/esign/corps/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 钉钉ISV服务商的数据初始化
    ///
    /// `GET /v1.0/esign/developers/create`: DingTalk's `CreateDeveloper` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeveloper")]
    #[doc(alias = "/v1.0/esign/developers/create")]
    #[doc(alias = "GET /v1.0/esign/developers/create")]
    pub fn create_developer(
        &self,
        request: &CreateDeveloperRequest,
    ) -> rt::Call<CreateDeveloperResponseBody, CreateDeveloperError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeveloper",
            rt::Method::Get,
            "/v1.0/esign/developers/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取跳转到个人实名的地址
    ///
    /// `POST /v1.0/esign/corps/realname`: DingTalk's `GetCorpRealnameUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpRealnameUrl")]
    #[doc(alias = "/v1.0/esign/corps/realname")]
    #[doc(alias = "POST /v1.0/esign/corps/realname")]
    pub fn get_corp_realname_url(
        &self,
        request: &GetCorpRealnameUrlRequest,
    ) -> rt::Call<GetCorpRealnameUrlResponseBody, GetCorpRealnameUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpRealnameUrl",
            rt::Method::Post,
            "/v1.0/esign/corps/realname",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业e签宝微应用状态
    ///
    /// `GET /v1.0/esign/corps/statuses`: DingTalk's `GetCropStatus` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCropStatus")]
    #[doc(alias = "/v1.0/esign/corps/statuses")]
    #[doc(alias = "GET /v1.0/esign/corps/statuses")]
    pub fn get_crop_status(
        &self,
    ) -> rt::Call<GetCropStatusResponseBody, GetCropStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCropStatus",
            rt::Method::Get,
            "/v1.0/esign/corps/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询文件详情/下载文件
    ///
    /// `GET /v1.0/esign/files/{fileId}`: DingTalk's `GetFile` (module feature `esign_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFile")]
    #[doc(alias = "/v1.0/esign/files/{fileId}")]
    #[doc(alias = "GET /v1.0/esign/files/{fileId}")]
    pub fn get_file(
        &self,
        file_id: &str,
    ) -> rt::Call<GetFileResponseBody, GetFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFile",
            rt::Method::Get,
            "/v1.0/esign/files/{fileId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[file_id], &())
    }
    /// 获取对应流程任务详情
    ///
    /// `GET /v1.0/esign/flows/detail`: DingTalk's `GetFlowDetail` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowDetail")]
    #[doc(alias = "/v1.0/esign/flows/detail")]
    #[doc(alias = "GET /v1.0/esign/flows/detail")]
    pub fn get_flow_detail(
        &self,
        request: &GetFlowDetailRequest,
    ) -> rt::Call<GetFlowDetailResponseBody, GetFlowDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowDetail",
            rt::Method::Get,
            "/v1.0/esign/flows/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取对应流程任务详情
    ///
    /// `GET /v1.0/esign/flows/sign/detail`: DingTalk's `GetFlowSignDetail` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowSignDetail")]
    #[doc(alias = "/v1.0/esign/flows/sign/detail")]
    #[doc(alias = "GET /v1.0/esign/flows/sign/detail")]
    pub fn get_flow_sign_detail(
        &self,
        request: &GetFlowSignDetailRequest,
    ) -> rt::Call<GetFlowSignDetailResponseBody, GetFlowSignDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowSignDetail",
            rt::Method::Get,
            "/v1.0/esign/flows/sign/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起签署的地址
    ///
    /// `POST /v1.0/esign/process/start`: DingTalk's `GetProcessStartUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProcessStartUrl")]
    #[doc(alias = "/v1.0/esign/process/start")]
    #[doc(alias = "POST /v1.0/esign/process/start")]
    pub fn get_process_start_url(
        &self,
        request: &GetProcessStartUrlRequest,
    ) -> rt::Call<GetProcessStartUrlResponseBody, GetProcessStartUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProcessStartUrl",
            rt::Method::Post,
            "/v1.0/esign/process/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取签署人签署地址
    ///
    /// `POST /v1.0/esign/signs/notice/url`: DingTalk's `GetSignNoticeUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSignNoticeUrl")]
    #[doc(alias = "/v1.0/esign/signs/notice/url")]
    #[doc(alias = "POST /v1.0/esign/signs/notice/url")]
    pub fn get_sign_notice_url(
        &self,
        request: &GetSignNoticeUrlRequest,
    ) -> rt::Call<GetSignNoticeUrlResponseBody, GetSignNoticeUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignNoticeUrl",
            rt::Method::Post,
            "/v1.0/esign/signs/notice/url",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过上传方式创建文件
    ///
    /// `POST /v1.0/esign/files/getUploadUrl`: DingTalk's `GetUploadUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUploadUrl")]
    #[doc(alias = "/v1.0/esign/files/getUploadUrl")]
    #[doc(alias = "POST /v1.0/esign/files/getUploadUrl")]
    pub fn get_upload_url(
        &self,
        request: &GetUploadUrlRequest,
    ) -> rt::Call<GetUploadUrlResponseBody, GetUploadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUploadUrl",
            rt::Method::Post,
            "/v1.0/esign/files/getUploadUrl",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询个人信息
    ///
    /// `GET /v1.0/esign/users/{userId}`: DingTalk's `GetUserInfo` (module feature `esign_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserInfo")]
    #[doc(alias = "/v1.0/esign/users/{userId}")]
    #[doc(alias = "GET /v1.0/esign/users/{userId}")]
    pub fn get_user_info(
        &self,
        user_id: &str,
    ) -> rt::Call<GetUserInfoResponseBody, GetUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserInfo",
            rt::Method::Get,
            "/v1.0/esign/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取跳转到个人实名的地址
    ///
    /// `POST /v1.0/esign/users/realname`: DingTalk's `GetUserRealnameUrl` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserRealnameUrl")]
    #[doc(alias = "/v1.0/esign/users/realname")]
    #[doc(alias = "POST /v1.0/esign/users/realname")]
    pub fn get_user_realname_url(
        &self,
        request: &GetUserRealnameUrlRequest,
    ) -> rt::Call<GetUserRealnameUrlResponseBody, GetUserRealnameUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserRealnameUrl",
            rt::Method::Post,
            "/v1.0/esign/users/realname",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程任务合同列表
    ///
    /// `GET /v1.0/esign/flows/docs`: DingTalk's `ListFlowDocs` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListFlowDocs")]
    #[doc(alias = "/v1.0/esign/flows/docs")]
    #[doc(alias = "GET /v1.0/esign/flows/docs")]
    pub fn list_flow_docs(
        &self,
        request: &ListFlowDocsRequest,
    ) -> rt::Call<ListFlowDocsResponseBody, ListFlowDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFlowDocs",
            rt::Method::Get,
            "/v1.0/esign/flows/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程任务用印审批列表
    ///
    /// `GET /v1.0/esign/seals/approval/list`: DingTalk's `ListSealApproval` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSealApproval")]
    #[doc(alias = "/v1.0/esign/seals/approval/list")]
    #[doc(alias = "GET /v1.0/esign/seals/approval/list")]
    pub fn list_seal_approval(
        &self,
        request: &ListSealApprovalRequest,
    ) -> rt::Call<ListSealApprovalResponseBody, ListSealApprovalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSealApproval",
            rt::Method::Get,
            "/v1.0/esign/seals/approval/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 套餐转售2（底价结算模式）
    ///
    /// `POST /v1.0/esign/orders/resale`: DingTalk's `OrderResale` (module feature `esign_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrderResale")]
    #[doc(alias = "/v1.0/esign/orders/resale")]
    #[doc(alias = "POST /v1.0/esign/orders/resale")]
    pub fn order_resale(
        &self,
        request: &OrderResaleRequest,
    ) -> rt::Call<OrderResaleResponseBody, OrderResaleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrderResale",
            rt::Method::Post,
            "/v1.0/esign/orders/resale",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AuthUrlResponseBody`, a model several operations share: also named [`GetCorpRealnameUrlResponseBody`], [`GetProcessStartUrlResponseBody`], [`GetUserRealnameUrlResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<AuthUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    AuthUrlResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AuthUrlResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `CancelCorpAuthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CancelCorpAuthResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CancelCorpAuthResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelCorpAuthResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `ChannelOrderResponseBody`, a model several operations share: also named [`OrderResaleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChannelOrderResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<ChannelOrderResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    ChannelOrderResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChannelOrderResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `ContractMarginResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ContractMarginResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<ContractMarginResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    ContractMarginResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ContractMarginResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `CorpConsoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CorpConsoleResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CorpConsoleResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CorpConsoleResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CorpConsoleResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `CorpInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CorpInfoResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CorpInfoResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CorpInfoResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CorpInfoResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `CreateDeveloperResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeveloperResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<bool>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CreateDeveloperResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeveloperResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetCorpRealnameUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetCorpRealnameUrlResponseBody = AuthUrlResponseBody;
/// `GetCropStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCropStatusResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetCropStatusResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetCropStatusResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCropStatusResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFileResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetFileResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `GetFlowDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFlowDetailResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetFlowDetailResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDetailResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetFlowSignDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFlowSignDetailResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetFlowSignDetailResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowSignDetailResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetProcessStartUrlRequestCcs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessStartUrlRequestCcs {
    /// `account`.
    pub account: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetProcessStartUrlRequestCcs {
    /// An empty `GetProcessStartUrlRequestCcs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account`.
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets `accountName`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn account_type(mut self, value: impl Into<String>) -> Self {
        self.account_type = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetProcessStartUrlRequestCcs { "account" => optional(account), "accountName" =>
    optional(account_name), "accountType" => optional(account_type), "orgName" =>
    optional(org_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessStartUrlRequestCcs { "account" => read_field(account), "accountName" =>
    read_field(account_name), "accountType" => read_field(account_type), "orgName" =>
    read_field(org_name), "userId" => read_field(user_id) }
}
/// `GetProcessStartUrlRequestFiles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessStartUrlRequestFiles {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
}
impl GetProcessStartUrlRequestFiles {
    /// An empty `GetProcessStartUrlRequestFiles`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetProcessStartUrlRequestFiles { "fileId" => optional(file_id), "fileName" =>
    optional(file_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessStartUrlRequestFiles { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name) }
}
/// `GetProcessStartUrlRequestParticipants`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessStartUrlRequestParticipants {
    /// `account`.
    pub account: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `signRequirements`.
    pub sign_requirements: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetProcessStartUrlRequestParticipants {
    /// An empty `GetProcessStartUrlRequestParticipants`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account`.
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets `accountName`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn account_type(mut self, value: impl Into<String>) -> Self {
        self.account_type = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `signRequirements`.
    pub fn sign_requirements(mut self, value: impl Into<String>) -> Self {
        self.sign_requirements = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetProcessStartUrlRequestParticipants { "account" => optional(account), "accountName"
    => optional(account_name), "accountType" => optional(account_type), "orgName" =>
    optional(org_name), "signRequirements" => optional(sign_requirements), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessStartUrlRequestParticipants { "account" => read_field(account),
    "accountName" => read_field(account_name), "accountType" => read_field(account_type),
    "orgName" => read_field(org_name), "signRequirements" =>
    read_field(sign_requirements), "userId" => read_field(user_id) }
}
/// `GetProcessStartUrlRequestSourceInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessStartUrlRequestSourceInfo {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `showText`.
    pub show_text: Option<String>,
}
impl GetProcessStartUrlRequestSourceInfo {
    /// An empty `GetProcessStartUrlRequestSourceInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `showText`.
    pub fn show_text(mut self, value: impl Into<String>) -> Self {
        self.show_text = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetProcessStartUrlRequestSourceInfo { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "showText" => optional(show_text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessStartUrlRequestSourceInfo { "mobileUrl" => read_field(mobile_url), "pcUrl"
    => read_field(pc_url), "showText" => read_field(show_text) }
}
/// `GetProcessStartUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetProcessStartUrlResponseBody = AuthUrlResponseBody;
/// `GetSignNoticeUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignNoticeUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetSignNoticeUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetSignNoticeUrlResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignNoticeUrlResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetUploadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetUploadUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetUploadUrlResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadUrlResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetUserInfoResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetUserRealnameUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetUserRealnameUrlResponseBody = AuthUrlResponseBody;
/// `ListFlowDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFlowDocsResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<Vec<ListFlowDocsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    ListFlowDocsResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFlowDocsResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `ListSealApprovalResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSealApprovalResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<Vec<ListSealApprovalResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    ListSealApprovalResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSealApprovalResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `OrderResaleResponseBody`: the same model as [`ChannelOrderResponseBody`].
pub type OrderResaleResponseBody = ChannelOrderResponseBody;
/// `AuthUrlResponseBodyData`, a model several operations share: also named [`GetCorpRealnameUrlResponseBodyData`], [`GetProcessStartUrlResponseBodyData`], [`GetUserRealnameUrlResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthUrlResponseBodyData {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    AuthUrlResponseBodyData { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AuthUrlResponseBodyData { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "taskId" => optional(task_id) }
}
/// `CancelCorpAuthResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBodyData {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CancelCorpAuthResponseBodyData { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelCorpAuthResponseBodyData { "result" => optional(result) }
}
/// `ChannelOrderResponseBodyData`, a model several operations share: also named [`OrderResaleResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChannelOrderResponseBodyData {
    /// `esignOrderId`.
    pub esign_order_id: Option<String>,
}
rt::impl_deserialize! {
    ChannelOrderResponseBodyData { "esignOrderId" => read_field(esign_order_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChannelOrderResponseBodyData { "esignOrderId" => optional(esign_order_id) }
}
/// `ContractMarginResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ContractMarginResponseBodyData {
    /// `margin`.
    pub margin: Option<i64>,
}
rt::impl_deserialize! {
    ContractMarginResponseBodyData { "margin" => read_field(margin) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ContractMarginResponseBodyData { "margin" => optional(margin) }
}
/// `CorpConsoleResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CorpConsoleResponseBodyData {
    /// `orgConsoleUrl`.
    pub org_console_url: Option<i64>,
}
rt::impl_deserialize! {
    CorpConsoleResponseBodyData { "orgConsoleUrl" => read_field(org_console_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CorpConsoleResponseBodyData { "orgConsoleUrl" => optional(org_console_url) }
}
/// `CorpInfoResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CorpInfoResponseBodyData {
    /// `orgRealName`.
    pub org_real_name: Option<String>,
    /// `realName`.
    pub real_name: Option<bool>,
}
rt::impl_deserialize! {
    CorpInfoResponseBodyData { "orgRealName" => read_field(org_real_name), "realName" =>
    read_field(real_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CorpInfoResponseBodyData { "orgRealName" => optional(org_real_name), "realName" =>
    optional(real_name) }
}
/// `GetCorpRealnameUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetCorpRealnameUrlResponseBodyData = AuthUrlResponseBodyData;
/// `GetCropStatusResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCropStatusResponseBodyData {
    /// `authStatus`.
    pub auth_status: Option<String>,
    /// `installStatus`.
    pub install_status: Option<String>,
}
rt::impl_deserialize! {
    GetCropStatusResponseBodyData { "authStatus" => read_field(auth_status),
    "installStatus" => read_field(install_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCropStatusResponseBodyData { "authStatus" => optional(auth_status),
    "installStatus" => optional(install_status) }
}
/// `GetFileResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileResponseBodyData {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pdfTotalPages`.
    pub pdf_total_pages: Option<i64>,
    /// `size`.
    pub size: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    GetFileResponseBodyData { "downloadUrl" => read_field(download_url), "fileId" =>
    read_field(file_id), "name" => read_field(name), "pdfTotalPages" =>
    read_field(pdf_total_pages), "size" => read_field(size), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileResponseBodyData { "downloadUrl" => optional(download_url), "fileId" =>
    optional(file_id), "name" => optional(name), "pdfTotalPages" =>
    optional(pdf_total_pages), "size" => optional(size), "status" => optional(status) }
}
/// `GetFlowDetailResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBodyData {
    /// `businessSense`.
    pub business_sense: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<i64>,
    /// `initiatorAuthorizedName`.
    pub initiator_authorized_name: Option<String>,
    /// `initiatorName`.
    pub initiator_name: Option<String>,
    /// `logs`.
    pub logs: Option<Vec<GetFlowDetailResponseBodyDataLogs>>,
}
rt::impl_deserialize! {
    GetFlowDetailResponseBodyData { "businessSense" => read_field(business_sense),
    "flowStatus" => read_field(flow_status), "initiatorAuthorizedName" =>
    read_field(initiator_authorized_name), "initiatorName" => read_field(initiator_name),
    "logs" => read_field(logs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDetailResponseBodyData { "businessSense" => optional(business_sense),
    "flowStatus" => optional(flow_status), "initiatorAuthorizedName" =>
    optional(initiator_authorized_name), "initiatorName" => optional(initiator_name),
    "logs" => optional(logs) }
}
/// `GetFlowSignDetailResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBodyData {
    /// `businessSense`.
    pub business_sense: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<i64>,
    /// `signers`.
    pub signers: Option<Vec<GetFlowSignDetailResponseBodyDataSigners>>,
}
rt::impl_deserialize! {
    GetFlowSignDetailResponseBodyData { "businessSense" => read_field(business_sense),
    "flowStatus" => read_field(flow_status), "signers" => read_field(signers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowSignDetailResponseBodyData { "businessSense" => optional(business_sense),
    "flowStatus" => optional(flow_status), "signers" => optional(signers) }
}
/// `GetProcessStartUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetProcessStartUrlResponseBodyData = AuthUrlResponseBodyData;
/// `GetSignNoticeUrlResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignNoticeUrlResponseBodyData {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
rt::impl_deserialize! {
    GetSignNoticeUrlResponseBodyData { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignNoticeUrlResponseBodyData { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url) }
}
/// `GetUploadUrlResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    GetUploadUrlResponseBodyData { "fileId" => read_field(file_id), "uploadUrl" =>
    read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadUrlResponseBodyData { "fileId" => optional(file_id), "uploadUrl" =>
    optional(upload_url) }
}
/// `GetUserInfoResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoResponseBodyData {
    /// `realName`.
    pub real_name: Option<bool>,
    /// `userRealName`.
    pub user_real_name: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoResponseBodyData { "realName" => read_field(real_name), "userRealName" =>
    read_field(user_real_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoResponseBodyData { "realName" => optional(real_name), "userRealName" =>
    optional(user_real_name) }
}
/// `GetUserRealnameUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetUserRealnameUrlResponseBodyData = AuthUrlResponseBodyData;
/// `ListFlowDocsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFlowDocsResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
rt::impl_deserialize! {
    ListFlowDocsResponseBodyData { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileUrl" => read_field(file_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFlowDocsResponseBodyData { "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileUrl" => optional(file_url) }
}
/// `ListSealApprovalResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSealApprovalResponseBodyData {
    /// `approvalName`.
    pub approval_name: Option<String>,
    /// `approvalNodes`.
    pub approval_nodes: Option<Vec<ListSealApprovalResponseBodyDataApprovalNodes>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `refuseReason`.
    pub refuse_reason: Option<String>,
    /// `sealIdImg`.
    pub seal_id_img: Option<String>,
    /// `sponsorAccountName`.
    pub sponsor_account_name: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ListSealApprovalResponseBodyData { "approvalName" => read_field(approval_name),
    "approvalNodes" => read_field(approval_nodes), "endTime" => read_field(end_time),
    "refuseReason" => read_field(refuse_reason), "sealIdImg" => read_field(seal_id_img),
    "sponsorAccountName" => read_field(sponsor_account_name), "startTime" =>
    read_field(start_time), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSealApprovalResponseBodyData { "approvalName" => optional(approval_name),
    "approvalNodes" => optional(approval_nodes), "endTime" => optional(end_time),
    "refuseReason" => optional(refuse_reason), "sealIdImg" => optional(seal_id_img),
    "sponsorAccountName" => optional(sponsor_account_name), "startTime" =>
    optional(start_time), "status" => optional(status) }
}
/// `OrderResaleResponseBodyData`: the same model as [`ChannelOrderResponseBodyData`].
pub type OrderResaleResponseBodyData = ChannelOrderResponseBodyData;
/// `GetFlowDetailResponseBodyDataLogs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBodyDataLogs {
    /// `logType`.
    pub log_type: Option<String>,
    /// `operateDescription`.
    pub operate_description: Option<String>,
    /// `operateTime`.
    pub operate_time: Option<i64>,
    /// `operatorAccountName`.
    pub operator_account_name: Option<String>,
}
rt::impl_deserialize! {
    GetFlowDetailResponseBodyDataLogs { "logType" => read_field(log_type),
    "operateDescription" => read_field(operate_description), "operateTime" =>
    read_field(operate_time), "operatorAccountName" => read_field(operator_account_name)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDetailResponseBodyDataLogs { "logType" => optional(log_type),
    "operateDescription" => optional(operate_description), "operateTime" =>
    optional(operate_time), "operatorAccountName" => optional(operator_account_name) }
}
/// `GetFlowSignDetailResponseBodyDataSigners`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBodyDataSigners {
    /// `signStatus`.
    pub sign_status: Option<i64>,
    /// `signerName`.
    pub signer_name: Option<String>,
}
rt::impl_deserialize! {
    GetFlowSignDetailResponseBodyDataSigners { "signStatus" => read_field(sign_status),
    "signerName" => read_field(signer_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowSignDetailResponseBodyDataSigners { "signStatus" => optional(sign_status),
    "signerName" => optional(signer_name) }
}
/// `ListSealApprovalResponseBodyDataApprovalNodes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSealApprovalResponseBodyDataApprovalNodes {
    /// `approvalTime`.
    pub approval_time: Option<i64>,
    /// `approverName`.
    pub approver_name: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ListSealApprovalResponseBodyDataApprovalNodes { "approvalTime" =>
    read_field(approval_time), "approverName" => read_field(approver_name), "startTime"
    => read_field(start_time), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSealApprovalResponseBodyDataApprovalNodes { "approvalTime" =>
    optional(approval_time), "approverName" => optional(approver_name), "startTime" =>
    optional(start_time), "status" => optional(status) }
}
/// The request of [`Api::auth_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AuthUrlRequest {
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
}
impl AuthUrlRequest {
    /// An empty `AuthUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AuthUrlRequest { "redirectUrl" => optional(redirect_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AuthUrlRequest { "redirectUrl" => read_field(redirect_url) }
}
impl rt::WriteRequest for AuthUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::channel_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChannelOrderRequest {
    /// `itemCode`.
    pub item_code: String,
    /// `itemName`.
    pub item_name: String,
    /// `orderCreateTime`.
    pub order_create_time: Option<i64>,
    /// `orderId`.
    pub order_id: String,
    /// `payFee`.
    pub pay_fee: i64,
    /// `quantity`.
    pub quantity: i64,
}
/// The required fields of [`ChannelOrderRequest`], each named where it is set: `ChannelOrderRequest::new(ChannelOrderRequired { .. })`.
pub struct ChannelOrderRequired {
    /// `itemCode`: see [`ChannelOrderRequest::item_code`].
    pub item_code: String,
    /// `itemName`: see [`ChannelOrderRequest::item_name`].
    pub item_name: String,
    /// `orderId`: see [`ChannelOrderRequest::order_id`].
    pub order_id: String,
    /// `payFee`: see [`ChannelOrderRequest::pay_fee`].
    pub pay_fee: i64,
    /// `quantity`: see [`ChannelOrderRequest::quantity`].
    pub quantity: i64,
}
impl ChannelOrderRequest {
    /// A `ChannelOrderRequest` with its required fields (`itemCode`, `itemName`, `orderId`, `payFee`, `quantity`); set the others with the methods named after them.
    pub fn new(required: ChannelOrderRequired) -> Self {
        let ChannelOrderRequired { item_code, item_name, order_id, pay_fee, quantity } = required;
        Self {
            item_code,
            item_name,
            order_create_time: None,
            order_id,
            pay_fee,
            quantity,
        }
    }
    /// Sets `orderCreateTime`.
    pub fn order_create_time(mut self, value: i64) -> Self {
        self.order_create_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    ChannelOrderRequest { "itemCode" => field(item_code), "itemName" => field(item_name),
    "orderCreateTime" => optional(order_create_time), "orderId" => field(order_id),
    "payFee" => field(pay_fee), "quantity" => field(quantity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChannelOrderRequest { "itemCode" => read_field(item_code), "itemName" =>
    read_field(item_name), "orderCreateTime" => read_field(order_create_time), "orderId"
    => read_field(order_id), "payFee" => read_field(pay_fee), "quantity" =>
    read_field(quantity) }
}
impl rt::WriteRequest for ChannelOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_developer`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeveloperRequest {
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
}
impl CreateDeveloperRequest {
    /// An empty `CreateDeveloperRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDeveloperRequest { "redirectUrl" => optional(redirect_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeveloperRequest { "redirectUrl" => read_field(redirect_url) }
}
impl rt::WriteRequest for CreateDeveloperRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_corp_realname_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCorpRealnameUrlRequest {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetCorpRealnameUrlRequest`], each named where it is set: `GetCorpRealnameUrlRequest::new(GetCorpRealnameUrlRequired { .. })`.
pub struct GetCorpRealnameUrlRequired {
    /// `userId`: see [`GetCorpRealnameUrlRequest::user_id`].
    pub user_id: String,
}
impl GetCorpRealnameUrlRequest {
    /// A `GetCorpRealnameUrlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetCorpRealnameUrlRequired) -> Self {
        let GetCorpRealnameUrlRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    GetCorpRealnameUrlRequest { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpRealnameUrlRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetCorpRealnameUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_flow_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDetailRequest {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl GetFlowDetailRequest {
    /// An empty `GetFlowDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlowDetailRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetFlowDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::get_flow_sign_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowSignDetailRequest {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl GetFlowSignDetailRequest {
    /// An empty `GetFlowSignDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlowSignDetailRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetFlowSignDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::get_process_start_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProcessStartUrlRequest {
    /// `ccs`.
    pub ccs: Option<Vec<GetProcessStartUrlRequestCcs>>,
    /// `files`.
    pub files: Option<Vec<GetProcessStartUrlRequestFiles>>,
    /// `initiatorUserId`.
    pub initiator_user_id: Option<String>,
    /// `participants`.
    pub participants: Option<Vec<GetProcessStartUrlRequestParticipants>>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `sourceInfo`.
    pub source_info: Option<GetProcessStartUrlRequestSourceInfo>,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl GetProcessStartUrlRequest {
    /// An empty `GetProcessStartUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ccs`.
    pub fn ccs(
        mut self,
        value: impl IntoIterator<Item = GetProcessStartUrlRequestCcs>,
    ) -> Self {
        self.ccs = Some(value.into_iter().collect());
        self
    }
    /// Sets `files`.
    pub fn files(
        mut self,
        value: impl IntoIterator<Item = GetProcessStartUrlRequestFiles>,
    ) -> Self {
        self.files = Some(value.into_iter().collect());
        self
    }
    /// Sets `initiatorUserId`.
    pub fn initiator_user_id(mut self, value: impl Into<String>) -> Self {
        self.initiator_user_id = Some(value.into());
        self
    }
    /// Sets `participants`.
    pub fn participants(
        mut self,
        value: impl IntoIterator<Item = GetProcessStartUrlRequestParticipants>,
    ) -> Self {
        self.participants = Some(value.into_iter().collect());
        self
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets `sourceInfo`.
    pub fn source_info(mut self, value: GetProcessStartUrlRequestSourceInfo) -> Self {
        self.source_info = Some(value);
        self
    }
    /// Sets `taskName`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetProcessStartUrlRequest { "ccs" => optional(ccs), "files" => optional(files),
    "initiatorUserId" => optional(initiator_user_id), "participants" =>
    optional(participants), "redirectUrl" => optional(redirect_url), "sourceInfo" =>
    optional(source_info), "taskName" => optional(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProcessStartUrlRequest { "ccs" => read_field(ccs), "files" => read_field(files),
    "initiatorUserId" => read_field(initiator_user_id), "participants" =>
    read_field(participants), "redirectUrl" => read_field(redirect_url), "sourceInfo" =>
    read_field(source_info), "taskName" => read_field(task_name) }
}
impl rt::WriteRequest for GetProcessStartUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sign_notice_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignNoticeUrlRequest {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl GetSignNoticeUrlRequest {
    /// An empty `GetSignNoticeUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetSignNoticeUrlRequest { "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSignNoticeUrlRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetSignNoticeUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_upload_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUploadUrlRequest {
    /// `contentMd5`.
    pub content_md5: String,
    /// `contentType`.
    pub content_type: String,
    /// `convert2Pdf`.
    pub convert2_pdf: bool,
    /// `fileName`.
    pub file_name: String,
    /// `fileSize`.
    pub file_size: i64,
}
/// The required fields of [`GetUploadUrlRequest`], each named where it is set: `GetUploadUrlRequest::new(GetUploadUrlRequired { .. })`.
pub struct GetUploadUrlRequired {
    /// `contentMd5`: see [`GetUploadUrlRequest::content_md5`].
    pub content_md5: String,
    /// `contentType`: see [`GetUploadUrlRequest::content_type`].
    pub content_type: String,
    /// `convert2Pdf`: see [`GetUploadUrlRequest::convert2_pdf`].
    pub convert2_pdf: bool,
    /// `fileName`: see [`GetUploadUrlRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`GetUploadUrlRequest::file_size`].
    pub file_size: i64,
}
impl GetUploadUrlRequest {
    /// A `GetUploadUrlRequest` with its required fields (`contentMd5`, `contentType`, `convert2Pdf`, `fileName`, `fileSize`); set the others with the methods named after them.
    pub fn new(required: GetUploadUrlRequired) -> Self {
        let GetUploadUrlRequired {
            content_md5,
            content_type,
            convert2_pdf,
            file_name,
            file_size,
        } = required;
        Self {
            content_md5,
            content_type,
            convert2_pdf,
            file_name,
            file_size,
        }
    }
}
rt::impl_serialize! {
    GetUploadUrlRequest { "contentMd5" => field(content_md5), "contentType" =>
    field(content_type), "convert2Pdf" => field(convert2_pdf), "fileName" =>
    field(file_name), "fileSize" => field(file_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUploadUrlRequest { "contentMd5" => read_field(content_md5), "contentType" =>
    read_field(content_type), "convert2Pdf" => read_field(convert2_pdf), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size) }
}
impl rt::WriteRequest for GetUploadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_realname_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserRealnameUrlRequest {
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetUserRealnameUrlRequest`], each named where it is set: `GetUserRealnameUrlRequest::new(GetUserRealnameUrlRequired { .. })`.
pub struct GetUserRealnameUrlRequired {
    /// `userId`: see [`GetUserRealnameUrlRequest::user_id`].
    pub user_id: String,
}
impl GetUserRealnameUrlRequest {
    /// A `GetUserRealnameUrlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetUserRealnameUrlRequired) -> Self {
        let GetUserRealnameUrlRequired { user_id } = required;
        Self {
            redirect_url: None,
            user_id,
        }
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserRealnameUrlRequest { "redirectUrl" => optional(redirect_url), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserRealnameUrlRequest { "redirectUrl" => read_field(redirect_url), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetUserRealnameUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_flow_docs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFlowDocsRequest {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl ListFlowDocsRequest {
    /// An empty `ListFlowDocsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFlowDocsRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for ListFlowDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::list_seal_approval`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSealApprovalRequest {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl ListSealApprovalRequest {
    /// An empty `ListSealApprovalRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSealApprovalRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for ListSealApprovalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::order_resale`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrderResaleRequest {
    /// `orderCreateTime`.
    pub order_create_time: i64,
    /// `orderId`.
    pub order_id: String,
    /// `quantity`.
    pub quantity: i64,
    /// `serviceStartTime`.
    pub service_start_time: i64,
    /// `serviceStopTime`.
    pub service_stop_time: i64,
}
/// The required fields of [`OrderResaleRequest`], each named where it is set: `OrderResaleRequest::new(OrderResaleRequired { .. })`.
pub struct OrderResaleRequired {
    /// `orderCreateTime`: see [`OrderResaleRequest::order_create_time`].
    pub order_create_time: i64,
    /// `orderId`: see [`OrderResaleRequest::order_id`].
    pub order_id: String,
    /// `quantity`: see [`OrderResaleRequest::quantity`].
    pub quantity: i64,
    /// `serviceStartTime`: see [`OrderResaleRequest::service_start_time`].
    pub service_start_time: i64,
    /// `serviceStopTime`: see [`OrderResaleRequest::service_stop_time`].
    pub service_stop_time: i64,
}
impl OrderResaleRequest {
    /// A `OrderResaleRequest` with its required fields (`orderCreateTime`, `orderId`, `quantity`, `serviceStartTime`, `serviceStopTime`); set the others with the methods named after them.
    pub fn new(required: OrderResaleRequired) -> Self {
        let OrderResaleRequired {
            order_create_time,
            order_id,
            quantity,
            service_start_time,
            service_stop_time,
        } = required;
        Self {
            order_create_time,
            order_id,
            quantity,
            service_start_time,
            service_stop_time,
        }
    }
}
rt::impl_serialize! {
    OrderResaleRequest { "orderCreateTime" => field(order_create_time), "orderId" =>
    field(order_id), "quantity" => field(quantity), "serviceStartTime" =>
    field(service_start_time), "serviceStopTime" => field(service_stop_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderResaleRequest { "orderCreateTime" => read_field(order_create_time), "orderId" =>
    read_field(order_id), "quantity" => read_field(quantity), "serviceStartTime" =>
    read_field(service_start_time), "serviceStopTime" => read_field(service_stop_time) }
}
impl rt::WriteRequest for OrderResaleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::auth_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AuthUrlError = rt::ServiceError;
/// An error reply of [`Api::cancel_corp_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelCorpAuthError = rt::ServiceError;
/// An error reply of [`Api::channel_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChannelOrderError = rt::ServiceError;
/// An error reply of [`Api::contract_margin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ContractMarginError = rt::ServiceError;
/// An error reply of [`Api::corp_console`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CorpConsoleError = rt::ServiceError;
/// An error reply of [`Api::corp_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CorpInfoError = rt::ServiceError;
/// An error reply of [`Api::create_developer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeveloperError = rt::ServiceError;
/// An error reply of [`Api::get_corp_realname_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpRealnameUrlError = rt::ServiceError;
/// An error reply of [`Api::get_crop_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCropStatusError = rt::ServiceError;
/// An error reply of [`Api::get_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileError = rt::ServiceError;
/// An error reply of [`Api::get_flow_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowDetailError = rt::ServiceError;
/// An error reply of [`Api::get_flow_sign_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowSignDetailError = rt::ServiceError;
/// An error reply of [`Api::get_process_start_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProcessStartUrlError = rt::ServiceError;
/// An error reply of [`Api::get_sign_notice_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignNoticeUrlError = rt::ServiceError;
/// An error reply of [`Api::get_upload_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUploadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserInfoError = rt::ServiceError;
/// An error reply of [`Api::get_user_realname_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserRealnameUrlError = rt::ServiceError;
/// An error reply of [`Api::list_flow_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFlowDocsError = rt::ServiceError;
/// An error reply of [`Api::list_seal_approval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSealApprovalError = rt::ServiceError;
/// An error reply of [`Api::order_resale`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrderResaleError = rt::ServiceError;
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
        "AuthUrl" => rt::conformance::reply(api.auth_url(&inputs.request(true)?)).await,
        "CancelCorpAuth" => rt::conformance::reply(api.cancel_corp_auth()).await,
        "ChannelOrder" => {
            rt::conformance::reply(api.channel_order(&inputs.request(true)?)).await
        }
        "ContractMargin" => rt::conformance::reply(api.contract_margin()).await,
        "CorpConsole" => rt::conformance::reply(api.corp_console()).await,
        "CorpInfo" => rt::conformance::reply(api.corp_info()).await,
        "CreateDeveloper" => {
            rt::conformance::reply(api.create_developer(&inputs.request(true)?)).await
        }
        "GetCorpRealnameUrl" => {
            rt::conformance::reply(api.get_corp_realname_url(&inputs.request(true)?))
                .await
        }
        "GetCropStatus" => rt::conformance::reply(api.get_crop_status()).await,
        "GetFile" => rt::conformance::reply(api.get_file(inputs.path(0usize)?)).await,
        "GetFlowDetail" => {
            rt::conformance::reply(api.get_flow_detail(&inputs.request(false)?)).await
        }
        "GetFlowSignDetail" => {
            rt::conformance::reply(api.get_flow_sign_detail(&inputs.request(false)?))
                .await
        }
        "GetProcessStartUrl" => {
            rt::conformance::reply(api.get_process_start_url(&inputs.request(true)?))
                .await
        }
        "GetSignNoticeUrl" => {
            rt::conformance::reply(api.get_sign_notice_url(&inputs.request(true)?)).await
        }
        "GetUploadUrl" => {
            rt::conformance::reply(api.get_upload_url(&inputs.request(true)?)).await
        }
        "GetUserInfo" => {
            rt::conformance::reply(api.get_user_info(inputs.path(0usize)?)).await
        }
        "GetUserRealnameUrl" => {
            rt::conformance::reply(api.get_user_realname_url(&inputs.request(true)?))
                .await
        }
        "ListFlowDocs" => {
            rt::conformance::reply(api.list_flow_docs(&inputs.request(false)?)).await
        }
        "ListSealApproval" => {
            rt::conformance::reply(api.list_seal_approval(&inputs.request(false)?)).await
        }
        "OrderResale" => {
            rt::conformance::reply(api.order_resale(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
