// @generated from api-spec/oauth2_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 身份验证 (OAuth 2.0)：访问凭证、用户凭证与 jsapi ticket。
//!
//! 11 operations, methods of [`Api`] (`client.oauth2_1_0()`), behind the cargo feature `oauth2_1_0`; its paths start with `/v1.0/oauth2/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `oauth2_1_0`. Get it with `client.oauth2_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 生成jsapi ticket
    ///
    /// `POST /v1.0/oauth2/jsapiTickets`: DingTalk's `CreateJsapiTicket` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateJsapiTicket")]
    #[doc(alias = "/v1.0/oauth2/jsapiTickets")]
    #[doc(alias = "POST /v1.0/oauth2/jsapiTickets")]
    pub fn create_jsapi_ticket(
        &self,
    ) -> rt::Call<CreateJsapiTicketResponseBody, CreateJsapiTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateJsapiTicket",
            rt::Method::Post,
            "/v1.0/oauth2/jsapiTickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取企业accessToken(企业内部应用)
    ///
    /// `POST /v1.0/oauth2/accessToken`: DingTalk's `GetAccessToken` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAccessToken")]
    #[doc(alias = "/v1.0/oauth2/accessToken")]
    #[doc(alias = "POST /v1.0/oauth2/accessToken")]
    pub fn get_access_token(
        &self,
        request: &GetAccessTokenRequest,
    ) -> rt::Call<GetAccessTokenResponseBody, GetAccessTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAccessToken",
            rt::Method::Post,
            "/v1.0/oauth2/accessToken",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业开通应用后的授权信息
    ///
    /// `GET /v1.0/oauth2/apps/authInfo`: DingTalk's `GetAuthInfo` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAuthInfo")]
    #[doc(alias = "/v1.0/oauth2/apps/authInfo")]
    #[doc(alias = "GET /v1.0/oauth2/apps/authInfo")]
    pub fn get_auth_info(
        &self,
        request: &GetAuthInfoRequest,
    ) -> rt::Call<GetAuthInfoResponseBody, GetAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAuthInfo",
            rt::Method::Get,
            "/v1.0/oauth2/apps/authInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业accessToken(应用商店应用)
    ///
    /// `POST /v1.0/oauth2/corpAccessToken`: DingTalk's `GetCorpAccessToken` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpAccessToken")]
    #[doc(alias = "/v1.0/oauth2/corpAccessToken")]
    #[doc(alias = "POST /v1.0/oauth2/corpAccessToken")]
    pub fn get_corp_access_token(
        &self,
        request: &GetCorpAccessTokenRequest,
    ) -> rt::Call<GetCorpAccessTokenResponseBody, GetCorpAccessTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpAccessToken",
            rt::Method::Post,
            "/v1.0/oauth2/corpAccessToken",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询个人授权记录
    ///
    /// `GET /v1.0/oauth2/authRules/user`: DingTalk's `GetPersonalAuthRule` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPersonalAuthRule")]
    #[doc(alias = "/v1.0/oauth2/authRules/user")]
    #[doc(alias = "GET /v1.0/oauth2/authRules/user")]
    pub fn get_personal_auth_rule(
        &self,
    ) -> rt::Call<GetPersonalAuthRuleResponseBody, GetPersonalAuthRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPersonalAuthRule",
            rt::Method::Get,
            "/v1.0/oauth2/authRules/user",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 生成微应用管理后台accessToken
    ///
    /// `POST /v1.0/oauth2/ssoAccessToken`: DingTalk's `GetSsoAccessToken` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSsoAccessToken")]
    #[doc(alias = "/v1.0/oauth2/ssoAccessToken")]
    #[doc(alias = "POST /v1.0/oauth2/ssoAccessToken")]
    pub fn get_sso_access_token(
        &self,
        request: &GetSsoAccessTokenRequest,
    ) -> rt::Call<GetSsoAccessTokenResponseBody, GetSsoAccessTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSsoAccessToken",
            rt::Method::Post,
            "/v1.0/oauth2/ssoAccessToken",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询微应用后台免登的用户信息
    ///
    /// `GET /v1.0/oauth2/ssoUserInfo`: DingTalk's `GetSsoUserInfo` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSsoUserInfo")]
    #[doc(alias = "/v1.0/oauth2/ssoUserInfo")]
    #[doc(alias = "GET /v1.0/oauth2/ssoUserInfo")]
    pub fn get_sso_user_info(
        &self,
        request: &GetSsoUserInfoRequest,
    ) -> rt::Call<GetSsoUserInfoResponseBody, GetSsoUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSsoUserInfo",
            rt::Method::Get,
            "/v1.0/oauth2/ssoUserInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取isvAccessToken（三方企业应用）
    ///
    /// `POST /v1.0/oauth2/suiteAccessToken`: DingTalk's `GetSuiteAccessToken` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSuiteAccessToken")]
    #[doc(alias = "/v1.0/oauth2/suiteAccessToken")]
    #[doc(alias = "POST /v1.0/oauth2/suiteAccessToken")]
    pub fn get_suite_access_token(
        &self,
        request: &GetSuiteAccessTokenRequest,
    ) -> rt::Call<GetSuiteAccessTokenResponseBody, GetSuiteAccessTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSuiteAccessToken",
            rt::Method::Post,
            "/v1.0/oauth2/suiteAccessToken",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Access Token
    ///
    /// `POST /v1.0/oauth2/{corpId}/token`: DingTalk's `GetToken` (module feature `oauth2_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id`: `{corpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetToken")]
    #[doc(alias = "/v1.0/oauth2/{corpId}/token")]
    #[doc(alias = "POST /v1.0/oauth2/{corpId}/token")]
    pub fn get_token(
        &self,
        corp_id: &str,
        request: &GetTokenRequest,
    ) -> rt::Call<GetTokenResponseBody, GetTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetToken",
            rt::Method::Post,
            "/v1.0/oauth2/{corpId}/token",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id], request)
    }
    /// 获取用户token
    ///
    /// `POST /v1.0/oauth2/userAccessToken`: DingTalk's `GetUserToken` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserToken")]
    #[doc(alias = "/v1.0/oauth2/userAccessToken")]
    #[doc(alias = "POST /v1.0/oauth2/userAccessToken")]
    pub fn get_user_token(
        &self,
        request: &GetUserTokenRequest,
    ) -> rt::Call<GetUserTokenResponseBody, GetUserTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserToken",
            rt::Method::Post,
            "/v1.0/oauth2/userAccessToken",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据 deviceId 将设备踢出登录
    ///
    /// `POST /v1.0/oauth2/kickoffByDeviceId`: DingTalk's `KickoffByDeviceId` (module feature `oauth2_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "KickoffByDeviceId")]
    #[doc(alias = "/v1.0/oauth2/kickoffByDeviceId")]
    #[doc(alias = "POST /v1.0/oauth2/kickoffByDeviceId")]
    pub fn kickoff_by_device_id(
        &self,
        request: &KickoffByDeviceIdRequest,
    ) -> rt::Call<KickoffByDeviceIdResponseBody, KickoffByDeviceIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "KickoffByDeviceId",
            rt::Method::Post,
            "/v1.0/oauth2/kickoffByDeviceId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateJsapiTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateJsapiTicketResponseBody {
    /// `expireIn`.
    pub expire_in: Option<i64>,
    /// `jsapiTicket`.
    pub jsapi_ticket: Option<String>,
}
rt::impl_deserialize! {
    CreateJsapiTicketResponseBody { "expireIn" => read_field(expire_in), "jsapiTicket" =>
    read_field(jsapi_ticket) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateJsapiTicketResponseBody { "expireIn" => optional(expire_in), "jsapiTicket" =>
    optional(jsapi_ticket) }
}
/// `GetAccessTokenResponseBody`, a model several operations share: also named [`GetCorpAccessTokenResponseBody`], [`GetSsoAccessTokenResponseBody`], [`GetSuiteAccessTokenResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAccessTokenResponseBody {
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `expireIn`.
    pub expire_in: Option<i64>,
}
rt::impl_deserialize! {
    GetAccessTokenResponseBody { "accessToken" => read_field(access_token), "expireIn" =>
    read_field(expire_in) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccessTokenResponseBody { "accessToken" => optional(access_token), "expireIn" =>
    optional(expire_in) }
}
/// `GetAuthInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBody {
    /// `authAppInfo`.
    pub auth_app_info: Option<GetAuthInfoResponseBodyAuthAppInfo>,
    /// `authCorpInfo`.
    pub auth_corp_info: Option<GetAuthInfoResponseBodyAuthCorpInfo>,
    /// `authUserInfo`.
    pub auth_user_info: Option<GetAuthInfoResponseBodyAuthUserInfo>,
}
rt::impl_deserialize! {
    GetAuthInfoResponseBody { "authAppInfo" => read_field(auth_app_info), "authCorpInfo"
    => read_field(auth_corp_info), "authUserInfo" => read_field(auth_user_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthInfoResponseBody { "authAppInfo" => optional(auth_app_info), "authCorpInfo" =>
    optional(auth_corp_info), "authUserInfo" => optional(auth_user_info) }
}
/// `GetCorpAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetCorpAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetPersonalAuthRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPersonalAuthRuleResponseBody {
    /// `result`.
    pub result: Option<Vec<GetPersonalAuthRuleResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetPersonalAuthRuleResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalAuthRuleResponseBody { "result" => optional(result) }
}
/// `GetSsoAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetSsoAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetSsoUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSsoUserInfoResponseBody {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `isAdmin`.
    pub is_admin: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    GetSsoUserInfoResponseBody { "avatar" => read_field(avatar), "corpId" =>
    read_field(corp_id), "corpName" => read_field(corp_name), "email" =>
    read_field(email), "isAdmin" => read_field(is_admin), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSsoUserInfoResponseBody { "avatar" => optional(avatar), "corpId" =>
    optional(corp_id), "corpName" => optional(corp_name), "email" => optional(email),
    "isAdmin" => optional(is_admin), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// `GetSuiteAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetSuiteAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTokenResponseBody {
    /// `access_token`.
    pub access_token: Option<String>,
    /// `expires_in`.
    pub expires_in: Option<i64>,
}
rt::impl_deserialize! {
    GetTokenResponseBody { "access_token" => read_field(access_token), "expires_in" =>
    read_field(expires_in) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTokenResponseBody { "access_token" => optional(access_token), "expires_in" =>
    optional(expires_in) }
}
/// `GetUserTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserTokenResponseBody {
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `expireIn`.
    pub expire_in: Option<i64>,
    /// `refreshToken`.
    pub refresh_token: Option<String>,
}
rt::impl_deserialize! {
    GetUserTokenResponseBody { "accessToken" => read_field(access_token), "corpId" =>
    read_field(corp_id), "expireIn" => read_field(expire_in), "refreshToken" =>
    read_field(refresh_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserTokenResponseBody { "accessToken" => optional(access_token), "corpId" =>
    optional(corp_id), "expireIn" => optional(expire_in), "refreshToken" =>
    optional(refresh_token) }
}
/// `KickoffByDeviceIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct KickoffByDeviceIdResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    KickoffByDeviceIdResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    KickoffByDeviceIdResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "success" => optional(success) }
}
/// `GetAuthInfoResponseBodyAuthAppInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthAppInfo {
    /// `agentList`.
    pub agent_list: Option<Vec<GetAuthInfoResponseBodyAuthAppInfoAgentList>>,
}
rt::impl_deserialize! {
    GetAuthInfoResponseBodyAuthAppInfo { "agentList" => read_field(agent_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthInfoResponseBodyAuthAppInfo { "agentList" => optional(agent_list) }
}
/// `GetAuthInfoResponseBodyAuthCorpInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthCorpInfo {
    /// `authChannel`.
    pub auth_channel: Option<String>,
    /// `authChannelType`.
    pub auth_channel_type: Option<String>,
    /// `authLevel`.
    pub auth_level: Option<i64>,
    /// `corpLogoUrl`.
    pub corp_logo_url: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `industry`.
    pub industry: Option<String>,
    /// `inviteCode`.
    pub invite_code: Option<String>,
    /// `inviteUrl`.
    pub invite_url: Option<String>,
    /// `licenseCode`.
    pub license_code: Option<String>,
}
rt::impl_deserialize! {
    GetAuthInfoResponseBodyAuthCorpInfo { "authChannel" => read_field(auth_channel),
    "authChannelType" => read_field(auth_channel_type), "authLevel" =>
    read_field(auth_level), "corpLogoUrl" => read_field(corp_logo_url), "corpName" =>
    read_field(corp_name), "industry" => read_field(industry), "inviteCode" =>
    read_field(invite_code), "inviteUrl" => read_field(invite_url), "licenseCode" =>
    read_field(license_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthInfoResponseBodyAuthCorpInfo { "authChannel" => optional(auth_channel),
    "authChannelType" => optional(auth_channel_type), "authLevel" =>
    optional(auth_level), "corpLogoUrl" => optional(corp_logo_url), "corpName" =>
    optional(corp_name), "industry" => optional(industry), "inviteCode" =>
    optional(invite_code), "inviteUrl" => optional(invite_url), "licenseCode" =>
    optional(license_code) }
}
/// `GetAuthInfoResponseBodyAuthUserInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthUserInfo {
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetAuthInfoResponseBodyAuthUserInfo { "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthInfoResponseBodyAuthUserInfo { "userId" => optional(user_id) }
}
/// `GetPersonalAuthRuleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPersonalAuthRuleResponseBodyResult {
    /// `authItems`.
    pub auth_items: Option<Vec<String>>,
    /// `resource`.
    pub resource: Option<String>,
}
rt::impl_deserialize! {
    GetPersonalAuthRuleResponseBodyResult { "authItems" => read_field(auth_items),
    "resource" => read_field(resource) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalAuthRuleResponseBodyResult { "authItems" => optional(auth_items),
    "resource" => optional(resource) }
}
/// `GetAuthInfoResponseBodyAuthAppInfoAgentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthAppInfoAgentList {
    /// `adminList`.
    pub admin_list: Option<Vec<String>>,
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `agentName`.
    pub agent_name: Option<String>,
    /// `appId`.
    pub app_id: Option<i64>,
}
rt::impl_deserialize! {
    GetAuthInfoResponseBodyAuthAppInfoAgentList { "adminList" => read_field(admin_list),
    "agentId" => read_field(agent_id), "agentName" => read_field(agent_name), "appId" =>
    read_field(app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthInfoResponseBodyAuthAppInfoAgentList { "adminList" => optional(admin_list),
    "agentId" => optional(agent_id), "agentName" => optional(agent_name), "appId" =>
    optional(app_id) }
}
/// The request of [`Api::get_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAccessTokenRequest {
    /// `appKey`.
    pub app_key: String,
    /// `appSecret`.
    pub app_secret: Option<String>,
}
/// The required fields of [`GetAccessTokenRequest`], each named where it is set: `GetAccessTokenRequest::new(GetAccessTokenRequired { .. })`.
pub struct GetAccessTokenRequired {
    /// `appKey`: see [`GetAccessTokenRequest::app_key`].
    pub app_key: String,
}
impl GetAccessTokenRequest {
    /// A `GetAccessTokenRequest` with its required fields (`appKey`); set the others with the methods named after them.
    pub fn new(required: GetAccessTokenRequired) -> Self {
        let GetAccessTokenRequired { app_key } = required;
        Self { app_key, app_secret: None }
    }
    /// Sets `appSecret`.
    pub fn app_secret(mut self, value: impl Into<String>) -> Self {
        self.app_secret = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetAccessTokenRequest { "appKey" => field(app_key), "appSecret" =>
    optional(app_secret) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAccessTokenRequest { "appKey" => read_field(app_key), "appSecret" =>
    read_field(app_secret) }
}
impl rt::WriteRequest for GetAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAuthInfoRequest {
    /// `authCorpId`: a query parameter.
    pub auth_corp_id: String,
}
/// The required fields of [`GetAuthInfoRequest`], each named where it is set: `GetAuthInfoRequest::new(GetAuthInfoRequired { .. })`.
pub struct GetAuthInfoRequired {
    /// `authCorpId`: see [`GetAuthInfoRequest::auth_corp_id`].
    pub auth_corp_id: String,
}
impl GetAuthInfoRequest {
    /// A `GetAuthInfoRequest` with its required fields (`authCorpId`); set the others with the methods named after them.
    pub fn new(required: GetAuthInfoRequired) -> Self {
        let GetAuthInfoRequired { auth_corp_id } = required;
        Self { auth_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAuthInfoRequest { "authCorpId" => read_field(auth_corp_id) }
}
impl rt::WriteRequest for GetAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("authCorpId", &self.auth_corp_id);
    }
}
/// The request of [`Api::get_corp_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCorpAccessTokenRequest {
    /// `authCorpId`.
    pub auth_corp_id: String,
    /// `suiteKey`.
    pub suite_key: String,
    /// `suiteSecret`.
    pub suite_secret: String,
    /// `suiteTicket`.
    pub suite_ticket: String,
}
/// The required fields of [`GetCorpAccessTokenRequest`], each named where it is set: `GetCorpAccessTokenRequest::new(GetCorpAccessTokenRequired { .. })`.
pub struct GetCorpAccessTokenRequired {
    /// `authCorpId`: see [`GetCorpAccessTokenRequest::auth_corp_id`].
    pub auth_corp_id: String,
    /// `suiteKey`: see [`GetCorpAccessTokenRequest::suite_key`].
    pub suite_key: String,
    /// `suiteSecret`: see [`GetCorpAccessTokenRequest::suite_secret`].
    pub suite_secret: String,
    /// `suiteTicket`: see [`GetCorpAccessTokenRequest::suite_ticket`].
    pub suite_ticket: String,
}
impl GetCorpAccessTokenRequest {
    /// A `GetCorpAccessTokenRequest` with its required fields (`authCorpId`, `suiteKey`, `suiteSecret`, `suiteTicket`); set the others with the methods named after them.
    pub fn new(required: GetCorpAccessTokenRequired) -> Self {
        let GetCorpAccessTokenRequired {
            auth_corp_id,
            suite_key,
            suite_secret,
            suite_ticket,
        } = required;
        Self {
            auth_corp_id,
            suite_key,
            suite_secret,
            suite_ticket,
        }
    }
}
rt::impl_serialize! {
    GetCorpAccessTokenRequest { "authCorpId" => field(auth_corp_id), "suiteKey" =>
    field(suite_key), "suiteSecret" => field(suite_secret), "suiteTicket" =>
    field(suite_ticket) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCorpAccessTokenRequest { "authCorpId" => read_field(auth_corp_id), "suiteKey" =>
    read_field(suite_key), "suiteSecret" => read_field(suite_secret), "suiteTicket" =>
    read_field(suite_ticket) }
}
impl rt::WriteRequest for GetCorpAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sso_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSsoAccessTokenRequest {
    /// `corpid`.
    pub corpid: String,
    /// `ssoSecret`.
    pub sso_secret: String,
}
/// The required fields of [`GetSsoAccessTokenRequest`], each named where it is set: `GetSsoAccessTokenRequest::new(GetSsoAccessTokenRequired { .. })`.
pub struct GetSsoAccessTokenRequired {
    /// `corpid`: see [`GetSsoAccessTokenRequest::corpid`].
    pub corpid: String,
    /// `ssoSecret`: see [`GetSsoAccessTokenRequest::sso_secret`].
    pub sso_secret: String,
}
impl GetSsoAccessTokenRequest {
    /// A `GetSsoAccessTokenRequest` with its required fields (`corpid`, `ssoSecret`); set the others with the methods named after them.
    pub fn new(required: GetSsoAccessTokenRequired) -> Self {
        let GetSsoAccessTokenRequired { corpid, sso_secret } = required;
        Self { corpid, sso_secret }
    }
}
rt::impl_serialize! {
    GetSsoAccessTokenRequest { "corpid" => field(corpid), "ssoSecret" =>
    field(sso_secret) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSsoAccessTokenRequest { "corpid" => read_field(corpid), "ssoSecret" =>
    read_field(sso_secret) }
}
impl rt::WriteRequest for GetSsoAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sso_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSsoUserInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetSsoUserInfoRequest`], each named where it is set: `GetSsoUserInfoRequest::new(GetSsoUserInfoRequired { .. })`.
pub struct GetSsoUserInfoRequired {
    /// `code`: see [`GetSsoUserInfoRequest::code`].
    pub code: String,
}
impl GetSsoUserInfoRequest {
    /// A `GetSsoUserInfoRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetSsoUserInfoRequired) -> Self {
        let GetSsoUserInfoRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSsoUserInfoRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetSsoUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::get_suite_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSuiteAccessTokenRequest {
    /// `suiteKey`.
    pub suite_key: String,
    /// `suiteSecret`.
    pub suite_secret: String,
    /// `suiteTicket`.
    pub suite_ticket: String,
}
/// The required fields of [`GetSuiteAccessTokenRequest`], each named where it is set: `GetSuiteAccessTokenRequest::new(GetSuiteAccessTokenRequired { .. })`.
pub struct GetSuiteAccessTokenRequired {
    /// `suiteKey`: see [`GetSuiteAccessTokenRequest::suite_key`].
    pub suite_key: String,
    /// `suiteSecret`: see [`GetSuiteAccessTokenRequest::suite_secret`].
    pub suite_secret: String,
    /// `suiteTicket`: see [`GetSuiteAccessTokenRequest::suite_ticket`].
    pub suite_ticket: String,
}
impl GetSuiteAccessTokenRequest {
    /// A `GetSuiteAccessTokenRequest` with its required fields (`suiteKey`, `suiteSecret`, `suiteTicket`); set the others with the methods named after them.
    pub fn new(required: GetSuiteAccessTokenRequired) -> Self {
        let GetSuiteAccessTokenRequired { suite_key, suite_secret, suite_ticket } = required;
        Self {
            suite_key,
            suite_secret,
            suite_ticket,
        }
    }
}
rt::impl_serialize! {
    GetSuiteAccessTokenRequest { "suiteKey" => field(suite_key), "suiteSecret" =>
    field(suite_secret), "suiteTicket" => field(suite_ticket) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSuiteAccessTokenRequest { "suiteKey" => read_field(suite_key), "suiteSecret" =>
    read_field(suite_secret), "suiteTicket" => read_field(suite_ticket) }
}
impl rt::WriteRequest for GetSuiteAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTokenRequest {
    /// `client_id`.
    pub client_id: String,
    /// `client_secret`.
    pub client_secret: String,
    /// `grant_type`.
    pub grant_type: String,
}
/// The required fields of [`GetTokenRequest`], each named where it is set: `GetTokenRequest::new(GetTokenRequired { .. })`.
pub struct GetTokenRequired {
    /// `client_id`: see [`GetTokenRequest::client_id`].
    pub client_id: String,
    /// `client_secret`: see [`GetTokenRequest::client_secret`].
    pub client_secret: String,
    /// `grant_type`: see [`GetTokenRequest::grant_type`].
    pub grant_type: String,
}
impl GetTokenRequest {
    /// A `GetTokenRequest` with its required fields (`client_id`, `client_secret`, `grant_type`); set the others with the methods named after them.
    pub fn new(required: GetTokenRequired) -> Self {
        let GetTokenRequired { client_id, client_secret, grant_type } = required;
        Self {
            client_id,
            client_secret,
            grant_type,
        }
    }
}
rt::impl_serialize! {
    GetTokenRequest { "client_id" => field(client_id), "client_secret" =>
    field(client_secret), "grant_type" => field(grant_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTokenRequest { "client_id" => read_field(client_id), "client_secret" =>
    read_field(client_secret), "grant_type" => read_field(grant_type) }
}
impl rt::WriteRequest for GetTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserTokenRequest {
    /// `clientId`.
    pub client_id: String,
    /// `clientSecret`.
    pub client_secret: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `grantType`.
    pub grant_type: Option<String>,
    /// `refreshToken`.
    pub refresh_token: Option<String>,
}
/// The required fields of [`GetUserTokenRequest`], each named where it is set: `GetUserTokenRequest::new(GetUserTokenRequired { .. })`.
pub struct GetUserTokenRequired {
    /// `clientId`: see [`GetUserTokenRequest::client_id`].
    pub client_id: String,
}
impl GetUserTokenRequest {
    /// A `GetUserTokenRequest` with its required fields (`clientId`); set the others with the methods named after them.
    pub fn new(required: GetUserTokenRequired) -> Self {
        let GetUserTokenRequired { client_id } = required;
        Self {
            client_id,
            client_secret: None,
            code: None,
            grant_type: None,
            refresh_token: None,
        }
    }
    /// Sets `clientSecret`.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `grantType`.
    pub fn grant_type(mut self, value: impl Into<String>) -> Self {
        self.grant_type = Some(value.into());
        self
    }
    /// Sets `refreshToken`.
    pub fn refresh_token(mut self, value: impl Into<String>) -> Self {
        self.refresh_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserTokenRequest { "clientId" => field(client_id), "clientSecret" =>
    optional(client_secret), "code" => optional(code), "grantType" =>
    optional(grant_type), "refreshToken" => optional(refresh_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserTokenRequest { "clientId" => read_field(client_id), "clientSecret" =>
    read_field(client_secret), "code" => read_field(code), "grantType" =>
    read_field(grant_type), "refreshToken" => read_field(refresh_token) }
}
impl rt::WriteRequest for GetUserTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::kickoff_by_device_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct KickoffByDeviceIdRequest {
    /// `openDeviceId`.
    pub open_device_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl KickoffByDeviceIdRequest {
    /// An empty `KickoffByDeviceIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openDeviceId`.
    pub fn open_device_id(mut self, value: impl Into<String>) -> Self {
        self.open_device_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    KickoffByDeviceIdRequest { "openDeviceId" => optional(open_device_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    KickoffByDeviceIdRequest { "openDeviceId" => read_field(open_device_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for KickoffByDeviceIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_jsapi_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateJsapiTicketError = rt::ServiceError;
/// An error reply of [`Api::get_access_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAccessTokenError = rt::ServiceError;
/// An error reply of [`Api::get_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::get_corp_access_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpAccessTokenError = rt::ServiceError;
/// An error reply of [`Api::get_personal_auth_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPersonalAuthRuleError = rt::ServiceError;
/// An error reply of [`Api::get_sso_access_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSsoAccessTokenError = rt::ServiceError;
/// An error reply of [`Api::get_sso_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSsoUserInfoError = rt::ServiceError;
/// An error reply of [`Api::get_suite_access_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSuiteAccessTokenError = rt::ServiceError;
/// An error reply of [`Api::get_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTokenError = rt::ServiceError;
/// An error reply of [`Api::get_user_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserTokenError = rt::ServiceError;
/// An error reply of [`Api::kickoff_by_device_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type KickoffByDeviceIdError = rt::ServiceError;
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
        "CreateJsapiTicket" => rt::conformance::reply(api.create_jsapi_ticket()).await,
        "GetAccessToken" => {
            rt::conformance::reply(api.get_access_token(&inputs.request(true)?)).await
        }
        "GetAuthInfo" => {
            rt::conformance::reply(api.get_auth_info(&inputs.request(false)?)).await
        }
        "GetCorpAccessToken" => {
            rt::conformance::reply(api.get_corp_access_token(&inputs.request(true)?))
                .await
        }
        "GetPersonalAuthRule" => {
            rt::conformance::reply(api.get_personal_auth_rule()).await
        }
        "GetSsoAccessToken" => {
            rt::conformance::reply(api.get_sso_access_token(&inputs.request(true)?))
                .await
        }
        "GetSsoUserInfo" => {
            rt::conformance::reply(api.get_sso_user_info(&inputs.request(false)?)).await
        }
        "GetSuiteAccessToken" => {
            rt::conformance::reply(api.get_suite_access_token(&inputs.request(true)?))
                .await
        }
        "GetToken" => {
            rt::conformance::reply(
                    api.get_token(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetUserToken" => {
            rt::conformance::reply(api.get_user_token(&inputs.request(true)?)).await
        }
        "KickoffByDeviceId" => {
            rt::conformance::reply(api.kickoff_by_device_id(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
