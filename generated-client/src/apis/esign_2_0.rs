// @generated from api-spec/esign_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! e签宝 2.0 (E-signature 2.0)：签署流程、用印审批、用户与企业授权。
//!
//! 22 operations, methods of [`Api`] (`client.esign_2_0()`), behind the cargo feature `esign_2_0`; its paths start with `/v2.0/esign/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `esign_2_0`. Get it with `client.esign_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取流程任务用印审批列表
    ///
    /// `GET /v2.0/esign/approvals/{taskId}`: DingTalk's `ApprovalList` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ApprovalList")]
    #[doc(alias = "/v2.0/esign/approvals/{taskId}")]
    #[doc(alias = "GET /v2.0/esign/approvals/{taskId}")]
    pub fn approval_list(
        &self,
        task_id: &str,
        request: &ApprovalListRequest,
    ) -> rt::Call<ApprovalListResponseBody, ApprovalListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApprovalList",
            rt::Method::Get,
            "/v2.0/esign/approvals/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 取消企业的授权
    ///
    /// `POST /v2.0/esign/auths/cancel`: DingTalk's `CancelCorpAuth` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelCorpAuth")]
    #[doc(alias = "/v2.0/esign/auths/cancel")]
    #[doc(alias = "POST /v2.0/esign/auths/cancel")]
    pub fn cancel_corp_auth(
        &self,
        request: &CancelCorpAuthRequest,
    ) -> rt::Call<CancelCorpAuthResponseBody, CancelCorpAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelCorpAuth",
            rt::Method::Post,
            "/v2.0/esign/auths/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 套餐转售1（分润模式）
    ///
    /// `POST /v2.0/esign/orders/channel`: DingTalk's `ChannelOrders` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChannelOrders")]
    #[doc(alias = "/v2.0/esign/orders/channel")]
    #[doc(alias = "POST /v2.0/esign/orders/channel")]
    pub fn channel_orders(
        &self,
        request: &ChannelOrdersRequest,
    ) -> rt::Call<ChannelOrdersResponseBody, ChannelOrdersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChannelOrders",
            rt::Method::Post,
            "/v2.0/esign/orders/channel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生成企业实名的跳转地址
    ///
    /// `POST /v2.0/esign/corps/realnames`: DingTalk's `CorpRealname` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CorpRealname")]
    #[doc(alias = "/v2.0/esign/corps/realnames")]
    #[doc(alias = "POST /v2.0/esign/corps/realnames")]
    pub fn corp_realname(
        &self,
        request: &CorpRealnameRequest,
    ) -> rt::Call<CorpRealnameResponseBody, CorpRealnameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CorpRealname",
            rt::Method::Post,
            "/v2.0/esign/corps/realnames",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉ISV服务商数据初始化
    ///
    /// `POST /v2.0/esign/developers`: DingTalk's `CreateDevelopers` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDevelopers")]
    #[doc(alias = "/v2.0/esign/developers")]
    #[doc(alias = "POST /v2.0/esign/developers")]
    pub fn create_developers(
        &self,
        request: &CreateDevelopersRequest,
    ) -> rt::Call<CreateDevelopersResponseBody, CreateDevelopersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDevelopers",
            rt::Method::Post,
            "/v2.0/esign/developers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过API发起签署流程
    ///
    /// `POST /v2.0/esign/process/startAtOnce`: DingTalk's `CreateProcess` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProcess")]
    #[doc(alias = "/v2.0/esign/process/startAtOnce")]
    #[doc(alias = "POST /v2.0/esign/process/startAtOnce")]
    pub fn create_process(
        &self,
        request: &CreateProcessRequest,
    ) -> rt::Call<CreateProcessResponseBody, CreateProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProcess",
            rt::Method::Post,
            "/v2.0/esign/process/startAtOnce",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取钉钉审批实例-电子附件信息
    ///
    /// `GET /v2.0/esign/dingInstances/{instanceId}/attachments`: DingTalk's `GetAttachsApproval` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id`: `{instanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAttachsApproval")]
    #[doc(alias = "/v2.0/esign/dingInstances/{instanceId}/attachments")]
    #[doc(alias = "GET /v2.0/esign/dingInstances/{instanceId}/attachments")]
    pub fn get_attachs_approval(
        &self,
        instance_id: &str,
        request: &GetAttachsApprovalRequest,
    ) -> rt::Call<GetAttachsApprovalResponseBody, GetAttachsApprovalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAttachsApproval",
            rt::Method::Get,
            "/v2.0/esign/dingInstances/{instanceId}/attachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 生成授权页面地址
    ///
    /// `POST /v2.0/esign/auths/urls`: DingTalk's `GetAuthUrl` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAuthUrl")]
    #[doc(alias = "/v2.0/esign/auths/urls")]
    #[doc(alias = "POST /v2.0/esign/auths/urls")]
    pub fn get_auth_url(
        &self,
        request: &GetAuthUrlRequest,
    ) -> rt::Call<GetAuthUrlResponseBody, GetAuthUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAuthUrl",
            rt::Method::Post,
            "/v2.0/esign/auths/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询套餐余量
    ///
    /// `GET /v2.0/esign/margins`: DingTalk's `GetContractMargin` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContractMargin")]
    #[doc(alias = "/v2.0/esign/margins")]
    #[doc(alias = "GET /v2.0/esign/margins")]
    pub fn get_contract_margin(
        &self,
        request: &GetContractMarginRequest,
    ) -> rt::Call<GetContractMarginResponseBody, GetContractMarginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContractMargin",
            rt::Method::Get,
            "/v2.0/esign/margins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业控制台地址
    ///
    /// `GET /v2.0/esign/corps/consoles`: DingTalk's `GetCorpConsole` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpConsole")]
    #[doc(alias = "/v2.0/esign/corps/consoles")]
    #[doc(alias = "GET /v2.0/esign/corps/consoles")]
    pub fn get_corp_console(
        &self,
        request: &GetCorpConsoleRequest,
    ) -> rt::Call<GetCorpConsoleResponseBody, GetCorpConsoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpConsole",
            rt::Method::Get,
            "/v2.0/esign/corps/consoles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业信息
    ///
    /// `GET /v2.0/esign/corps/infos`: DingTalk's `GetCorpInfo` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpInfo")]
    #[doc(alias = "/v2.0/esign/corps/infos")]
    #[doc(alias = "GET /v2.0/esign/corps/infos")]
    pub fn get_corp_info(
        &self,
        request: &GetCorpInfoRequest,
    ) -> rt::Call<GetCorpInfoResponseBody, GetCorpInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpInfo",
            rt::Method::Get,
            "/v2.0/esign/corps/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取签署人签署地址
    ///
    /// `POST /v2.0/esign/process/executeUrls`: DingTalk's `GetExecuteUrl` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetExecuteUrl")]
    #[doc(alias = "/v2.0/esign/process/executeUrls")]
    #[doc(alias = "POST /v2.0/esign/process/executeUrls")]
    pub fn get_execute_url(
        &self,
        request: &GetExecuteUrlRequest,
    ) -> rt::Call<GetExecuteUrlResponseBody, GetExecuteUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetExecuteUrl",
            rt::Method::Post,
            "/v2.0/esign/process/executeUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取文件详情
    ///
    /// `GET /v2.0/esign/files/{fileId}`: DingTalk's `GetFileInfo` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileInfo")]
    #[doc(alias = "/v2.0/esign/files/{fileId}")]
    #[doc(alias = "GET /v2.0/esign/files/{fileId}")]
    pub fn get_file_info(
        &self,
        file_id: &str,
        request: &GetFileInfoRequest,
    ) -> rt::Call<GetFileInfoResponseBody, GetFileInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileInfo",
            rt::Method::Get,
            "/v2.0/esign/files/{fileId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[file_id], request)
    }
    /// 获取文件上传地址
    ///
    /// `POST /v2.0/esign/files/uploadUrls`: DingTalk's `GetFileUploadUrl` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileUploadUrl")]
    #[doc(alias = "/v2.0/esign/files/uploadUrls")]
    #[doc(alias = "POST /v2.0/esign/files/uploadUrls")]
    pub fn get_file_upload_url(
        &self,
        request: &GetFileUploadUrlRequest,
    ) -> rt::Call<GetFileUploadUrlResponseBody, GetFileUploadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadUrl",
            rt::Method::Post,
            "/v2.0/esign/files/uploadUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程详细信息及操作记录
    ///
    /// `GET /v2.0/esign/flowTasks/{taskId}`: DingTalk's `GetFlowDetail` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowDetail")]
    #[doc(alias = "/v2.0/esign/flowTasks/{taskId}")]
    #[doc(alias = "GET /v2.0/esign/flowTasks/{taskId}")]
    pub fn get_flow_detail(
        &self,
        task_id: &str,
        request: &GetFlowDetailRequest,
    ) -> rt::Call<GetFlowDetailResponseBody, GetFlowDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowDetail",
            rt::Method::Get,
            "/v2.0/esign/flowTasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取流程任务的所有合同列表，收到签署完成消息后查询
    ///
    /// `GET /v2.0/esign/flowTasks/{taskId}/docs`: DingTalk's `GetFlowDocs` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlowDocs")]
    #[doc(alias = "/v2.0/esign/flowTasks/{taskId}/docs")]
    #[doc(alias = "GET /v2.0/esign/flowTasks/{taskId}/docs")]
    pub fn get_flow_docs(
        &self,
        task_id: &str,
        request: &GetFlowDocsRequest,
    ) -> rt::Call<GetFlowDocsResponseBody, GetFlowDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowDocs",
            rt::Method::Get,
            "/v2.0/esign/flowTasks/{taskId}/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取企业的e签宝微应用当前状态
    ///
    /// `GET /v2.0/esign/corps/appStatus`: DingTalk's `GetIsvStatus` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetIsvStatus")]
    #[doc(alias = "/v2.0/esign/corps/appStatus")]
    #[doc(alias = "GET /v2.0/esign/corps/appStatus")]
    pub fn get_isv_status(
        &self,
        request: &GetIsvStatusRequest,
    ) -> rt::Call<GetIsvStatusResponseBody, GetIsvStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIsvStatus",
            rt::Method::Get,
            "/v2.0/esign/corps/appStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程签署的详细信息
    ///
    /// `GET /v2.0/esign/signTasks/{taskId}`: DingTalk's `GetSignDetail` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSignDetail")]
    #[doc(alias = "/v2.0/esign/signTasks/{taskId}")]
    #[doc(alias = "GET /v2.0/esign/signTasks/{taskId}")]
    pub fn get_sign_detail(
        &self,
        task_id: &str,
        request: &GetSignDetailRequest,
    ) -> rt::Call<GetSignDetailResponseBody, GetSignDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignDetail",
            rt::Method::Get,
            "/v2.0/esign/signTasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 查询个人信息
    ///
    /// `GET /v2.0/esign/users/{userId}`: DingTalk's `GetUserInfo` (module feature `esign_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserInfo")]
    #[doc(alias = "/v2.0/esign/users/{userId}")]
    #[doc(alias = "GET /v2.0/esign/users/{userId}")]
    pub fn get_user_info(
        &self,
        user_id: &str,
        request: &GetUserInfoRequest,
    ) -> rt::Call<GetUserInfoResponseBody, GetUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserInfo",
            rt::Method::Get,
            "/v2.0/esign/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取发起签署任务的地址
    ///
    /// `POST /v2.0/esign/processes/startUrls`: DingTalk's `ProcessStart` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProcessStart")]
    #[doc(alias = "/v2.0/esign/processes/startUrls")]
    #[doc(alias = "POST /v2.0/esign/processes/startUrls")]
    pub fn process_start(
        &self,
        request: &ProcessStartRequest,
    ) -> rt::Call<ProcessStartResponseBody, ProcessStartError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProcessStart",
            rt::Method::Post,
            "/v2.0/esign/processes/startUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 套餐转售2（底价结算模式）
    ///
    /// `POST /v2.0/esign/orders/resale`: DingTalk's `ResaleOrder` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ResaleOrder")]
    #[doc(alias = "/v2.0/esign/orders/resale")]
    #[doc(alias = "POST /v2.0/esign/orders/resale")]
    pub fn resale_order(
        &self,
        request: &ResaleOrderRequest,
    ) -> rt::Call<ResaleOrderResponseBody, ResaleOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ResaleOrder",
            rt::Method::Post,
            "/v2.0/esign/orders/resale",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取跳转到个人实名的地址
    ///
    /// `POST /v2.0/esign/users/realnames`: DingTalk's `UsersRealname` (module feature `esign_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UsersRealname")]
    #[doc(alias = "/v2.0/esign/users/realnames")]
    #[doc(alias = "POST /v2.0/esign/users/realnames")]
    pub fn users_realname(
        &self,
        request: &UsersRealnameRequest,
    ) -> rt::Call<UsersRealnameResponseBody, UsersRealnameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UsersRealname",
            rt::Method::Post,
            "/v2.0/esign/users/realnames",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `ApprovalListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApprovalListResponseBody {
    /// `data`.
    pub data: Option<Vec<ApprovalListResponseBodyData>>,
}
rt::impl_deserialize! {
    ApprovalListResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApprovalListResponseBody { "data" => optional(data) }
}
/// `CancelCorpAuthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CancelCorpAuthResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelCorpAuthResponseBody { "result" => optional(result) }
}
/// `ChannelOrdersResponseBody`, a model several operations share: also named [`ResaleOrderResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChannelOrdersResponseBody {
    /// `esignOrderId`.
    pub esign_order_id: Option<String>,
}
rt::impl_deserialize! {
    ChannelOrdersResponseBody { "esignOrderId" => read_field(esign_order_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChannelOrdersResponseBody { "esignOrderId" => optional(esign_order_id) }
}
/// `CorpRealnameResponseBody`, a model several operations share: also named [`ProcessStartResponseBody`], [`UsersRealnameResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CorpRealnameResponseBody {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CorpRealnameResponseBody { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CorpRealnameResponseBody { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "taskId" => optional(task_id) }
}
/// `CreateDevelopersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDevelopersResponseBody {
    /// `data`.
    pub data: Option<bool>,
}
rt::impl_deserialize! {
    CreateDevelopersResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDevelopersResponseBody { "data" => optional(data) }
}
/// `CreateProcessRequestCcs`, a model several operations share: also named [`ProcessStartRequestCcs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessRequestCcs {
    /// `account`.
    pub account: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: String,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`CreateProcessRequestCcs`], each named where it is set: `CreateProcessRequestCcs::new(CreateProcessRequestCcsRequired { .. })`.
