// @generated from api-spec/link_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.link_1_0()`. Generated from `api-spec/link_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `link_1_0`. Get it with `client.link_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 发送用户授权信息申请
    ///
    /// `POST /v1.0/link/followers/authInfos/apply` (operation `ApplyFollowerAuthInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ApplyFollowerAuthInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn apply_follower_auth_info(
        &self,
        request: &ApplyFollowerAuthInfoRequest,
    ) -> rt::Call<ApplyFollowerAuthInfoResponseBody, ApplyFollowerAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApplyFollowerAuthInfo",
            rt::Method::Post,
            "/v1.0/link/followers/authInfos/apply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册服务窗消息回调服务
    ///
    /// `POST /v1.0/link/callbacks/regiester` (operation `CallbackRegiester`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CallbackRegiesterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn callback_regiester(
        &self,
        request: &CallbackRegiesterRequest,
    ) -> rt::Call<CallbackRegiesterResponseBody, CallbackRegiesterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CallbackRegiester",
            rt::Method::Post,
            "/v1.0/link/callbacks/regiester",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗吊顶卡片关闭接口
    ///
    /// `POST /v1.0/link/oToMessages/topBoxes/close` (operation `CloseTopBoxInteractiveOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CloseTopBoxInteractiveOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn close_top_box_interactive_oto_message(
        &self,
        request: &CloseTopBoxInteractiveOTOMessageRequest,
    ) -> rt::Call<
        CloseTopBoxInteractiveOTOMessageResponseBody,
        CloseTopBoxInteractiveOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseTopBoxInteractiveOTOMessage",
            rt::Method::Post,
            "/v1.0/link/oToMessages/topBoxes/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户授权信息
    ///
    /// `GET /v1.0/link/followers/authInfos` (operation `GetFollowerAuthInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFollowerAuthInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_follower_auth_info(
        &self,
        request: &GetFollowerAuthInfoRequest,
    ) -> rt::Call<GetFollowerAuthInfoResponseBody, GetFollowerAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFollowerAuthInfo",
            rt::Method::Get,
            "/v1.0/link/followers/authInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取服务窗关注人信息
    ///
    /// `GET /v1.0/link/followers/infos` (operation `GetFollowerInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFollowerInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_follower_info(
        &self,
        request: &GetFollowerInfoRequest,
    ) -> rt::Call<GetFollowerInfoResponseBody, GetFollowerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFollowerInfo",
            rt::Method::Get,
            "/v1.0/link/followers/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗图片消息下载地址获取接口
    ///
    /// `GET /v1.0/link/oToMessages/pictures/downloadUrls` (operation `GetPictureDownloadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPictureDownloadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_picture_download_url(
        &self,
        request: &GetPictureDownloadUrlRequest,
    ) -> rt::Call<GetPictureDownloadUrlResponseBody, GetPictureDownloadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPictureDownloadUrl",
            rt::Method::Get,
            "/v1.0/link/oToMessages/pictures/downloadUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户关注状态
    ///
    /// `GET /v1.0/link/followers/statuses` (operation `GetUserFollowStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserFollowStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_follow_status(
        &self,
        request: &GetUserFollowStatusRequest,
    ) -> rt::Call<GetUserFollowStatusResponseBody, GetUserFollowStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserFollowStatus",
            rt::Method::Get,
            "/v1.0/link/followers/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业下服务窗帐号列表
    ///
    /// `GET /v1.0/link/accounts` (operation `ListAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAccountError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_account(&self) -> rt::Call<ListAccountResponseBody, ListAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAccount",
            rt::Method::Get,
            "/v1.0/link/accounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 第三方企业应用查询服务窗帐号列表
    ///
    /// `GET /v1.0/link/isv/accounts` (operation `ListAccountInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAccountInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_account_info(
        &self,
    ) -> rt::Call<ListAccountInfoResponseBody, ListAccountInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAccountInfo",
            rt::Method::Get,
            "/v1.0/link/isv/accounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 批量获取服务窗关注人列表
    ///
    /// `GET /v1.0/link/followers` (operation `ListFollower`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFollowerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_follower(
        &self,
        request: &ListFollowerRequest,
    ) -> rt::Call<ListFollowerResponseBody, ListFollowerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFollower",
            rt::Method::Get,
            "/v1.0/link/followers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 第三方企业应用查询用户是否关注服务窗
    ///
    /// `GET /v1.0/link/isv/followers/statuses` (operation `QueryUserFollowStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserFollowStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_follow_status(
        &self,
        request: &QueryUserFollowStatusRequest,
    ) -> rt::Call<QueryUserFollowStatusResponseBody, QueryUserFollowStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserFollowStatus",
            rt::Method::Get,
            "/v1.0/link/isv/followers/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送服务窗客服消息
    ///
    /// `POST /v1.0/link/oToMessages/agentMessages` (operation `SendAgentOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendAgentOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_agent_oto_message(
        &self,
        request: &SendAgentOTOMessageRequest,
    ) -> rt::Call<SendAgentOTOMessageResponseBody, SendAgentOTOMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendAgentOTOMessage",
            rt::Method::Post,
            "/v1.0/link/oToMessages/agentMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗互动卡片单发接口
    ///
    /// `POST /v1.0/link/oToMessages/interactiveMessages` (operation `SendInteractiveOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendInteractiveOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_interactive_oto_message(
        &self,
        request: &SendInteractiveOTOMessageRequest,
    ) -> rt::Call<
        SendInteractiveOTOMessageResponseBody,
        SendInteractiveOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendInteractiveOTOMessage",
            rt::Method::Post,
            "/v1.0/link/oToMessages/interactiveMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗吊顶卡片发送接口
    ///
    /// `POST /v1.0/link/oToMessages/topBoxes/send` (operation `SendTopBoxInteractiveOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendTopBoxInteractiveOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_top_box_interactive_oto_message(
        &self,
        request: &SendTopBoxInteractiveOTOMessageRequest,
    ) -> rt::Call<
        SendTopBoxInteractiveOTOMessageResponseBody,
        SendTopBoxInteractiveOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendTopBoxInteractiveOTOMessage",
            rt::Method::Post,
            "/v1.0/link/oToMessages/topBoxes/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗互动卡片修改接口
    ///
    /// `PUT /v1.0/link/oToMessages/interactiveMessages` (operation `UpdateInteractiveOTOMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInteractiveOTOMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_interactive_oto_message(
        &self,
        request: &UpdateInteractiveOTOMessageRequest,
    ) -> rt::Call<
        UpdateInteractiveOTOMessageResponseBody,
        UpdateInteractiveOTOMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInteractiveOTOMessage",
            rt::Method::Put,
            "/v1.0/link/oToMessages/interactiveMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务窗会话窗口快捷栏配置接口
    ///
    /// `POST /v1.0/link/shortcuts` (operation `UpdateShortcuts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateShortcutsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_shortcuts(
        &self,
        request: &UpdateShortcutsRequest,
    ) -> rt::Call<UpdateShortcutsResponseBody, UpdateShortcutsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateShortcuts",
            rt::Method::Post,
            "/v1.0/link/shortcuts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_follower`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.userList` of each page.
    pub fn list_follower_pages(
        &self,
        request: &ListFollowerRequest,
    ) -> rt::Paginator<
        ListFollowerResponseBody,
        ListFollowerError,
        ListFollowerResponseBodyResultUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "userList"],
        );
        rt::Paginator::new(self.list_follower(request), &PAGING)
    }
}
/// `ApplyFollowerAuthInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApplyFollowerAuthInfoResponseBody {
    /// `result`.
    pub result: Option<ApplyFollowerAuthInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ApplyFollowerAuthInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApplyFollowerAuthInfoResponseBody {
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
impl rt::serde::Serialize for ApplyFollowerAuthInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CallbackRegiesterResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CallbackRegiesterResponseBody {
    /// `result`.
    pub result: Option<CallbackRegiesterResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CallbackRegiesterResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CallbackRegiesterResponseBody {
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
impl rt::serde::Serialize for CallbackRegiesterResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CloseTopBoxInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageRequestDetail {
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `userId`.
    pub user_id: String,
}
impl CloseTopBoxInteractiveOTOMessageRequestDetail {
    /// A `CloseTopBoxInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardTemplateId`, `userId`); set the others with the methods named after them.
    pub fn new(
        card_biz_id: impl Into<String>,
        card_template_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            card_biz_id: card_biz_id.into(),
            card_template_id: card_template_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CloseTopBoxInteractiveOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CloseTopBoxInteractiveOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CloseTopBoxInteractiveOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CloseTopBoxInteractiveOTOMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CloseTopBoxInteractiveOTOMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CloseTopBoxInteractiveOTOMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CloseTopBoxInteractiveOTOMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFollowerAuthInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBody {
    /// `result`.
    pub result: Option<GetFollowerAuthInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerAuthInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerAuthInfoResponseBody {
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
impl rt::serde::Serialize for GetFollowerAuthInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFollowerInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetFollowerInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetPictureDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPictureDownloadUrlResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetPictureDownloadUrlResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPictureDownloadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPictureDownloadUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPictureDownloadUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetUserFollowStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserFollowStatusResponseBody {
    /// `result`.
    pub result: Option<GetUserFollowStatusResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserFollowStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserFollowStatusResponseBody {
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
impl rt::serde::Serialize for GetUserFollowStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAccountResponseBody {
    /// `result`.
    pub result: Option<Vec<ListAccountResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAccountResponseBody {
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
impl rt::serde::Serialize for ListAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListAccountInfoResponseBody`: the same model as [`ListAccountResponseBody`].
pub type ListAccountInfoResponseBody = ListAccountResponseBody;
/// `ListFollowerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFollowerResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<ListFollowerResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFollowerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFollowerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFollowerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryUserFollowStatusResponseBody`: the same model as [`GetUserFollowStatusResponseBody`].
pub type QueryUserFollowStatusResponseBody = GetUserFollowStatusResponseBody;
/// `SendAgentOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetail {
    /// `messageBody`.
    pub message_body: SendAgentOTOMessageRequestDetailMessageBody,
    /// `msgType`.
    pub msg_type: String,
    /// `sessionId`.
    pub session_id: String,
    /// `userId`.
    pub user_id: String,
    /// `uuid`.
    pub uuid: String,
}
impl SendAgentOTOMessageRequestDetail {
    /// A `SendAgentOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `sessionId`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(
        message_body: SendAgentOTOMessageRequestDetailMessageBody,
        msg_type: impl Into<String>,
        session_id: impl Into<String>,
        user_id: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            message_body,
            msg_type: msg_type.into(),
            session_id: session_id.into(),
            user_id: user_id.into(),
            uuid: uuid.into(),
        }
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageBody", &self.message_body)?;
        object.field("msgType", &self.msg_type)?;
        object.field("sessionId", &self.session_id)?;
        object.field("userId", &self.user_id)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendAgentOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageBody" => rt::read_field(map, &mut self.message_body),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<SendAgentOTOMessageResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SendAgentOTOMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendAgentOTOMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendAgentOTOMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SendInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendInteractiveOTOMessageRequestDetail {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardData`.
    pub card_data: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `userId`.
    pub user_id: String,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<String>,
}
impl SendInteractiveOTOMessageRequestDetail {
    /// A `SendInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `userId`); set the others with the methods named after them.
    pub fn new(
        card_biz_id: impl Into<String>,
        card_data: impl Into<String>,
        card_template_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_url: None,
            card_biz_id: card_biz_id.into(),
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            user_id: user_id.into(),
            user_id_private_data_map: None,
        }
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.user_id_private_data_map = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendInteractiveOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.field("userId", &self.user_id)?;
        object.optional("userIdPrivateDataMap", &self.user_id_private_data_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendInteractiveOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userIdPrivateDataMap" => {
                rt::read_field(map, &mut self.user_id_private_data_map)
            }
            _ => Ok(false),
        }
    }
}
/// `SendInteractiveOTOMessageResponseBody`: the same model as [`SendAgentOTOMessageResponseBody`].
pub type SendInteractiveOTOMessageResponseBody = SendAgentOTOMessageResponseBody;
/// `SendTopBoxInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendTopBoxInteractiveOTOMessageRequestDetail {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardData`.
    pub card_data: SendTopBoxInteractiveOTOMessageRequestDetailCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `expiredTime`.
    pub expired_time: i64,
    /// `userId`.
    pub user_id: String,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<
        rt::BTreeMap<String, DetailUserIdPrivateDataMapValue>,
    >,
}
impl SendTopBoxInteractiveOTOMessageRequestDetail {
    /// A `SendTopBoxInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `expiredTime`, `userId`); set the others with the methods named after them.
    pub fn new(
        card_biz_id: impl Into<String>,
        card_data: SendTopBoxInteractiveOTOMessageRequestDetailCardData,
        card_template_id: impl Into<String>,
        expired_time: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_url: None,
            card_biz_id: card_biz_id.into(),
            card_data,
            card_template_id: card_template_id.into(),
            expired_time,
            user_id: user_id.into(),
            user_id_private_data_map: None,
        }
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, DetailUserIdPrivateDataMapValue),
        >,
    ) -> Self {
        self.user_id_private_data_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for SendTopBoxInteractiveOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.field("expiredTime", &self.expired_time)?;
        object.field("userId", &self.user_id)?;
        object.optional("userIdPrivateDataMap", &self.user_id_private_data_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendTopBoxInteractiveOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendTopBoxInteractiveOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "expiredTime" => rt::read_field(map, &mut self.expired_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userIdPrivateDataMap" => {
                rt::read_field(map, &mut self.user_id_private_data_map)
            }
            _ => Ok(false),
        }
    }
}
/// `SendTopBoxInteractiveOTOMessageResponseBody`: the same model as [`CloseTopBoxInteractiveOTOMessageResponseBody`].
pub type SendTopBoxInteractiveOTOMessageResponseBody = CloseTopBoxInteractiveOTOMessageResponseBody;
/// `UpdateInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateInteractiveOTOMessageRequestDetail {
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardData`.
    pub card_data: Option<String>,
    /// `updateOptions`.
    pub update_options: Option<UpdateInteractiveOTOMessageRequestDetailUpdateOptions>,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<String>,
}
impl UpdateInteractiveOTOMessageRequestDetail {
    /// A `UpdateInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`); set the others with the methods named after them.
    pub fn new(card_biz_id: impl Into<String>) -> Self {
        Self {
            card_biz_id: card_biz_id.into(),
            card_data: None,
            update_options: None,
            user_id_private_data_map: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: impl Into<String>) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `updateOptions`.
    pub fn update_options(
        mut self,
        value: UpdateInteractiveOTOMessageRequestDetailUpdateOptions,
    ) -> Self {
        self.update_options = Some(value);
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.user_id_private_data_map = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateInteractiveOTOMessageRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("updateOptions", &self.update_options)?;
        object.optional("userIdPrivateDataMap", &self.user_id_private_data_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInteractiveOTOMessageRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInteractiveOTOMessageRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "updateOptions" => rt::read_field(map, &mut self.update_options),
            "userIdPrivateDataMap" => {
                rt::read_field(map, &mut self.user_id_private_data_map)
            }
            _ => Ok(false),
        }
    }
}
/// `UpdateInteractiveOTOMessageResponseBody`: the same model as [`SendAgentOTOMessageResponseBody`].
pub type UpdateInteractiveOTOMessageResponseBody = SendAgentOTOMessageResponseBody;
/// `UpdateShortcutsRequestDetails`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateShortcutsRequestDetails {
    /// `actionUrl`.
    pub action_url: Option<String>,
    /// `callbackKey`.
    pub callback_key: Option<String>,
    /// `iconFont`.
    pub icon_font: Option<String>,
    /// `iconMediaId`.
    pub icon_media_id: String,
    /// `shortcutId`.
    pub shortcut_id: String,
    /// `slideIconMediaId`.
    pub slide_icon_media_id: Option<String>,
    /// `title`.
    pub title: String,
}
impl UpdateShortcutsRequestDetails {
    /// A `UpdateShortcutsRequestDetails` with its required fields (`iconMediaId`, `shortcutId`, `title`); set the others with the methods named after them.
    pub fn new(
        icon_media_id: impl Into<String>,
        shortcut_id: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            action_url: None,
            callback_key: None,
            icon_font: None,
            icon_media_id: icon_media_id.into(),
            shortcut_id: shortcut_id.into(),
            slide_icon_media_id: None,
            title: title.into(),
        }
    }
    /// Sets `actionUrl`.
    pub fn action_url(mut self, value: impl Into<String>) -> Self {
        self.action_url = Some(value.into());
        self
    }
    /// Sets `callbackKey`.
    pub fn callback_key(mut self, value: impl Into<String>) -> Self {
        self.callback_key = Some(value.into());
        self
    }
    /// Sets `iconFont`.
    pub fn icon_font(mut self, value: impl Into<String>) -> Self {
        self.icon_font = Some(value.into());
        self
    }
    /// Sets `slideIconMediaId`.
    pub fn slide_icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.slide_icon_media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateShortcutsRequestDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionUrl", &self.action_url)?;
        object.optional("callbackKey", &self.callback_key)?;
        object.optional("iconFont", &self.icon_font)?;
        object.field("iconMediaId", &self.icon_media_id)?;
        object.field("shortcutId", &self.shortcut_id)?;
        object.optional("slideIconMediaId", &self.slide_icon_media_id)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateShortcutsRequestDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateShortcutsRequestDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionUrl" => rt::read_field(map, &mut self.action_url),
            "callbackKey" => rt::read_field(map, &mut self.callback_key),
            "iconFont" => rt::read_field(map, &mut self.icon_font),
            "iconMediaId" => rt::read_field(map, &mut self.icon_media_id),
            "shortcutId" => rt::read_field(map, &mut self.shortcut_id),
            "slideIconMediaId" => rt::read_field(map, &mut self.slide_icon_media_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `UpdateShortcutsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateShortcutsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateShortcutsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateShortcutsResponseBody {
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
impl rt::serde::Serialize for UpdateShortcutsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ApplyFollowerAuthInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApplyFollowerAuthInfoResponseBodyResult {
    /// `openApplyId`.
    pub open_apply_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ApplyFollowerAuthInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApplyFollowerAuthInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openApplyId" => rt::read_field(map, &mut self.open_apply_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ApplyFollowerAuthInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openApplyId", &self.open_apply_id)?;
        object.end()
    }
}
/// `CallbackRegiesterResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CallbackRegiesterResponseBodyResult {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CallbackRegiesterResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CallbackRegiesterResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => rt::read_field(map, &mut self.api_secret),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CallbackRegiesterResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apiSecret", &self.api_secret)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.end()
    }
}
/// `GetFollowerAuthInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResult {
    /// `authInfo`.
    pub auth_info: Option<GetFollowerAuthInfoResponseBodyResultAuthInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerAuthInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerAuthInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authInfo" => rt::read_field(map, &mut self.auth_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerAuthInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authInfo", &self.auth_info)?;
        object.end()
    }
}
/// `GetFollowerInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBodyResult {
    /// `user`.
    pub user: Option<GetFollowerInfoResponseBodyResultUser>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "user" => rt::read_field(map, &mut self.user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("user", &self.user)?;
        object.end()
    }
}
/// `GetPictureDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPictureDownloadUrlResponseBodyResult {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPictureDownloadUrlResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPictureDownloadUrlResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPictureDownloadUrlResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetUserFollowStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserFollowStatusResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserFollowStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserFollowStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserFollowStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `ListAccountResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAccountResponseBodyResult {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAccountResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAccountResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "accountName" => rt::read_field(map, &mut self.account_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAccountResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("accountName", &self.account_name)?;
        object.end()
    }
}
/// `ListAccountInfoResponseBodyResult`: the same model as [`ListAccountResponseBodyResult`].
pub type ListAccountInfoResponseBodyResult = ListAccountResponseBodyResult;
/// `ListFollowerResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFollowerResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<ListFollowerResponseBodyResultUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFollowerResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFollowerResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFollowerResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `QueryUserFollowStatusResponseBodyResult`: the same model as [`GetUserFollowStatusResponseBodyResult`].
pub type QueryUserFollowStatusResponseBodyResult = GetUserFollowStatusResponseBodyResult;
/// `SendAgentOTOMessageRequestDetailMessageBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBody {
    /// `actionCard`.
    pub action_card: Option<SendAgentOTOMessageRequestDetailMessageBodyActionCard>,
    /// `image`.
    pub image: Option<SendAgentOTOMessageRequestDetailMessageBodyImage>,
    /// `interactiveMessage`.
    pub interactive_message: Option<
        SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage,
    >,
    /// `link`.
    pub link: Option<SendAgentOTOMessageRequestDetailMessageBodyLink>,
    /// `markdown`.
    pub markdown: Option<SendAgentOTOMessageRequestDetailMessageBodyMarkdown>,
    /// `text`.
    pub text: Option<SendAgentOTOMessageRequestDetailMessageBodyText>,
}
impl SendAgentOTOMessageRequestDetailMessageBody {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionCard`.
    pub fn action_card(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyActionCard,
    ) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `image`.
    pub fn image(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyImage,
    ) -> Self {
        self.image = Some(value);
        self
    }
    /// Sets `interactiveMessage`.
    pub fn interactive_message(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage,
    ) -> Self {
        self.interactive_message = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyLink,
    ) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyMarkdown,
    ) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: SendAgentOTOMessageRequestDetailMessageBodyText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCard", &self.action_card)?;
        object.optional("image", &self.image)?;
        object.optional("interactiveMessage", &self.interactive_message)?;
        object.optional("link", &self.link)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendAgentOTOMessageRequestDetailMessageBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCard" => rt::read_field(map, &mut self.action_card),
            "image" => rt::read_field(map, &mut self.image),
            "interactiveMessage" => rt::read_field(map, &mut self.interactive_message),
            "link" => rt::read_field(map, &mut self.link),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageResponseBodyResult {
    /// `openPushId`.
    pub open_push_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendAgentOTOMessageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendAgentOTOMessageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openPushId" => rt::read_field(map, &mut self.open_push_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendAgentOTOMessageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openPushId", &self.open_push_id)?;
        object.end()
    }
}
/// `SendInteractiveOTOMessageResponseBodyResult`: the same model as [`SendAgentOTOMessageResponseBodyResult`].
pub type SendInteractiveOTOMessageResponseBodyResult = SendAgentOTOMessageResponseBodyResult;
/// `SendTopBoxInteractiveOTOMessageRequestDetailCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendTopBoxInteractiveOTOMessageRequestDetailCardData {
    /// `cardMediaIdParamMap`.
    pub card_media_id_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl SendTopBoxInteractiveOTOMessageRequestDetailCardData {
    /// An empty `SendTopBoxInteractiveOTOMessageRequestDetailCardData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardMediaIdParamMap`.
    pub fn card_media_id_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.card_media_id_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `cardParamMap`.
    pub fn card_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.card_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for SendTopBoxInteractiveOTOMessageRequestDetailCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardMediaIdParamMap", &self.card_media_id_param_map)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendTopBoxInteractiveOTOMessageRequestDetailCardData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendTopBoxInteractiveOTOMessageRequestDetailCardData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardMediaIdParamMap" => {
                rt::read_field(map, &mut self.card_media_id_param_map)
            }
            "cardParamMap" => rt::read_field(map, &mut self.card_param_map),
            _ => Ok(false),
        }
    }
}
/// `DetailUserIdPrivateDataMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DetailUserIdPrivateDataMapValue {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `cardMediaIdParamMap`.
    pub card_media_id_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl DetailUserIdPrivateDataMapValue {
    /// An empty `DetailUserIdPrivateDataMapValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardParamMap`.
    pub fn card_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.card_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `cardMediaIdParamMap`.
    pub fn card_media_id_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.card_media_id_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for DetailUserIdPrivateDataMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.optional("cardMediaIdParamMap", &self.card_media_id_param_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DetailUserIdPrivateDataMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DetailUserIdPrivateDataMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardParamMap" => rt::read_field(map, &mut self.card_param_map),
            "cardMediaIdParamMap" => {
                rt::read_field(map, &mut self.card_media_id_param_map)
            }
            _ => Ok(false),
        }
    }
}
/// `UpdateInteractiveOTOMessageRequestDetailUpdateOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInteractiveOTOMessageRequestDetailUpdateOptions {
    /// `updateCardDataByKey`.
    pub update_card_data_by_key: Option<bool>,
    /// `updatePrivateDataByKey`.
    pub update_private_data_by_key: Option<bool>,
}
impl UpdateInteractiveOTOMessageRequestDetailUpdateOptions {
    /// An empty `UpdateInteractiveOTOMessageRequestDetailUpdateOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateCardDataByKey`.
    pub fn update_card_data_by_key(mut self, value: bool) -> Self {
        self.update_card_data_by_key = Some(value);
        self
    }
    /// Sets `updatePrivateDataByKey`.
    pub fn update_private_data_by_key(mut self, value: bool) -> Self {
        self.update_private_data_by_key = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateInteractiveOTOMessageRequestDetailUpdateOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updateCardDataByKey", &self.update_card_data_by_key)?;
        object.optional("updatePrivateDataByKey", &self.update_private_data_by_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInteractiveOTOMessageRequestDetailUpdateOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInteractiveOTOMessageRequestDetailUpdateOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "updateCardDataByKey" => {
                rt::read_field(map, &mut self.update_card_data_by_key)
            }
            "updatePrivateDataByKey" => {
                rt::read_field(map, &mut self.update_private_data_by_key)
            }
            _ => Ok(false),
        }
    }
}
/// `UpdateInteractiveOTOMessageResponseBodyResult`: the same model as [`SendAgentOTOMessageResponseBodyResult`].
pub type UpdateInteractiveOTOMessageResponseBodyResult = SendAgentOTOMessageResponseBodyResult;
/// `GetFollowerAuthInfoResponseBodyResultAuthInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfo {
    /// `mainCorp`.
    pub main_corp: Option<GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp>,
    /// `mobile`.
    pub mobile: Option<GetFollowerAuthInfoResponseBodyResultAuthInfoMobile>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerAuthInfoResponseBodyResultAuthInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerAuthInfoResponseBodyResultAuthInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mainCorp" => rt::read_field(map, &mut self.main_corp),
            "mobile" => rt::read_field(map, &mut self.mobile),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerAuthInfoResponseBodyResultAuthInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mainCorp", &self.main_corp)?;
        object.optional("mobile", &self.mobile)?;
        object.end()
    }
}
/// `GetFollowerInfoResponseBodyResultUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBodyResultUser {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFollowerInfoResponseBodyResultUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerInfoResponseBodyResultUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerInfoResponseBodyResultUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListFollowerResponseBodyResultUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFollowerResponseBodyResultUserList {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFollowerResponseBodyResultUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFollowerResponseBodyResultUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFollowerResponseBodyResultUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyActionCard`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyActionCard {
    /// `buttonList`.
    pub button_list: Option<
        Vec<SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList>,
    >,
    /// `buttonOrientation`.
    pub button_orientation: Option<String>,
    /// `markdown`.
    pub markdown: Option<String>,
    /// `singleTitle`.
    pub single_title: Option<String>,
    /// `singleUrl`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyActionCard {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyActionCard`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `buttonList`.
    pub fn button_list(
        mut self,
        value: impl IntoIterator<
            Item = SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList,
        >,
    ) -> Self {
        self.button_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `buttonOrientation`.
    pub fn button_orientation(mut self, value: impl Into<String>) -> Self {
        self.button_orientation = Some(value.into());
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: impl Into<String>) -> Self {
        self.markdown = Some(value.into());
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleUrl`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBodyActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buttonList", &self.button_list)?;
        object.optional("buttonOrientation", &self.button_orientation)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("singleTitle", &self.single_title)?;
        object.optional("singleUrl", &self.single_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buttonList" => rt::read_field(map, &mut self.button_list),
            "buttonOrientation" => rt::read_field(map, &mut self.button_orientation),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "singleTitle" => rt::read_field(map, &mut self.single_title),
            "singleUrl" => rt::read_field(map, &mut self.single_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyImage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyImage {
    /// `mediaId`.
    pub media_id: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyImage {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyImage`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBodyImage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaId", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyImage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyImage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardBizId`.
    pub card_biz_id: Option<String>,
    /// `cardData`.
    pub card_data: Option<String>,
    /// `cardTemplateId`.
    pub card_template_id: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `cardBizId`.
    pub fn card_biz_id(mut self, value: impl Into<String>) -> Self {
        self.card_biz_id = Some(value.into());
        self
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: impl Into<String>) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `cardTemplateId`.
    pub fn card_template_id(mut self, value: impl Into<String>) -> Self {
        self.card_template_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.optional("cardBizId", &self.card_biz_id)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("cardTemplateId", &self.card_template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyLink {
    /// `messageUrl`.
    pub message_url: Option<String>,
    /// `picUrl`.
    pub pic_url: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyLink {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyLink`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `messageUrl`.
    pub fn message_url(mut self, value: impl Into<String>) -> Self {
        self.message_url = Some(value.into());
        self
    }
    /// Sets `picUrl`.
    pub fn pic_url(mut self, value: impl Into<String>) -> Self {
        self.pic_url = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBodyLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messageUrl", &self.message_url)?;
        object.optional("picUrl", &self.pic_url)?;
        object.optional("text", &self.text)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageUrl" => rt::read_field(map, &mut self.message_url),
            "picUrl" => rt::read_field(map, &mut self.pic_url),
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyMarkdown`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyMarkdown {
    /// `text`.
    pub text: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyMarkdown {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyMarkdown`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBodyMarkdown {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("text", &self.text)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyMarkdown {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => rt::read_field(map, &mut self.text),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyText`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyText {
    /// `content`.
    pub content: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyText {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyText`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequestDetailMessageBodyText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
/// `GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `corpName`.
    pub corp_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorized" => rt::read_field(map, &mut self.authorized),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorized", &self.authorized)?;
        object.optional("corpName", &self.corp_name)?;
        object.end()
    }
}
/// `GetFollowerAuthInfoResponseBodyResultAuthInfoMobile`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfoMobile {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFollowerAuthInfoResponseBodyResultAuthInfoMobile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFollowerAuthInfoResponseBodyResultAuthInfoMobile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorized" => rt::read_field(map, &mut self.authorized),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFollowerAuthInfoResponseBodyResultAuthInfoMobile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorized", &self.authorized)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("stateCode", &self.state_code)?;
        object.end()
    }
}
/// `SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// `actionUrl`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList {
    /// An empty `SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionUrl`.
    pub fn action_url(mut self, value: impl Into<String>) -> Self {
        self.action_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionUrl", &self.action_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionUrl" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::apply_follower_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ApplyFollowerAuthInfoRequest {
    /// `appAuthKey`.
    pub app_auth_key: Option<String>,
    /// `fieldScope`.
    pub field_scope: Option<String>,
    /// `sessionId`.
    pub session_id: String,
    /// `userId`.
    pub user_id: String,
}
impl ApplyFollowerAuthInfoRequest {
    /// A `ApplyFollowerAuthInfoRequest` with its required fields (`sessionId`, `userId`); set the others with the methods named after them.
    pub fn new(session_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            app_auth_key: None,
            field_scope: None,
            session_id: session_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `appAuthKey`.
    pub fn app_auth_key(mut self, value: impl Into<String>) -> Self {
        self.app_auth_key = Some(value.into());
        self
    }
    /// Sets `fieldScope`.
    pub fn field_scope(mut self, value: impl Into<String>) -> Self {
        self.field_scope = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ApplyFollowerAuthInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appAuthKey", &self.app_auth_key)?;
        object.optional("fieldScope", &self.field_scope)?;
        object.field("sessionId", &self.session_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ApplyFollowerAuthInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ApplyFollowerAuthInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appAuthKey" => rt::read_field(map, &mut self.app_auth_key),
            "fieldScope" => rt::read_field(map, &mut self.field_scope),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ApplyFollowerAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::callback_regiester`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CallbackRegiesterRequest {
    /// `apiSecret`.
    pub api_secret: String,
    /// `callbackKey`.
    pub callback_key: String,
    /// `callbackUrl`.
    pub callback_url: String,
    /// `type`.
    pub r#type: String,
}
impl CallbackRegiesterRequest {
    /// A `CallbackRegiesterRequest` with its required fields (`apiSecret`, `callbackKey`, `callbackUrl`, `type`); set the others with the methods named after them.
    pub fn new(
        api_secret: impl Into<String>,
        callback_key: impl Into<String>,
        callback_url: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            api_secret: api_secret.into(),
            callback_key: callback_key.into(),
            callback_url: callback_url.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for CallbackRegiesterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("apiSecret", &self.api_secret)?;
        object.field("callbackKey", &self.callback_key)?;
        object.field("callbackUrl", &self.callback_url)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CallbackRegiesterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CallbackRegiesterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => rt::read_field(map, &mut self.api_secret),
            "callbackKey" => rt::read_field(map, &mut self.callback_key),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CallbackRegiesterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_top_box_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: CloseTopBoxInteractiveOTOMessageRequestDetail,
}
impl CloseTopBoxInteractiveOTOMessageRequest {
    /// A `CloseTopBoxInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: CloseTopBoxInteractiveOTOMessageRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for CloseTopBoxInteractiveOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CloseTopBoxInteractiveOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CloseTopBoxInteractiveOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CloseTopBoxInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_follower_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFollowerAuthInfoRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetFollowerAuthInfoRequest {
    /// A `GetFollowerAuthInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            account_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFollowerAuthInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFollowerAuthInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFollowerAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_follower_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFollowerInfoRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetFollowerInfoRequest {
    /// An empty `GetFollowerInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFollowerInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFollowerInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFollowerInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("unionId", &self.union_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_picture_download_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPictureDownloadUrlRequest {
    /// `downloadCode`: a query parameter.
    pub download_code: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
impl GetPictureDownloadUrlRequest {
    /// A `GetPictureDownloadUrlRequest` with its required fields (`downloadCode`, `sessionId`); set the others with the methods named after them.
    pub fn new(download_code: impl Into<String>, session_id: impl Into<String>) -> Self {
        Self {
            download_code: download_code.into(),
            session_id: session_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPictureDownloadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPictureDownloadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadCode" => rt::read_field(map, &mut self.download_code),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPictureDownloadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("downloadCode", &self.download_code);
        writer.query("sessionId", &self.session_id);
    }
}
/// The request of [`Api::get_user_follow_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserFollowStatusRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetUserFollowStatusRequest {
    /// An empty `GetUserFollowStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserFollowStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserFollowStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserFollowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("unionId", &self.union_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_follower`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFollowerRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl ListFollowerRequest {
    /// An empty `ListFollowerRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFollowerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFollowerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListFollowerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_user_follow_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserFollowStatusRequest {
    /// `accountId`: a query parameter.
    pub account_id: String,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryUserFollowStatusRequest {
    /// A `QueryUserFollowStatusRequest` with its required fields (`accountId`); set the others with the methods named after them.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            union_id: None,
        }
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserFollowStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserFollowStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserFollowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::send_agent_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequest {
    /// `detail`.
    pub detail: SendAgentOTOMessageRequestDetail,
}
impl SendAgentOTOMessageRequest {
    /// A `SendAgentOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: SendAgentOTOMessageRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for SendAgentOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendAgentOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendAgentOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendAgentOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: SendInteractiveOTOMessageRequestDetail,
}
impl SendInteractiveOTOMessageRequest {
    /// A `SendInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: SendInteractiveOTOMessageRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for SendInteractiveOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendInteractiveOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_top_box_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendTopBoxInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: SendTopBoxInteractiveOTOMessageRequestDetail,
}
impl SendTopBoxInteractiveOTOMessageRequest {
    /// A `SendTopBoxInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: SendTopBoxInteractiveOTOMessageRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for SendTopBoxInteractiveOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendTopBoxInteractiveOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendTopBoxInteractiveOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendTopBoxInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: UpdateInteractiveOTOMessageRequestDetail,
}
impl UpdateInteractiveOTOMessageRequest {
    /// A `UpdateInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: UpdateInteractiveOTOMessageRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for UpdateInteractiveOTOMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInteractiveOTOMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInteractiveOTOMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_shortcuts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateShortcutsRequest {
    /// `details`.
    pub details: Option<Vec<UpdateShortcutsRequestDetails>>,
    /// `sessionId`.
    pub session_id: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateShortcutsRequest {
    /// A `UpdateShortcutsRequest` with its required fields (`sessionId`, `userId`); set the others with the methods named after them.
    pub fn new(session_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            details: None,
            session_id: session_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `details`.
    pub fn details(
        mut self,
        value: impl IntoIterator<Item = UpdateShortcutsRequestDetails>,
    ) -> Self {
        self.details = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateShortcutsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("details", &self.details)?;
        object.field("sessionId", &self.session_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateShortcutsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateShortcutsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "details" => rt::read_field(map, &mut self.details),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateShortcutsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::apply_follower_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ApplyFollowerAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::callback_regiester`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CallbackRegiesterError = rt::ServiceError;
/// An error reply of [`Api::close_top_box_interactive_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseTopBoxInteractiveOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::get_follower_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFollowerAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::get_follower_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFollowerInfoError = rt::ServiceError;
/// An error reply of [`Api::get_picture_download_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPictureDownloadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_user_follow_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserFollowStatusError = rt::ServiceError;
/// An error reply of [`Api::list_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAccountError = rt::ServiceError;
/// An error reply of [`Api::list_account_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAccountInfoError = rt::ServiceError;
/// An error reply of [`Api::list_follower`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFollowerError = rt::ServiceError;
/// An error reply of [`Api::query_user_follow_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserFollowStatusError = rt::ServiceError;
/// An error reply of [`Api::send_agent_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendAgentOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::send_interactive_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendInteractiveOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::send_top_box_interactive_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendTopBoxInteractiveOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::update_interactive_oto_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInteractiveOTOMessageError = rt::ServiceError;
/// An error reply of [`Api::update_shortcuts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateShortcutsError = rt::ServiceError;
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
        "ApplyFollowerAuthInfo" => {
            rt::conformance::reply(api.apply_follower_auth_info(&inputs.request(true)?))
                .await
        }
        "CallbackRegiester" => {
            rt::conformance::reply(api.callback_regiester(&inputs.request(true)?)).await
        }
        "CloseTopBoxInteractiveOTOMessage" => {
            rt::conformance::reply(
                    api.close_top_box_interactive_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "GetFollowerAuthInfo" => {
            rt::conformance::reply(api.get_follower_auth_info(&inputs.request(false)?))
                .await
        }
        "GetFollowerInfo" => {
            rt::conformance::reply(api.get_follower_info(&inputs.request(false)?)).await
        }
        "GetPictureDownloadUrl" => {
            rt::conformance::reply(api.get_picture_download_url(&inputs.request(false)?))
                .await
        }
        "GetUserFollowStatus" => {
            rt::conformance::reply(api.get_user_follow_status(&inputs.request(false)?))
                .await
        }
        "ListAccount" => rt::conformance::reply(api.list_account()).await,
        "ListAccountInfo" => rt::conformance::reply(api.list_account_info()).await,
        "ListFollower" => {
            rt::conformance::reply(api.list_follower(&inputs.request(false)?)).await
        }
        "QueryUserFollowStatus" => {
            rt::conformance::reply(api.query_user_follow_status(&inputs.request(false)?))
                .await
        }
        "SendAgentOTOMessage" => {
            rt::conformance::reply(api.send_agent_oto_message(&inputs.request(true)?))
                .await
        }
        "SendInteractiveOTOMessage" => {
            rt::conformance::reply(
                    api.send_interactive_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "SendTopBoxInteractiveOTOMessage" => {
            rt::conformance::reply(
                    api.send_top_box_interactive_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInteractiveOTOMessage" => {
            rt::conformance::reply(
                    api.update_interactive_oto_message(&inputs.request(true)?),
                )
                .await
        }
        "UpdateShortcuts" => {
            rt::conformance::reply(api.update_shortcuts(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
