// @generated from api-spec/link_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 服务窗 (Service Window)：服务窗消息、用户授权与吊顶卡片。
//!
//! 16 operations, methods of [`Api`] (`client.link_1_0()`), behind the cargo feature `link_1_0`; its paths start with `/v1.0/link/`.
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
    /// `POST /v1.0/link/followers/authInfos/apply`: DingTalk's `ApplyFollowerAuthInfo` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ApplyFollowerAuthInfo")]
    #[doc(alias = "/v1.0/link/followers/authInfos/apply")]
    #[doc(alias = "POST /v1.0/link/followers/authInfos/apply")]
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
    /// `POST /v1.0/link/callbacks/regiester`: DingTalk's `CallbackRegiester` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CallbackRegiester")]
    #[doc(alias = "/v1.0/link/callbacks/regiester")]
    #[doc(alias = "POST /v1.0/link/callbacks/regiester")]
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
    /// `POST /v1.0/link/oToMessages/topBoxes/close`: DingTalk's `CloseTopBoxInteractiveOTOMessage` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseTopBoxInteractiveOTOMessage")]
    #[doc(alias = "/v1.0/link/oToMessages/topBoxes/close")]
    #[doc(alias = "POST /v1.0/link/oToMessages/topBoxes/close")]
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
    /// `GET /v1.0/link/followers/authInfos`: DingTalk's `GetFollowerAuthInfo` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFollowerAuthInfo")]
    #[doc(alias = "/v1.0/link/followers/authInfos")]
    #[doc(alias = "GET /v1.0/link/followers/authInfos")]
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
    /// `GET /v1.0/link/followers/infos`: DingTalk's `GetFollowerInfo` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFollowerInfo")]
    #[doc(alias = "/v1.0/link/followers/infos")]
    #[doc(alias = "GET /v1.0/link/followers/infos")]
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
    /// `GET /v1.0/link/oToMessages/pictures/downloadUrls`: DingTalk's `GetPictureDownloadUrl` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPictureDownloadUrl")]
    #[doc(alias = "/v1.0/link/oToMessages/pictures/downloadUrls")]
    #[doc(alias = "GET /v1.0/link/oToMessages/pictures/downloadUrls")]
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
    /// `GET /v1.0/link/followers/statuses`: DingTalk's `GetUserFollowStatus` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserFollowStatus")]
    #[doc(alias = "/v1.0/link/followers/statuses")]
    #[doc(alias = "GET /v1.0/link/followers/statuses")]
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
    /// `GET /v1.0/link/accounts`: DingTalk's `ListAccount` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAccount")]
    #[doc(alias = "/v1.0/link/accounts")]
    #[doc(alias = "GET /v1.0/link/accounts")]
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
    /// `GET /v1.0/link/isv/accounts`: DingTalk's `ListAccountInfo` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAccountInfo")]
    #[doc(alias = "/v1.0/link/isv/accounts")]
    #[doc(alias = "GET /v1.0/link/isv/accounts")]
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
    /// `GET /v1.0/link/followers`: DingTalk's `ListFollower` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_follower_pages`].
    #[doc(alias = "ListFollower")]
    #[doc(alias = "/v1.0/link/followers")]
    #[doc(alias = "GET /v1.0/link/followers")]
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
    /// `GET /v1.0/link/isv/followers/statuses`: DingTalk's `QueryUserFollowStatus` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserFollowStatus")]
    #[doc(alias = "/v1.0/link/isv/followers/statuses")]
    #[doc(alias = "GET /v1.0/link/isv/followers/statuses")]
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
    /// `POST /v1.0/link/oToMessages/agentMessages`: DingTalk's `SendAgentOTOMessage` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendAgentOTOMessage")]
    #[doc(alias = "/v1.0/link/oToMessages/agentMessages")]
    #[doc(alias = "POST /v1.0/link/oToMessages/agentMessages")]
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
    /// `POST /v1.0/link/oToMessages/interactiveMessages`: DingTalk's `SendInteractiveOTOMessage` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendInteractiveOTOMessage")]
    #[doc(alias = "/v1.0/link/oToMessages/interactiveMessages")]
    #[doc(alias = "POST /v1.0/link/oToMessages/interactiveMessages")]
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
    /// `POST /v1.0/link/oToMessages/topBoxes/send`: DingTalk's `SendTopBoxInteractiveOTOMessage` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendTopBoxInteractiveOTOMessage")]
    #[doc(alias = "/v1.0/link/oToMessages/topBoxes/send")]
    #[doc(alias = "POST /v1.0/link/oToMessages/topBoxes/send")]
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
    /// `PUT /v1.0/link/oToMessages/interactiveMessages`: DingTalk's `UpdateInteractiveOTOMessage` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInteractiveOTOMessage")]
    #[doc(alias = "/v1.0/link/oToMessages/interactiveMessages")]
    #[doc(alias = "PUT /v1.0/link/oToMessages/interactiveMessages")]
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
    /// `POST /v1.0/link/shortcuts`: DingTalk's `UpdateShortcuts` (module feature `link_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateShortcuts")]
    #[doc(alias = "/v1.0/link/shortcuts")]
    #[doc(alias = "POST /v1.0/link/shortcuts")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplyFollowerAuthInfoResponseBody {
    /// `result`.
    pub result: Option<ApplyFollowerAuthInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    ApplyFollowerAuthInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApplyFollowerAuthInfoResponseBody { "result" => optional(result) }
}
/// `CallbackRegiesterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CallbackRegiesterResponseBody {
    /// `result`.
    pub result: Option<CallbackRegiesterResponseBodyResult>,
}
rt::impl_deserialize! {
    CallbackRegiesterResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CallbackRegiesterResponseBody { "result" => optional(result) }
}
/// `CloseTopBoxInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageRequestDetail {
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CloseTopBoxInteractiveOTOMessageRequestDetail`], each named where it is set: `CloseTopBoxInteractiveOTOMessageRequestDetail::new(CloseTopBoxInteractiveOTOMessageRequestDetailRequired { .. })`.
pub struct CloseTopBoxInteractiveOTOMessageRequestDetailRequired {
    /// `cardBizId`: see [`CloseTopBoxInteractiveOTOMessageRequestDetail::card_biz_id`].
    pub card_biz_id: String,
    /// `cardTemplateId`: see [`CloseTopBoxInteractiveOTOMessageRequestDetail::card_template_id`].
    pub card_template_id: String,
    /// `userId`: see [`CloseTopBoxInteractiveOTOMessageRequestDetail::user_id`].
    pub user_id: String,
}
impl CloseTopBoxInteractiveOTOMessageRequestDetail {
    /// A `CloseTopBoxInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardTemplateId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CloseTopBoxInteractiveOTOMessageRequestDetailRequired) -> Self {
        let CloseTopBoxInteractiveOTOMessageRequestDetailRequired {
            card_biz_id,
            card_template_id,
            user_id,
        } = required;
        Self {
            card_biz_id,
            card_template_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CloseTopBoxInteractiveOTOMessageRequestDetail { "cardBizId" => field(card_biz_id),
    "cardTemplateId" => field(card_template_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseTopBoxInteractiveOTOMessageRequestDetail { "cardBizId" =>
    read_field(card_biz_id), "cardTemplateId" => read_field(card_template_id), "userId"
    => read_field(user_id) }
}
/// `CloseTopBoxInteractiveOTOMessageResponseBody`, a model several operations share: also named [`SendTopBoxInteractiveOTOMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CloseTopBoxInteractiveOTOMessageResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseTopBoxInteractiveOTOMessageResponseBody { "requestId" => optional(request_id),
    "result" => optional(result) }
}
/// `GetFollowerAuthInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBody {
    /// `result`.
    pub result: Option<GetFollowerAuthInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetFollowerAuthInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerAuthInfoResponseBody { "result" => optional(result) }
}
/// `GetFollowerInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetFollowerInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetFollowerInfoResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerInfoResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `GetPictureDownloadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPictureDownloadUrlResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetPictureDownloadUrlResponseBodyResult>,
}
rt::impl_deserialize! {
    GetPictureDownloadUrlResponseBody { "requestId" => read_field(request_id), "result"
    => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPictureDownloadUrlResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `GetUserFollowStatusResponseBody`, a model several operations share: also named [`QueryUserFollowStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserFollowStatusResponseBody {
    /// `result`.
    pub result: Option<GetUserFollowStatusResponseBodyResult>,
}
rt::impl_deserialize! {
    GetUserFollowStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserFollowStatusResponseBody { "result" => optional(result) }
}
/// `ListAccountResponseBody`, a model several operations share: also named [`ListAccountInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAccountResponseBody {
    /// `result`.
    pub result: Option<Vec<ListAccountResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListAccountResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAccountResponseBody { "result" => optional(result) }
}
/// `ListAccountInfoResponseBody`: the same model as [`ListAccountResponseBody`].
pub type ListAccountInfoResponseBody = ListAccountResponseBody;
/// `ListFollowerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFollowerResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<ListFollowerResponseBodyResult>,
}
rt::impl_deserialize! {
    ListFollowerResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFollowerResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `QueryUserFollowStatusResponseBody`: the same model as [`GetUserFollowStatusResponseBody`].
pub type QueryUserFollowStatusResponseBody = GetUserFollowStatusResponseBody;
/// `SendAgentOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendAgentOTOMessageRequestDetail`], each named where it is set: `SendAgentOTOMessageRequestDetail::new(SendAgentOTOMessageRequestDetailRequired { .. })`.
pub struct SendAgentOTOMessageRequestDetailRequired {
    /// `messageBody`: see [`SendAgentOTOMessageRequestDetail::message_body`].
    pub message_body: SendAgentOTOMessageRequestDetailMessageBody,
    /// `msgType`: see [`SendAgentOTOMessageRequestDetail::msg_type`].
    pub msg_type: String,
    /// `sessionId`: see [`SendAgentOTOMessageRequestDetail::session_id`].
    pub session_id: String,
    /// `userId`: see [`SendAgentOTOMessageRequestDetail::user_id`].
    pub user_id: String,
    /// `uuid`: see [`SendAgentOTOMessageRequestDetail::uuid`].
    pub uuid: String,
}
impl SendAgentOTOMessageRequestDetail {
    /// A `SendAgentOTOMessageRequestDetail` with its required fields (`messageBody`, `msgType`, `sessionId`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: SendAgentOTOMessageRequestDetailRequired) -> Self {
        let SendAgentOTOMessageRequestDetailRequired {
            message_body,
            msg_type,
            session_id,
            user_id,
            uuid,
        } = required;
        Self {
            message_body,
            msg_type,
            session_id,
            user_id,
            uuid,
        }
    }
}
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetail { "messageBody" => field(message_body), "msgType" =>
    field(msg_type), "sessionId" => field(session_id), "userId" => field(user_id), "uuid"
    => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetail { "messageBody" => read_field(message_body),
    "msgType" => read_field(msg_type), "sessionId" => read_field(session_id), "userId" =>
    read_field(user_id), "uuid" => read_field(uuid) }
}
/// `SendAgentOTOMessageResponseBody`, a model several operations share: also named [`SendInteractiveOTOMessageResponseBody`], [`UpdateInteractiveOTOMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendAgentOTOMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<SendAgentOTOMessageResponseBodyResult>,
}
rt::impl_deserialize! {
    SendAgentOTOMessageResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendAgentOTOMessageResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `SendInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendInteractiveOTOMessageRequestDetail`], each named where it is set: `SendInteractiveOTOMessageRequestDetail::new(SendInteractiveOTOMessageRequestDetailRequired { .. })`.
pub struct SendInteractiveOTOMessageRequestDetailRequired {
    /// `cardBizId`: see [`SendInteractiveOTOMessageRequestDetail::card_biz_id`].
    pub card_biz_id: String,
    /// `cardData`: see [`SendInteractiveOTOMessageRequestDetail::card_data`].
    pub card_data: String,
    /// `cardTemplateId`: see [`SendInteractiveOTOMessageRequestDetail::card_template_id`].
    pub card_template_id: String,
    /// `userId`: see [`SendInteractiveOTOMessageRequestDetail::user_id`].
    pub user_id: String,
}
impl SendInteractiveOTOMessageRequestDetail {
    /// A `SendInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SendInteractiveOTOMessageRequestDetailRequired) -> Self {
        let SendInteractiveOTOMessageRequestDetailRequired {
            card_biz_id,
            card_data,
            card_template_id,
            user_id,
        } = required;
        Self {
            callback_url: None,
            card_biz_id,
            card_data,
            card_template_id,
            user_id,
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
rt::impl_serialize! {
    SendInteractiveOTOMessageRequestDetail { "callbackUrl" => optional(callback_url),
    "cardBizId" => field(card_biz_id), "cardData" => field(card_data), "cardTemplateId"
    => field(card_template_id), "userId" => field(user_id), "userIdPrivateDataMap" =>
    optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendInteractiveOTOMessageRequestDetail { "callbackUrl" => read_field(callback_url),
    "cardBizId" => read_field(card_biz_id), "cardData" => read_field(card_data),
    "cardTemplateId" => read_field(card_template_id), "userId" => read_field(user_id),
    "userIdPrivateDataMap" => read_field(user_id_private_data_map) }
}
/// `SendInteractiveOTOMessageResponseBody`: the same model as [`SendAgentOTOMessageResponseBody`].
pub type SendInteractiveOTOMessageResponseBody = SendAgentOTOMessageResponseBody;
/// `SendTopBoxInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendTopBoxInteractiveOTOMessageRequestDetail`], each named where it is set: `SendTopBoxInteractiveOTOMessageRequestDetail::new(SendTopBoxInteractiveOTOMessageRequestDetailRequired { .. })`.
pub struct SendTopBoxInteractiveOTOMessageRequestDetailRequired {
    /// `cardBizId`: see [`SendTopBoxInteractiveOTOMessageRequestDetail::card_biz_id`].
    pub card_biz_id: String,
    /// `cardData`: see [`SendTopBoxInteractiveOTOMessageRequestDetail::card_data`].
    pub card_data: SendTopBoxInteractiveOTOMessageRequestDetailCardData,
    /// `cardTemplateId`: see [`SendTopBoxInteractiveOTOMessageRequestDetail::card_template_id`].
    pub card_template_id: String,
    /// `expiredTime`: see [`SendTopBoxInteractiveOTOMessageRequestDetail::expired_time`].
    pub expired_time: i64,
    /// `userId`: see [`SendTopBoxInteractiveOTOMessageRequestDetail::user_id`].
    pub user_id: String,
}
impl SendTopBoxInteractiveOTOMessageRequestDetail {
    /// A `SendTopBoxInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `expiredTime`, `userId`); set the others with the methods named after them.
    pub fn new(required: SendTopBoxInteractiveOTOMessageRequestDetailRequired) -> Self {
        let SendTopBoxInteractiveOTOMessageRequestDetailRequired {
            card_biz_id,
            card_data,
            card_template_id,
            expired_time,
            user_id,
        } = required;
        Self {
            callback_url: None,
            card_biz_id,
            card_data,
            card_template_id,
            expired_time,
            user_id,
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
rt::impl_serialize! {
    SendTopBoxInteractiveOTOMessageRequestDetail { "callbackUrl" =>
    optional(callback_url), "cardBizId" => field(card_biz_id), "cardData" =>
    field(card_data), "cardTemplateId" => field(card_template_id), "expiredTime" =>
    field(expired_time), "userId" => field(user_id), "userIdPrivateDataMap" =>
    optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendTopBoxInteractiveOTOMessageRequestDetail { "callbackUrl" =>
    read_field(callback_url), "cardBizId" => read_field(card_biz_id), "cardData" =>
    read_field(card_data), "cardTemplateId" => read_field(card_template_id),
    "expiredTime" => read_field(expired_time), "userId" => read_field(user_id),
    "userIdPrivateDataMap" => read_field(user_id_private_data_map) }
}
/// `SendTopBoxInteractiveOTOMessageResponseBody`: the same model as [`CloseTopBoxInteractiveOTOMessageResponseBody`].
pub type SendTopBoxInteractiveOTOMessageResponseBody = CloseTopBoxInteractiveOTOMessageResponseBody;
/// `UpdateInteractiveOTOMessageRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateInteractiveOTOMessageRequestDetail`], each named where it is set: `UpdateInteractiveOTOMessageRequestDetail::new(UpdateInteractiveOTOMessageRequestDetailRequired { .. })`.
pub struct UpdateInteractiveOTOMessageRequestDetailRequired {
    /// `cardBizId`: see [`UpdateInteractiveOTOMessageRequestDetail::card_biz_id`].
    pub card_biz_id: String,
}
impl UpdateInteractiveOTOMessageRequestDetail {
    /// A `UpdateInteractiveOTOMessageRequestDetail` with its required fields (`cardBizId`); set the others with the methods named after them.
    pub fn new(required: UpdateInteractiveOTOMessageRequestDetailRequired) -> Self {
        let UpdateInteractiveOTOMessageRequestDetailRequired { card_biz_id } = required;
        Self {
            card_biz_id,
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
rt::impl_serialize! {
    UpdateInteractiveOTOMessageRequestDetail { "cardBizId" => field(card_biz_id),
    "cardData" => optional(card_data), "updateOptions" => optional(update_options),
    "userIdPrivateDataMap" => optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInteractiveOTOMessageRequestDetail { "cardBizId" => read_field(card_biz_id),
    "cardData" => read_field(card_data), "updateOptions" => read_field(update_options),
    "userIdPrivateDataMap" => read_field(user_id_private_data_map) }
}
/// `UpdateInteractiveOTOMessageResponseBody`: the same model as [`SendAgentOTOMessageResponseBody`].
pub type UpdateInteractiveOTOMessageResponseBody = SendAgentOTOMessageResponseBody;
/// `UpdateShortcutsRequestDetails`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateShortcutsRequestDetails`], each named where it is set: `UpdateShortcutsRequestDetails::new(UpdateShortcutsRequestDetailsRequired { .. })`.
pub struct UpdateShortcutsRequestDetailsRequired {
    /// `iconMediaId`: see [`UpdateShortcutsRequestDetails::icon_media_id`].
    pub icon_media_id: String,
    /// `shortcutId`: see [`UpdateShortcutsRequestDetails::shortcut_id`].
    pub shortcut_id: String,
    /// `title`: see [`UpdateShortcutsRequestDetails::title`].
    pub title: String,
}
impl UpdateShortcutsRequestDetails {
    /// A `UpdateShortcutsRequestDetails` with its required fields (`iconMediaId`, `shortcutId`, `title`); set the others with the methods named after them.
    pub fn new(required: UpdateShortcutsRequestDetailsRequired) -> Self {
        let UpdateShortcutsRequestDetailsRequired {
            icon_media_id,
            shortcut_id,
            title,
        } = required;
        Self {
            action_url: None,
            callback_key: None,
            icon_font: None,
            icon_media_id,
            shortcut_id,
            slide_icon_media_id: None,
            title,
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
rt::impl_serialize! {
    UpdateShortcutsRequestDetails { "actionUrl" => optional(action_url), "callbackKey" =>
    optional(callback_key), "iconFont" => optional(icon_font), "iconMediaId" =>
    field(icon_media_id), "shortcutId" => field(shortcut_id), "slideIconMediaId" =>
    optional(slide_icon_media_id), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateShortcutsRequestDetails { "actionUrl" => read_field(action_url), "callbackKey"
    => read_field(callback_key), "iconFont" => read_field(icon_font), "iconMediaId" =>
    read_field(icon_media_id), "shortcutId" => read_field(shortcut_id),
    "slideIconMediaId" => read_field(slide_icon_media_id), "title" => read_field(title) }
}
/// `UpdateShortcutsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateShortcutsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateShortcutsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateShortcutsResponseBody { "result" => optional(result) }
}
/// `ApplyFollowerAuthInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplyFollowerAuthInfoResponseBodyResult {
    /// `openApplyId`.
    pub open_apply_id: Option<String>,
}
rt::impl_deserialize! {
    ApplyFollowerAuthInfoResponseBodyResult { "openApplyId" => read_field(open_apply_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApplyFollowerAuthInfoResponseBodyResult { "openApplyId" => optional(open_apply_id) }
}
/// `CallbackRegiesterResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CallbackRegiesterResponseBodyResult {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
rt::impl_deserialize! {
    CallbackRegiesterResponseBodyResult { "apiSecret" => read_field(api_secret),
    "callbackUrl" => read_field(callback_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CallbackRegiesterResponseBodyResult { "apiSecret" => optional(api_secret),
    "callbackUrl" => optional(callback_url) }
}
/// `GetFollowerAuthInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResult {
    /// `authInfo`.
    pub auth_info: Option<GetFollowerAuthInfoResponseBodyResultAuthInfo>,
}
rt::impl_deserialize! {
    GetFollowerAuthInfoResponseBodyResult { "authInfo" => read_field(auth_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerAuthInfoResponseBodyResult { "authInfo" => optional(auth_info) }
}
/// `GetFollowerInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBodyResult {
    /// `user`.
    pub user: Option<GetFollowerInfoResponseBodyResultUser>,
}
rt::impl_deserialize! {
    GetFollowerInfoResponseBodyResult { "user" => read_field(user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerInfoResponseBodyResult { "user" => optional(user) }
}
/// `GetPictureDownloadUrlResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPictureDownloadUrlResponseBodyResult {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetPictureDownloadUrlResponseBodyResult { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPictureDownloadUrlResponseBodyResult { "url" => optional(url) }
}
/// `GetUserFollowStatusResponseBodyResult`, a model several operations share: also named [`QueryUserFollowStatusResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserFollowStatusResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetUserFollowStatusResponseBodyResult { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserFollowStatusResponseBodyResult { "status" => optional(status) }
}
/// `ListAccountResponseBodyResult`, a model several operations share: also named [`ListAccountInfoResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAccountResponseBodyResult {
    /// `accountId`.
    pub account_id: Option<String>,
    /// `accountName`.
    pub account_name: Option<String>,
}
rt::impl_deserialize! {
    ListAccountResponseBodyResult { "accountId" => read_field(account_id), "accountName"
    => read_field(account_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAccountResponseBodyResult { "accountId" => optional(account_id), "accountName" =>
    optional(account_name) }
}
/// `ListAccountInfoResponseBodyResult`: the same model as [`ListAccountResponseBodyResult`].
pub type ListAccountInfoResponseBodyResult = ListAccountResponseBodyResult;
/// `ListFollowerResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFollowerResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<ListFollowerResponseBodyResultUserList>>,
}
rt::impl_deserialize! {
    ListFollowerResponseBodyResult { "nextToken" => read_field(next_token), "userList" =>
    read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFollowerResponseBodyResult { "nextToken" => optional(next_token), "userList" =>
    optional(user_list) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBody { "actionCard" => optional(action_card),
    "image" => optional(image), "interactiveMessage" => optional(interactive_message),
    "link" => optional(link), "markdown" => optional(markdown), "text" => optional(text)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBody { "actionCard" =>
    read_field(action_card), "image" => read_field(image), "interactiveMessage" =>
    read_field(interactive_message), "link" => read_field(link), "markdown" =>
    read_field(markdown), "text" => read_field(text) }
}
/// `SendAgentOTOMessageResponseBodyResult`, a model several operations share: also named [`SendInteractiveOTOMessageResponseBodyResult`], [`UpdateInteractiveOTOMessageResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendAgentOTOMessageResponseBodyResult {
    /// `openPushId`.
    pub open_push_id: Option<String>,
}
rt::impl_deserialize! {
    SendAgentOTOMessageResponseBodyResult { "openPushId" => read_field(open_push_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendAgentOTOMessageResponseBodyResult { "openPushId" => optional(open_push_id) }
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
rt::impl_serialize! {
    SendTopBoxInteractiveOTOMessageRequestDetailCardData { "cardMediaIdParamMap" =>
    optional(card_media_id_param_map), "cardParamMap" => optional(card_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendTopBoxInteractiveOTOMessageRequestDetailCardData { "cardMediaIdParamMap" =>
    read_field(card_media_id_param_map), "cardParamMap" => read_field(card_param_map) }
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
rt::impl_serialize! {
    DetailUserIdPrivateDataMapValue { "cardParamMap" => optional(card_param_map),
    "cardMediaIdParamMap" => optional(card_media_id_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DetailUserIdPrivateDataMapValue { "cardParamMap" => read_field(card_param_map),
    "cardMediaIdParamMap" => read_field(card_media_id_param_map) }
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
rt::impl_serialize! {
    UpdateInteractiveOTOMessageRequestDetailUpdateOptions { "updateCardDataByKey" =>
    optional(update_card_data_by_key), "updatePrivateDataByKey" =>
    optional(update_private_data_by_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInteractiveOTOMessageRequestDetailUpdateOptions { "updateCardDataByKey" =>
    read_field(update_card_data_by_key), "updatePrivateDataByKey" =>
    read_field(update_private_data_by_key) }
}
/// `UpdateInteractiveOTOMessageResponseBodyResult`: the same model as [`SendAgentOTOMessageResponseBodyResult`].
pub type UpdateInteractiveOTOMessageResponseBodyResult = SendAgentOTOMessageResponseBodyResult;
/// `GetFollowerAuthInfoResponseBodyResultAuthInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfo {
    /// `mainCorp`.
    pub main_corp: Option<GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp>,
    /// `mobile`.
    pub mobile: Option<GetFollowerAuthInfoResponseBodyResultAuthInfoMobile>,
}
rt::impl_deserialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfo { "mainCorp" => read_field(main_corp),
    "mobile" => read_field(mobile) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfo { "mainCorp" => optional(main_corp),
    "mobile" => optional(mobile) }
}
/// `GetFollowerInfoResponseBodyResultUser`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerInfoResponseBodyResultUser {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetFollowerInfoResponseBodyResultUser { "name" => read_field(name), "timestamp" =>
    read_field(timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerInfoResponseBodyResultUser { "name" => optional(name), "timestamp" =>
    optional(timestamp), "userId" => optional(user_id) }
}
/// `ListFollowerResponseBodyResultUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFollowerResponseBodyResultUserList {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListFollowerResponseBodyResultUserList { "name" => read_field(name), "timestamp" =>
    read_field(timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFollowerResponseBodyResultUserList { "name" => optional(name), "timestamp" =>
    optional(timestamp), "userId" => optional(user_id) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyActionCard { "buttonList" =>
    optional(button_list), "buttonOrientation" => optional(button_orientation),
    "markdown" => optional(markdown), "singleTitle" => optional(single_title),
    "singleUrl" => optional(single_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyActionCard { "buttonList" =>
    read_field(button_list), "buttonOrientation" => read_field(button_orientation),
    "markdown" => read_field(markdown), "singleTitle" => read_field(single_title),
    "singleUrl" => read_field(single_url), "title" => read_field(title) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyImage { "mediaId" => optional(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyImage { "mediaId" => read_field(media_id)
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage { "callbackUrl" =>
    optional(callback_url), "cardBizId" => optional(card_biz_id), "cardData" =>
    optional(card_data), "cardTemplateId" => optional(card_template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyInteractiveMessage { "callbackUrl" =>
    read_field(callback_url), "cardBizId" => read_field(card_biz_id), "cardData" =>
    read_field(card_data), "cardTemplateId" => read_field(card_template_id) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyLink { "messageUrl" =>
    optional(message_url), "picUrl" => optional(pic_url), "text" => optional(text),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyLink { "messageUrl" =>
    read_field(message_url), "picUrl" => read_field(pic_url), "text" => read_field(text),
    "title" => read_field(title) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyMarkdown { "text" => optional(text),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyMarkdown { "text" => read_field(text),
    "title" => read_field(title) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyText { "content" => optional(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyText { "content" => read_field(content) }
}
/// `GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `corpName`.
    pub corp_name: Option<String>,
}
rt::impl_deserialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp { "authorized" =>
    read_field(authorized), "corpName" => read_field(corp_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfoMainCorp { "authorized" =>
    optional(authorized), "corpName" => optional(corp_name) }
}
/// `GetFollowerAuthInfoResponseBodyResultAuthInfoMobile`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFollowerAuthInfoResponseBodyResultAuthInfoMobile {
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
}
rt::impl_deserialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfoMobile { "authorized" =>
    read_field(authorized), "mobile" => read_field(mobile), "stateCode" =>
    read_field(state_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFollowerAuthInfoResponseBodyResultAuthInfoMobile { "authorized" =>
    optional(authorized), "mobile" => optional(mobile), "stateCode" =>
    optional(state_code) }
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
rt::impl_serialize! {
    SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList { "actionUrl" =>
    optional(action_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequestDetailMessageBodyActionCardButtonList { "actionUrl" =>
    read_field(action_url), "title" => read_field(title) }
}
/// The request of [`Api::apply_follower_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ApplyFollowerAuthInfoRequest`], each named where it is set: `ApplyFollowerAuthInfoRequest::new(ApplyFollowerAuthInfoRequired { .. })`.
pub struct ApplyFollowerAuthInfoRequired {
    /// `sessionId`: see [`ApplyFollowerAuthInfoRequest::session_id`].
    pub session_id: String,
    /// `userId`: see [`ApplyFollowerAuthInfoRequest::user_id`].
    pub user_id: String,
}
impl ApplyFollowerAuthInfoRequest {
    /// A `ApplyFollowerAuthInfoRequest` with its required fields (`sessionId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ApplyFollowerAuthInfoRequired) -> Self {
        let ApplyFollowerAuthInfoRequired { session_id, user_id } = required;
        Self {
            app_auth_key: None,
            field_scope: None,
            session_id,
            user_id,
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
rt::impl_serialize! {
    ApplyFollowerAuthInfoRequest { "appAuthKey" => optional(app_auth_key), "fieldScope"
    => optional(field_scope), "sessionId" => field(session_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApplyFollowerAuthInfoRequest { "appAuthKey" => read_field(app_auth_key), "fieldScope"
    => read_field(field_scope), "sessionId" => read_field(session_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ApplyFollowerAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::callback_regiester`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CallbackRegiesterRequest`], each named where it is set: `CallbackRegiesterRequest::new(CallbackRegiesterRequired { .. })`.
pub struct CallbackRegiesterRequired {
    /// `apiSecret`: see [`CallbackRegiesterRequest::api_secret`].
    pub api_secret: String,
    /// `callbackKey`: see [`CallbackRegiesterRequest::callback_key`].
    pub callback_key: String,
    /// `callbackUrl`: see [`CallbackRegiesterRequest::callback_url`].
    pub callback_url: String,
    /// `type`: see [`CallbackRegiesterRequest::r#type`](CallbackRegiesterRequest::type).
    pub r#type: String,
}
impl CallbackRegiesterRequest {
    /// A `CallbackRegiesterRequest` with its required fields (`apiSecret`, `callbackKey`, `callbackUrl`, `type`); set the others with the methods named after them.
    pub fn new(required: CallbackRegiesterRequired) -> Self {
        let CallbackRegiesterRequired {
            api_secret,
            callback_key,
            callback_url,
            r#type,
        } = required;
        Self {
            api_secret,
            callback_key,
            callback_url,
            r#type,
        }
    }
}
rt::impl_serialize! {
    CallbackRegiesterRequest { "apiSecret" => field(api_secret), "callbackKey" =>
    field(callback_key), "callbackUrl" => field(callback_url), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CallbackRegiesterRequest { "apiSecret" => read_field(api_secret), "callbackKey" =>
    read_field(callback_key), "callbackUrl" => read_field(callback_url), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for CallbackRegiesterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_top_box_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseTopBoxInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: CloseTopBoxInteractiveOTOMessageRequestDetail,
}
/// The required fields of [`CloseTopBoxInteractiveOTOMessageRequest`], each named where it is set: `CloseTopBoxInteractiveOTOMessageRequest::new(CloseTopBoxInteractiveOTOMessageRequired { .. })`.
pub struct CloseTopBoxInteractiveOTOMessageRequired {
    /// `detail`: see [`CloseTopBoxInteractiveOTOMessageRequest::detail`].
    pub detail: CloseTopBoxInteractiveOTOMessageRequestDetail,
}
impl CloseTopBoxInteractiveOTOMessageRequest {
    /// A `CloseTopBoxInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: CloseTopBoxInteractiveOTOMessageRequired) -> Self {
        let CloseTopBoxInteractiveOTOMessageRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    CloseTopBoxInteractiveOTOMessageRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseTopBoxInteractiveOTOMessageRequest { "detail" => read_field(detail) }
}
impl rt::WriteRequest for CloseTopBoxInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_follower_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFollowerAuthInfoRequest {
    /// `accountId`: a query parameter.
    pub account_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetFollowerAuthInfoRequest`], each named where it is set: `GetFollowerAuthInfoRequest::new(GetFollowerAuthInfoRequired { .. })`.
pub struct GetFollowerAuthInfoRequired {
    /// `userId`: see [`GetFollowerAuthInfoRequest::user_id`].
    pub user_id: String,
}
impl GetFollowerAuthInfoRequest {
    /// A `GetFollowerAuthInfoRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetFollowerAuthInfoRequired) -> Self {
        let GetFollowerAuthInfoRequired { user_id } = required;
        Self { account_id: None, user_id }
    }
    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFollowerAuthInfoRequest { "accountId" => read_field(account_id), "userId" =>
    read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFollowerInfoRequest { "accountId" => read_field(account_id), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPictureDownloadUrlRequest {
    /// `downloadCode`: a query parameter.
    pub download_code: String,
    /// `sessionId`: a query parameter.
    pub session_id: String,
}
/// The required fields of [`GetPictureDownloadUrlRequest`], each named where it is set: `GetPictureDownloadUrlRequest::new(GetPictureDownloadUrlRequired { .. })`.
pub struct GetPictureDownloadUrlRequired {
    /// `downloadCode`: see [`GetPictureDownloadUrlRequest::download_code`].
    pub download_code: String,
    /// `sessionId`: see [`GetPictureDownloadUrlRequest::session_id`].
    pub session_id: String,
}
impl GetPictureDownloadUrlRequest {
    /// A `GetPictureDownloadUrlRequest` with its required fields (`downloadCode`, `sessionId`); set the others with the methods named after them.
    pub fn new(required: GetPictureDownloadUrlRequired) -> Self {
        let GetPictureDownloadUrlRequired { download_code, session_id } = required;
        Self { download_code, session_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPictureDownloadUrlRequest { "downloadCode" => read_field(download_code),
    "sessionId" => read_field(session_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserFollowStatusRequest { "accountId" => read_field(account_id), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFollowerRequest { "accountId" => read_field(account_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserFollowStatusRequest {
    /// `accountId`: a query parameter.
    pub account_id: String,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
/// The required fields of [`QueryUserFollowStatusRequest`], each named where it is set: `QueryUserFollowStatusRequest::new(QueryUserFollowStatusRequired { .. })`.
pub struct QueryUserFollowStatusRequired {
    /// `accountId`: see [`QueryUserFollowStatusRequest::account_id`].
    pub account_id: String,
}
impl QueryUserFollowStatusRequest {
    /// A `QueryUserFollowStatusRequest` with its required fields (`accountId`); set the others with the methods named after them.
    pub fn new(required: QueryUserFollowStatusRequired) -> Self {
        let QueryUserFollowStatusRequired { account_id } = required;
        Self { account_id, union_id: None }
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserFollowStatusRequest { "accountId" => read_field(account_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryUserFollowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountId", &self.account_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::send_agent_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendAgentOTOMessageRequest {
    /// `detail`.
    pub detail: SendAgentOTOMessageRequestDetail,
}
/// The required fields of [`SendAgentOTOMessageRequest`], each named where it is set: `SendAgentOTOMessageRequest::new(SendAgentOTOMessageRequired { .. })`.
pub struct SendAgentOTOMessageRequired {
    /// `detail`: see [`SendAgentOTOMessageRequest::detail`].
    pub detail: SendAgentOTOMessageRequestDetail,
}
impl SendAgentOTOMessageRequest {
    /// A `SendAgentOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: SendAgentOTOMessageRequired) -> Self {
        let SendAgentOTOMessageRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    SendAgentOTOMessageRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendAgentOTOMessageRequest { "detail" => read_field(detail) }
}
impl rt::WriteRequest for SendAgentOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: SendInteractiveOTOMessageRequestDetail,
}
/// The required fields of [`SendInteractiveOTOMessageRequest`], each named where it is set: `SendInteractiveOTOMessageRequest::new(SendInteractiveOTOMessageRequired { .. })`.
pub struct SendInteractiveOTOMessageRequired {
    /// `detail`: see [`SendInteractiveOTOMessageRequest::detail`].
    pub detail: SendInteractiveOTOMessageRequestDetail,
}
impl SendInteractiveOTOMessageRequest {
    /// A `SendInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: SendInteractiveOTOMessageRequired) -> Self {
        let SendInteractiveOTOMessageRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    SendInteractiveOTOMessageRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendInteractiveOTOMessageRequest { "detail" => read_field(detail) }
}
impl rt::WriteRequest for SendInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_top_box_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendTopBoxInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: SendTopBoxInteractiveOTOMessageRequestDetail,
}
/// The required fields of [`SendTopBoxInteractiveOTOMessageRequest`], each named where it is set: `SendTopBoxInteractiveOTOMessageRequest::new(SendTopBoxInteractiveOTOMessageRequired { .. })`.
pub struct SendTopBoxInteractiveOTOMessageRequired {
    /// `detail`: see [`SendTopBoxInteractiveOTOMessageRequest::detail`].
    pub detail: SendTopBoxInteractiveOTOMessageRequestDetail,
}
impl SendTopBoxInteractiveOTOMessageRequest {
    /// A `SendTopBoxInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: SendTopBoxInteractiveOTOMessageRequired) -> Self {
        let SendTopBoxInteractiveOTOMessageRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    SendTopBoxInteractiveOTOMessageRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendTopBoxInteractiveOTOMessageRequest { "detail" => read_field(detail) }
}
impl rt::WriteRequest for SendTopBoxInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_interactive_oto_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateInteractiveOTOMessageRequest {
    /// `detail`.
    pub detail: UpdateInteractiveOTOMessageRequestDetail,
}
/// The required fields of [`UpdateInteractiveOTOMessageRequest`], each named where it is set: `UpdateInteractiveOTOMessageRequest::new(UpdateInteractiveOTOMessageRequired { .. })`.
pub struct UpdateInteractiveOTOMessageRequired {
    /// `detail`: see [`UpdateInteractiveOTOMessageRequest::detail`].
    pub detail: UpdateInteractiveOTOMessageRequestDetail,
}
impl UpdateInteractiveOTOMessageRequest {
    /// A `UpdateInteractiveOTOMessageRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: UpdateInteractiveOTOMessageRequired) -> Self {
        let UpdateInteractiveOTOMessageRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    UpdateInteractiveOTOMessageRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInteractiveOTOMessageRequest { "detail" => read_field(detail) }
}
impl rt::WriteRequest for UpdateInteractiveOTOMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_shortcuts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateShortcutsRequest {
    /// `details`.
    pub details: Option<Vec<UpdateShortcutsRequestDetails>>,
    /// `sessionId`.
    pub session_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateShortcutsRequest`], each named where it is set: `UpdateShortcutsRequest::new(UpdateShortcutsRequired { .. })`.
pub struct UpdateShortcutsRequired {
    /// `sessionId`: see [`UpdateShortcutsRequest::session_id`].
    pub session_id: String,
    /// `userId`: see [`UpdateShortcutsRequest::user_id`].
    pub user_id: String,
}
impl UpdateShortcutsRequest {
    /// A `UpdateShortcutsRequest` with its required fields (`sessionId`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateShortcutsRequired) -> Self {
        let UpdateShortcutsRequired { session_id, user_id } = required;
        Self {
            details: None,
            session_id,
            user_id,
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
rt::impl_serialize! {
    UpdateShortcutsRequest { "details" => optional(details), "sessionId" =>
    field(session_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateShortcutsRequest { "details" => read_field(details), "sessionId" =>
    read_field(session_id), "userId" => read_field(user_id) }
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
