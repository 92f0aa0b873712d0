// @generated from api-spec/dingmi_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 小蜜客服 (Dingmi)：小蜜客服机器人的问答、消息推送与回复、数据指标。
//!
//! 13 operations, methods of [`Api`] (`client.dingmi_1_0()`), behind the cargo feature `dingmi_1_0`; its paths start with `/v1.0/dingmi/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `dingmi_1_0`. Get it with `client.dingmi_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加智能客服机器人到钉钉群
    ///
    /// `POST /v1.0/dingmi/intelligentRobots/groups`: DingTalk's `AddRobotInstanceToGroup` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRobotInstanceToGroup")]
    #[doc(alias = "/v1.0/dingmi/intelligentRobots/groups")]
    #[doc(alias = "POST /v1.0/dingmi/intelligentRobots/groups")]
    pub fn add_robot_instance_to_group(
        &self,
        request: &AddRobotInstanceToGroupRequest,
    ) -> rt::Call<AddRobotInstanceToGroupResponseBody, AddRobotInstanceToGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRobotInstanceToGroup",
            rt::Method::Post,
            "/v1.0/dingmi/intelligentRobots/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用小蜜机器人的问答能力
    ///
    /// `POST /v1.0/dingmi/robots/ask`: DingTalk's `AskRobot` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AskRobot")]
    #[doc(alias = "/v1.0/dingmi/robots/ask")]
    #[doc(alias = "POST /v1.0/dingmi/robots/ask")]
    pub fn ask_robot(
        &self,
        request: &AskRobotRequest,
    ) -> rt::Call<AskRobotResponseBody, AskRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AskRobot",
            rt::Method::Post,
            "/v1.0/dingmi/robots/ask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小蜜机器人数据统计指标
    ///
    /// `GET /v1.0/dingmi/robots/data`: DingTalk's `GetDingMeBaseData` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDingMeBaseData")]
    #[doc(alias = "/v1.0/dingmi/robots/data")]
    #[doc(alias = "GET /v1.0/dingmi/robots/data")]
    pub fn get_ding_me_base_data(
        &self,
        request: &GetDingMeBaseDataRequest,
    ) -> rt::Call<GetDingMeBaseDataResponseBody, GetDingMeBaseDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingMeBaseData",
            rt::Method::Get,
            "/v1.0/dingmi/robots/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能客服机器人信息
    ///
    /// `GET /v1.0/dingmi/intelligentRobots/infos`: DingTalk's `GetIntelligentRobotInfo` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetIntelligentRobotInfo")]
    #[doc(alias = "/v1.0/dingmi/intelligentRobots/infos")]
    #[doc(alias = "GET /v1.0/dingmi/intelligentRobots/infos")]
    pub fn get_intelligent_robot_info(
        &self,
        request: &GetIntelligentRobotInfoRequest,
    ) -> rt::Call<GetIntelligentRobotInfoResponseBody, GetIntelligentRobotInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIntelligentRobotInfo",
            rt::Method::Get,
            "/v1.0/dingmi/intelligentRobots/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取服务窗机器人信息
    ///
    /// `GET /v1.0/dingmi/officialAccounts/robots`: DingTalk's `GetOfficialAccountRobotInfo` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOfficialAccountRobotInfo")]
    #[doc(alias = "/v1.0/dingmi/officialAccounts/robots")]
    #[doc(alias = "GET /v1.0/dingmi/officialAccounts/robots")]
    pub fn get_official_account_robot_info(
        &self,
        request: &GetOfficialAccountRobotInfoRequest,
    ) -> rt::Call<
        GetOfficialAccountRobotInfoResponseBody,
        GetOfficialAccountRobotInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOfficialAccountRobotInfo",
            rt::Method::Get,
            "/v1.0/dingmi/officialAccounts/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小蜜客服网页渠道获取三方用户token
    ///
    /// `POST /v1.0/dingmi/webChannels/userTokens`: DingTalk's `GetWebChannelUserToken` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWebChannelUserToken")]
    #[doc(alias = "/v1.0/dingmi/webChannels/userTokens")]
    #[doc(alias = "POST /v1.0/dingmi/webChannels/userTokens")]
    pub fn get_web_channel_user_token(
        &self,
        request: &GetWebChannelUserTokenRequest,
    ) -> rt::Call<GetWebChannelUserTokenResponseBody, GetWebChannelUserTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWebChannelUserToken",
            rt::Method::Post,
            "/v1.0/dingmi/webChannels/userTokens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过小蜜机器人在客户群内推送消息
    ///
    /// `POST /v1.0/dingmi/officialAccounts/robots/groupMessages/send`: DingTalk's `PushCustomerGroupMessage` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushCustomerGroupMessage")]
    #[doc(alias = "/v1.0/dingmi/officialAccounts/robots/groupMessages/send")]
    #[doc(alias = "POST /v1.0/dingmi/officialAccounts/robots/groupMessages/send")]
    pub fn push_customer_group_message(
        &self,
        request: &PushCustomerGroupMessageRequest,
    ) -> rt::Call<PushCustomerGroupMessageResponseBody, PushCustomerGroupMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushCustomerGroupMessage",
            rt::Method::Post,
            "/v1.0/dingmi/officialAccounts/robots/groupMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 推送智能客服机器人钉钉群聊消息
    ///
    /// `POST /v1.0/dingmi/intelligentRobots/groupMessages/send`: DingTalk's `PushIntelligentRobotGroupMessage` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushIntelligentRobotGroupMessage")]
    #[doc(alias = "/v1.0/dingmi/intelligentRobots/groupMessages/send")]
    #[doc(alias = "POST /v1.0/dingmi/intelligentRobots/groupMessages/send")]
    pub fn push_intelligent_robot_group_message(
        &self,
        request: &PushIntelligentRobotGroupMessageRequest,
    ) -> rt::Call<
        PushIntelligentRobotGroupMessageResponseBody,
        PushIntelligentRobotGroupMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushIntelligentRobotGroupMessage",
            rt::Method::Post,
            "/v1.0/dingmi/intelligentRobots/groupMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能客服机器人推送消息
    ///
    /// `POST /v1.0/dingmi/intelligentRobots/oToMessages/send`: DingTalk's `PushIntelligentRobotMessage` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushIntelligentRobotMessage")]
    #[doc(alias = "/v1.0/dingmi/intelligentRobots/oToMessages/send")]
    #[doc(alias = "POST /v1.0/dingmi/intelligentRobots/oToMessages/send")]
    pub fn push_intelligent_robot_message(
        &self,
        request: &PushIntelligentRobotMessageRequest,
    ) -> rt::Call<
        PushIntelligentRobotMessageResponseBody,
        PushIntelligentRobotMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushIntelligentRobotMessage",
            rt::Method::Post,
            "/v1.0/dingmi/intelligentRobots/oToMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过服务窗机器人推送单聊消息
    ///
    /// `POST /v1.0/dingmi/officialAccounts/robots/oToMessages/send`: DingTalk's `PushOfficialAccountMessage` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushOfficialAccountMessage")]
    #[doc(alias = "/v1.0/dingmi/officialAccounts/robots/oToMessages/send")]
    #[doc(alias = "POST /v1.0/dingmi/officialAccounts/robots/oToMessages/send")]
    pub fn push_official_account_message(
        &self,
        request: &PushOfficialAccountMessageRequest,
    ) -> rt::Call<
        PushOfficialAccountMessageResponseBody,
        PushOfficialAccountMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushOfficialAccountMessage",
            rt::Method::Post,
            "/v1.0/dingmi/officialAccounts/robots/oToMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过小蜜客服机器人推送单聊消息
    ///
    /// `POST /v1.0/dingmi/robots/oToMessages/send`: DingTalk's `PushRobotMessage` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushRobotMessage")]
    #[doc(alias = "/v1.0/dingmi/robots/oToMessages/send")]
    #[doc(alias = "POST /v1.0/dingmi/robots/oToMessages/send")]
    pub fn push_robot_message(
        &self,
        request: &PushRobotMessageRequest,
    ) -> rt::Call<PushRobotMessageResponseBody, PushRobotMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushRobotMessage",
            rt::Method::Post,
            "/v1.0/dingmi/robots/oToMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 异步回复机器人消息
    ///
    /// `POST /v1.0/dingmi/robots/reply`: DingTalk's `ReplyRobot` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReplyRobot")]
    #[doc(alias = "/v1.0/dingmi/robots/reply")]
    #[doc(alias = "POST /v1.0/dingmi/robots/reply")]
    pub fn reply_robot(
        &self,
        request: &ReplyRobotRequest,
    ) -> rt::Call<ReplyRobotResponseBody, ReplyRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReplyRobot",
            rt::Method::Post,
            "/v1.0/dingmi/robots/reply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新服务窗机器人信息
    ///
    /// `PUT /v1.0/dingmi/officialAccounts/robots`: DingTalk's `UpdateOfficialAccountRobotInfo` (module feature `dingmi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOfficialAccountRobotInfo")]
    #[doc(alias = "/v1.0/dingmi/officialAccounts/robots")]
    #[doc(alias = "PUT /v1.0/dingmi/officialAccounts/robots")]
    pub fn update_official_account_robot_info(
        &self,
        request: &UpdateOfficialAccountRobotInfoRequest,
    ) -> rt::Call<
        UpdateOfficialAccountRobotInfoResponseBody,
        UpdateOfficialAccountRobotInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOfficialAccountRobotInfo",
            rt::Method::Put,
            "/v1.0/dingmi/officialAccounts/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AddRobotInstanceToGroupResponseBody`, a model several operations share: also named [`ReplyRobotResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRobotInstanceToGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddRobotInstanceToGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRobotInstanceToGroupResponseBody { "result" => optional(result) }
}
/// `AskRobotResponseBody`, a model several operations share: also named [`GetIntelligentRobotInfoResponseBody`], [`GetWebChannelUserTokenResponseBody`], [`PushIntelligentRobotGroupMessageResponseBody`], [`PushIntelligentRobotMessageResponseBody`], [`PushRobotMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AskRobotResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    AskRobotResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AskRobotResponseBody { "result" => optional(result) }
}
/// `GetDingMeBaseDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingMeBaseDataResponseBody {
    /// `fromCache`.
    pub from_cache: Option<bool>,
    /// `rawset`.
    pub rawset: Option<Vec<rt::BTreeMap<String, String>>>,
    /// `runtime`.
    pub runtime: Option<i64>,
    /// `tips`.
    pub tips: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetDingMeBaseDataResponseBody { "fromCache" => read_field(from_cache), "rawset" =>
    read_field(rawset), "runtime" => read_field(runtime), "tips" => read_field(tips) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingMeBaseDataResponseBody { "fromCache" => optional(from_cache), "rawset" =>
    optional(rawset), "runtime" => optional(runtime), "tips" => optional(tips) }
}
/// `GetIntelligentRobotInfoResponseBody`: the same model as [`AskRobotResponseBody`].
pub type GetIntelligentRobotInfoResponseBody = AskRobotResponseBody;
/// `GetOfficialAccountRobotInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOfficialAccountRobotInfoResponseBody {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `brief`.
    pub brief: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `previewMediaUrl`.
    pub preview_media_url: Option<String>,
}
rt::impl_deserialize! {
    GetOfficialAccountRobotInfoResponseBody { "appId" => read_field(app_id), "brief" =>
    read_field(brief), "description" => read_field(description), "icon" =>
    read_field(icon), "name" => read_field(name), "previewMediaUrl" =>
    read_field(preview_media_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOfficialAccountRobotInfoResponseBody { "appId" => optional(app_id), "brief" =>
    optional(brief), "description" => optional(description), "icon" => optional(icon),
    "name" => optional(name), "previewMediaUrl" => optional(preview_media_url) }
}
/// `GetWebChannelUserTokenResponseBody`: the same model as [`AskRobotResponseBody`].
pub type GetWebChannelUserTokenResponseBody = AskRobotResponseBody;
/// `PushCustomerGroupMessageResponseBody`, a model several operations share: also named [`PushOfficialAccountMessageResponseBody`], [`UpdateOfficialAccountRobotInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushCustomerGroupMessageResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    PushCustomerGroupMessageResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushCustomerGroupMessageResponseBody { "result" => optional(result) }
}
/// `PushIntelligentRobotGroupMessageResponseBody`: the same model as [`AskRobotResponseBody`].
pub type PushIntelligentRobotGroupMessageResponseBody = AskRobotResponseBody;
/// `PushIntelligentRobotMessageResponseBody`: the same model as [`AskRobotResponseBody`].
pub type PushIntelligentRobotMessageResponseBody = AskRobotResponseBody;
/// `PushOfficialAccountMessageResponseBody`: the same model as [`PushCustomerGroupMessageResponseBody`].
pub type PushOfficialAccountMessageResponseBody = PushCustomerGroupMessageResponseBody;
/// `PushRobotMessageResponseBody`: the same model as [`AskRobotResponseBody`].
pub type PushRobotMessageResponseBody = AskRobotResponseBody;
/// `ReplyRobotResponseBody`: the same model as [`AddRobotInstanceToGroupResponseBody`].
pub type ReplyRobotResponseBody = AddRobotInstanceToGroupResponseBody;
/// `UpdateOfficialAccountRobotInfoResponseBody`: the same model as [`PushCustomerGroupMessageResponseBody`].
pub type UpdateOfficialAccountRobotInfoResponseBody = PushCustomerGroupMessageResponseBody;
/// The request of [`Api::add_robot_instance_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRobotInstanceToGroupRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`AddRobotInstanceToGroupRequest`], each named where it is set: `AddRobotInstanceToGroupRequest::new(AddRobotInstanceToGroupRequired { .. })`.
pub struct AddRobotInstanceToGroupRequired {
    /// `chatbotId`: see [`AddRobotInstanceToGroupRequest::chatbot_id`].
    pub chatbot_id: String,
    /// `openConversationId`: see [`AddRobotInstanceToGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl AddRobotInstanceToGroupRequest {
    /// A `AddRobotInstanceToGroupRequest` with its required fields (`chatbotId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: AddRobotInstanceToGroupRequired) -> Self {
        let AddRobotInstanceToGroupRequired { chatbot_id, open_conversation_id } = required;
        Self {
            chatbot_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    AddRobotInstanceToGroupRequest { "chatbotId" => field(chatbot_id),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRobotInstanceToGroupRequest { "chatbotId" => read_field(chatbot_id),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for AddRobotInstanceToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ask_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AskRobotRequest {
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `question`.
    pub question: String,
    /// `robotAppKey`.
    pub robot_app_key: String,
    /// `sessionUuid`.
    pub session_uuid: Option<String>,
}
/// The required fields of [`AskRobotRequest`], each named where it is set: `AskRobotRequest::new(AskRobotRequired { .. })`.
pub struct AskRobotRequired {
    /// `question`: see [`AskRobotRequest::question`].
    pub question: String,
    /// `robotAppKey`: see [`AskRobotRequest::robot_app_key`].
    pub robot_app_key: String,
}
impl AskRobotRequest {
    /// A `AskRobotRequest` with its required fields (`question`, `robotAppKey`); set the others with the methods named after them.
    pub fn new(required: AskRobotRequired) -> Self {
        let AskRobotRequired { question, robot_app_key } = required;
        Self {
            ding_user_id: None,
            question,
            robot_app_key,
            session_uuid: None,
        }
    }
    /// Sets `dingUserId`.
    pub fn ding_user_id(mut self, value: impl Into<String>) -> Self {
        self.ding_user_id = Some(value.into());
        self
    }
    /// Sets `sessionUuid`.
    pub fn session_uuid(mut self, value: impl Into<String>) -> Self {
        self.session_uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AskRobotRequest { "dingUserId" => optional(ding_user_id), "question" =>
    field(question), "robotAppKey" => field(robot_app_key), "sessionUuid" =>
    optional(session_uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AskRobotRequest { "dingUserId" => read_field(ding_user_id), "question" =>
    read_field(question), "robotAppKey" => read_field(robot_app_key), "sessionUuid" =>
    read_field(session_uuid) }
}
impl rt::WriteRequest for AskRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ding_me_base_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDingMeBaseDataRequest {
    /// `appKey`: a query parameter.
    pub app_key: String,
    /// `byDay`: a query parameter.
    pub by_day: bool,
    /// `endDay`: a query parameter.
    pub end_day: String,
    /// `startDay`: a query parameter.
    pub start_day: String,
}
/// The required fields of [`GetDingMeBaseDataRequest`], each named where it is set: `GetDingMeBaseDataRequest::new(GetDingMeBaseDataRequired { .. })`.
pub struct GetDingMeBaseDataRequired {
    /// `appKey`: see [`GetDingMeBaseDataRequest::app_key`].
    pub app_key: String,
    /// `byDay`: see [`GetDingMeBaseDataRequest::by_day`].
    pub by_day: bool,
    /// `endDay`: see [`GetDingMeBaseDataRequest::end_day`].
    pub end_day: String,
    /// `startDay`: see [`GetDingMeBaseDataRequest::start_day`].
    pub start_day: String,
}
impl GetDingMeBaseDataRequest {
    /// A `GetDingMeBaseDataRequest` with its required fields (`appKey`, `byDay`, `endDay`, `startDay`); set the others with the methods named after them.
    pub fn new(required: GetDingMeBaseDataRequired) -> Self {
        let GetDingMeBaseDataRequired { app_key, by_day, end_day, start_day } = required;
        Self {
            app_key,
            by_day,
            end_day,
            start_day,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDingMeBaseDataRequest { "appKey" => read_field(app_key), "byDay" =>
    read_field(by_day), "endDay" => read_field(end_day), "startDay" =>
    read_field(start_day) }
}
impl rt::WriteRequest for GetDingMeBaseDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appKey", &self.app_key);
        writer.query("byDay", &self.by_day);
        writer.query("endDay", &self.end_day);
        writer.query("startDay", &self.start_day);
    }
}
/// The request of [`Api::get_intelligent_robot_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetIntelligentRobotInfoRequest {
    /// `robotAppKey`: a query parameter.
    pub robot_app_key: String,
}
/// The required fields of [`GetIntelligentRobotInfoRequest`], each named where it is set: `GetIntelligentRobotInfoRequest::new(GetIntelligentRobotInfoRequired { .. })`.
pub struct GetIntelligentRobotInfoRequired {
    /// `robotAppKey`: see [`GetIntelligentRobotInfoRequest::robot_app_key`].
    pub robot_app_key: String,
}
impl GetIntelligentRobotInfoRequest {
    /// A `GetIntelligentRobotInfoRequest` with its required fields (`robotAppKey`); set the others with the methods named after them.
    pub fn new(required: GetIntelligentRobotInfoRequired) -> Self {
        let GetIntelligentRobotInfoRequired { robot_app_key } = required;
        Self { robot_app_key }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetIntelligentRobotInfoRequest { "robotAppKey" => read_field(robot_app_key) }
}
impl rt::WriteRequest for GetIntelligentRobotInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("robotAppKey", &self.robot_app_key);
    }
}
/// The request of [`Api::get_official_account_robot_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOfficialAccountRobotInfoRequest {
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`GetOfficialAccountRobotInfoRequest`], each named where it is set: `GetOfficialAccountRobotInfoRequest::new(GetOfficialAccountRobotInfoRequired { .. })`.
pub struct GetOfficialAccountRobotInfoRequired {
    /// `type`: see [`GetOfficialAccountRobotInfoRequest::r#type`](GetOfficialAccountRobotInfoRequest::type).
    pub r#type: String,
}
impl GetOfficialAccountRobotInfoRequest {
    /// A `GetOfficialAccountRobotInfoRequest` with its required fields (`type`); set the others with the methods named after them.
    pub fn new(required: GetOfficialAccountRobotInfoRequired) -> Self {
        let GetOfficialAccountRobotInfoRequired { r#type } = required;
        Self { r#type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOfficialAccountRobotInfoRequest { "type" => read_field(r#type) }
}
impl rt::WriteRequest for GetOfficialAccountRobotInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::get_web_channel_user_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWebChannelUserTokenRequest {
    /// `foreignId`.
    pub foreign_id: String,
    /// `nick`.
    pub nick: String,
    /// `source`.
    pub source: i64,
}
/// The required fields of [`GetWebChannelUserTokenRequest`], each named where it is set: `GetWebChannelUserTokenRequest::new(GetWebChannelUserTokenRequired { .. })`.
pub struct GetWebChannelUserTokenRequired {
    /// `foreignId`: see [`GetWebChannelUserTokenRequest::foreign_id`].
    pub foreign_id: String,
    /// `nick`: see [`GetWebChannelUserTokenRequest::nick`].
    pub nick: String,
    /// `source`: see [`GetWebChannelUserTokenRequest::source`].
    pub source: i64,
}
impl GetWebChannelUserTokenRequest {
    /// A `GetWebChannelUserTokenRequest` with its required fields (`foreignId`, `nick`, `source`); set the others with the methods named after them.
    pub fn new(required: GetWebChannelUserTokenRequired) -> Self {
        let GetWebChannelUserTokenRequired { foreign_id, nick, source } = required;
        Self { foreign_id, nick, source }
    }
}
rt::impl_serialize! {
    GetWebChannelUserTokenRequest { "foreignId" => field(foreign_id), "nick" =>
    field(nick), "source" => field(source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWebChannelUserTokenRequest { "foreignId" => read_field(foreign_id), "nick" =>
    read_field(nick), "source" => read_field(source) }
}
impl rt::WriteRequest for GetWebChannelUserTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_customer_group_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushCustomerGroupMessageRequest {
    /// `conversationId`.
    pub conversation_id: String,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
}
/// The required fields of [`PushCustomerGroupMessageRequest`], each named where it is set: `PushCustomerGroupMessageRequest::new(PushCustomerGroupMessageRequired { .. })`.
pub struct PushCustomerGroupMessageRequired {
    /// `conversationId`: see [`PushCustomerGroupMessageRequest::conversation_id`].
    pub conversation_id: String,
    /// `msgKey`: see [`PushCustomerGroupMessageRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PushCustomerGroupMessageRequest::msg_param`].
    pub msg_param: String,
}
impl PushCustomerGroupMessageRequest {
    /// A `PushCustomerGroupMessageRequest` with its required fields (`conversationId`, `msgKey`, `msgParam`); set the others with the methods named after them.
    pub fn new(required: PushCustomerGroupMessageRequired) -> Self {
        let PushCustomerGroupMessageRequired { conversation_id, msg_key, msg_param } = required;
        Self {
            conversation_id,
            msg_key,
            msg_param,
        }
    }
}
rt::impl_serialize! {
    PushCustomerGroupMessageRequest { "conversationId" => field(conversation_id),
    "msgKey" => field(msg_key), "msgParam" => field(msg_param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushCustomerGroupMessageRequest { "conversationId" => read_field(conversation_id),
    "msgKey" => read_field(msg_key), "msgParam" => read_field(msg_param) }
}
impl rt::WriteRequest for PushCustomerGroupMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_intelligent_robot_group_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushIntelligentRobotGroupMessageRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`PushIntelligentRobotGroupMessageRequest`], each named where it is set: `PushIntelligentRobotGroupMessageRequest::new(PushIntelligentRobotGroupMessageRequired { .. })`.
pub struct PushIntelligentRobotGroupMessageRequired {
    /// `chatbotId`: see [`PushIntelligentRobotGroupMessageRequest::chatbot_id`].
    pub chatbot_id: String,
    /// `msgKey`: see [`PushIntelligentRobotGroupMessageRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PushIntelligentRobotGroupMessageRequest::msg_param`].
    pub msg_param: String,
    /// `openConversationId`: see [`PushIntelligentRobotGroupMessageRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl PushIntelligentRobotGroupMessageRequest {
    /// A `PushIntelligentRobotGroupMessageRequest` with its required fields (`chatbotId`, `msgKey`, `msgParam`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: PushIntelligentRobotGroupMessageRequired) -> Self {
        let PushIntelligentRobotGroupMessageRequired {
            chatbot_id,
            msg_key,
            msg_param,
            open_conversation_id,
        } = required;
        Self {
            chatbot_id,
            msg_key,
            msg_param,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    PushIntelligentRobotGroupMessageRequest { "chatbotId" => field(chatbot_id), "msgKey"
    => field(msg_key), "msgParam" => field(msg_param), "openConversationId" =>
    field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushIntelligentRobotGroupMessageRequest { "chatbotId" => read_field(chatbot_id),
    "msgKey" => read_field(msg_key), "msgParam" => read_field(msg_param),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for PushIntelligentRobotGroupMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_intelligent_robot_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushIntelligentRobotMessageRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PushIntelligentRobotMessageRequest`], each named where it is set: `PushIntelligentRobotMessageRequest::new(PushIntelligentRobotMessageRequired { .. })`.
pub struct PushIntelligentRobotMessageRequired {
    /// `chatbotId`: see [`PushIntelligentRobotMessageRequest::chatbot_id`].
    pub chatbot_id: String,
    /// `msgKey`: see [`PushIntelligentRobotMessageRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PushIntelligentRobotMessageRequest::msg_param`].
    pub msg_param: String,
    /// `userId`: see [`PushIntelligentRobotMessageRequest::user_id`].
    pub user_id: String,
}
impl PushIntelligentRobotMessageRequest {
    /// A `PushIntelligentRobotMessageRequest` with its required fields (`chatbotId`, `msgKey`, `msgParam`, `userId`); set the others with the methods named after them.
    pub fn new(required: PushIntelligentRobotMessageRequired) -> Self {
        let PushIntelligentRobotMessageRequired {
            chatbot_id,
            msg_key,
            msg_param,
            user_id,
        } = required;
        Self {
            chatbot_id,
            msg_key,
            msg_param,
            user_id,
        }
    }
}
rt::impl_serialize! {
    PushIntelligentRobotMessageRequest { "chatbotId" => field(chatbot_id), "msgKey" =>
    field(msg_key), "msgParam" => field(msg_param), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushIntelligentRobotMessageRequest { "chatbotId" => read_field(chatbot_id), "msgKey"
    => read_field(msg_key), "msgParam" => read_field(msg_param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for PushIntelligentRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_official_account_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushOfficialAccountMessageRequest {
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PushOfficialAccountMessageRequest`], each named where it is set: `PushOfficialAccountMessageRequest::new(PushOfficialAccountMessageRequired { .. })`.
pub struct PushOfficialAccountMessageRequired {
    /// `msgKey`: see [`PushOfficialAccountMessageRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PushOfficialAccountMessageRequest::msg_param`].
    pub msg_param: String,
    /// `userId`: see [`PushOfficialAccountMessageRequest::user_id`].
    pub user_id: String,
}
impl PushOfficialAccountMessageRequest {
    /// A `PushOfficialAccountMessageRequest` with its required fields (`msgKey`, `msgParam`, `userId`); set the others with the methods named after them.
    pub fn new(required: PushOfficialAccountMessageRequired) -> Self {
        let PushOfficialAccountMessageRequired { msg_key, msg_param, user_id } = required;
        Self {
            msg_key,
            msg_param,
            user_id,
        }
    }
}
rt::impl_serialize! {
    PushOfficialAccountMessageRequest { "msgKey" => field(msg_key), "msgParam" =>
    field(msg_param), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushOfficialAccountMessageRequest { "msgKey" => read_field(msg_key), "msgParam" =>
    read_field(msg_param), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PushOfficialAccountMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_robot_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushRobotMessageRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`PushRobotMessageRequest`], each named where it is set: `PushRobotMessageRequest::new(PushRobotMessageRequired { .. })`.
pub struct PushRobotMessageRequired {
    /// `chatbotId`: see [`PushRobotMessageRequest::chatbot_id`].
    pub chatbot_id: String,
    /// `msgKey`: see [`PushRobotMessageRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PushRobotMessageRequest::msg_param`].
    pub msg_param: String,
    /// `userId`: see [`PushRobotMessageRequest::user_id`].
    pub user_id: String,
}
impl PushRobotMessageRequest {
    /// A `PushRobotMessageRequest` with its required fields (`chatbotId`, `msgKey`, `msgParam`, `userId`); set the others with the methods named after them.
    pub fn new(required: PushRobotMessageRequired) -> Self {
        let PushRobotMessageRequired { chatbot_id, msg_key, msg_param, user_id } = required;
        Self {
            chatbot_id,
            msg_key,
            msg_param,
            user_id,
        }
    }
}
rt::impl_serialize! {
    PushRobotMessageRequest { "chatbotId" => field(chatbot_id), "msgKey" =>
    field(msg_key), "msgParam" => field(msg_param), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushRobotMessageRequest { "chatbotId" => read_field(chatbot_id), "msgKey" =>
    read_field(msg_key), "msgParam" => read_field(msg_param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for PushRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::reply_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReplyRobotRequest {
    /// `proxyMessageStr`.
    pub proxy_message_str: String,
}
/// The required fields of [`ReplyRobotRequest`], each named where it is set: `ReplyRobotRequest::new(ReplyRobotRequired { .. })`.
pub struct ReplyRobotRequired {
    /// `proxyMessageStr`: see [`ReplyRobotRequest::proxy_message_str`].
    pub proxy_message_str: String,
}
impl ReplyRobotRequest {
    /// A `ReplyRobotRequest` with its required fields (`proxyMessageStr`); set the others with the methods named after them.
    pub fn new(required: ReplyRobotRequired) -> Self {
        let ReplyRobotRequired { proxy_message_str } = required;
        Self { proxy_message_str }
    }
}
rt::impl_serialize! {
    ReplyRobotRequest { "proxyMessageStr" => field(proxy_message_str) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReplyRobotRequest { "proxyMessageStr" => read_field(proxy_message_str) }
}
impl rt::WriteRequest for ReplyRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_official_account_robot_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOfficialAccountRobotInfoRequest {
    /// `type`: a query parameter.
    pub r#type: String,
    /// `avatar`.
    pub avatar: String,
    /// `brief`.
    pub brief: String,
    /// `description`.
    pub description: String,
    /// `name`.
    pub name: String,
    /// `previewMediaUrl`.
    pub preview_media_url: String,
}
/// The required fields of [`UpdateOfficialAccountRobotInfoRequest`], each named where it is set: `UpdateOfficialAccountRobotInfoRequest::new(UpdateOfficialAccountRobotInfoRequired { .. })`.
pub struct UpdateOfficialAccountRobotInfoRequired {
    /// `type`: see [`UpdateOfficialAccountRobotInfoRequest::r#type`](UpdateOfficialAccountRobotInfoRequest::type).
    pub r#type: String,
    /// `avatar`: see [`UpdateOfficialAccountRobotInfoRequest::avatar`].
    pub avatar: String,
    /// `brief`: see [`UpdateOfficialAccountRobotInfoRequest::brief`].
    pub brief: String,
    /// `description`: see [`UpdateOfficialAccountRobotInfoRequest::description`].
    pub description: String,
    /// `name`: see [`UpdateOfficialAccountRobotInfoRequest::name`].
    pub name: String,
    /// `previewMediaUrl`: see [`UpdateOfficialAccountRobotInfoRequest::preview_media_url`].
    pub preview_media_url: String,
}
impl UpdateOfficialAccountRobotInfoRequest {
    /// A `UpdateOfficialAccountRobotInfoRequest` with its required fields (`type`, `avatar`, `brief`, `description`, `name`, `previewMediaUrl`); set the others with the methods named after them.
    pub fn new(required: UpdateOfficialAccountRobotInfoRequired) -> Self {
        let UpdateOfficialAccountRobotInfoRequired {
            r#type,
            avatar,
            brief,
            description,
            name,
            preview_media_url,
        } = required;
        Self {
            r#type,
            avatar,
            brief,
            description,
            name,
            preview_media_url,
        }
    }
}
rt::impl_serialize! {
    UpdateOfficialAccountRobotInfoRequest { "avatar" => field(avatar), "brief" =>
    field(brief), "description" => field(description), "name" => field(name),
    "previewMediaUrl" => field(preview_media_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOfficialAccountRobotInfoRequest { "type" => read_field(r#type), "avatar" =>
    read_field(avatar), "brief" => read_field(brief), "description" =>
    read_field(description), "name" => read_field(name), "previewMediaUrl" =>
    read_field(preview_media_url) }
}
impl rt::WriteRequest for UpdateOfficialAccountRobotInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("type", &self.r#type);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_robot_instance_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRobotInstanceToGroupError = rt::ServiceError;
/// An error reply of [`Api::ask_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AskRobotError = rt::ServiceError;
/// An error reply of [`Api::get_ding_me_base_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDingMeBaseDataError = rt::ServiceError;
/// An error reply of [`Api::get_intelligent_robot_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIntelligentRobotInfoError = rt::ServiceError;
/// An error reply of [`Api::get_official_account_robot_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOfficialAccountRobotInfoError = rt::ServiceError;
/// An error reply of [`Api::get_web_channel_user_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWebChannelUserTokenError = rt::ServiceError;
/// An error reply of [`Api::push_customer_group_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushCustomerGroupMessageError = rt::ServiceError;
/// An error reply of [`Api::push_intelligent_robot_group_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushIntelligentRobotGroupMessageError = rt::ServiceError;
/// An error reply of [`Api::push_intelligent_robot_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushIntelligentRobotMessageError = rt::ServiceError;
/// An error reply of [`Api::push_official_account_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushOfficialAccountMessageError = rt::ServiceError;
/// An error reply of [`Api::push_robot_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushRobotMessageError = rt::ServiceError;
/// An error reply of [`Api::reply_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReplyRobotError = rt::ServiceError;
/// An error reply of [`Api::update_official_account_robot_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOfficialAccountRobotInfoError = rt::ServiceError;
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
        "AddRobotInstanceToGroup" => {
            rt::conformance::reply(
                    api.add_robot_instance_to_group(&inputs.request(true)?),
                )
                .await
        }
        "AskRobot" => rt::conformance::reply(api.ask_robot(&inputs.request(true)?)).await,
        "GetDingMeBaseData" => {
            rt::conformance::reply(api.get_ding_me_base_data(&inputs.request(false)?))
                .await
        }
        "GetIntelligentRobotInfo" => {
            rt::conformance::reply(
                    api.get_intelligent_robot_info(&inputs.request(false)?),
                )
                .await
        }
        "GetOfficialAccountRobotInfo" => {
            rt::conformance::reply(
                    api.get_official_account_robot_info(&inputs.request(false)?),
                )
                .await
        }
        "GetWebChannelUserToken" => {
            rt::conformance::reply(
                    api.get_web_channel_user_token(&inputs.request(true)?),
                )
                .await
        }
        "PushCustomerGroupMessage" => {
            rt::conformance::reply(
                    api.push_customer_group_message(&inputs.request(true)?),
                )
                .await
        }
        "PushIntelligentRobotGroupMessage" => {
            rt::conformance::reply(
                    api.push_intelligent_robot_group_message(&inputs.request(true)?),
                )
                .await
        }
        "PushIntelligentRobotMessage" => {
            rt::conformance::reply(
                    api.push_intelligent_robot_message(&inputs.request(true)?),
                )
                .await
        }
        "PushOfficialAccountMessage" => {
            rt::conformance::reply(
                    api.push_official_account_message(&inputs.request(true)?),
                )
                .await
        }
        "PushRobotMessage" => {
            rt::conformance::reply(api.push_robot_message(&inputs.request(true)?)).await
        }
        "ReplyRobot" => {
            rt::conformance::reply(api.reply_robot(&inputs.request(true)?)).await
        }
        "UpdateOfficialAccountRobotInfo" => {
            rt::conformance::reply(
                    api.update_official_account_robot_info(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
