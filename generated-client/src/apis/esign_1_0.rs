// @generated from api-spec/esign_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.esign_1_0()`. Generated from `api-spec/esign_1_0.yaml`.
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
    /// `POST /v1.0/esign/auths/url` (operation `AuthUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AuthUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/corps/auth/cancel` (operation `CancelCorpAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelCorpAuthError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/orders/channel` (operation `ChannelOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChannelOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/contracts/margin` (operation `ContractMargin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ContractMarginError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/corps/console` (operation `CorpConsole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CorpConsoleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/corps/info` (operation `CorpInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CorpInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/developers/create` (operation `CreateDeveloper`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDeveloperError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/corps/realname` (operation `GetCorpRealnameUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpRealnameUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/corps/statuses` (operation `GetCropStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCropStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/files/{file_id}` (operation `GetFile`).
    ///
    /// # Path parameters
    ///
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file(
        &self,
        file_id: &str,
    ) -> rt::Call<GetFileResponseBody, GetFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFile",
            rt::Method::Get,
            "/v1.0/esign/files/{file_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[file_id], &())
    }
    /// 获取对应流程任务详情
    ///
    /// `GET /v1.0/esign/flows/detail` (operation `GetFlowDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/flows/sign/detail` (operation `GetFlowSignDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlowSignDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/process/start` (operation `GetProcessStartUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProcessStartUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/signs/notice/url` (operation `GetSignNoticeUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignNoticeUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/files/getUploadUrl` (operation `GetUploadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUploadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/users/{user_id}` (operation `GetUserInfo`).
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
    ) -> rt::Call<GetUserInfoResponseBody, GetUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserInfo",
            rt::Method::Get,
            "/v1.0/esign/users/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取跳转到个人实名的地址
    ///
    /// `POST /v1.0/esign/users/realname` (operation `GetUserRealnameUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserRealnameUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/flows/docs` (operation `ListFlowDocs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFlowDocsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/esign/seals/approval/list` (operation `ListSealApproval`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSealApprovalError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/esign/orders/resale` (operation `OrderResale`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrderResaleError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `AuthUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AuthUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<AuthUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AuthUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AuthUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AuthUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CancelCorpAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CancelCorpAuthResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
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
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
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
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `ChannelOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChannelOrderResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<ChannelOrderResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ChannelOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChannelOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChannelOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `ContractMarginResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractMarginResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<ContractMarginResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ContractMarginResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ContractMarginResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ContractMarginResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CorpConsoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CorpConsoleResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CorpConsoleResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CorpConsoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CorpConsoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CorpConsoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CorpInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CorpInfoResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<CorpInfoResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CorpInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CorpInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CorpInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CreateDeveloperResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeveloperResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<bool>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDeveloperResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDeveloperResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateDeveloperResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetCorpRealnameUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetCorpRealnameUrlResponseBody = AuthUrlResponseBody;
/// `GetCropStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCropStatusResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetCropStatusResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCropStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCropStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCropStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFileResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetFlowDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowDetailResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFlowDetailResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
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
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
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
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetFlowSignDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetFlowSignDetailResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowSignDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowSignDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowSignDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetProcessStartUrlRequestCcs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessStartUrlRequestCcs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessStartUrlRequestCcs {
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
impl rt::serde::Serialize for GetProcessStartUrlRequestFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessStartUrlRequestFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessStartUrlRequestFiles {
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
impl rt::serde::Serialize for GetProcessStartUrlRequestParticipants {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("account", &self.account)?;
        object.optional("accountName", &self.account_name)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("signRequirements", &self.sign_requirements)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessStartUrlRequestParticipants {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessStartUrlRequestParticipants {
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
impl rt::serde::Serialize for GetProcessStartUrlRequestSourceInfo {
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
impl<'de> rt::serde::Deserialize<'de> for GetProcessStartUrlRequestSourceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessStartUrlRequestSourceInfo {
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
/// `GetProcessStartUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetProcessStartUrlResponseBody = AuthUrlResponseBody;
/// `GetSignNoticeUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignNoticeUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetSignNoticeUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignNoticeUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignNoticeUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignNoticeUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetUploadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetUploadUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetUserInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<GetUserInfoResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
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
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
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
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetUserRealnameUrlResponseBody`: the same model as [`AuthUrlResponseBody`].
pub type GetUserRealnameUrlResponseBody = AuthUrlResponseBody;
/// `ListFlowDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFlowDocsResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<Vec<ListFlowDocsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFlowDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFlowDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFlowDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `ListSealApprovalResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSealApprovalResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `data`.
    pub data: Option<Vec<ListSealApprovalResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSealApprovalResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSealApprovalResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSealApprovalResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `OrderResaleResponseBody`: the same model as [`ChannelOrderResponseBody`].
pub type OrderResaleResponseBody = ChannelOrderResponseBody;
/// `AuthUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AuthUrlResponseBodyData {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AuthUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AuthUrlResponseBodyData {
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
impl rt::serde::Serialize for AuthUrlResponseBodyData {
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
/// `CancelCorpAuthResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelCorpAuthResponseBodyData {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CancelCorpAuthResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelCorpAuthResponseBodyData {
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
impl rt::serde::Serialize for CancelCorpAuthResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ChannelOrderResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChannelOrderResponseBodyData {
    /// `esignOrderId`.
    pub esign_order_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ChannelOrderResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChannelOrderResponseBodyData {
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
impl rt::serde::Serialize for ChannelOrderResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("esignOrderId", &self.esign_order_id)?;
        object.end()
    }
}
/// `ContractMarginResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ContractMarginResponseBodyData {
    /// `margin`.
    pub margin: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ContractMarginResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ContractMarginResponseBodyData {
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
impl rt::serde::Serialize for ContractMarginResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("margin", &self.margin)?;
        object.end()
    }
}
/// `CorpConsoleResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CorpConsoleResponseBodyData {
    /// `orgConsoleUrl`.
    pub org_console_url: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CorpConsoleResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CorpConsoleResponseBodyData {
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
impl rt::serde::Serialize for CorpConsoleResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgConsoleUrl", &self.org_console_url)?;
        object.end()
    }
}
/// `CorpInfoResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CorpInfoResponseBodyData {
    /// `orgRealName`.
    pub org_real_name: Option<String>,
    /// `realName`.
    pub real_name: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CorpInfoResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CorpInfoResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgRealName" => rt::read_field(map, &mut self.org_real_name),
            "realName" => rt::read_field(map, &mut self.real_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CorpInfoResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgRealName", &self.org_real_name)?;
        object.optional("realName", &self.real_name)?;
        object.end()
    }
}
/// `GetCorpRealnameUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetCorpRealnameUrlResponseBodyData = AuthUrlResponseBodyData;
/// `GetCropStatusResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCropStatusResponseBodyData {
    /// `authStatus`.
    pub auth_status: Option<String>,
    /// `installStatus`.
    pub install_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCropStatusResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCropStatusResponseBodyData {
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
impl rt::serde::Serialize for GetCropStatusResponseBodyData {
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
/// `GetFileResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFileResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileResponseBodyData {
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
impl rt::serde::Serialize for GetFileResponseBodyData {
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
/// `GetFlowDetailResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlowDetailResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDetailResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessSense" => rt::read_field(map, &mut self.business_sense),
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
impl rt::serde::Serialize for GetFlowDetailResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessSense", &self.business_sense)?;
        object.optional("flowStatus", &self.flow_status)?;
        object.optional("initiatorAuthorizedName", &self.initiator_authorized_name)?;
        object.optional("initiatorName", &self.initiator_name)?;
        object.optional("logs", &self.logs)?;
        object.end()
    }
}
/// `GetFlowSignDetailResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBodyData {
    /// `businessSense`.
    pub business_sense: Option<String>,
    /// `flowStatus`.
    pub flow_status: Option<i64>,
    /// `signers`.
    pub signers: Option<Vec<GetFlowSignDetailResponseBodyDataSigners>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowSignDetailResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowSignDetailResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessSense" => rt::read_field(map, &mut self.business_sense),
            "flowStatus" => rt::read_field(map, &mut self.flow_status),
            "signers" => rt::read_field(map, &mut self.signers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlowSignDetailResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessSense", &self.business_sense)?;
        object.optional("flowStatus", &self.flow_status)?;
        object.optional("signers", &self.signers)?;
        object.end()
    }
}
/// `GetProcessStartUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetProcessStartUrlResponseBodyData = AuthUrlResponseBodyData;
/// `GetSignNoticeUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignNoticeUrlResponseBodyData {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignNoticeUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignNoticeUrlResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignNoticeUrlResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
/// `GetUploadUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadUrlResponseBodyData {
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
impl rt::serde::Serialize for GetUploadUrlResponseBodyData {
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
/// `GetUserInfoResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoResponseBodyData {
    /// `realName`.
    pub real_name: Option<bool>,
    /// `userRealName`.
    pub user_real_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserInfoResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "realName" => rt::read_field(map, &mut self.real_name),
            "userRealName" => rt::read_field(map, &mut self.user_real_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserInfoResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("realName", &self.real_name)?;
        object.optional("userRealName", &self.user_real_name)?;
        object.end()
    }
}
/// `GetUserRealnameUrlResponseBodyData`: the same model as [`AuthUrlResponseBodyData`].
pub type GetUserRealnameUrlResponseBodyData = AuthUrlResponseBodyData;
/// `ListFlowDocsResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFlowDocsResponseBodyData {
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFlowDocsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFlowDocsResponseBodyData {
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
impl rt::serde::Serialize for ListFlowDocsResponseBodyData {
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
/// `ListSealApprovalResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSealApprovalResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSealApprovalResponseBodyData {
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
impl rt::serde::Serialize for ListSealApprovalResponseBodyData {
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
/// `OrderResaleResponseBodyData`: the same model as [`ChannelOrderResponseBodyData`].
pub type OrderResaleResponseBodyData = ChannelOrderResponseBodyData;
/// `GetFlowDetailResponseBodyDataLogs`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlowDetailResponseBodyDataLogs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowDetailResponseBodyDataLogs {
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
impl rt::serde::Serialize for GetFlowDetailResponseBodyDataLogs {
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
/// `GetFlowSignDetailResponseBodyDataSigners`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFlowSignDetailResponseBodyDataSigners {
    /// `signStatus`.
    pub sign_status: Option<i64>,
    /// `signerName`.
    pub signer_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFlowSignDetailResponseBodyDataSigners {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlowSignDetailResponseBodyDataSigners {
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
impl rt::serde::Serialize for GetFlowSignDetailResponseBodyDataSigners {
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
/// `ListSealApprovalResponseBodyDataApprovalNodes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSealApprovalResponseBodyDataApprovalNodes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSealApprovalResponseBodyDataApprovalNodes {
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
impl rt::serde::Serialize for ListSealApprovalResponseBodyDataApprovalNodes {
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
impl rt::serde::Serialize for AuthUrlRequest {
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
impl<'de> rt::serde::Deserialize<'de> for AuthUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AuthUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AuthUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::channel_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ChannelOrderRequest {
    /// A `ChannelOrderRequest` with its required fields (`itemCode`, `itemName`, `orderId`, `payFee`, `quantity`); set the others with the methods named after them.
    pub fn new(
        item_code: impl Into<String>,
        item_name: impl Into<String>,
        order_id: impl Into<String>,
        pay_fee: i64,
        quantity: i64,
    ) -> Self {
        Self {
            item_code: item_code.into(),
            item_name: item_name.into(),
            order_create_time: None,
            order_id: order_id.into(),
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
impl rt::serde::Serialize for ChannelOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("itemCode", &self.item_code)?;
        object.field("itemName", &self.item_name)?;
        object.optional("orderCreateTime", &self.order_create_time)?;
        object.field("orderId", &self.order_id)?;
        object.field("payFee", &self.pay_fee)?;
        object.field("quantity", &self.quantity)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChannelOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChannelOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
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
impl rt::serde::Serialize for CreateDeveloperRequest {
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
impl<'de> rt::serde::Deserialize<'de> for CreateDeveloperRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeveloperRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDeveloperRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_corp_realname_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCorpRealnameUrlRequest {
    /// `userId`.
    pub user_id: String,
}
impl GetCorpRealnameUrlRequest {
    /// A `GetCorpRealnameUrlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
impl rt::serde::Serialize for GetCorpRealnameUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpRealnameUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpRealnameUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFlowSignDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFlowSignDetailRequest {
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
impl rt::serde::Serialize for GetProcessStartUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ccs", &self.ccs)?;
        object.optional("files", &self.files)?;
        object.optional("initiatorUserId", &self.initiator_user_id)?;
        object.optional("participants", &self.participants)?;
        object.optional("redirectUrl", &self.redirect_url)?;
        object.optional("sourceInfo", &self.source_info)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProcessStartUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProcessStartUrlRequest {
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
            "sourceInfo" => rt::read_field(map, &mut self.source_info),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetSignNoticeUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignNoticeUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignNoticeUrlRequest {
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
impl rt::WriteRequest for GetSignNoticeUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_upload_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetUploadUrlRequest {
    /// A `GetUploadUrlRequest` with its required fields (`contentMd5`, `contentType`, `convert2Pdf`, `fileName`, `fileSize`); set the others with the methods named after them.
    pub fn new(
        content_md5: impl Into<String>,
        content_type: impl Into<String>,
        convert2_pdf: bool,
        file_name: impl Into<String>,
        file_size: i64,
    ) -> Self {
        Self {
            content_md5: content_md5.into(),
            content_type: content_type.into(),
            convert2_pdf,
            file_name: file_name.into(),
            file_size,
        }
    }
}
impl rt::serde::Serialize for GetUploadUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("contentMd5", &self.content_md5)?;
        object.field("contentType", &self.content_type)?;
        object.field("convert2Pdf", &self.convert2_pdf)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileSize", &self.file_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUploadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentMd5" => rt::read_field(map, &mut self.content_md5),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "convert2Pdf" => rt::read_field(map, &mut self.convert2_pdf),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUploadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_realname_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserRealnameUrlRequest {
    /// `redirectUrl`.
    pub redirect_url: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl GetUserRealnameUrlRequest {
    /// A `GetUserRealnameUrlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            redirect_url: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `redirectUrl`.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetUserRealnameUrlRequest {
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
impl<'de> rt::serde::Deserialize<'de> for GetUserRealnameUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserRealnameUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "redirectUrl" => rt::read_field(map, &mut self.redirect_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFlowDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFlowDocsRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSealApprovalRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSealApprovalRequest {
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
impl rt::WriteRequest for ListSealApprovalRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::order_resale`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl OrderResaleRequest {
    /// A `OrderResaleRequest` with its required fields (`orderCreateTime`, `orderId`, `quantity`, `serviceStartTime`, `serviceStopTime`); set the others with the methods named after them.
    pub fn new(
        order_create_time: i64,
        order_id: impl Into<String>,
        quantity: i64,
        service_start_time: i64,
        service_stop_time: i64,
    ) -> Self {
        Self {
            order_create_time,
            order_id: order_id.into(),
            quantity,
            service_start_time,
            service_stop_time,
        }
    }
}
impl rt::serde::Serialize for OrderResaleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("orderCreateTime", &self.order_create_time)?;
        object.field("orderId", &self.order_id)?;
        object.field("quantity", &self.quantity)?;
        object.field("serviceStartTime", &self.service_start_time)?;
        object.field("serviceStopTime", &self.service_stop_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrderResaleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrderResaleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orderCreateTime" => rt::read_field(map, &mut self.order_create_time),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "serviceStartTime" => rt::read_field(map, &mut self.service_start_time),
            "serviceStopTime" => rt::read_field(map, &mut self.service_stop_time),
            _ => Ok(false),
        }
    }
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
