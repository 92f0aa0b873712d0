// @generated from api-spec/esign_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.esign_2_0()`. Generated from `api-spec/esign_2_0.yaml`.
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
    /// `GET /v2.0/esign/approvals/{task_id}` (operation `ApprovalList`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ApprovalListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn approval_list(
        &self,
        task_id: &str,
        request: &ApprovalListRequest,
    ) -> rt::Call<ApprovalListResponseBody, ApprovalListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApprovalList",
            rt::Method::Get,
            "/v2.0/esign/approvals/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 取消企业的授权
    ///
    /// `POST /v2.0/esign/auths/cancel` (operation `CancelCorpAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelCorpAuthError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/orders/channel` (operation `ChannelOrders`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChannelOrdersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/corps/realnames` (operation `CorpRealname`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CorpRealnameError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/developers` (operation `CreateDevelopers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDevelopersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/process/startAtOnce` (operation `CreateProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProcessError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/dingInstances/{instance_id}/attachments` (operation `GetAttachsApproval`).
    ///
    /// # Path parameters
    ///
    /// - `instance_id` (`instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAttachsApprovalError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_attachs_approval(
        &self,
        instance_id: &str,
        request: &GetAttachsApprovalRequest,
    ) -> rt::Call<GetAttachsApprovalResponseBody, GetAttachsApprovalError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAttachsApproval",
            rt::Method::Get,
            "/v2.0/esign/dingInstances/{instance_id}/attachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[instance_id], request)
    }
    /// 生成授权页面地址
    ///
    /// `POST /v2.0/esign/auths/urls` (operation `GetAuthUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAuthUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/margins` (operation `GetContractMargin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContractMarginError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/corps/consoles` (operation `GetCorpConsole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpConsoleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/corps/infos` (operation `GetCorpInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/process/executeUrls` (operation `GetExecuteUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetExecuteUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/files/{file_id}` (operation `GetFileInfo`).
    ///
    /// # Path parameters
    ///
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_info(
        &self,
        file_id: &str,
        request: &GetFileInfoRequest,
    ) -> rt::Call<GetFileInfoResponseBody, GetFileInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileInfo",
            rt::Method::Get,
            "/v2.0/esign/files/{file_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[file_id], request)
    }
    /// 获取文件上传地址
    ///
    /// `POST /v2.0/esign/files/uploadUrls` (operation `GetFileUploadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileUploadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/flowTasks/{task_id}` (operation `GetFlowDetail`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_flow_detail(
        &self,
        task_id: &str,
        request: &GetFlowDetailRequest,
    ) -> rt::Call<GetFlowDetailResponseBody, GetFlowDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowDetail",
            rt::Method::Get,
            "/v2.0/esign/flowTasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取流程任务的所有合同列表，收到签署完成消息后查询
    ///
    /// `GET /v2.0/esign/flowTasks/{task_id}/docs` (operation `GetFlowDocs`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowDocsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_flow_docs(
        &self,
        task_id: &str,
        request: &GetFlowDocsRequest,
    ) -> rt::Call<GetFlowDocsResponseBody, GetFlowDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlowDocs",
            rt::Method::Get,
            "/v2.0/esign/flowTasks/{task_id}/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取企业的e签宝微应用当前状态
    ///
    /// `GET /v2.0/esign/corps/appStatus` (operation `GetIsvStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetIsvStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/esign/signTasks/{task_id}` (operation `GetSignDetail`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sign_detail(
        &self,
        task_id: &str,
        request: &GetSignDetailRequest,
    ) -> rt::Call<GetSignDetailResponseBody, GetSignDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignDetail",
            rt::Method::Get,
            "/v2.0/esign/signTasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 查询个人信息
    ///
    /// `GET /v2.0/esign/users/{user_id}` (operation `GetUserInfo`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_info(
        &self,
        user_id: &str,
        request: &GetUserInfoRequest,
    ) -> rt::Call<GetUserInfoResponseBody, GetUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserInfo",
            rt::Method::Get,
            "/v2.0/esign/users/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取发起签署任务的地址
    ///
    /// `POST /v2.0/esign/processes/startUrls` (operation `ProcessStart`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProcessStartError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/orders/resale` (operation `ResaleOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ResaleOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/esign/users/realnames` (operation `UsersRealname`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UsersRealnameError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApprovalListResponseBody {
    /// `data`.
    pub data: Option<Vec<ApprovalListResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for ApprovalListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApprovalListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ApprovalListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `CancelCorpAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CancelCorpAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelCorpAuthResponseBody {
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
impl rt::serde::Serialize for CancelCorpAuthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ChannelOrdersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChannelOrdersResponseBody {
    /// `esignOrderId`.
    pub esign_order_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ChannelOrdersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChannelOrdersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "esignOrderId" => rt::read_field(map, &mut self.esign_order_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChannelOrdersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("esignOrderId", &self.esign_order_id)?;
        object.end()
    }
}
/// `CorpRealnameResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CorpRealnameResponseBody {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CorpRealnameResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CorpRealnameResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CorpRealnameResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateDevelopersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDevelopersResponseBody {
    /// `data`.
    pub data: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDevelopersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDevelopersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateDevelopersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `CreateProcessRequestCcs`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateProcessRequestCcs {
    /// A `CreateProcessRequestCcs` with its required fields (`accountType`); set the others with the methods named after them.
    pub fn new(account_type: impl Into<String>) -> Self {
        Self {
            account: None,
            account_name: None,
            account_type: account_type.into(),
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
impl rt::serde::Serialize for CreateProcessRequestCcs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("accountName", &self.account_name)?;
        object.field("accountType", &self.account_type)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequestCcs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestCcs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "account" => rt::read_field(map, &mut self.account),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateProcessRequestFiles`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessRequestFiles {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: i64,
}
impl CreateProcessRequestFiles {
    /// A `CreateProcessRequestFiles` with its required fields (`fileId`, `fileName`, `fileType`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        file_name: impl Into<String>,
        file_type: i64,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: file_name.into(),
            file_type,
        }
    }
}
impl rt::serde::Serialize for CreateProcessRequestFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileType", &self.file_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequestFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            _ => Ok(false),
        }
    }
}
/// `CreateProcessRequestParticipants`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateProcessRequestParticipants {
    /// A `CreateProcessRequestParticipants` with its required fields (`accountType`, `signRequirements`); set the others with the methods named after them.
    pub fn new(
        account_type: impl Into<String>,
        sign_requirements: impl Into<String>,
    ) -> Self {
        Self {
            account: None,
            account_name: None,
            account_type: account_type.into(),
            org_name: None,
            sign_order: None,
            sign_pos_list: None,
            sign_requirements: sign_requirements.into(),
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
impl rt::serde::Serialize for CreateProcessRequestParticipants {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("accountName", &self.account_name)?;
        object.field("accountType", &self.account_type)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("signOrder", &self.sign_order)?;
        object.optional("signPosList", &self.sign_pos_list)?;
        object.field("signRequirements", &self.sign_requirements)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequestParticipants {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestParticipants {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "account" => rt::read_field(map, &mut self.account),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "signOrder" => rt::read_field(map, &mut self.sign_order),
            "signPosList" => rt::read_field(map, &mut self.sign_pos_list),
            "signRequirements" => rt::read_field(map, &mut self.sign_requirements),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateProcessRequestSourceInfo`.
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
impl rt::serde::Serialize for CreateProcessRequestSourceInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("showText", &self.show_text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequestSourceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestSourceInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "showText" => rt::read_field(map, &mut self.show_text),
            _ => Ok(false),
        }
    }
}
/// `CreateProcessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProcessResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetAttachsApprovalResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBody {
    /// `data`.
    pub data: Option<Vec<GetAttachsApprovalResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachsApprovalResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachsApprovalResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachsApprovalResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetAuthUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthUrlResponseBody {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetContractMarginResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContractMarginResponseBody {
    /// `margin`.
    pub margin: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetContractMarginResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContractMarginResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "margin" => rt::read_field(map, &mut self.margin),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContractMarginResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("margin", &self.margin)?;
        object.end()
    }
}
/// `GetCorpConsoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpConsoleResponseBody {
    /// `orgConsoleUrl`.
    pub org_console_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCorpConsoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpConsoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgConsoleUrl" => rt::read_field(map, &mut self.org_console_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpConsoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgConsoleUrl", &self.org_console_url)?;
        object.end()
    }
}
/// `GetCorpInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpInfoResponseBody {
    /// `isRealName`.
    pub is_real_name: Option<String>,
    /// `orgRealName`.
    pub org_real_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCorpInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isRealName" => rt::read_field(map, &mut self.is_real_name),
            "orgRealName" => rt::read_field(map, &mut self.org_real_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCorpInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isRealName", &self.is_real_name)?;
        object.optional("orgRealName", &self.org_real_name)?;
        object.end()
    }
}
/// `GetExecuteUrlResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetExecuteUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetExecuteUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "longUrl" => rt::read_field(map, &mut self.long_url),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "shortUrl" => rt::read_field(map, &mut self.short_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetExecuteUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("longUrl", &self.long_url)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("shortUrl", &self.short_url)?;
        object.end()
    }
}
/// `GetFileInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFileInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "name" => rt::read_field(map, &mut self.name),
            "pdfTotalPages" => rt::read_field(map, &mut self.pdf_total_pages),
            "size" => rt::read_field(map, &mut self.size),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("name", &self.name)?;
        object.optional("pdfTotalPages", &self.pdf_total_pages)?;
        object.optional("size", &self.size)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetFileUploadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadUrlResponseBody {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileUploadUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "uploadUrl" => rt::read_field(map, &mut self.upload_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileUploadUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("uploadUrl", &self.upload_url)?;
        object.end()
    }
}
/// `GetFlowDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlowDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessScene" => rt::read_field(map, &mut self.business_scene),
            "flowStatus" => rt::read_field(map, &mut self.flow_status),
            "initiatorAuthorizedName" => {
                rt::read_field(map, &mut self.initiator_authorized_name)
            }
            "initiatorName" => rt::read_field(map, &mut self.initiator_name),
            "logs" => rt::read_field(map, &mut self.logs),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessScene", &self.business_scene)?;
        object.optional("flowStatus", &self.flow_status)?;
        object.optional("initiatorAuthorizedName", &self.initiator_authorized_name)?;
        object.optional("initiatorName", &self.initiator_name)?;
        object.optional("logs", &self.logs)?;
        object.end()
    }
}
/// `GetFlowDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDocsResponseBody {
    /// `data`.
    pub data: Option<Vec<GetFlowDocsResponseBodyData>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `GetIsvStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetIsvStatusResponseBody {
    /// `authStatus`.
    pub auth_status: Option<String>,
    /// `installStatus`.
    pub install_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetIsvStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetIsvStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authStatus" => rt::read_field(map, &mut self.auth_status),
            "installStatus" => rt::read_field(map, &mut self.install_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetIsvStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authStatus", &self.auth_status)?;
        object.optional("installStatus", &self.install_status)?;
        object.end()
    }
}
/// `GetSignDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignDetailResponseBody {
    /// `businessScene`.
    pub business_scene: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<f64>,
    /// `signers`.
    pub signers: Option<Vec<GetSignDetailResponseBodySigners>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessScene" => rt::read_field(map, &mut self.business_scene),
            "flowStatus" => rt::read_field(map, &mut self.flow_status),
            "signers" => rt::read_field(map, &mut self.signers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessScene", &self.business_scene)?;
        object.optional("flowStatus", &self.flow_status)?;
        object.optional("signers", &self.signers)?;
        object.end()
    }
}
/// `GetUserInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoResponseBody {
    /// `isRealName`.
    pub is_real_name: Option<String>,
    /// `userRealName`.
    pub user_real_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isRealName" => rt::read_field(map, &mut self.is_real_name),
            "userRealName" => rt::read_field(map, &mut self.user_real_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isRealName", &self.is_real_name)?;
        object.optional("userRealName", &self.user_real_name)?;
        object.end()
    }
}
/// `ProcessStartRequestCcs`: the same model as [`CreateProcessRequestCcs`].
pub type ProcessStartRequestCcs = CreateProcessRequestCcs;
/// `ProcessStartRequestFiles`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ProcessStartRequestFiles {
    /// `fileId`.
    pub file_id: String,
    /// `fileName`.
    pub file_name: String,
}
impl ProcessStartRequestFiles {
    /// A `ProcessStartRequestFiles` with its required fields (`fileId`, `fileName`); set the others with the methods named after them.
    pub fn new(file_id: impl Into<String>, file_name: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: file_name.into(),
        }
    }
}
impl rt::serde::Serialize for ProcessStartRequestFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileId", &self.file_id)?;
        object.field("fileName", &self.file_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessStartRequestFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessStartRequestFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            _ => Ok(false),
        }
    }
}
/// `ProcessStartRequestParticipants`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ProcessStartRequestParticipants {
    /// A `ProcessStartRequestParticipants` with its required fields (`accountType`); set the others with the methods named after them.
    pub fn new(account_type: impl Into<String>) -> Self {
        Self {
            account: None,
            account_name: None,
            account_type: account_type.into(),
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
impl rt::serde::Serialize for ProcessStartRequestParticipants {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("accountName", &self.account_name)?;
        object.field("accountType", &self.account_type)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("signRequirements", &self.sign_requirements)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessStartRequestParticipants {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessStartRequestParticipants {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "account" => rt::read_field(map, &mut self.account),
            "accountName" => rt::read_field(map, &mut self.account_name),
            "accountType" => rt::read_field(map, &mut self.account_type),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "signRequirements" => rt::read_field(map, &mut self.sign_requirements),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ApprovalListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApprovalListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approvalName" => rt::read_field(map, &mut self.approval_name),
            "approvalNodes" => rt::read_field(map, &mut self.approval_nodes),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "refuseReason" => rt::read_field(map, &mut self.refuse_reason),
            "sealIdImg" => rt::read_field(map, &mut self.seal_id_img),
            "sponsorAccountName" => rt::read_field(map, &mut self.sponsor_account_name),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ApprovalListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approvalName", &self.approval_name)?;
        object.optional("approvalNodes", &self.approval_nodes)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("refuseReason", &self.refuse_reason)?;
        object.optional("sealIdImg", &self.seal_id_img)?;
        object.optional("sponsorAccountName", &self.sponsor_account_name)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateProcessRequestParticipantsSignPosList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("isCrossPage", &self.is_cross_page)?;
        object.optional("needSignDate", &self.need_sign_date)?;
        object.optional("page", &self.page)?;
        object.optional("signDate", &self.sign_date)?;
        object.optional("signRequirement", &self.sign_requirement)?;
        object.optional("x", &self.x)?;
        object.optional("y", &self.y)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequestParticipantsSignPosList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestParticipantsSignPosList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "isCrossPage" => rt::read_field(map, &mut self.is_cross_page),
            "needSignDate" => rt::read_field(map, &mut self.need_sign_date),
            "page" => rt::read_field(map, &mut self.page),
            "signDate" => rt::read_field(map, &mut self.sign_date),
            "signRequirement" => rt::read_field(map, &mut self.sign_requirement),
            "x" => rt::read_field(map, &mut self.x),
            "y" => rt::read_field(map, &mut self.y),
            _ => Ok(false),
        }
    }
}
/// `GetAttachsApprovalResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBodyData {
    /// `files`.
    pub files: Option<Vec<GetAttachsApprovalResponseBodyDataFiles>>,
    /// `flowId`.
    pub flow_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachsApprovalResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachsApprovalResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "files" => rt::read_field(map, &mut self.files),
            "flowId" => rt::read_field(map, &mut self.flow_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachsApprovalResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("files", &self.files)?;
        object.optional("flowId", &self.flow_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetFlowDetailResponseBodyLogs`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlowDetailResponseBodyLogs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDetailResponseBodyLogs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "logType" => rt::read_field(map, &mut self.log_type),
            "operateDescription" => rt::read_field(map, &mut self.operate_description),
            "operateTime" => rt::read_field(map, &mut self.operate_time),
            "operatorAccountName" => rt::read_field(map, &mut self.operator_account_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowDetailResponseBodyLogs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("logType", &self.log_type)?;
        object.optional("operateDescription", &self.operate_description)?;
        object.optional("operateTime", &self.operate_time)?;
        object.optional("operatorAccountName", &self.operator_account_name)?;
        object.end()
    }
}
/// `GetFlowDocsResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDocsResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowDocsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDocsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileUrl" => rt::read_field(map, &mut self.file_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowDocsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileUrl", &self.file_url)?;
        object.end()
    }
}
/// `GetSignDetailResponseBodySigners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignDetailResponseBodySigners {
    /// `signStatus`.
    pub sign_status: Option<f64>,
    /// `signerName`.
    pub signer_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignDetailResponseBodySigners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignDetailResponseBodySigners {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "signStatus" => rt::read_field(map, &mut self.sign_status),
            "signerName" => rt::read_field(map, &mut self.signer_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignDetailResponseBodySigners {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("signStatus", &self.sign_status)?;
        object.optional("signerName", &self.signer_name)?;
        object.end()
    }
}
/// `ApprovalListResponseBodyDataApprovalNodes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ApprovalListResponseBodyDataApprovalNodes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApprovalListResponseBodyDataApprovalNodes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approvalTime" => rt::read_field(map, &mut self.approval_time),
            "approverName" => rt::read_field(map, &mut self.approver_name),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ApprovalListResponseBodyDataApprovalNodes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approvalTime", &self.approval_time)?;
        object.optional("approverName", &self.approver_name)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateProcessRequestParticipantsSignPosListSignDate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("format", &self.format)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateProcessRequestParticipantsSignPosListSignDate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequestParticipantsSignPosListSignDate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "format" => rt::read_field(map, &mut self.format),
            _ => Ok(false),
        }
    }
}
/// `GetAttachsApprovalResponseBodyDataFiles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachsApprovalResponseBodyDataFiles {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `originalFileUrl`.
    pub original_file_url: Option<String>,
    /// `signFinishFileUrl`.
    pub sign_finish_file_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachsApprovalResponseBodyDataFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachsApprovalResponseBodyDataFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "originalFileUrl" => rt::read_field(map, &mut self.original_file_url),
            "signFinishFileUrl" => rt::read_field(map, &mut self.sign_finish_file_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachsApprovalResponseBodyDataFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("originalFileUrl", &self.original_file_url)?;
        object.optional("signFinishFileUrl", &self.sign_finish_file_url)?;
        object.end()
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ApprovalListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ApprovalListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelCorpAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelCorpAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelCorpAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::channel_orders`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ChannelOrdersRequest {
    /// A `ChannelOrdersRequest` with its required fields (`itemCode`, `itemName`, `orderCreateTime`, `orderId`, `quantity`); set the others with the methods named after them.
    pub fn new(
        item_code: impl Into<String>,
        item_name: impl Into<String>,
        order_create_time: f64,
        order_id: impl Into<String>,
        quantity: f64,
    ) -> Self {
        Self {
            service_group: None,
            item_code: item_code.into(),
            item_name: item_name.into(),
            order_create_time,
            order_id: order_id.into(),
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
impl rt::serde::Serialize for ChannelOrdersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("itemCode", &self.item_code)?;
        object.field("itemName", &self.item_name)?;
        object.field("orderCreateTime", &self.order_create_time)?;
        object.field("orderId", &self.order_id)?;
        object.optional("payFee", &self.pay_fee)?;
        object.field("quantity", &self.quantity)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChannelOrdersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChannelOrdersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "itemCode" => rt::read_field(map, &mut self.item_code),
            "itemName" => rt::read_field(map, &mut self.item_name),
            "orderCreateTime" => rt::read_field(map, &mut self.order_create_time),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "payFee" => rt::read_field(map, &mut self.pay_fee),
            "quantity" => rt::read_field(map, &mut self.quantity),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChannelOrdersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::corp_realname`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CorpRealnameRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl CorpRealnameRequest {
    /// A `CorpRealnameRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            service_group: None,
            redirect_url: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for CorpRealnameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CorpRealnameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CorpRealnameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateDevelopersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("noticeUrl", &self.notice_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDevelopersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDevelopersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "noticeUrl" => rt::read_field(map, &mut self.notice_url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDevelopersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateProcessRequest {
    /// A `CreateProcessRequest` with its required fields (`initiatorUserId`, `taskName`); set the others with the methods named after them.
    pub fn new(
        initiator_user_id: impl Into<String>,
        task_name: impl Into<String>,
    ) -> Self {
        Self {
            ccs: None,
            files: None,
            initiator_user_id: initiator_user_id.into(),
            participants: None,
            redirect_url: None,
            sign_end_time: None,
            source_info: None,
            task_name: task_name.into(),
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
impl rt::serde::Serialize for CreateProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ccs", &self.ccs)?;
        object.optional("files", &self.files)?;
        object.field("initiatorUserId", &self.initiator_user_id)?;
        object.optional("participants", &self.participants)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.optional("signEndTime", &self.sign_end_time)?;
        object.optional("sourceInfo", &self.source_info)?;
        object.field("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ccs" => rt::read_field(map, &mut self.ccs),
            "files" => rt::read_field(map, &mut self.files),
            "initiatorUserId" => rt::read_field(map, &mut self.initiator_user_id),
            "participants" => rt::read_field(map, &mut self.participants),
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            "signEndTime" => rt::read_field(map, &mut self.sign_end_time),
            "sourceInfo" => rt::read_field(map, &mut self.source_info),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAttachsApprovalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAttachsApprovalRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "tsignOpenAppId" => rt::read_field(map, &mut self.tsign_open_app_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetAuthUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAuthUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAuthUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetContractMarginRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetContractMarginRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpConsoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpConsoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCorpInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::get_execute_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetExecuteUrlRequest {
    /// A `GetExecuteUrlRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            service_group: None,
            account: None,
            sign_container: None,
            task_id: task_id.into(),
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
impl rt::serde::Serialize for GetExecuteUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("signContainer", &self.sign_container)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetExecuteUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetExecuteUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "account" => rt::read_field(map, &mut self.account),
            "signContainer" => rt::read_field(map, &mut self.sign_container),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetFileUploadUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentMd5", &self.content_md5)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("convert2Pdf", &self.convert2_pdf)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileUploadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "contentMd5" => rt::read_field(map, &mut self.content_md5),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "convert2Pdf" => rt::read_field(map, &mut self.convert2_pdf),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFlowDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFlowDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFlowDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFlowDocsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetIsvStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetIsvStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
    }
}
/// The request of [`Api::process_start`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ProcessStartRequest {
    /// A `ProcessStartRequest` with its required fields (`files`, `initiatorUserId`); set the others with the methods named after them.
    pub fn new(
        files: impl IntoIterator<Item = ProcessStartRequestFiles>,
        initiator_user_id: impl Into<String>,
    ) -> Self {
        Self {
            service_group: None,
            auto_start: None,
            ccs: None,
            files: files.into_iter().collect(),
            initiator_user_id: initiator_user_id.into(),
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
impl rt::serde::Serialize for ProcessStartRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoStart", &self.auto_start)?;
        object.optional("ccs", &self.ccs)?;
        object.field("files", &self.files)?;
        object.field("initiatorUserId", &self.initiator_user_id)?;
        object.optional("participants", &self.participants)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.optional("sourceInfo", &self.source_info)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessStartRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessStartRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "autoStart" => rt::read_field(map, &mut self.auto_start),
            "ccs" => rt::read_field(map, &mut self.ccs),
            "files" => rt::read_field(map, &mut self.files),
            "initiatorUserId" => rt::read_field(map, &mut self.initiator_user_id),
            "participants" => rt::read_field(map, &mut self.participants),
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            "sourceInfo" => rt::read_field(map, &mut self.source_info),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ProcessStartRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::resale_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ResaleOrderRequest {
    /// A `ResaleOrderRequest` with its required fields (`orderCreateTime`, `orderId`, `quantity`, `serviceStopTime`); set the others with the methods named after them.
    pub fn new(
        order_create_time: f64,
        order_id: impl Into<String>,
        quantity: f64,
        service_stop_time: f64,
    ) -> Self {
        Self {
            service_group: None,
            order_create_time,
            order_id: order_id.into(),
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
impl rt::serde::Serialize for ResaleOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("orderCreateTime", &self.order_create_time)?;
        object.field("orderId", &self.order_id)?;
        object.field("quantity", &self.quantity)?;
        object.optional("serviceStartTime", &self.service_start_time)?;
        object.field("serviceStopTime", &self.service_stop_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ResaleOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ResaleOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "orderCreateTime" => rt::read_field(map, &mut self.order_create_time),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "serviceStartTime" => rt::read_field(map, &mut self.service_start_time),
            "serviceStopTime" => rt::read_field(map, &mut self.service_stop_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ResaleOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("serviceGroup", &self.service_group);
        writer.json_body(self);
    }
}
/// The request of [`Api::users_realname`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UsersRealnameRequest {
    /// `serviceGroup`: a header.
    pub service_group: Option<String>,
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl UsersRealnameRequest {
    /// A `UsersRealnameRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            service_group: None,
            redirect_url: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UsersRealnameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UsersRealnameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UsersRealnameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "serviceGroup" => rt::read_field(map, &mut self.service_group),
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
