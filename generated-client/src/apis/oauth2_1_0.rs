// @generated from api-spec/oauth2_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.oauth2_1_0()`. Generated from `api-spec/oauth2_1_0.yaml`.
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
    /// `POST /v1.0/oauth2/jsapiTickets` (operation `CreateJsapiTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateJsapiTicketError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/accessToken` (operation `GetAccessToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAccessTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/oauth2/apps/authInfo` (operation `GetAuthInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAuthInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/corpAccessToken` (operation `GetCorpAccessToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpAccessTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/oauth2/authRules/user` (operation `GetPersonalAuthRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPersonalAuthRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/ssoAccessToken` (operation `GetSsoAccessToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSsoAccessTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/oauth2/ssoUserInfo` (operation `GetSsoUserInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSsoUserInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/suiteAccessToken` (operation `GetSuiteAccessToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSuiteAccessTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/{corp_id}/token` (operation `GetToken`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id` (`corp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTokenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_token(
        &self,
        corp_id: &str,
        request: &GetTokenRequest,
    ) -> rt::Call<GetTokenResponseBody, GetTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetToken",
            rt::Method::Post,
            "/v1.0/oauth2/{corp_id}/token",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id], request)
    }
    /// 获取用户token
    ///
    /// `POST /v1.0/oauth2/userAccessToken` (operation `GetUserToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/oauth2/kickoffByDeviceId` (operation `KickoffByDeviceId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`KickoffByDeviceIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateJsapiTicketResponseBody {
    /// `expireIn`.
    pub expire_in: Option<i64>,
    /// `jsapiTicket`.
    pub jsapi_ticket: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateJsapiTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateJsapiTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expireIn" => rt::read_field(map, &mut self.expire_in),
            "jsapiTicket" => rt::read_field(map, &mut self.jsapi_ticket),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateJsapiTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expireIn", &self.expire_in)?;
        object.optional("jsapiTicket", &self.jsapi_ticket)?;
        object.end()
    }
}
/// `GetAccessTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccessTokenResponseBody {
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `expireIn`.
    pub expire_in: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccessTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccessTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "expireIn" => rt::read_field(map, &mut self.expire_in),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAccessTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessToken", &self.access_token)?;
        object.optional("expireIn", &self.expire_in)?;
        object.end()
    }
}
/// `GetAuthInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBody {
    /// `authAppInfo`.
    pub auth_app_info: Option<GetAuthInfoResponseBodyAuthAppInfo>,
    /// `authCorpInfo`.
    pub auth_corp_info: Option<GetAuthInfoResponseBodyAuthCorpInfo>,
    /// `authUserInfo`.
    pub auth_user_info: Option<GetAuthInfoResponseBodyAuthUserInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authAppInfo" => rt::read_field(map, &mut self.auth_app_info),
            "authCorpInfo" => rt::read_field(map, &mut self.auth_corp_info),
            "authUserInfo" => rt::read_field(map, &mut self.auth_user_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authAppInfo", &self.auth_app_info)?;
        object.optional("authCorpInfo", &self.auth_corp_info)?;
        object.optional("authUserInfo", &self.auth_user_info)?;
        object.end()
    }
}
/// `GetCorpAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetCorpAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetPersonalAuthRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPersonalAuthRuleResponseBody {
    /// `result`.
    pub result: Option<Vec<GetPersonalAuthRuleResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPersonalAuthRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPersonalAuthRuleResponseBody {
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
impl rt::serde::Serialize for GetPersonalAuthRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSsoAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetSsoAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetSsoUserInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSsoUserInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSsoUserInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "email" => rt::read_field(map, &mut self.email),
            "isAdmin" => rt::read_field(map, &mut self.is_admin),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSsoUserInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("email", &self.email)?;
        object.optional("isAdmin", &self.is_admin)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `GetSuiteAccessTokenResponseBody`: the same model as [`GetAccessTokenResponseBody`].
pub type GetSuiteAccessTokenResponseBody = GetAccessTokenResponseBody;
/// `GetTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTokenResponseBody {
    /// `access_token`.
    pub access_token: Option<String>,
    /// `expires_in`.
    pub expires_in: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "access_token" => rt::read_field(map, &mut self.access_token),
            "expires_in" => rt::read_field(map, &mut self.expires_in),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("access_token", &self.access_token)?;
        object.optional("expires_in", &self.expires_in)?;
        object.end()
    }
}
/// `GetUserTokenResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "expireIn" => rt::read_field(map, &mut self.expire_in),
            "refreshToken" => rt::read_field(map, &mut self.refresh_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessToken", &self.access_token)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("expireIn", &self.expire_in)?;
        object.optional("refreshToken", &self.refresh_token)?;
        object.end()
    }
}
/// `KickoffByDeviceIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct KickoffByDeviceIdResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for KickoffByDeviceIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for KickoffByDeviceIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for KickoffByDeviceIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetAuthInfoResponseBodyAuthAppInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthAppInfo {
    /// `agentList`.
    pub agent_list: Option<Vec<GetAuthInfoResponseBodyAuthAppInfoAgentList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoResponseBodyAuthAppInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthInfoResponseBodyAuthAppInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentList" => rt::read_field(map, &mut self.agent_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthInfoResponseBodyAuthAppInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentList", &self.agent_list)?;
        object.end()
    }
}
/// `GetAuthInfoResponseBodyAuthCorpInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoResponseBodyAuthCorpInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthInfoResponseBodyAuthCorpInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authChannel" => rt::read_field(map, &mut self.auth_channel),
            "authChannelType" => rt::read_field(map, &mut self.auth_channel_type),
            "authLevel" => rt::read_field(map, &mut self.auth_level),
            "corpLogoUrl" => rt::read_field(map, &mut self.corp_logo_url),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "industry" => rt::read_field(map, &mut self.industry),
            "inviteCode" => rt::read_field(map, &mut self.invite_code),
            "inviteUrl" => rt::read_field(map, &mut self.invite_url),
            "licenseCode" => rt::read_field(map, &mut self.license_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthInfoResponseBodyAuthCorpInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authChannel", &self.auth_channel)?;
        object.optional("authChannelType", &self.auth_channel_type)?;
        object.optional("authLevel", &self.auth_level)?;
        object.optional("corpLogoUrl", &self.corp_logo_url)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("industry", &self.industry)?;
        object.optional("inviteCode", &self.invite_code)?;
        object.optional("inviteUrl", &self.invite_url)?;
        object.optional("licenseCode", &self.license_code)?;
        object.end()
    }
}
/// `GetAuthInfoResponseBodyAuthUserInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthInfoResponseBodyAuthUserInfo {
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoResponseBodyAuthUserInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthInfoResponseBodyAuthUserInfo {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthInfoResponseBodyAuthUserInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetPersonalAuthRuleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPersonalAuthRuleResponseBodyResult {
    /// `authItems`.
    pub auth_items: Option<Vec<String>>,
    /// `resource`.
    pub resource: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPersonalAuthRuleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPersonalAuthRuleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authItems" => rt::read_field(map, &mut self.auth_items),
            "resource" => rt::read_field(map, &mut self.resource),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPersonalAuthRuleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authItems", &self.auth_items)?;
        object.optional("resource", &self.resource)?;
        object.end()
    }
}
/// `GetAuthInfoResponseBodyAuthAppInfoAgentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoResponseBodyAuthAppInfoAgentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthInfoResponseBodyAuthAppInfoAgentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminList" => rt::read_field(map, &mut self.admin_list),
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "agentName" => rt::read_field(map, &mut self.agent_name),
            "appId" => rt::read_field(map, &mut self.app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthInfoResponseBodyAuthAppInfoAgentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminList", &self.admin_list)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("agentName", &self.agent_name)?;
        object.optional("appId", &self.app_id)?;
        object.end()
    }
}
/// The request of [`Api::get_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAccessTokenRequest {
    /// `appKey`.
    pub app_key: String,
    /// `appSecret`.
    pub app_secret: Option<String>,
}
impl GetAccessTokenRequest {
    /// A `GetAccessTokenRequest` with its required fields (`appKey`); set the others with the methods named after them.
    pub fn new(app_key: impl Into<String>) -> Self {
        Self {
            app_key: app_key.into(),
            app_secret: None,
        }
    }
    /// Sets `appSecret`.
    pub fn app_secret(mut self, value: impl Into<String>) -> Self {
        self.app_secret = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetAccessTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appKey", &self.app_key)?;
        object.optional("appSecret", &self.app_secret)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAccessTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAccessTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appKey" => rt::read_field(map, &mut self.app_key),
            "appSecret" => rt::read_field(map, &mut self.app_secret),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_auth_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAuthInfoRequest {
    /// `authCorpId`: a query parameter.
    pub auth_corp_id: String,
}
impl GetAuthInfoRequest {
    /// A `GetAuthInfoRequest` with its required fields (`authCorpId`); set the others with the methods named after them.
    pub fn new(auth_corp_id: impl Into<String>) -> Self {
        Self {
            auth_corp_id: auth_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAuthInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAuthInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authCorpId" => rt::read_field(map, &mut self.auth_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("authCorpId", &self.auth_corp_id);
    }
}
/// The request of [`Api::get_corp_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCorpAccessTokenRequest {
    /// A `GetCorpAccessTokenRequest` with its required fields (`authCorpId`, `suiteKey`, `suiteSecret`, `suiteTicket`); set the others with the methods named after them.
    pub fn new(
        auth_corp_id: impl Into<String>,
        suite_key: impl Into<String>,
        suite_secret: impl Into<String>,
        suite_ticket: impl Into<String>,
    ) -> Self {
        Self {
            auth_corp_id: auth_corp_id.into(),
            suite_key: suite_key.into(),
            suite_secret: suite_secret.into(),
            suite_ticket: suite_ticket.into(),
        }
    }
}
impl rt::serde::Serialize for GetCorpAccessTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("authCorpId", &self.auth_corp_id)?;
        object.field("suiteKey", &self.suite_key)?;
        object.field("suiteSecret", &self.suite_secret)?;
        object.field("suiteTicket", &self.suite_ticket)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCorpAccessTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCorpAccessTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authCorpId" => rt::read_field(map, &mut self.auth_corp_id),
            "suiteKey" => rt::read_field(map, &mut self.suite_key),
            "suiteSecret" => rt::read_field(map, &mut self.suite_secret),
            "suiteTicket" => rt::read_field(map, &mut self.suite_ticket),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCorpAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sso_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSsoAccessTokenRequest {
    /// `corpid`.
    pub corpid: String,
    /// `ssoSecret`.
    pub sso_secret: String,
}
impl GetSsoAccessTokenRequest {
    /// A `GetSsoAccessTokenRequest` with its required fields (`corpid`, `ssoSecret`); set the others with the methods named after them.
    pub fn new(corpid: impl Into<String>, sso_secret: impl Into<String>) -> Self {
        Self {
            corpid: corpid.into(),
            sso_secret: sso_secret.into(),
        }
    }
}
impl rt::serde::Serialize for GetSsoAccessTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpid", &self.corpid)?;
        object.field("ssoSecret", &self.sso_secret)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSsoAccessTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSsoAccessTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpid" => rt::read_field(map, &mut self.corpid),
            "ssoSecret" => rt::read_field(map, &mut self.sso_secret),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSsoAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sso_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSsoUserInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetSsoUserInfoRequest {
    /// A `GetSsoUserInfoRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSsoUserInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSsoUserInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSsoUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::get_suite_access_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSuiteAccessTokenRequest {
    /// `suiteKey`.
    pub suite_key: String,
    /// `suiteSecret`.
    pub suite_secret: String,
    /// `suiteTicket`.
    pub suite_ticket: String,
}
impl GetSuiteAccessTokenRequest {
    /// A `GetSuiteAccessTokenRequest` with its required fields (`suiteKey`, `suiteSecret`, `suiteTicket`); set the others with the methods named after them.
    pub fn new(
        suite_key: impl Into<String>,
        suite_secret: impl Into<String>,
        suite_ticket: impl Into<String>,
    ) -> Self {
        Self {
            suite_key: suite_key.into(),
            suite_secret: suite_secret.into(),
            suite_ticket: suite_ticket.into(),
        }
    }
}
impl rt::serde::Serialize for GetSuiteAccessTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("suiteKey", &self.suite_key)?;
        object.field("suiteSecret", &self.suite_secret)?;
        object.field("suiteTicket", &self.suite_ticket)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSuiteAccessTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSuiteAccessTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "suiteKey" => rt::read_field(map, &mut self.suite_key),
            "suiteSecret" => rt::read_field(map, &mut self.suite_secret),
            "suiteTicket" => rt::read_field(map, &mut self.suite_ticket),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSuiteAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTokenRequest {
    /// `client_id`.
    pub client_id: String,
    /// `client_secret`.
    pub client_secret: String,
    /// `grant_type`.
    pub grant_type: String,
}
impl GetTokenRequest {
    /// A `GetTokenRequest` with its required fields (`client_id`, `client_secret`, `grant_type`); set the others with the methods named after them.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        grant_type: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            grant_type: grant_type.into(),
        }
    }
}
impl rt::serde::Serialize for GetTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("client_id", &self.client_id)?;
        object.field("client_secret", &self.client_secret)?;
        object.field("grant_type", &self.grant_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "client_id" => rt::read_field(map, &mut self.client_id),
            "client_secret" => rt::read_field(map, &mut self.client_secret),
            "grant_type" => rt::read_field(map, &mut self.grant_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetUserTokenRequest {
    /// A `GetUserTokenRequest` with its required fields (`clientId`); set the others with the methods named after them.
    pub fn new(client_id: impl Into<String>) -> Self {
        Self {
            client_id: client_id.into(),
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
impl rt::serde::Serialize for GetUserTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("clientId", &self.client_id)?;
        object.optional("clientSecret", &self.client_secret)?;
        object.optional("code", &self.code)?;
        object.optional("grantType", &self.grant_type)?;
        object.optional("refreshToken", &self.refresh_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientId" => rt::read_field(map, &mut self.client_id),
            "clientSecret" => rt::read_field(map, &mut self.client_secret),
            "code" => rt::read_field(map, &mut self.code),
            "grantType" => rt::read_field(map, &mut self.grant_type),
            "refreshToken" => rt::read_field(map, &mut self.refresh_token),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for KickoffByDeviceIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openDeviceId", &self.open_device_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for KickoffByDeviceIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for KickoffByDeviceIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDeviceId" => rt::read_field(map, &mut self.open_device_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