pub struct CreateProcessRequestCcsRequired {
    /// `accountType`: see [`CreateProcessRequestCcs::account_type`].
    pub account_type: String,
}
impl CreateProcessRequestCcs {
    /// A `CreateProcessRequestCcs` with its required fields (`accountType`); set the others with the methods named after them.
    pub fn new(required: CreateProcessRequestCcsRequired) -> Self {
        let CreateProcessRequestCcsRequired { account_type } = required;
        Self {
            account: None,
            account_name: None,
            account_type,
            org_name: None,
            user_id: None,
        }
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
    CreateProcessRequestCcs { "account" => optional(account), "accountName" =>
    optional(account_name), "accountType" => field(account_type), "orgName" =>
    optional(org_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestCcs { "account" => read_field(account), "accountName" =>
    read_field(account_name), "accountType" => read_field(account_type), "orgName" =>
    read_field(org_name), "userId" => read_field(user_id) }
}
/// `CreateProcessRequestFiles`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessRequestFiles {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: i64,
}
/// The required fields of [`CreateProcessRequestFiles`], each named where it is set: `CreateProcessRequestFiles::new(CreateProcessRequestFilesRequired { .. })`.
pub struct CreateProcessRequestFilesRequired {
    /// `fileId`: see [`CreateProcessRequestFiles::file_id`].
    pub file_id: String,
    /// `fileName`: see [`CreateProcessRequestFiles::file_name`].
    pub file_name: String,
    /// `fileType`: see [`CreateProcessRequestFiles::file_type`].
    pub file_type: i64,
}
impl CreateProcessRequestFiles {
    /// A `CreateProcessRequestFiles` with its required fields (`fileId`, `fileName`, `fileType`); set the others with the methods named after them.
    pub fn new(required: CreateProcessRequestFilesRequired) -> Self {
        let CreateProcessRequestFilesRequired { file_id, file_name, file_type } = required;
        Self {
            file_id,
            file_name,
            file_type,
        }
    }
}
rt::impl_serialize! {
    CreateProcessRequestFiles { "fileId" => field(file_id), "fileName" =>
    field(file_name), "fileType" => field(file_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestFiles { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileType" => read_field(file_type) }
}
/// `CreateProcessRequestParticipants`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessRequestParticipants {
    /// `account`.
    pub account: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: String,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `signOrder`.
    pub sign_order: Option<i64>,
    /// `signPosList`.
    pub sign_pos_list: Option<Vec<CreateProcessRequestParticipantsSignPosList>>,
    /// `signRequirements`.
    pub sign_requirements: String,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`CreateProcessRequestParticipants`], each named where it is set: `CreateProcessRequestParticipants::new(CreateProcessRequestParticipantsRequired { .. })`.
pub struct CreateProcessRequestParticipantsRequired {
    /// `accountType`: see [`CreateProcessRequestParticipants::account_type`].
    pub account_type: String,
    /// `signRequirements`: see [`CreateProcessRequestParticipants::sign_requirements`].
    pub sign_requirements: String,
}
impl CreateProcessRequestParticipants {
    /// A `CreateProcessRequestParticipants` with its required fields (`accountType`, `signRequirements`); set the others with the methods named after them.
    pub fn new(required: CreateProcessRequestParticipantsRequired) -> Self {
        let CreateProcessRequestParticipantsRequired {
            account_type,
            sign_requirements,
        } = required;
        Self {
            account: None,
            account_name: None,
            account_type,
            org_name: None,
            sign_order: None,
            sign_pos_list: None,
            sign_requirements,
            user_id: None,
        }
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
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `signOrder`.
    pub fn sign_order(mut self, value: i64) -> Self {
        self.sign_order = Some(value);
        self
    }
    /// Sets `signPosList`.
    pub fn sign_pos_list(
        mut self,
        value: impl IntoIterator<Item = CreateProcessRequestParticipantsSignPosList>,
    ) -> Self {
        self.sign_pos_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProcessRequestParticipants { "account" => optional(account), "accountName" =>
    optional(account_name), "accountType" => field(account_type), "orgName" =>
    optional(org_name), "signOrder" => optional(sign_order), "signPosList" =>
    optional(sign_pos_list), "signRequirements" => field(sign_requirements), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestParticipants { "account" => read_field(account), "accountName" =>
    read_field(account_name), "accountType" => read_field(account_type), "orgName" =>
    read_field(org_name), "signOrder" => read_field(sign_order), "signPosList" =>
    read_field(sign_pos_list), "signRequirements" => read_field(sign_requirements),
    "userId" => read_field(user_id) }
}
/// `CreateProcessRequestSourceInfo`, a model several operations share: also named [`ProcessStartRequestSourceInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessRequestSourceInfo {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `showText`.
    pub show_text: Option<String>,
}
impl CreateProcessRequestSourceInfo {
    /// An empty `CreateProcessRequestSourceInfo`; set fields with the methods named after them.
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
    CreateProcessRequestSourceInfo { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "showText" => optional(show_text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestSourceInfo { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "showText" => read_field(show_text) }
}
/// `CreateProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProcessResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateProcessResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProcessResponseBody { "taskId" => optional(task_id) }
}
/// `GetAttachsApprovalResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBody {
    /// `data`.
    pub data: Option<Vec<GetAttachsApprovalResponseBodyData>>,
}
rt::impl_deserialize! {
    GetAttachsApprovalResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachsApprovalResponseBody { "data" => optional(data) }
}
/// `GetAuthUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthUrlResponseBody {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    GetAuthUrlResponseBody { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthUrlResponseBody { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "taskId" => optional(task_id) }
}
/// `GetContractMarginResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContractMarginResponseBody {
    /// `margin`.
    pub margin: Option<f64>,
}
rt::impl_deserialize! {
    GetContractMarginResponseBody { "margin" => read_field(margin) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContractMarginResponseBody { "margin" => optional(margin) }
}
/// `GetCorpConsoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpConsoleResponseBody {
    /// `orgConsoleUrl`.
    pub org_console_url: Option<String>,
}
rt::impl_deserialize! {
    GetCorpConsoleResponseBody { "orgConsoleUrl" => read_field(org_console_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpConsoleResponseBody { "orgConsoleUrl" => optional(org_console_url) }
}
/// `GetCorpInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpInfoResponseBody {
    /// `isRealName`.
    pub is_real_name: Option<String>,
    /// `orgRealName`.
    pub org_real_name: Option<String>,
}
rt::impl_deserialize! {
    GetCorpInfoResponseBody { "isRealName" => read_field(is_real_name), "orgRealName" =>
    read_field(org_real_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpInfoResponseBody { "isRealName" => optional(is_real_name), "orgRealName" =>
    optional(org_real_name) }
}
/// `GetExecuteUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetExecuteUrlResponseBody {
    /// `longUrl`.
    pub long_url: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `shortUrl`.
    pub short_url: Option<String>,
}
rt::impl_deserialize! {
    GetExecuteUrlResponseBody { "longUrl" => read_field(long_url), "mobileUrl" =>
    read_field(mobile_url), "pcUrl" => read_field(pc_url), "shortUrl" =>
    read_field(short_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetExecuteUrlResponseBody { "longUrl" => optional(long_url), "mobileUrl" =>
    optional(mobile_url), "pcUrl" => optional(pc_url), "shortUrl" => optional(short_url)
    }
}
/// `GetFileInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileInfoResponseBody {
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
    GetFileInfoResponseBody { "downloadUrl" => read_field(download_url), "fileId" =>
    read_field(file_id), "name" => read_field(name), "pdfTotalPages" =>
    read_field(pdf_total_pages), "size" => read_field(size), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileInfoResponseBody { "downloadUrl" => optional(download_url), "fileId" =>
    optional(file_id), "name" => optional(name), "pdfTotalPages" =>
    optional(pdf_total_pages), "size" => optional(size), "status" => optional(status) }
}
/// `GetFileUploadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileUploadUrlResponseBody {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    GetFileUploadUrlResponseBody { "fileId" => read_field(file_id), "uploadUrl" =>
    read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileUploadUrlResponseBody { "fileId" => optional(file_id), "uploadUrl" =>
    optional(upload_url) }
}
/// `GetFlowDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBody {
    /// `businessScene`.
    pub business_scene: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<f64>,
    /// `initiatorAuthorizedName`.
    pub initiator_authorized_name: Option<String>,
    /// `initiatorName`.
    pub initiator_name: Option<String>,
    /// `logs`.
    pub logs: Option<Vec<GetFlowDetailResponseBodyLogs>>,
}
rt::impl_deserialize! {
    GetFlowDetailResponseBody { "businessScene" => read_field(business_scene),
    "flowStatus" => read_field(flow_status), "initiatorAuthorizedName" =>
    read_field(initiator_authorized_name), "initiatorName" => read_field(initiator_name),
    "logs" => read_field(logs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDetailResponseBody { "businessScene" => optional(business_scene), "flowStatus"
    => optional(flow_status), "initiatorAuthorizedName" =>
    optional(initiator_authorized_name), "initiatorName" => optional(initiator_name),
    "logs" => optional(logs) }
}
/// `GetFlowDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDocsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetFlowDocsResponseBodyData>>,
}
rt::impl_deserialize! {
    GetFlowDocsResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDocsResponseBody { "data" => optional(data) }
}
/// `GetIsvStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetIsvStatusResponseBody {
    /// `authStatus`.
    pub auth_status: Option<String>,
    /// `installStatus`.
    pub install_status: Option<String>,
}
rt::impl_deserialize! {
    GetIsvStatusResponseBody { "authStatus" => read_field(auth_status), "installStatus"
    => read_field(install_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetIsvStatusResponseBody { "authStatus" => optional(auth_status), "installStatus" =>
    optional(install_status) }
}
/// `GetSignDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignDetailResponseBody {
    /// `businessScene`.
    pub business_scene: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<f64>,
    /// `signers`.
    pub signers: Option<Vec<GetSignDetailResponseBodySigners>>,
}
rt::impl_deserialize! {
    GetSignDetailResponseBody { "businessScene" => read_field(business_scene),
    "flowStatus" => read_field(flow_status), "signers" => read_field(signers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignDetailResponseBody { "businessScene" => optional(business_scene), "flowStatus"
    => optional(flow_status), "signers" => optional(signers) }
}
/// `GetUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoResponseBody {
    /// `isRealName`.
    pub is_real_name: Option<String>,
    /// `userRealName`.
    pub user_real_name: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoResponseBody { "isRealName" => read_field(is_real_name), "userRealName" =>
    read_field(user_real_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoResponseBody { "isRealName" => optional(is_real_name), "userRealName" =>
    optional(user_real_name) }
}
/// `ProcessStartRequestCcs`: the same model as [`CreateProcessRequestCcs`].
pub type ProcessStartRequestCcs = CreateProcessRequestCcs;
/// The required fields of [`ProcessStartRequestCcs`].
pub type ProcessStartRequestCcsRequired = CreateProcessRequestCcsRequired;
/// `ProcessStartRequestFiles`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessStartRequestFiles {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: String,
}
/// The required fields of [`ProcessStartRequestFiles`], each named where it is set: `ProcessStartRequestFiles::new(ProcessStartRequestFilesRequired { .. })`.
pub struct ProcessStartRequestFilesRequired {
    /// `fileId`: see [`ProcessStartRequestFiles::file_id`].
    pub file_id: String,
    /// `fileName`: see [`ProcessStartRequestFiles::file_name`].
    pub file_name: String,
}
impl ProcessStartRequestFiles {
    /// A `ProcessStartRequestFiles` with its required fields (`fileId`, `fileName`); set the others with the methods named after them.
    pub fn new(required: ProcessStartRequestFilesRequired) -> Self {
        let ProcessStartRequestFilesRequired { file_id, file_name } = required;
        Self { file_id, file_name }
    }
}
rt::impl_serialize! {
    ProcessStartRequestFiles { "fileId" => field(file_id), "fileName" => field(file_name)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessStartRequestFiles { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name) }
}
/// `ProcessStartRequestParticipants`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessStartRequestParticipants {
    /// `account`.
    pub account: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: String,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `signRequirements`.
    pub sign_requirements: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`ProcessStartRequestParticipants`], each named where it is set: `ProcessStartRequestParticipants::new(ProcessStartRequestParticipantsRequired { .. })`.
pub struct ProcessStartRequestParticipantsRequired {
    /// `accountType`: see [`ProcessStartRequestParticipants::account_type`].
    pub account_type: String,
}
impl ProcessStartRequestParticipants {
    /// A `ProcessStartRequestParticipants` with its required fields (`accountType`); set the others with the methods named after them.
    pub fn new(required: ProcessStartRequestParticipantsRequired) -> Self {
        let ProcessStartRequestParticipantsRequired { account_type } = required;
        Self {
            account: None,
            account_name: None,
            account_type,
            org_name: None,
            sign_requirements: None,
            user_id: None,
        }
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
    ProcessStartRequestParticipants { "account" => optional(account), "accountName" =>
    optional(account_name), "accountType" => field(account_type), "orgName" =>
    optional(org_name), "signRequirements" => optional(sign_requirements), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessStartRequestParticipants { "account" => read_field(account), "accountName" =>
    read_field(account_name), "accountType" => read_field(account_type), "orgName" =>
    read_field(org_name), "signRequirements" => read_field(sign_requirements), "userId"
    => read_field(user_id) }
}
/// `ProcessStartRequestSourceInfo`: the same model as [`CreateProcessRequestSourceInfo`].
pub type ProcessStartRequestSourceInfo = CreateProcessRequestSourceInfo;
/// `ProcessStartResponseBody`: the same model as [`CorpRealnameResponseBody`].
pub type ProcessStartResponseBody = CorpRealnameResponseBody;
/// `ResaleOrderResponseBody`: the same model as [`ChannelOrdersResponseBody`].
pub type ResaleOrderResponseBody = ChannelOrdersResponseBody;
/// `UsersRealnameResponseBody`: the same model as [`CorpRealnameResponseBody`].
pub type UsersRealnameResponseBody = CorpRealnameResponseBody;
/// `ApprovalListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApprovalListResponseBodyData {
    /// `approvalName`.
    pub approval_name: Option<String>,
    /// `approvalNodes`.
    pub approval_nodes: Option<Vec<ApprovalListResponseBodyDataApprovalNodes>>,
    /// `endTime`.
    pub end_time: Option<f64>,
    /// `refuseReason`.
    pub refuse_reason: Option<String>,
    /// `sealIdImg`.
    pub seal_id_img: Option<String>,
    /// `sponsorAccountName`.
    pub sponsor_account_name: Option<String>,
    /// `startTime`.
    pub start_time: Option<f64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ApprovalListResponseBodyData { "approvalName" => read_field(approval_name),
    "approvalNodes" => read_field(approval_nodes), "endTime" => read_field(end_time),
    "refuseReason" => read_field(refuse_reason), "sealIdImg" => read_field(seal_id_img),
    "sponsorAccountName" => read_field(sponsor_account_name), "startTime" =>
    read_field(start_time), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApprovalListResponseBodyData { "approvalName" => optional(approval_name),
    "approvalNodes" => optional(approval_nodes), "endTime" => optional(end_time),
    "refuseReason" => optional(refuse_reason), "sealIdImg" => optional(seal_id_img),
    "sponsorAccountName" => optional(sponsor_account_name), "startTime" =>
    optional(start_time), "status" => optional(status) }
}
/// `CreateProcessRequestParticipantsSignPosList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessRequestParticipantsSignPosList {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `isCrossPage`.
    pub is_cross_page: Option<bool>,
    /// `needSignDate`.
    pub need_sign_date: Option<bool>,
    /// `page`.
    pub page: Option<String>,
    /// `signDate`.
    pub sign_date: Option<CreateProcessRequestParticipantsSignPosListSignDate>,
    /// `signRequirement`.
    pub sign_requirement: Option<String>,
    /// `x`.
    pub x: Option<f64>,
    /// `y`.
    pub y: Option<f64>,
}
impl CreateProcessRequestParticipantsSignPosList {
    /// An empty `CreateProcessRequestParticipantsSignPosList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `isCrossPage`.
    pub fn is_cross_page(mut self, value: bool) -> Self {
        self.is_cross_page = Some(value);
        self
    }
    /// Sets `needSignDate`.
    pub fn need_sign_date(mut self, value: bool) -> Self {
        self.need_sign_date = Some(value);
        self
    }
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
    /// Sets `signDate`.
    pub fn sign_date(
        mut self,
        value: CreateProcessRequestParticipantsSignPosListSignDate,
    ) -> Self {
        self.sign_date = Some(value);
        self
    }
    /// Sets `signRequirement`.
    pub fn sign_requirement(mut self, value: impl Into<String>) -> Self {
        self.sign_requirement = Some(value.into());
        self
    }
    /// Sets `x`.
    pub fn x(mut self, value: f64) -> Self {
        self.x = Some(value);
        self
    }
    /// Sets `y`.
    pub fn y(mut self, value: f64) -> Self {
        self.y = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateProcessRequestParticipantsSignPosList { "fileId" => optional(file_id),
    "isCrossPage" => optional(is_cross_page), "needSignDate" => optional(need_sign_date),
    "page" => optional(page), "signDate" => optional(sign_date), "signRequirement" =>
    optional(sign_requirement), "x" => optional(x), "y" => optional(y) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestParticipantsSignPosList { "fileId" => read_field(file_id),
    "isCrossPage" => read_field(is_cross_page), "needSignDate" =>
    read_field(need_sign_date), "page" => read_field(page), "signDate" =>
    read_field(sign_date), "signRequirement" => read_field(sign_requirement), "x" =>
    read_field(x), "y" => read_field(y) }
}
/// `GetAttachsApprovalResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBodyData {
    /// `files`.
    pub files: Option<Vec<GetAttachsApprovalResponseBodyDataFiles>>,
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetAttachsApprovalResponseBodyData { "files" => read_field(files), "flowId" =>
    read_field(flow_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachsApprovalResponseBodyData { "files" => optional(files), "flowId" =>
    optional(flow_id), "status" => optional(status) }
}
/// `GetFlowDetailResponseBodyLogs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBodyLogs {
    /// `logType`.
    pub log_type: Option<String>,
    /// `operateDescription`.
    pub operate_description: Option<String>,
    /// `operateTime`.
    pub operate_time: Option<f64>,
    /// `operatorAccountName`.
    pub operator_account_name: Option<String>,
}
rt::impl_deserialize! {
    GetFlowDetailResponseBodyLogs { "logType" => read_field(log_type),
    "operateDescription" => read_field(operate_description), "operateTime" =>
    read_field(operate_time), "operatorAccountName" => read_field(operator_account_name)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDetailResponseBodyLogs { "logType" => optional(log_type), "operateDescription"
    => optional(operate_description), "operateTime" => optional(operate_time),
    "operatorAccountName" => optional(operator_account_name) }
}
/// `GetFlowDocsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlowDocsResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
rt::impl_deserialize! {
    GetFlowDocsResponseBodyData { "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "fileUrl" => read_field(file_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlowDocsResponseBodyData { "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileUrl" => optional(file_url) }
}
/// `GetSignDetailResponseBodySigners`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignDetailResponseBodySigners {
    /// `signStatus`.
    pub sign_status: Option<f64>,
    /// `signerName`.
    pub signer_name: Option<String>,
}
rt::impl_deserialize! {
    GetSignDetailResponseBodySigners { "signStatus" => read_field(sign_status),
    "signerName" => read_field(signer_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignDetailResponseBodySigners { "signStatus" => optional(sign_status),
    "signerName" => optional(signer_name) }
}
/// `ApprovalListResponseBodyDataApprovalNodes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApprovalListResponseBodyDataApprovalNodes {
    /// `approvalTime`.
    pub approval_time: Option<String>,
    /// `approverName`.
    pub approver_name: Option<String>,
    /// `startTime`.
    pub start_time: Option<f64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ApprovalListResponseBodyDataApprovalNodes { "approvalTime" =>
    read_field(approval_time), "approverName" => read_field(approver_name), "startTime"
    => read_field(start_time), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApprovalListResponseBodyDataApprovalNodes { "approvalTime" =>
    optional(approval_time), "approverName" => optional(approver_name), "startTime" =>
    optional(start_time), "status" => optional(status) }
}
/// `CreateProcessRequestParticipantsSignPosListSignDate`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessRequestParticipantsSignPosListSignDate {
    /// `format`.
    pub format: Option<String>,
}
impl CreateProcessRequestParticipantsSignPosListSignDate {
    /// An empty `CreateProcessRequestParticipantsSignPosListSignDate`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProcessRequestParticipantsSignPosListSignDate { "format" => optional(format) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequestParticipantsSignPosListSignDate { "format" => read_field(format)
    }
}
/// `GetAttachsApprovalResponseBodyDataFiles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBodyDataFiles {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `originalFileUrl`.
    pub original_file_url: Option<String>,
    /// `signFinishFileUrl`.
    pub sign_finish_file_url: Option<String>,
}
rt::impl_deserialize! {
    GetAttachsApprovalResponseBodyDataFiles { "fileName" => read_field(file_name),
    "originalFileUrl" => read_field(original_file_url), "signFinishFileUrl" =>
    read_field(sign_finish_file_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachsApprovalResponseBodyDataFiles { "fileName" => optional(file_name),
    "originalFileUrl" => optional(original_file_url), "signFinishFileUrl" =>
    optional(sign_finish_file_url) }
}
/// The request of [`Api::approval_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApprovalListRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl ApprovalListRequest {
    /// An empty `ApprovalListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApprovalListRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for ApprovalListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::cancel_corp_auth`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelCorpAuthRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl CancelCorpAuthRequest {
    /// An empty `CancelCorpAuthRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelCorpAuthRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for CancelCorpAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::channel_orders`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChannelOrdersRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `itemCode`.
    pub item_code: String,
    /// `itemName`.
    pub item_name: String,
    /// `orderCreateTime`.
    pub order_create_time: f64,
    /// `orderId`.
    pub order_id: String,
    /// `payFee`.
    pub pay_fee: Option<f64>,
    /// `quantity`.
    pub quantity: f64,
}
/// The required fields of [`ChannelOrdersRequest`], each named where it is set: `ChannelOrdersRequest::new(ChannelOrdersRequired { .. })`.
pub struct ChannelOrdersRequired {
    /// `itemCode`: see [`ChannelOrdersRequest::item_code`].
    pub item_code: String,
    /// `itemName`: see [`ChannelOrdersRequest::item_name`].
    pub item_name: String,
    /// `orderCreateTime`: see [`ChannelOrdersRequest::order_create_time`].
    pub order_create_time: f64,
    /// `orderId`: see [`ChannelOrdersRequest::order_id`].
    pub order_id: String,
    /// `quantity`: see [`ChannelOrdersRequest::quantity`].
    pub quantity: f64,
}
impl ChannelOrdersRequest {
    /// A `ChannelOrdersRequest` with its required fields (`itemCode`, `itemName`, `orderCreateTime`, `orderId`, `quantity`); set the others with the methods named after them.
    pub fn new(required: ChannelOrdersRequired) -> Self {
        let ChannelOrdersRequired {
            item_code,
            item_name,
            order_create_time,
            order_id,
            quantity,
        } = required;
        Self {
            service_group: None,
            item_code,
            item_name,
            order_create_time,
            order_id,
            pay_fee: None,
            quantity,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `payFee`.
    pub fn pay_fee(mut self, value: f64) -> Self {
        self.pay_fee = Some(value);
        self
    }
}
rt::impl_serialize! {
    ChannelOrdersRequest { "itemCode" => field(item_code), "itemName" =>
    field(item_name), "orderCreateTime" => field(order_create_time), "orderId" =>
    field(order_id), "payFee" => optional(pay_fee), "quantity" => field(quantity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChannelOrdersRequest { "serviceGroup" => read_field(service_group), "itemCode" =>
    read_field(item_code), "itemName" => read_field(item_name), "orderCreateTime" =>
    read_field(order_create_time), "orderId" => read_field(order_id), "payFee" =>
    read_field(pay_fee), "quantity" => read_field(quantity) }
}
impl rt::WriteRequest for ChannelOrdersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::corp_realname`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CorpRealnameRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CorpRealnameRequest`], each named where it is set: `CorpRealnameRequest::new(CorpRealnameRequired { .. })`.
pub struct CorpRealnameRequired {
    /// `userId`: see [`CorpRealnameRequest::user_id`].
    pub user_id: String,
}
impl CorpRealnameRequest {
    /// A `CorpRealnameRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: CorpRealnameRequired) -> Self {
        let CorpRealnameRequired { user_id } = required;
        Self {
            service_group: None,
            redirect_url: None,
            user_id,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CorpRealnameRequest { "redirectUrl" => optional(redirect_url), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CorpRealnameRequest { "serviceGroup" => read_field(service_group), "redirectUrl" =>
    read_field(redirect_url), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CorpRealnameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_developers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDevelopersRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `noticeUrl`.
    pub notice_url: Option<String>,
}
impl CreateDevelopersRequest {
    /// An empty `CreateDevelopersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `noticeUrl`.
    pub fn notice_url(mut self, value: impl Into<String>) -> Self {
        self.notice_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDevelopersRequest { "noticeUrl" => optional(notice_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDevelopersRequest { "serviceGroup" => read_field(service_group), "noticeUrl" =>
    read_field(notice_url) }
}
impl rt::WriteRequest for CreateDevelopersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessRequest {
    /// `ccs`.
    pub ccs: Option<Vec<CreateProcessRequestCcs>>,
    /// `files`.
    pub files: Option<Vec<CreateProcessRequestFiles>>,
    /// `initiatorUserId`.
    pub initiator_user_id: String,
    /// `participants`.
    pub participants: Option<Vec<CreateProcessRequestParticipants>>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `signEndTime`.
    pub sign_end_time: Option<i64>,
    /// `sourceInfo`.
    pub source_info: Option<CreateProcessRequestSourceInfo>,
    /// `taskName`.
    pub task_name: String,
}
/// The required fields of [`CreateProcessRequest`], each named where it is set: `CreateProcessRequest::new(CreateProcessRequired { .. })`.
pub struct CreateProcessRequired {
    /// `initiatorUserId`: see [`CreateProcessRequest::initiator_user_id`].
    pub initiator_user_id: String,
    /// `taskName`: see [`CreateProcessRequest::task_name`].
    pub task_name: String,
}
impl CreateProcessRequest {
    /// A `CreateProcessRequest` with its required fields (`initiatorUserId`, `taskName`); set the others with the methods named after them.
    pub fn new(required: CreateProcessRequired) -> Self {
        let CreateProcessRequired { initiator_user_id, task_name } = required;
        Self {
            ccs: None,
            files: None,
            initiator_user_id,
            participants: None,
            redirect_url: None,
            sign_end_time: None,
            source_info: None,
            task_name,
        }
    }
    /// Sets `ccs`.
    pub fn ccs(
        mut self,
        value: impl IntoIterator<Item = CreateProcessRequestCcs>,
    ) -> Self {
        self.ccs = Some(value.into_iter().collect());
        self
    }
    /// Sets `files`.
    pub fn files(
        mut self,
        value: impl IntoIterator<Item = CreateProcessRequestFiles>,
    ) -> Self {
        self.files = Some(value.into_iter().collect());
        self
    }
    /// Sets `participants`.
    pub fn participants(
        mut self,
        value: impl IntoIterator<Item = CreateProcessRequestParticipants>,
    ) -> Self {
        self.participants = Some(value.into_iter().collect());
        self
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// Sets `signEndTime`.
    pub fn sign_end_time(mut self, value: i64) -> Self {
        self.sign_end_time = Some(value);
        self
    }
    /// Sets `sourceInfo`.
    pub fn source_info(mut self, value: CreateProcessRequestSourceInfo) -> Self {
        self.source_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateProcessRequest { "ccs" => optional(ccs), "files" => optional(files),
    "initiatorUserId" => field(initiator_user_id), "participants" =>
    optional(participants), "redirectUrl" => optional(redirect_url), "signEndTime" =>
    optional(sign_end_time), "sourceInfo" => optional(source_info), "taskName" =>
    field(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessRequest { "ccs" => read_field(ccs), "files" => read_field(files),
    "initiatorUserId" => read_field(initiator_user_id), "participants" =>
    read_field(participants), "redirectUrl" => read_field(redirect_url), "signEndTime" =>
    read_field(sign_end_time), "sourceInfo" => read_field(source_info), "taskName" =>
    read_field(task_name) }
}
impl rt::WriteRequest for CreateProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_attachs_approval`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachsApprovalRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `tsignOpenAppId`: a header.
    pub tsign_open_app_id: Option<String>,
}
impl GetAttachsApprovalRequest {
    /// An empty `GetAttachsApprovalRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `tsignOpenAppId`.
    pub fn tsign_open_app_id(mut self, value: impl Into<String>) -> Self {
        self.tsign_open_app_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAttachsApprovalRequest { "serviceGroup" => read_field(service_group),
    "tsignOpenAppId" => read_field(tsign_open_app_id) }
}
impl rt::WriteRequest for GetAttachsApprovalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.header("tsignOpenAppId", &self.tsign_open_app_id);
    }
}
/// The request of [`Api::get_auth_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthUrlRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
}
impl GetAuthUrlRequest {
    /// An empty `GetAuthUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetAuthUrlRequest { "redirectUrl" => optional(redirect_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAuthUrlRequest { "serviceGroup" => read_field(service_group), "redirectUrl" =>
    read_field(redirect_url) }
}
impl rt::WriteRequest for GetAuthUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_contract_margin`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractMarginRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetContractMarginRequest {
    /// An empty `GetContractMarginRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetContractMarginRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetContractMarginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_corp_console`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpConsoleRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetCorpConsoleRequest {
    /// An empty `GetCorpConsoleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpConsoleRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetCorpConsoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_corp_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpInfoRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetCorpInfoRequest {
    /// An empty `GetCorpInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpInfoRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetCorpInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_execute_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetExecuteUrlRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `account`.
    pub account: Option<String>,
    /// `signContainer`.
    pub sign_container: Option<i64>,
    /// `taskId`.
    pub task_id: String,
}
/// The required fields of [`GetExecuteUrlRequest`], each named where it is set: `GetExecuteUrlRequest::new(GetExecuteUrlRequired { .. })`.
pub struct GetExecuteUrlRequired {
    /// `taskId`: see [`GetExecuteUrlRequest::task_id`].
    pub task_id: String,
}
impl GetExecuteUrlRequest {
    /// A `GetExecuteUrlRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: GetExecuteUrlRequired) -> Self {
        let GetExecuteUrlRequired { task_id } = required;
        Self {
            service_group: None,
            account: None,
            sign_container: None,
            task_id,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `account`.
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets `signContainer`.
    pub fn sign_container(mut self, value: i64) -> Self {
        self.sign_container = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetExecuteUrlRequest { "account" => optional(account), "signContainer" =>
    optional(sign_container), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetExecuteUrlRequest { "serviceGroup" => read_field(service_group), "account" =>
    read_field(account), "signContainer" => read_field(sign_container), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for GetExecuteUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileInfoRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetFileInfoRequest {
    /// An empty `GetFileInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileInfoRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetFileInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_file_upload_url`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadUrlRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `contentMd5`.
    pub content_md5: Option<String>,
    /// `contentType`.
    pub content_type: Option<String>,
    /// `convert2Pdf`.
    pub convert2_pdf: Option<bool>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
}
impl GetFileUploadUrlRequest {
    /// An empty `GetFileUploadUrlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `contentMd5`.
    pub fn content_md5(mut self, value: impl Into<String>) -> Self {
        self.content_md5 = Some(value.into());
        self
    }
    /// Sets `contentType`.
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets `convert2Pdf`.
    pub fn convert2_pdf(mut self, value: bool) -> Self {
        self.convert2_pdf = Some(value);
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileSize`.
    pub fn file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileUploadUrlRequest { "contentMd5" => optional(content_md5), "contentType" =>
    optional(content_type), "convert2Pdf" => optional(convert2_pdf), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadUrlRequest { "serviceGroup" => read_field(service_group), "contentMd5"
    => read_field(content_md5), "contentType" => read_field(content_type), "convert2Pdf"
    => read_field(convert2_pdf), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size) }
}
impl rt::WriteRequest for GetFileUploadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_flow_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDetailRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetFlowDetailRequest {
    /// An empty `GetFlowDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlowDetailRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetFlowDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_flow_docs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDocsRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetFlowDocsRequest {
    /// An empty `GetFlowDocsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlowDocsRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetFlowDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_isv_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetIsvStatusRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetIsvStatusRequest {
    /// An empty `GetIsvStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetIsvStatusRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetIsvStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_sign_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignDetailRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetSignDetailRequest {
    /// An empty `GetSignDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSignDetailRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetSignDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_user_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
}
impl GetUserInfoRequest {
    /// An empty `GetUserInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserInfoRequest { "serviceGroup" => read_field(service_group) }
}
impl rt::WriteRequest for GetUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::process_start`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessStartRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `autoStart`.
    pub auto_start: Option<String>,
    /// `ccs`.
    pub ccs: Option<Vec<ProcessStartRequestCcs>>,
    /// `files`.
    pub files: Vec<ProcessStartRequestFiles>,
    /// `initiatorUserId`.
    pub initiator_user_id: String,
    /// `participants`.
    pub participants: Option<Vec<ProcessStartRequestParticipants>>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `sourceInfo`.
    pub source_info: Option<ProcessStartRequestSourceInfo>,
    /// `taskName`.
    pub task_name: Option<String>,
}
/// The required fields of [`ProcessStartRequest`], each named where it is set: `ProcessStartRequest::new(ProcessStartRequired { .. })`.
pub struct ProcessStartRequired {
    /// `files`: see [`ProcessStartRequest::files`].
    pub files: Vec<ProcessStartRequestFiles>,
    /// `initiatorUserId`: see [`ProcessStartRequest::initiator_user_id`].
    pub initiator_user_id: String,
}
impl ProcessStartRequest {
    /// A `ProcessStartRequest` with its required fields (`files`, `initiatorUserId`); set the others with the methods named after them.
    pub fn new(required: ProcessStartRequired) -> Self {
        let ProcessStartRequired { files, initiator_user_id } = required;
        Self {
            service_group: None,
            auto_start: None,
            ccs: None,
            files,
            initiator_user_id,
            participants: None,
            redirect_url: None,
            source_info: None,
            task_name: None,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `autoStart`.
    pub fn auto_start(mut self, value: impl Into<String>) -> Self {
        self.auto_start = Some(value.into());
        self
    }
    /// Sets `ccs`.
    pub fn ccs(
        mut self,
        value: impl IntoIterator<Item = ProcessStartRequestCcs>,
    ) -> Self {
        self.ccs = Some(value.into_iter().collect());
        self
    }
    /// Sets `participants`.
    pub fn participants(
        mut self,
        value: impl IntoIterator<Item = ProcessStartRequestParticipants>,
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
    pub fn source_info(mut self, value: ProcessStartRequestSourceInfo) -> Self {
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
    ProcessStartRequest { "autoStart" => optional(auto_start), "ccs" => optional(ccs),
    "files" => field(files), "initiatorUserId" => field(initiator_user_id),
    "participants" => optional(participants), "redirectUrl" => optional(redirect_url),
    "sourceInfo" => optional(source_info), "taskName" => optional(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessStartRequest { "serviceGroup" => read_field(service_group), "autoStart" =>
    read_field(auto_start), "ccs" => read_field(ccs), "files" => read_field(files),
    "initiatorUserId" => read_field(initiator_user_id), "participants" =>
    read_field(participants), "redirectUrl" => read_field(redirect_url), "sourceInfo" =>
    read_field(source_info), "taskName" => read_field(task_name) }
}
impl rt::WriteRequest for ProcessStartRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::resale_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ResaleOrderRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `orderCreateTime`.
    pub order_create_time: f64,
    /// `orderId`.
    pub order_id: String,
    /// `quantity`.
    pub quantity: f64,
    /// `serviceStartTime`.
    pub service_start_time: Option<f64>,
    /// `serviceStopTime`.
    pub service_stop_time: f64,
}
/// The required fields of [`ResaleOrderRequest`], each named where it is set: `ResaleOrderRequest::new(ResaleOrderRequired { .. })`.
pub struct ResaleOrderRequired {
    /// `orderCreateTime`: see [`ResaleOrderRequest::order_create_time`].
    pub order_create_time: f64,
    /// `orderId`: see [`ResaleOrderRequest::order_id`].
    pub order_id: String,
    /// `quantity`: see [`ResaleOrderRequest::quantity`].
    pub quantity: f64,
    /// `serviceStopTime`: see [`ResaleOrderRequest::service_stop_time`].
    pub service_stop_time: f64,
}
impl ResaleOrderRequest {
    /// A `ResaleOrderRequest` with its required fields (`orderCreateTime`, `orderId`, `quantity`, `serviceStopTime`); set the others with the methods named after them.
    pub fn new(required: ResaleOrderRequired) -> Self {
        let ResaleOrderRequired {
            order_create_time,
            order_id,
            quantity,
            service_stop_time,
        } = required;
        Self {
            service_group: None,
            order_create_time,
            order_id,
            quantity,
            service_start_time: None,
            service_stop_time,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `serviceStartTime`.
    pub fn service_start_time(mut self, value: f64) -> Self {
        self.service_start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    ResaleOrderRequest { "orderCreateTime" => field(order_create_time), "orderId" =>
    field(order_id), "quantity" => field(quantity), "serviceStartTime" =>
    optional(service_start_time), "serviceStopTime" => field(service_stop_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ResaleOrderRequest { "serviceGroup" => read_field(service_group), "orderCreateTime"
    => read_field(order_create_time), "orderId" => read_field(order_id), "quantity" =>
    read_field(quantity), "serviceStartTime" => read_field(service_start_time),
    "serviceStopTime" => read_field(service_stop_time) }
}
impl rt::WriteRequest for ResaleOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::users_realname`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UsersRealnameRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UsersRealnameRequest`], each named where it is set: `UsersRealnameRequest::new(UsersRealnameRequired { .. })`.
pub struct UsersRealnameRequired {
    /// `userId`: see [`UsersRealnameRequest::user_id`].
    pub user_id: String,
}
impl UsersRealnameRequest {
    /// A `UsersRealnameRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: UsersRealnameRequired) -> Self {
        let UsersRealnameRequired { user_id } = required;
        Self {
            service_group: None,
            redirect_url: None,
            user_id,
        }
    }
    /// Sets `serviceGroup`.
    pub fn service_group(mut self, value: impl Into<String>) -> Self {
        self.service_group = Some(value.into());
        self
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UsersRealnameRequest { "redirectUrl" => optional(redirect_url), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UsersRealnameRequest { "serviceGroup" => read_field(service_group), "redirectUrl" =>
    read_field(redirect_url), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UsersRealnameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::approval_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ApprovalListError = rt::ServiceError;
/// An error reply of [`Api::cancel_corp_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelCorpAuthError = rt::ServiceError;
/// An error reply of [`Api::channel_orders`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChannelOrdersError = rt::ServiceError;
/// An error reply of [`Api::corp_realname`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CorpRealnameError = rt::ServiceError;
/// An error reply of [`Api::create_developers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDevelopersError = rt::ServiceError;
/// An error reply of [`Api::create_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProcessError = rt::ServiceError;
/// An error reply of [`Api::get_attachs_approval`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAttachsApprovalError = rt::ServiceError;
/// An error reply of [`Api::get_auth_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAuthUrlError = rt::ServiceError;
/// An error reply of [`Api::get_contract_margin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContractMarginError = rt::ServiceError;
/// An error reply of [`Api::get_corp_console`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpConsoleError = rt::ServiceError;
/// An error reply of [`Api::get_corp_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpInfoError = rt::ServiceError;
/// An error reply of [`Api::get_execute_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetExecuteUrlError = rt::ServiceError;
/// An error reply of [`Api::get_file_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileInfoError = rt::ServiceError;
/// An error reply of [`Api::get_file_upload_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileUploadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_flow_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowDetailError = rt::ServiceError;
/// An error reply of [`Api::get_flow_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlowDocsError = rt::ServiceError;
/// An error reply of [`Api::get_isv_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIsvStatusError = rt::ServiceError;
/// An error reply of [`Api::get_sign_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignDetailError = rt::ServiceError;
/// An error reply of [`Api::get_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserInfoError = rt::ServiceError;
/// An error reply of [`Api::process_start`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProcessStartError = rt::ServiceError;
/// An error reply of [`Api::resale_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ResaleOrderError = rt::ServiceError;
/// An error reply of [`Api::users_realname`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UsersRealnameError = rt::ServiceError;
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
        "ApprovalList" => {
            rt::conformance::reply(
                    api.approval_list(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "CancelCorpAuth" => {
            rt::conformance::reply(api.cancel_corp_auth(&inputs.request(false)?)).await
        }
        "ChannelOrders" => {
            rt::conformance::reply(api.channel_orders(&inputs.request(true)?)).await
        }
        "CorpRealname" => {
            rt::conformance::reply(api.corp_realname(&inputs.request(true)?)).await
        }
        "CreateDevelopers" => {
            rt::conformance::reply(api.create_developers(&inputs.request(true)?)).await
        }
        "CreateProcess" => {
            rt::conformance::reply(api.create_process(&inputs.request(true)?)).await
        }
        "GetAttachsApproval" => {
            rt::conformance::reply(
                    api
                        .get_attachs_approval(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetAuthUrl" => {
            rt::conformance::reply(api.get_auth_url(&inputs.request(true)?)).await
        }
        "GetContractMargin" => {
            rt::conformance::reply(api.get_contract_margin(&inputs.request(false)?))
                .await
        }
        "GetCorpConsole" => {
            rt::conformance::reply(api.get_corp_console(&inputs.request(false)?)).await
        }
        "GetCorpInfo" => {
            rt::conformance::reply(api.get_corp_info(&inputs.request(false)?)).await
        }
        "GetExecuteUrl" => {
            rt::conformance::reply(api.get_execute_url(&inputs.request(true)?)).await
        }
        "GetFileInfo" => {
            rt::conformance::reply(
                    api.get_file_info(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetFileUploadUrl" => {
            rt::conformance::reply(api.get_file_upload_url(&inputs.request(true)?)).await
        }
        "GetFlowDetail" => {
            rt::conformance::reply(
                    api.get_flow_detail(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetFlowDocs" => {
            rt::conformance::reply(
                    api.get_flow_docs(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetIsvStatus" => {
            rt::conformance::reply(api.get_isv_status(&inputs.request(false)?)).await
        }
        "GetSignDetail" => {
            rt::conformance::reply(
                    api.get_sign_detail(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetUserInfo" => {
            rt::conformance::reply(
                    api.get_user_info(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ProcessStart" => {
            rt::conformance::reply(api.process_start(&inputs.request(true)?)).await
        }
        "ResaleOrder" => {
            rt::conformance::reply(api.resale_order(&inputs.request(true)?)).await
        }
        "UsersRealname" => {
            rt::conformance::reply(api.users_realname(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
