// @generated from api-spec/robot_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 机器人 (Robots)：企业机器人的消息与群内安装。
//!
//! 30 operations, methods of [`Api`] (`client.robot_1_0()`), behind the cargo feature `robot_1_0`; its paths start with `/v1.0/robot/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `robot_1_0`. Get it with `client.robot_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 群内安装企业机器人
    ///
    /// `POST /v1.0/robot/groups/orgRobots/add`: DingTalk's `AddOrgRobotInstanceToGroup` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOrgRobotInstanceToGroup")]
    #[doc(alias = "/v1.0/robot/groups/orgRobots/add")]
    #[doc(alias = "POST /v1.0/robot/groups/orgRobots/add")]
    pub fn add_org_robot_instance_to_group(
        &self,
        request: &AddOrgRobotInstanceToGroupRequest,
    ) -> rt::Call<
        AddOrgRobotInstanceToGroupResponseBody,
        AddOrgRobotInstanceToGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOrgRobotInstanceToGroup",
            rt::Method::Post,
            "/v1.0/robot/groups/orgRobots/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询人与机器人会话机器人消息是否已读
    ///
    /// `GET /v1.0/robot/oToMessages/readStatus`: DingTalk's `BatchOTOQuery` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchOTOQuery")]
    #[doc(alias = "/v1.0/robot/oToMessages/readStatus")]
    #[doc(alias = "GET /v1.0/robot/oToMessages/readStatus")]
    pub fn batch_oto_query(
        &self,
        request: &BatchOTOQueryRequest,
    ) -> rt::Call<BatchOTOQueryResponseBody, BatchOTOQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchOTOQuery",
            rt::Method::Get,
            "/v1.0/robot/oToMessages/readStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量撤回群聊机器人消息
    ///
    /// `POST /v1.0/robot/groupMessages/batchRecall`: DingTalk's `BatchRecallGroup` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRecallGroup")]
    #[doc(alias = "/v1.0/robot/groupMessages/batchRecall")]
    #[doc(alias = "POST /v1.0/robot/groupMessages/batchRecall")]
    pub fn batch_recall_group(
        &self,
        request: &BatchRecallGroupRequest,
    ) -> rt::Call<BatchRecallGroupResponseBody, BatchRecallGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRecallGroup",
            rt::Method::Post,
            "/v1.0/robot/groupMessages/batchRecall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量撤回人与机器人会话中机器人消息
    ///
    /// `POST /v1.0/robot/otoMessages/batchRecall`: DingTalk's `BatchRecallOTO` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRecallOTO")]
    #[doc(alias = "/v1.0/robot/otoMessages/batchRecall")]
    #[doc(alias = "POST /v1.0/robot/otoMessages/batchRecall")]
    pub fn batch_recall_oto(
        &self,
        request: &BatchRecallOTORequest,
    ) -> rt::Call<BatchRecallOTOResponseBody, BatchRecallOTOError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRecallOTO",
            rt::Method::Post,
            "/v1.0/robot/otoMessages/batchRecall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量撤回人与人会话中机器人消息
    ///
    /// `POST /v1.0/robot/privateChatMessages/batchRecall`: DingTalk's `BatchRecallPrivateChat` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRecallPrivateChat")]
    #[doc(alias = "/v1.0/robot/privateChatMessages/batchRecall")]
    #[doc(alias = "POST /v1.0/robot/privateChatMessages/batchRecall")]
    pub fn batch_recall_private_chat(
        &self,
        request: &BatchRecallPrivateChatRequest,
    ) -> rt::Call<BatchRecallPrivateChatResponseBody, BatchRecallPrivateChatError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRecallPrivateChat",
            rt::Method::Post,
            "/v1.0/robot/privateChatMessages/batchRecall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量发送人与机器人会话中机器人消息
    ///
    /// `POST /v1.0/robot/oToMessages/batchSend`: DingTalk's `BatchSendOTO` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchSendOTO")]
    #[doc(alias = "/v1.0/robot/oToMessages/batchSend")]
    #[doc(alias = "POST /v1.0/robot/oToMessages/batchSend")]
    pub fn batch_send_oto(
        &self,
        request: &BatchSendOTORequest,
    ) -> rt::Call<BatchSendOTOResponseBody, BatchSendOTOError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchSendOTO",
            rt::Method::Post,
            "/v1.0/robot/oToMessages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 清空单聊机器人快捷入口
    ///
    /// `POST /v1.0/robot/plugins/clear`: DingTalk's `ClearRobotPlugin` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearRobotPlugin")]
    #[doc(alias = "/v1.0/robot/plugins/clear")]
    #[doc(alias = "POST /v1.0/robot/plugins/clear")]
    pub fn clear_robot_plugin(
        &self,
        request: &ClearRobotPluginRequest,
    ) -> rt::Call<ClearRobotPluginResponseBody, ClearRobotPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearRobotPlugin",
            rt::Method::Post,
            "/v1.0/robot/plugins/clear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除自定义机器人
    ///
    /// `POST /v1.0/robot/custom/delete`: DingTalk's `DeleteCustomRobot` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCustomRobot")]
    #[doc(alias = "/v1.0/robot/custom/delete")]
    #[doc(alias = "POST /v1.0/robot/custom/delete")]
    pub fn delete_custom_robot(
        &self,
        request: &DeleteCustomRobotRequest,
    ) -> rt::Call<DeleteCustomRobotResponseBody, DeleteCustomRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCustomRobot",
            rt::Method::Post,
            "/v1.0/robot/custom/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 启用自定义机器人
    ///
    /// `POST /v1.0/robot/custom/enable`: DingTalk's `EnableCustomRobot` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnableCustomRobot")]
    #[doc(alias = "/v1.0/robot/custom/enable")]
    #[doc(alias = "POST /v1.0/robot/custom/enable")]
    pub fn enable_custom_robot(
        &self,
        request: &EnableCustomRobotRequest,
    ) -> rt::Call<EnableCustomRobotResponseBody, EnableCustomRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableCustomRobot",
            rt::Method::Post,
            "/v1.0/robot/custom/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行机器人的AI技能
    ///
    /// `POST /v1.0/robot/aiSkill/execute`: DingTalk's `ExecuteRobotAiSkill` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteRobotAiSkill")]
    #[doc(alias = "/v1.0/robot/aiSkill/execute")]
    #[doc(alias = "POST /v1.0/robot/aiSkill/execute")]
    pub fn execute_robot_ai_skill(
        &self,
        request: &ExecuteRobotAiSkillRequest,
    ) -> rt::Call<ExecuteRobotAiSkillResponseBody, ExecuteRobotAiSkillError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteRobotAiSkill",
            rt::Method::Post,
            "/v1.0/robot/aiSkill/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群内的机器人列表
    ///
    /// `POST /v1.0/robot/groups/robots/query`: DingTalk's `GetBotListInGroup` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetBotListInGroup")]
    #[doc(alias = "/v1.0/robot/groups/robots/query")]
    #[doc(alias = "POST /v1.0/robot/groups/robots/query")]
    pub fn get_bot_list_in_group(
        &self,
        request: &GetBotListInGroupRequest,
    ) -> rt::Call<GetBotListInGroupResponseBody, GetBotListInGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBotListInGroup",
            rt::Method::Post,
            "/v1.0/robot/groups/robots/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 管理机器人启用，停用状态
    ///
    /// `POST /v1.0/robot/statuses/manage`: DingTalk's `ManageSingleChatRobotStatus` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManageSingleChatRobotStatus")]
    #[doc(alias = "/v1.0/robot/statuses/manage")]
    #[doc(alias = "POST /v1.0/robot/statuses/manage")]
    pub fn manage_single_chat_robot_status(
        &self,
        request: &ManageSingleChatRobotStatusRequest,
    ) -> rt::Call<
        ManageSingleChatRobotStatusResponseBody,
        ManageSingleChatRobotStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManageSingleChatRobotStatus",
            rt::Method::Post,
            "/v1.0/robot/statuses/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业机器人群聊消息用户已读状态
    ///
    /// `POST /v1.0/robot/groupMessages/query`: DingTalk's `OrgGroupQuery` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::org_group_query_pages`].
    #[doc(alias = "OrgGroupQuery")]
    #[doc(alias = "/v1.0/robot/groupMessages/query")]
    #[doc(alias = "POST /v1.0/robot/groupMessages/query")]
    pub fn org_group_query(
        &self,
        request: &OrgGroupQueryRequest,
    ) -> rt::Call<OrgGroupQueryResponseBody, OrgGroupQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgGroupQuery",
            rt::Method::Post,
            "/v1.0/robot/groupMessages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业机器人撤回内部群消息
    ///
    /// `POST /v1.0/robot/groupMessages/recall`: DingTalk's `OrgGroupRecall` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrgGroupRecall")]
    #[doc(alias = "/v1.0/robot/groupMessages/recall")]
    #[doc(alias = "POST /v1.0/robot/groupMessages/recall")]
    pub fn org_group_recall(
        &self,
        request: &OrgGroupRecallRequest,
    ) -> rt::Call<OrgGroupRecallResponseBody, OrgGroupRecallError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgGroupRecall",
            rt::Method::Post,
            "/v1.0/robot/groupMessages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人发送群聊消息
    ///
    /// `POST /v1.0/robot/groupMessages/send`: DingTalk's `OrgGroupSend` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrgGroupSend")]
    #[doc(alias = "/v1.0/robot/groupMessages/send")]
    #[doc(alias = "POST /v1.0/robot/groupMessages/send")]
    pub fn org_group_send(
        &self,
        request: &OrgGroupSendRequest,
    ) -> rt::Call<OrgGroupSendResponseBody, OrgGroupSendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgGroupSend",
            rt::Method::Post,
            "/v1.0/robot/groupMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询人与人会话中机器人已读消息
    ///
    /// `POST /v1.0/robot/privateChatMessages/query`: DingTalk's `PrivateChatQuery` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::private_chat_query_pages`].
    #[doc(alias = "PrivateChatQuery")]
    #[doc(alias = "/v1.0/robot/privateChatMessages/query")]
    #[doc(alias = "POST /v1.0/robot/privateChatMessages/query")]
    pub fn private_chat_query(
        &self,
        request: &PrivateChatQueryRequest,
    ) -> rt::Call<PrivateChatQueryResponseBody, PrivateChatQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrivateChatQuery",
            rt::Method::Post,
            "/v1.0/robot/privateChatMessages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人与人会话中机器人发送普通消息
    ///
    /// `POST /v1.0/robot/privateChatMessages/send`: DingTalk's `PrivateChatSend` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PrivateChatSend")]
    #[doc(alias = "/v1.0/robot/privateChatMessages/send")]
    #[doc(alias = "POST /v1.0/robot/privateChatMessages/send")]
    pub fn private_chat_send(
        &self,
        request: &PrivateChatSendRequest,
    ) -> rt::Call<PrivateChatSendResponseBody, PrivateChatSendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PrivateChatSend",
            rt::Method::Post,
            "/v1.0/robot/privateChatMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取机器人所在群信息
    ///
    /// `POST /v1.0/robot/groups/query`: DingTalk's `QueryBotInstanceInGroupInfo` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_bot_instance_in_group_info_pages`].
    #[doc(alias = "QueryBotInstanceInGroupInfo")]
    #[doc(alias = "/v1.0/robot/groups/query")]
    #[doc(alias = "POST /v1.0/robot/groups/query")]
    pub fn query_bot_instance_in_group_info(
        &self,
        request: &QueryBotInstanceInGroupInfoRequest,
    ) -> rt::Call<
        QueryBotInstanceInGroupInfoResponseBody,
        QueryBotInstanceInGroupInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBotInstanceInGroupInfo",
            rt::Method::Post,
            "/v1.0/robot/groups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询机器人DING已读未读状态
    ///
    /// `POST /v1.0/robot/ding/readStatuses/query`: DingTalk's `QueryRobotDingReadStatus` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRobotDingReadStatus")]
    #[doc(alias = "/v1.0/robot/ding/readStatuses/query")]
    #[doc(alias = "POST /v1.0/robot/ding/readStatuses/query")]
    pub fn query_robot_ding_read_status(
        &self,
        request: &QueryRobotDingReadStatusRequest,
    ) -> rt::Call<QueryRobotDingReadStatusResponseBody, QueryRobotDingReadStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRobotDingReadStatus",
            rt::Method::Post,
            "/v1.0/robot/ding/readStatuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取机器人所在群信息
    ///
    /// `POST /v1.0/robot/installed/groups/query`: DingTalk's `QueryRobotInstanceInGroupInfo` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_robot_instance_in_group_info_pages`].
    #[doc(alias = "QueryRobotInstanceInGroupInfo")]
    #[doc(alias = "/v1.0/robot/installed/groups/query")]
    #[doc(alias = "POST /v1.0/robot/installed/groups/query")]
    pub fn query_robot_instance_in_group_info(
        &self,
        request: &QueryRobotInstanceInGroupInfoRequest,
    ) -> rt::Call<
        QueryRobotInstanceInGroupInfoResponseBody,
        QueryRobotInstanceInGroupInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRobotInstanceInGroupInfo",
            rt::Method::Post,
            "/v1.0/robot/installed/groups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询单聊机器人快捷入口
    ///
    /// `POST /v1.0/robot/plugins/query`: DingTalk's `QueryRobotPlugin` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRobotPlugin")]
    #[doc(alias = "/v1.0/robot/plugins/query")]
    #[doc(alias = "POST /v1.0/robot/plugins/query")]
    pub fn query_robot_plugin(
        &self,
        request: &QueryRobotPluginRequest,
    ) -> rt::Call<QueryRobotPluginResponseBody, QueryRobotPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRobotPlugin",
            rt::Method::Post,
            "/v1.0/robot/plugins/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取机器人消息中文件下载链接
    ///
    /// `POST /v1.0/robot/messageFiles/download`: DingTalk's `RobotMessageFileDownload` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotMessageFileDownload")]
    #[doc(alias = "/v1.0/robot/messageFiles/download")]
    #[doc(alias = "POST /v1.0/robot/messageFiles/download")]
    pub fn robot_message_file_download(
        &self,
        request: &RobotMessageFileDownloadRequest,
    ) -> rt::Call<RobotMessageFileDownloadResponseBody, RobotMessageFileDownloadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotMessageFileDownload",
            rt::Method::Post,
            "/v1.0/robot/messageFiles/download",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回已经发送的DING消息
    ///
    /// `POST /v1.0/robot/ding/recall`: DingTalk's `RobotRecallDing` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotRecallDing")]
    #[doc(alias = "/v1.0/robot/ding/recall")]
    #[doc(alias = "POST /v1.0/robot/ding/recall")]
    pub fn robot_recall_ding(
        &self,
        request: &RobotRecallDingRequest,
    ) -> rt::Call<RobotRecallDingResponseBody, RobotRecallDingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotRecallDing",
            rt::Method::Post,
            "/v1.0/robot/ding/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人撤回贴表情
    ///
    /// `POST /v1.0/robot/emotion/recall`: DingTalk's `RobotRecallEmotion` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotRecallEmotion")]
    #[doc(alias = "/v1.0/robot/emotion/recall")]
    #[doc(alias = "POST /v1.0/robot/emotion/recall")]
    pub fn robot_recall_emotion(
        &self,
        request: &RobotRecallEmotionRequest,
    ) -> rt::Call<RobotRecallEmotionResponseBody, RobotRecallEmotionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotRecallEmotion",
            rt::Method::Post,
            "/v1.0/robot/emotion/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人贴表情
    ///
    /// `POST /v1.0/robot/emotion/reply`: DingTalk's `RobotReplyEmotion` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotReplyEmotion")]
    #[doc(alias = "/v1.0/robot/emotion/reply")]
    #[doc(alias = "POST /v1.0/robot/emotion/reply")]
    pub fn robot_reply_emotion(
        &self,
        request: &RobotReplyEmotionRequest,
    ) -> rt::Call<RobotReplyEmotionResponseBody, RobotReplyEmotionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotReplyEmotion",
            rt::Method::Post,
            "/v1.0/robot/emotion/reply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送DING消息
    ///
    /// `POST /v1.0/robot/ding/send`: DingTalk's `RobotSendDing` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotSendDing")]
    #[doc(alias = "/v1.0/robot/ding/send")]
    #[doc(alias = "POST /v1.0/robot/ding/send")]
    pub fn robot_send_ding(
        &self,
        request: &RobotSendDingRequest,
    ) -> rt::Call<RobotSendDingResponseBody, RobotSendDingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotSendDing",
            rt::Method::Post,
            "/v1.0/robot/ding/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人发送DING消息
    ///
    /// `POST /v1.0/robot/dingMessages/send`: DingTalk's `SendRobotDingMessage` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendRobotDingMessage")]
    #[doc(alias = "/v1.0/robot/dingMessages/send")]
    #[doc(alias = "POST /v1.0/robot/dingMessages/send")]
    pub fn send_robot_ding_message(
        &self,
        request: &SendRobotDingMessageRequest,
    ) -> rt::Call<SendRobotDingMessageResponseBody, SendRobotDingMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendRobotDingMessage",
            rt::Method::Post,
            "/v1.0/robot/dingMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置单聊机器人快捷入口
    ///
    /// `POST /v1.0/robot/plugins/set`: DingTalk's `SetRobotPlugin` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRobotPlugin")]
    #[doc(alias = "/v1.0/robot/plugins/set")]
    #[doc(alias = "POST /v1.0/robot/plugins/set")]
    pub fn set_robot_plugin(
        &self,
        request: &SetRobotPluginRequest,
    ) -> rt::Call<SetRobotPluginResponseBody, SetRobotPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRobotPlugin",
            rt::Method::Post,
            "/v1.0/robot/plugins/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新自定义机器人回调地址
    ///
    /// `POST /v1.0/robot/custom/outgoing/update`: DingTalk's `UpdateCustomRobotOutgoing` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCustomRobotOutgoing")]
    #[doc(alias = "/v1.0/robot/custom/outgoing/update")]
    #[doc(alias = "POST /v1.0/robot/custom/outgoing/update")]
    pub fn update_custom_robot_outgoing(
        &self,
        request: &UpdateCustomRobotOutgoingRequest,
    ) -> rt::Call<
        UpdateCustomRobotOutgoingResponseBody,
        UpdateCustomRobotOutgoingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomRobotOutgoing",
            rt::Method::Post,
            "/v1.0/robot/custom/outgoing/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新安装到组织的机器人信息
    ///
    /// `PUT /v1.0/robot/managements/infos`: DingTalk's `UpdateInstalledRobot` (module feature `robot_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInstalledRobot")]
    #[doc(alias = "/v1.0/robot/managements/infos")]
    #[doc(alias = "PUT /v1.0/robot/managements/infos")]
    pub fn update_installed_robot(
        &self,
        request: &UpdateInstalledRobotRequest,
    ) -> rt::Call<UpdateInstalledRobotResponseBody, UpdateInstalledRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInstalledRobot",
            rt::Method::Put,
            "/v1.0/robot/managements/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::org_group_query`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`.
    pub fn org_group_query_pages(
        &self,
        request: &OrgGroupQueryRequest,
    ) -> rt::Paginator<OrgGroupQueryResponseBody, OrgGroupQueryError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.org_group_query(request), &PAGING)
    }
    /// Every page of [`Api::private_chat_query`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `readUserIds` of each page.
    pub fn private_chat_query_pages(
        &self,
        request: &PrivateChatQueryRequest,
    ) -> rt::Paginator<PrivateChatQueryResponseBody, PrivateChatQueryError, String> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["readUserIds"],
        );
        rt::Paginator::new(self.private_chat_query(request), &PAGING)
    }
    /// Every page of [`Api::query_bot_instance_in_group_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `openConversationIds` of each page.
    pub fn query_bot_instance_in_group_info_pages(
        &self,
        request: &QueryBotInstanceInGroupInfoRequest,
    ) -> rt::Paginator<
        QueryBotInstanceInGroupInfoResponseBody,
        QueryBotInstanceInGroupInfoError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["openConversationIds"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_bot_instance_in_group_info(request), &PAGING)
    }
    /// Every page of [`Api::query_robot_instance_in_group_info`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `openConversationIds` of each page.
    pub fn query_robot_instance_in_group_info_pages(
        &self,
        request: &QueryRobotInstanceInGroupInfoRequest,
    ) -> rt::Paginator<
        QueryRobotInstanceInGroupInfoResponseBody,
        QueryRobotInstanceInGroupInfoError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["openConversationIds"],
        );
        rt::Paginator::new(self.query_robot_instance_in_group_info(request), &PAGING)
    }
}
/// `AddOrgRobotInstanceToGroupResponseBody`, a model several operations share: also named [`ClearRobotPluginResponseBody`], [`DeleteCustomRobotResponseBody`], [`EnableCustomRobotResponseBody`], [`ManageSingleChatRobotStatusResponseBody`], [`SetRobotPluginResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOrgRobotInstanceToGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddOrgRobotInstanceToGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOrgRobotInstanceToGroupResponseBody { "result" => optional(result) }
}
/// `BatchOTOQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchOTOQueryResponseBody {
    /// `messageReadInfoList`.
    pub message_read_info_list: Option<
        Vec<BatchOTOQueryResponseBodyMessageReadInfoList>,
    >,
    /// `sendStatus`.
    pub send_status: Option<String>,
}
rt::impl_deserialize! {
    BatchOTOQueryResponseBody { "messageReadInfoList" =>
    read_field(message_read_info_list), "sendStatus" => read_field(send_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchOTOQueryResponseBody { "messageReadInfoList" =>
    optional(message_read_info_list), "sendStatus" => optional(send_status) }
}
/// `BatchRecallGroupResponseBody`, a model several operations share: also named [`BatchRecallPrivateChatResponseBody`], [`OrgGroupRecallResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchRecallGroupResponseBody {
    /// `failedResult`.
    pub failed_result: Option<rt::BTreeMap<String, String>>,
    /// `successResult`.
    pub success_result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchRecallGroupResponseBody { "failedResult" => read_field(failed_result),
    "successResult" => read_field(success_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchRecallGroupResponseBody { "failedResult" => optional(failed_result),
    "successResult" => optional(success_result) }
}
/// `BatchRecallOTOResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchRecallOTOResponseBody {
    /// `failedResult`.
    pub failed_result: Option<rt::BTreeMap<String, String>>,
    /// `successResult`.
    pub success_result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchRecallOTOResponseBody { "failedResult" => read_field(failed_result),
    "successResult" => read_field(success_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchRecallOTOResponseBody { "failedResult" => optional(failed_result),
    "successResult" => optional(success_result) }
}
/// `BatchRecallPrivateChatResponseBody`: the same model as [`BatchRecallGroupResponseBody`].
pub type BatchRecallPrivateChatResponseBody = BatchRecallGroupResponseBody;
/// `BatchSendOTOResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchSendOTOResponseBody {
    /// `filteredStaffIdList`.
    pub filtered_staff_id_list: Option<Vec<String>>,
    /// `flowControlledStaffIdList`.
    pub flow_controlled_staff_id_list: Option<Vec<String>>,
    /// `invalidStaffIdList`.
    pub invalid_staff_id_list: Option<Vec<String>>,
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
rt::impl_deserialize! {
    BatchSendOTOResponseBody { "filteredStaffIdList" =>
    read_field(filtered_staff_id_list), "flowControlledStaffIdList" =>
    read_field(flow_controlled_staff_id_list), "invalidStaffIdList" =>
    read_field(invalid_staff_id_list), "processQueryKey" => read_field(process_query_key)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchSendOTOResponseBody { "filteredStaffIdList" => optional(filtered_staff_id_list),
    "flowControlledStaffIdList" => optional(flow_controlled_staff_id_list),
    "invalidStaffIdList" => optional(invalid_staff_id_list), "processQueryKey" =>
    optional(process_query_key) }
}
/// `ClearRobotPluginResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type ClearRobotPluginResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `DeleteCustomRobotResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type DeleteCustomRobotResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `EnableCustomRobotResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type EnableCustomRobotResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `ExecuteRobotAiSkillResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteRobotAiSkillResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `skillExecuteId`.
    pub skill_execute_id: Option<String>,
}
rt::impl_deserialize! {
    ExecuteRobotAiSkillResponseBody { "result" => read_field(result), "skillExecuteId" =>
    read_field(skill_execute_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteRobotAiSkillResponseBody { "result" => optional(result), "skillExecuteId" =>
    optional(skill_execute_id) }
}
/// `GetBotListInGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBotListInGroupResponseBody {
    /// `chatbotInstanceVOList`.
    pub chatbot_instance_vo_list: Option<
        Vec<GetBotListInGroupResponseBodyChatbotInstanceVOList>,
    >,
}
rt::impl_deserialize! {
    GetBotListInGroupResponseBody { "chatbotInstanceVOList" =>
    read_field(chatbot_instance_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBotListInGroupResponseBody { "chatbotInstanceVOList" =>
    optional(chatbot_instance_vo_list) }
}
/// `ManageSingleChatRobotStatusResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type ManageSingleChatRobotStatusResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `OrgGroupQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgGroupQueryResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `readUserIds`.
    pub read_user_ids: Option<Vec<String>>,
    /// `readUsers`.
    pub read_users: Option<Vec<OrgGroupQueryResponseBodyReadUsers>>,
    /// `sendStatus`.
    pub send_status: Option<String>,
}
rt::impl_deserialize! {
    OrgGroupQueryResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "readUserIds" => read_field(read_user_ids), "readUsers" =>
    read_field(read_users), "sendStatus" => read_field(send_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrgGroupQueryResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "readUserIds" => optional(read_user_ids), "readUsers" =>
    optional(read_users), "sendStatus" => optional(send_status) }
}
/// `OrgGroupRecallResponseBody`: the same model as [`BatchRecallGroupResponseBody`].
pub type OrgGroupRecallResponseBody = BatchRecallGroupResponseBody;
/// `OrgGroupSendResponseBody`, a model several operations share: also named [`PrivateChatSendResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgGroupSendResponseBody {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
rt::impl_deserialize! {
    OrgGroupSendResponseBody { "processQueryKey" => read_field(process_query_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrgGroupSendResponseBody { "processQueryKey" => optional(process_query_key) }
}
/// `PrivateChatQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrivateChatQueryResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `readUserIds`.
    pub read_user_ids: Option<Vec<String>>,
    /// `sendStatus`.
    pub send_status: Option<String>,
}
rt::impl_deserialize! {
    PrivateChatQueryResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "readUserIds" => read_field(read_user_ids), "sendStatus" =>
    read_field(send_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrivateChatQueryResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "readUserIds" => optional(read_user_ids), "sendStatus" =>
    optional(send_status) }
}
/// `PrivateChatSendResponseBody`: the same model as [`OrgGroupSendResponseBody`].
pub type PrivateChatSendResponseBody = OrgGroupSendResponseBody;
/// `QueryBotInstanceInGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBotInstanceInGroupInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryBotInstanceInGroupInfoResponseBody { "hasMore" => read_field(has_more),
    "openConversationIds" => read_field(open_conversation_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBotInstanceInGroupInfoResponseBody { "hasMore" => optional(has_more),
    "openConversationIds" => optional(open_conversation_ids) }
}
/// `QueryRobotDingReadStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryRobotDingReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryRobotDingReadStatusResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotDingReadStatusResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryRobotInstanceInGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotInstanceInGroupInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryRobotInstanceInGroupInfoResponseBody { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "openConversationIds" =>
    read_field(open_conversation_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotInstanceInGroupInfoResponseBody { "hasMore" => optional(has_more),
    "nextToken" => optional(next_token), "openConversationIds" =>
    optional(open_conversation_ids) }
}
/// `QueryRobotPluginResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotPluginResponseBody {
    /// `pluginInfoList`.
    pub plugin_info_list: Option<Vec<QueryRobotPluginResponseBodyPluginInfoList>>,
}
rt::impl_deserialize! {
    QueryRobotPluginResponseBody { "pluginInfoList" => read_field(plugin_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotPluginResponseBody { "pluginInfoList" => optional(plugin_info_list) }
}
/// `RobotMessageFileDownloadResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotMessageFileDownloadResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
}
rt::impl_deserialize! {
    RobotMessageFileDownloadResponseBody { "downloadUrl" => read_field(download_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RobotMessageFileDownloadResponseBody { "downloadUrl" => optional(download_url) }
}
/// `RobotRecallDingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotRecallDingResponseBody {
    /// `openDingId`.
    pub open_ding_id: Option<String>,
}
rt::impl_deserialize! {
    RobotRecallDingResponseBody { "openDingId" => read_field(open_ding_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RobotRecallDingResponseBody { "openDingId" => optional(open_ding_id) }
}
/// `RobotRecallEmotionRequestTextEmotion`, a model several operations share: also named [`RobotReplyEmotionRequestTextEmotion`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RobotRecallEmotionRequestTextEmotion {
    /// `backgroundId`.
    pub background_id: Option<String>,
    /// `emotionId`.
    pub emotion_id: Option<String>,
    /// `emotionName`.
    pub emotion_name: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl RobotRecallEmotionRequestTextEmotion {
    /// An empty `RobotRecallEmotionRequestTextEmotion`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `backgroundId`.
    pub fn background_id(mut self, value: impl Into<String>) -> Self {
        self.background_id = Some(value.into());
        self
    }
    /// Sets `emotionId`.
    pub fn emotion_id(mut self, value: impl Into<String>) -> Self {
        self.emotion_id = Some(value.into());
        self
    }
    /// Sets `emotionName`.
    pub fn emotion_name(mut self, value: impl Into<String>) -> Self {
        self.emotion_name = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotRecallEmotionRequestTextEmotion { "backgroundId" => optional(background_id),
    "emotionId" => optional(emotion_id), "emotionName" => optional(emotion_name), "text"
    => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotRecallEmotionRequestTextEmotion { "backgroundId" => read_field(background_id),
    "emotionId" => read_field(emotion_id), "emotionName" => read_field(emotion_name),
    "text" => read_field(text) }
}
/// `RobotRecallEmotionResponseBody`, a model several operations share: also named [`RobotReplyEmotionResponseBody`], [`UpdateInstalledRobotResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotRecallEmotionResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RobotRecallEmotionResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RobotRecallEmotionResponseBody { "success" => optional(success) }
}
/// `RobotReplyEmotionRequestTextEmotion`: the same model as [`RobotRecallEmotionRequestTextEmotion`].
pub type RobotReplyEmotionRequestTextEmotion = RobotRecallEmotionRequestTextEmotion;
/// `RobotReplyEmotionResponseBody`: the same model as [`RobotRecallEmotionResponseBody`].
pub type RobotReplyEmotionResponseBody = RobotRecallEmotionResponseBody;
/// `RobotSendDingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotSendDingResponseBody {
    /// `failedList`.
    pub failed_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `openDingId`.
    pub open_ding_id: Option<String>,
}
rt::impl_deserialize! {
    RobotSendDingResponseBody { "failedList" => read_field(failed_list), "openDingId" =>
    read_field(open_ding_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RobotSendDingResponseBody { "failedList" => optional(failed_list), "openDingId" =>
    optional(open_ding_id) }
}
/// `SendRobotDingMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendRobotDingMessageResponseBody {
    /// `dingSendResultId`.
    pub ding_send_result_id: Option<String>,
}
rt::impl_deserialize! {
    SendRobotDingMessageResponseBody { "dingSendResultId" =>
    read_field(ding_send_result_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendRobotDingMessageResponseBody { "dingSendResultId" =>
    optional(ding_send_result_id) }
}
/// `SetRobotPluginRequestPluginInfoList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetRobotPluginRequestPluginInfoList {
    /// `icon`.
    pub icon: String,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `name`.
    pub name: String,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
/// The required fields of [`SetRobotPluginRequestPluginInfoList`], each named where it is set: `SetRobotPluginRequestPluginInfoList::new(SetRobotPluginRequestPluginInfoListRequired { .. })`.
pub struct SetRobotPluginRequestPluginInfoListRequired {
    /// `icon`: see [`SetRobotPluginRequestPluginInfoList::icon`].
    pub icon: String,
    /// `name`: see [`SetRobotPluginRequestPluginInfoList::name`].
    pub name: String,
}
impl SetRobotPluginRequestPluginInfoList {
    /// A `SetRobotPluginRequestPluginInfoList` with its required fields (`icon`, `name`); set the others with the methods named after them.
    pub fn new(required: SetRobotPluginRequestPluginInfoListRequired) -> Self {
        let SetRobotPluginRequestPluginInfoListRequired { icon, name } = required;
        Self {
            icon,
            mobile_url: None,
            name,
            pc_url: None,
        }
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
}
rt::impl_serialize! {
    SetRobotPluginRequestPluginInfoList { "icon" => field(icon), "mobileUrl" =>
    optional(mobile_url), "name" => field(name), "pcUrl" => optional(pc_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRobotPluginRequestPluginInfoList { "icon" => read_field(icon), "mobileUrl" =>
    read_field(mobile_url), "name" => read_field(name), "pcUrl" => read_field(pc_url) }
}
/// `SetRobotPluginResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type SetRobotPluginResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `UpdateCustomRobotOutgoingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCustomRobotOutgoingResponseBody {
    /// `originalUrl`.
    pub original_url: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `targetUrl`.
    pub target_url: Option<String>,
}
rt::impl_deserialize! {
    UpdateCustomRobotOutgoingResponseBody { "originalUrl" => read_field(original_url),
    "result" => read_field(result), "targetUrl" => read_field(target_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCustomRobotOutgoingResponseBody { "originalUrl" => optional(original_url),
    "result" => optional(result), "targetUrl" => optional(target_url) }
}
/// `UpdateInstalledRobotResponseBody`: the same model as [`RobotRecallEmotionResponseBody`].
pub type UpdateInstalledRobotResponseBody = RobotRecallEmotionResponseBody;
/// `BatchOTOQueryResponseBodyMessageReadInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchOTOQueryResponseBodyMessageReadInfoList {
    /// `name`.
    pub name: Option<String>,
    /// `readStatus`.
    pub read_status: Option<String>,
    /// `readTimestamp`.
    pub read_timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    BatchOTOQueryResponseBodyMessageReadInfoList { "name" => read_field(name),
    "readStatus" => read_field(read_status), "readTimestamp" =>
    read_field(read_timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchOTOQueryResponseBodyMessageReadInfoList { "name" => optional(name), "readStatus"
    => optional(read_status), "readTimestamp" => optional(read_timestamp), "userId" =>
    optional(user_id) }
}
/// `GetBotListInGroupResponseBodyChatbotInstanceVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBotListInGroupResponseBodyChatbotInstanceVOList {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `downloadIconURL`.
    pub download_icon_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `openRobotType`.
    pub open_robot_type: Option<i64>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
rt::impl_deserialize! {
    GetBotListInGroupResponseBodyChatbotInstanceVOList { "creatorUserId" =>
    read_field(creator_user_id), "downloadIconURL" => read_field(download_icon_url),
    "name" => read_field(name), "openRobotType" => read_field(open_robot_type),
    "robotCode" => read_field(robot_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBotListInGroupResponseBodyChatbotInstanceVOList { "creatorUserId" =>
    optional(creator_user_id), "downloadIconURL" => optional(download_icon_url), "name"
    => optional(name), "openRobotType" => optional(open_robot_type), "robotCode" =>
    optional(robot_code) }
}
/// `OrgGroupQueryResponseBodyReadUsers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgGroupQueryResponseBodyReadUsers {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    OrgGroupQueryResponseBodyReadUsers { "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrgGroupQueryResponseBodyReadUsers { "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `QueryRobotDingReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBodyResult {
    /// `robotDingReadInfoList`.
    pub robot_ding_read_info_list: Option<
        Vec<QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList>,
    >,
}
rt::impl_deserialize! {
    QueryRobotDingReadStatusResponseBodyResult { "robotDingReadInfoList" =>
    read_field(robot_ding_read_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotDingReadStatusResponseBodyResult { "robotDingReadInfoList" =>
    optional(robot_ding_read_info_list) }
}
/// `QueryRobotPluginResponseBodyPluginInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotPluginResponseBodyPluginInfoList {
    /// `icon`.
    pub icon: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
rt::impl_deserialize! {
    QueryRobotPluginResponseBodyPluginInfoList { "icon" => read_field(icon), "mobileUrl"
    => read_field(mobile_url), "name" => read_field(name), "pcUrl" => read_field(pc_url)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotPluginResponseBodyPluginInfoList { "icon" => optional(icon), "mobileUrl" =>
    optional(mobile_url), "name" => optional(name), "pcUrl" => optional(pc_url) }
}
/// `QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
    /// `readStatus`.
    pub read_status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList { "readStatus" =>
    read_field(read_status), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList { "readStatus" =>
    optional(read_status), "userId" => optional(user_id) }
}
/// The request of [`Api::add_org_robot_instance_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddOrgRobotInstanceToGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`AddOrgRobotInstanceToGroupRequest`], each named where it is set: `AddOrgRobotInstanceToGroupRequest::new(AddOrgRobotInstanceToGroupRequired { .. })`.
pub struct AddOrgRobotInstanceToGroupRequired {
    /// `openConversationId`: see [`AddOrgRobotInstanceToGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `robotCode`: see [`AddOrgRobotInstanceToGroupRequest::robot_code`].
    pub robot_code: String,
}
impl AddOrgRobotInstanceToGroupRequest {
    /// A `AddOrgRobotInstanceToGroupRequest` with its required fields (`openConversationId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: AddOrgRobotInstanceToGroupRequired) -> Self {
        let AddOrgRobotInstanceToGroupRequired { open_conversation_id, robot_code } = required;
        Self {
            open_conversation_id,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    AddOrgRobotInstanceToGroupRequest { "openConversationId" =>
    field(open_conversation_id), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOrgRobotInstanceToGroupRequest { "openConversationId" =>
    read_field(open_conversation_id), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for AddOrgRobotInstanceToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_oto_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchOTOQueryRequest {
    /// `processQueryKey`: a query parameter.
    pub process_query_key: String,
    /// `robotCode`: a query parameter.
    pub robot_code: String,
}
/// The required fields of [`BatchOTOQueryRequest`], each named where it is set: `BatchOTOQueryRequest::new(BatchOTOQueryRequired { .. })`.
pub struct BatchOTOQueryRequired {
    /// `processQueryKey`: see [`BatchOTOQueryRequest::process_query_key`].
    pub process_query_key: String,
    /// `robotCode`: see [`BatchOTOQueryRequest::robot_code`].
    pub robot_code: String,
}
impl BatchOTOQueryRequest {
    /// A `BatchOTOQueryRequest` with its required fields (`processQueryKey`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: BatchOTOQueryRequired) -> Self {
        let BatchOTOQueryRequired { process_query_key, robot_code } = required;
        Self {
            process_query_key,
            robot_code,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchOTOQueryRequest { "processQueryKey" => read_field(process_query_key),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for BatchOTOQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processQueryKey", &self.process_query_key);
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::batch_recall_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallGroupRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
}
/// The required fields of [`BatchRecallGroupRequest`], each named where it is set: `BatchRecallGroupRequest::new(BatchRecallGroupRequired { .. })`.
pub struct BatchRecallGroupRequired {
    /// `chatbotId`: see [`BatchRecallGroupRequest::chatbot_id`].
    pub chatbot_id: String,
    /// `openConversationId`: see [`BatchRecallGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `processQueryKeys`: see [`BatchRecallGroupRequest::process_query_keys`].
    pub process_query_keys: Vec<String>,
}
impl BatchRecallGroupRequest {
    /// A `BatchRecallGroupRequest` with its required fields (`chatbotId`, `openConversationId`, `processQueryKeys`); set the others with the methods named after them.
    pub fn new(required: BatchRecallGroupRequired) -> Self {
        let BatchRecallGroupRequired {
            chatbot_id,
            open_conversation_id,
            process_query_keys,
        } = required;
        Self {
            chatbot_id,
            open_conversation_id,
            process_query_keys,
        }
    }
}
rt::impl_serialize! {
    BatchRecallGroupRequest { "chatbotId" => field(chatbot_id), "openConversationId" =>
    field(open_conversation_id), "processQueryKeys" => field(process_query_keys) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRecallGroupRequest { "chatbotId" => read_field(chatbot_id), "openConversationId"
    => read_field(open_conversation_id), "processQueryKeys" =>
    read_field(process_query_keys) }
}
impl rt::WriteRequest for BatchRecallGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_recall_oto`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallOTORequest {
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`BatchRecallOTORequest`], each named where it is set: `BatchRecallOTORequest::new(BatchRecallOTORequired { .. })`.
pub struct BatchRecallOTORequired {
    /// `processQueryKeys`: see [`BatchRecallOTORequest::process_query_keys`].
    pub process_query_keys: Vec<String>,
    /// `robotCode`: see [`BatchRecallOTORequest::robot_code`].
    pub robot_code: String,
}
impl BatchRecallOTORequest {
    /// A `BatchRecallOTORequest` with its required fields (`processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: BatchRecallOTORequired) -> Self {
        let BatchRecallOTORequired { process_query_keys, robot_code } = required;
        Self {
            process_query_keys,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    BatchRecallOTORequest { "processQueryKeys" => field(process_query_keys), "robotCode"
    => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRecallOTORequest { "processQueryKeys" => read_field(process_query_keys),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for BatchRecallOTORequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_recall_private_chat`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallPrivateChatRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`BatchRecallPrivateChatRequest`], each named where it is set: `BatchRecallPrivateChatRequest::new(BatchRecallPrivateChatRequired { .. })`.
pub struct BatchRecallPrivateChatRequired {
    /// `openConversationId`: see [`BatchRecallPrivateChatRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `processQueryKeys`: see [`BatchRecallPrivateChatRequest::process_query_keys`].
    pub process_query_keys: Vec<String>,
    /// `robotCode`: see [`BatchRecallPrivateChatRequest::robot_code`].
    pub robot_code: String,
}
impl BatchRecallPrivateChatRequest {
    /// A `BatchRecallPrivateChatRequest` with its required fields (`openConversationId`, `processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: BatchRecallPrivateChatRequired) -> Self {
        let BatchRecallPrivateChatRequired {
            open_conversation_id,
            process_query_keys,
            robot_code,
        } = required;
        Self {
            open_conversation_id,
            process_query_keys,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    BatchRecallPrivateChatRequest { "openConversationId" => field(open_conversation_id),
    "processQueryKeys" => field(process_query_keys), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRecallPrivateChatRequest { "openConversationId" =>
    read_field(open_conversation_id), "processQueryKeys" =>
    read_field(process_query_keys), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for BatchRecallPrivateChatRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send_oto`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOTORequest {
    /// 消息模板的 key，如 sampleText、sampleMarkdown、sampleImageMsg(图片)、sampleAudio(语音)、sampleFile(文件)。
    pub msg_key: String,
    /// 消息模板的参数，一个 JSON 对象的文本。图片 sampleImageMsg: `{"photoURL":"<图片 URL 或 media_id>"}`;语音 sampleAudio: `{"mediaId":"<media_id>","duration":"<毫秒>"}`;文件 sampleFile: `{"mediaId":"<media_id>","fileName":"<文件名>","fileType":"<扩展名>"}`。media_id 由 `oapi_media` 的 UploadMedia(`/media/upload`)上传文件得到。
    pub msg_param: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`BatchSendOTORequest`], each named where it is set: `BatchSendOTORequest::new(BatchSendOTORequired { .. })`.
pub struct BatchSendOTORequired {
    /// `msgKey`: see [`BatchSendOTORequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`BatchSendOTORequest::msg_param`].
    pub msg_param: String,
    /// `robotCode`: see [`BatchSendOTORequest::robot_code`].
    pub robot_code: String,
    /// `userIds`: see [`BatchSendOTORequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl BatchSendOTORequest {
    /// A `BatchSendOTORequest` with its required fields (`msgKey`, `msgParam`, `robotCode`, `userIds`); set the others with the methods named after them.
    pub fn new(required: BatchSendOTORequired) -> Self {
        let BatchSendOTORequired { msg_key, msg_param, robot_code, user_ids } = required;
        Self {
            msg_key,
            msg_param,
            robot_code,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    BatchSendOTORequest { "msgKey" => field(msg_key), "msgParam" => field(msg_param),
    "robotCode" => field(robot_code), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendOTORequest { "msgKey" => read_field(msg_key), "msgParam" =>
    read_field(msg_param), "robotCode" => read_field(robot_code), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for BatchSendOTORequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_robot_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearRobotPluginRequest {
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`ClearRobotPluginRequest`], each named where it is set: `ClearRobotPluginRequest::new(ClearRobotPluginRequired { .. })`.
pub struct ClearRobotPluginRequired {
    /// `robotCode`: see [`ClearRobotPluginRequest::robot_code`].
    pub robot_code: String,
}
impl ClearRobotPluginRequest {
    /// A `ClearRobotPluginRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(required: ClearRobotPluginRequired) -> Self {
        let ClearRobotPluginRequired { robot_code } = required;
        Self { robot_code }
    }
}
rt::impl_serialize! {
    ClearRobotPluginRequest { "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearRobotPluginRequest { "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for ClearRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_custom_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCustomRobotRequest {
    /// `actionType`.
    pub action_type: String,
    /// `sendNotification`.
    pub send_notification: bool,
    /// `token`.
    pub token: String,
}
/// The required fields of [`DeleteCustomRobotRequest`], each named where it is set: `DeleteCustomRobotRequest::new(DeleteCustomRobotRequired { .. })`.
pub struct DeleteCustomRobotRequired {
    /// `actionType`: see [`DeleteCustomRobotRequest::action_type`].
    pub action_type: String,
    /// `sendNotification`: see [`DeleteCustomRobotRequest::send_notification`].
    pub send_notification: bool,
    /// `token`: see [`DeleteCustomRobotRequest::token`].
    pub token: String,
}
impl DeleteCustomRobotRequest {
    /// A `DeleteCustomRobotRequest` with its required fields (`actionType`, `sendNotification`, `token`); set the others with the methods named after them.
    pub fn new(required: DeleteCustomRobotRequired) -> Self {
        let DeleteCustomRobotRequired { action_type, send_notification, token } = required;
        Self {
            action_type,
            send_notification,
            token,
        }
    }
}
rt::impl_serialize! {
    DeleteCustomRobotRequest { "actionType" => field(action_type), "sendNotification" =>
    field(send_notification), "token" => field(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCustomRobotRequest { "actionType" => read_field(action_type),
    "sendNotification" => read_field(send_notification), "token" => read_field(token) }
}
impl rt::WriteRequest for DeleteCustomRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::enable_custom_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EnableCustomRobotRequest {
    /// `actionType`.
    pub action_type: String,
    /// `sendNotification`.
    pub send_notification: bool,
    /// `token`.
    pub token: String,
}
/// The required fields of [`EnableCustomRobotRequest`], each named where it is set: `EnableCustomRobotRequest::new(EnableCustomRobotRequired { .. })`.
pub struct EnableCustomRobotRequired {
    /// `actionType`: see [`EnableCustomRobotRequest::action_type`].
    pub action_type: String,
    /// `sendNotification`: see [`EnableCustomRobotRequest::send_notification`].
    pub send_notification: bool,
    /// `token`: see [`EnableCustomRobotRequest::token`].
    pub token: String,
}
impl EnableCustomRobotRequest {
    /// A `EnableCustomRobotRequest` with its required fields (`actionType`, `sendNotification`, `token`); set the others with the methods named after them.
    pub fn new(required: EnableCustomRobotRequired) -> Self {
        let EnableCustomRobotRequired { action_type, send_notification, token } = required;
        Self {
            action_type,
            send_notification,
            token,
        }
    }
}
rt::impl_serialize! {
    EnableCustomRobotRequest { "actionType" => field(action_type), "sendNotification" =>
    field(send_notification), "token" => field(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnableCustomRobotRequest { "actionType" => read_field(action_type),
    "sendNotification" => read_field(send_notification), "token" => read_field(token) }
}
impl rt::WriteRequest for EnableCustomRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_robot_ai_skill`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteRobotAiSkillRequest {
    /// `context`.
    pub context: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `input`.
    pub input: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `skillId`.
    pub skill_id: Option<String>,
}
/// The required fields of [`ExecuteRobotAiSkillRequest`], each named where it is set: `ExecuteRobotAiSkillRequest::new(ExecuteRobotAiSkillRequired { .. })`.
pub struct ExecuteRobotAiSkillRequired {
    /// `input`: see [`ExecuteRobotAiSkillRequest::input`].
    pub input: String,
    /// `robotCode`: see [`ExecuteRobotAiSkillRequest::robot_code`].
    pub robot_code: String,
}
impl ExecuteRobotAiSkillRequest {
    /// A `ExecuteRobotAiSkillRequest` with its required fields (`input`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: ExecuteRobotAiSkillRequired) -> Self {
        let ExecuteRobotAiSkillRequired { input, robot_code } = required;
        Self {
            context: None,
            input,
            robot_code,
            skill_id: None,
        }
    }
    /// Sets `context`.
    pub fn context(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.context = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `skillId`.
    pub fn skill_id(mut self, value: impl Into<String>) -> Self {
        self.skill_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteRobotAiSkillRequest { "context" => optional(context), "input" => field(input),
    "robotCode" => field(robot_code), "skillId" => optional(skill_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteRobotAiSkillRequest { "context" => read_field(context), "input" =>
    read_field(input), "robotCode" => read_field(robot_code), "skillId" =>
    read_field(skill_id) }
}
impl rt::WriteRequest for ExecuteRobotAiSkillRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_bot_list_in_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBotListInGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetBotListInGroupRequest`], each named where it is set: `GetBotListInGroupRequest::new(GetBotListInGroupRequired { .. })`.
pub struct GetBotListInGroupRequired {
    /// `openConversationId`: see [`GetBotListInGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetBotListInGroupRequest {
    /// A `GetBotListInGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetBotListInGroupRequired) -> Self {
        let GetBotListInGroupRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    GetBotListInGroupRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetBotListInGroupRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetBotListInGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::manage_single_chat_robot_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManageSingleChatRobotStatusRequest {
    /// `robotCode`.
    pub robot_code: String,
    /// `status`.
    pub status: String,
}
/// The required fields of [`ManageSingleChatRobotStatusRequest`], each named where it is set: `ManageSingleChatRobotStatusRequest::new(ManageSingleChatRobotStatusRequired { .. })`.
pub struct ManageSingleChatRobotStatusRequired {
    /// `robotCode`: see [`ManageSingleChatRobotStatusRequest::robot_code`].
    pub robot_code: String,
    /// `status`: see [`ManageSingleChatRobotStatusRequest::status`].
    pub status: String,
}
impl ManageSingleChatRobotStatusRequest {
    /// A `ManageSingleChatRobotStatusRequest` with its required fields (`robotCode`, `status`); set the others with the methods named after them.
    pub fn new(required: ManageSingleChatRobotStatusRequired) -> Self {
        let ManageSingleChatRobotStatusRequired { robot_code, status } = required;
        Self { robot_code, status }
    }
}
rt::impl_serialize! {
    ManageSingleChatRobotStatusRequest { "robotCode" => field(robot_code), "status" =>
    field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManageSingleChatRobotStatusRequest { "robotCode" => read_field(robot_code), "status"
    => read_field(status) }
}
impl rt::WriteRequest for ManageSingleChatRobotStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrgGroupQueryRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `processQueryKey`.
    pub process_query_key: String,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `token`.
    pub token: Option<String>,
}
/// The required fields of [`OrgGroupQueryRequest`], each named where it is set: `OrgGroupQueryRequest::new(OrgGroupQueryRequired { .. })`.
pub struct OrgGroupQueryRequired {
    /// `processQueryKey`: see [`OrgGroupQueryRequest::process_query_key`].
    pub process_query_key: String,
}
impl OrgGroupQueryRequest {
    /// A `OrgGroupQueryRequest` with its required fields (`processQueryKey`); set the others with the methods named after them.
    pub fn new(required: OrgGroupQueryRequired) -> Self {
        let OrgGroupQueryRequired { process_query_key } = required;
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id: None,
            process_query_key,
            robot_code: None,
            token: None,
        }
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
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OrgGroupQueryRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id),
    "processQueryKey" => field(process_query_key), "robotCode" => optional(robot_code),
    "token" => optional(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgGroupQueryRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "processQueryKey" => read_field(process_query_key), "robotCode" =>
    read_field(robot_code), "token" => read_field(token) }
}
impl rt::WriteRequest for OrgGroupQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrgGroupRecallRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`OrgGroupRecallRequest`], each named where it is set: `OrgGroupRecallRequest::new(OrgGroupRecallRequired { .. })`.
pub struct OrgGroupRecallRequired {
    /// `openConversationId`: see [`OrgGroupRecallRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `processQueryKeys`: see [`OrgGroupRecallRequest::process_query_keys`].
    pub process_query_keys: Vec<String>,
    /// `robotCode`: see [`OrgGroupRecallRequest::robot_code`].
    pub robot_code: String,
}
impl OrgGroupRecallRequest {
    /// A `OrgGroupRecallRequest` with its required fields (`openConversationId`, `processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: OrgGroupRecallRequired) -> Self {
        let OrgGroupRecallRequired {
            open_conversation_id,
            process_query_keys,
            robot_code,
        } = required;
        Self {
            open_conversation_id,
            process_query_keys,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    OrgGroupRecallRequest { "openConversationId" => field(open_conversation_id),
    "processQueryKeys" => field(process_query_keys), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgGroupRecallRequest { "openConversationId" => read_field(open_conversation_id),
    "processQueryKeys" => read_field(process_query_keys), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for OrgGroupRecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrgGroupSendRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// 消息模板的 key，如 sampleText、sampleMarkdown、sampleImageMsg(图片)、sampleAudio(语音)、sampleFile(文件)。
    pub msg_key: String,
    /// 消息模板的参数，一个 JSON 对象的文本。图片 sampleImageMsg: `{"photoURL":"<图片 URL 或 media_id>"}`;语音 sampleAudio: `{"mediaId":"<media_id>","duration":"<毫秒>"}`;文件 sampleFile: `{"mediaId":"<media_id>","fileName":"<文件名>","fileType":"<扩展名>"}`。media_id 由 `oapi_media` 的 UploadMedia(`/media/upload`)上传文件得到。
    pub msg_param: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `token`.
    pub token: Option<String>,
}
/// The required fields of [`OrgGroupSendRequest`], each named where it is set: `OrgGroupSendRequest::new(OrgGroupSendRequired { .. })`.
pub struct OrgGroupSendRequired {
    /// `msgKey`: see [`OrgGroupSendRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`OrgGroupSendRequest::msg_param`].
    pub msg_param: String,
}
impl OrgGroupSendRequest {
    /// A `OrgGroupSendRequest` with its required fields (`msgKey`, `msgParam`); set the others with the methods named after them.
    pub fn new(required: OrgGroupSendRequired) -> Self {
        let OrgGroupSendRequired { msg_key, msg_param } = required;
        Self {
            cool_app_code: None,
            msg_key,
            msg_param,
            open_conversation_id: None,
            robot_code: None,
            token: None,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OrgGroupSendRequest { "coolAppCode" => optional(cool_app_code), "msgKey" =>
    field(msg_key), "msgParam" => field(msg_param), "openConversationId" =>
    optional(open_conversation_id), "robotCode" => optional(robot_code), "token" =>
    optional(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgGroupSendRequest { "coolAppCode" => read_field(cool_app_code), "msgKey" =>
    read_field(msg_key), "msgParam" => read_field(msg_param), "openConversationId" =>
    read_field(open_conversation_id), "robotCode" => read_field(robot_code), "token" =>
    read_field(token) }
}
impl rt::WriteRequest for OrgGroupSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::private_chat_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PrivateChatQueryRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `processQueryKey`.
    pub process_query_key: String,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
/// The required fields of [`PrivateChatQueryRequest`], each named where it is set: `PrivateChatQueryRequest::new(PrivateChatQueryRequired { .. })`.
pub struct PrivateChatQueryRequired {
    /// `processQueryKey`: see [`PrivateChatQueryRequest::process_query_key`].
    pub process_query_key: String,
}
impl PrivateChatQueryRequest {
    /// A `PrivateChatQueryRequest` with its required fields (`processQueryKey`); set the others with the methods named after them.
    pub fn new(required: PrivateChatQueryRequired) -> Self {
        let PrivateChatQueryRequired { process_query_key } = required;
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id: None,
            process_query_key,
            robot_code: None,
        }
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
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PrivateChatQueryRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id),
    "processQueryKey" => field(process_query_key), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrivateChatQueryRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "processQueryKey" => read_field(process_query_key), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for PrivateChatQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::private_chat_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PrivateChatSendRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// 消息模板的 key，如 sampleText、sampleMarkdown、sampleImageMsg(图片)、sampleAudio(语音)、sampleFile(文件)。
    pub msg_key: String,
    /// 消息模板的参数，一个 JSON 对象的文本。图片 sampleImageMsg: `{"photoURL":"<图片 URL 或 media_id>"}`;语音 sampleAudio: `{"mediaId":"<media_id>","duration":"<毫秒>"}`;文件 sampleFile: `{"mediaId":"<media_id>","fileName":"<文件名>","fileType":"<扩展名>"}`。media_id 由 `oapi_media` 的 UploadMedia(`/media/upload`)上传文件得到。
    pub msg_param: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
/// The required fields of [`PrivateChatSendRequest`], each named where it is set: `PrivateChatSendRequest::new(PrivateChatSendRequired { .. })`.
pub struct PrivateChatSendRequired {
    /// `msgKey`: see [`PrivateChatSendRequest::msg_key`].
    pub msg_key: String,
    /// `msgParam`: see [`PrivateChatSendRequest::msg_param`].
    pub msg_param: String,
}
impl PrivateChatSendRequest {
    /// A `PrivateChatSendRequest` with its required fields (`msgKey`, `msgParam`); set the others with the methods named after them.
    pub fn new(required: PrivateChatSendRequired) -> Self {
        let PrivateChatSendRequired { msg_key, msg_param } = required;
        Self {
            cool_app_code: None,
            msg_key,
            msg_param,
            open_conversation_id: None,
            robot_code: None,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PrivateChatSendRequest { "coolAppCode" => optional(cool_app_code), "msgKey" =>
    field(msg_key), "msgParam" => field(msg_param), "openConversationId" =>
    optional(open_conversation_id), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrivateChatSendRequest { "coolAppCode" => read_field(cool_app_code), "msgKey" =>
    read_field(msg_key), "msgParam" => read_field(msg_param), "openConversationId" =>
    read_field(open_conversation_id), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for PrivateChatSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_bot_instance_in_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBotInstanceInGroupInfoRequest {
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`QueryBotInstanceInGroupInfoRequest`], each named where it is set: `QueryBotInstanceInGroupInfoRequest::new(QueryBotInstanceInGroupInfoRequired { .. })`.
pub struct QueryBotInstanceInGroupInfoRequired {
    /// `pageNumber`: see [`QueryBotInstanceInGroupInfoRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryBotInstanceInGroupInfoRequest::page_size`].
    pub page_size: i64,
    /// `robotCode`: see [`QueryBotInstanceInGroupInfoRequest::robot_code`].
    pub robot_code: String,
}
impl QueryBotInstanceInGroupInfoRequest {
    /// A `QueryBotInstanceInGroupInfoRequest` with its required fields (`pageNumber`, `pageSize`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: QueryBotInstanceInGroupInfoRequired) -> Self {
        let QueryBotInstanceInGroupInfoRequired { page_number, page_size, robot_code } = required;
        Self {
            page_number,
            page_size,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    QueryBotInstanceInGroupInfoRequest { "pageNumber" => field(page_number), "pageSize"
    => field(page_size), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBotInstanceInGroupInfoRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for QueryBotInstanceInGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_ding_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusRequest {
    /// `openDingId`.
    pub open_ding_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`QueryRobotDingReadStatusRequest`], each named where it is set: `QueryRobotDingReadStatusRequest::new(QueryRobotDingReadStatusRequired { .. })`.
pub struct QueryRobotDingReadStatusRequired {
    /// `openDingId`: see [`QueryRobotDingReadStatusRequest::open_ding_id`].
    pub open_ding_id: String,
    /// `robotCode`: see [`QueryRobotDingReadStatusRequest::robot_code`].
    pub robot_code: String,
}
impl QueryRobotDingReadStatusRequest {
    /// A `QueryRobotDingReadStatusRequest` with its required fields (`openDingId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: QueryRobotDingReadStatusRequired) -> Self {
        let QueryRobotDingReadStatusRequired { open_ding_id, robot_code } = required;
        Self { open_ding_id, robot_code }
    }
}
rt::impl_serialize! {
    QueryRobotDingReadStatusRequest { "openDingId" => field(open_ding_id), "robotCode" =>
    field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRobotDingReadStatusRequest { "openDingId" => read_field(open_ding_id),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for QueryRobotDingReadStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_instance_in_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotInstanceInGroupInfoRequest {
    /// `maxResult`.
    pub max_result: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`QueryRobotInstanceInGroupInfoRequest`], each named where it is set: `QueryRobotInstanceInGroupInfoRequest::new(QueryRobotInstanceInGroupInfoRequired { .. })`.
pub struct QueryRobotInstanceInGroupInfoRequired {
    /// `maxResult`: see [`QueryRobotInstanceInGroupInfoRequest::max_result`].
    pub max_result: i64,
    /// `robotCode`: see [`QueryRobotInstanceInGroupInfoRequest::robot_code`].
    pub robot_code: String,
}
impl QueryRobotInstanceInGroupInfoRequest {
    /// A `QueryRobotInstanceInGroupInfoRequest` with its required fields (`maxResult`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: QueryRobotInstanceInGroupInfoRequired) -> Self {
        let QueryRobotInstanceInGroupInfoRequired { max_result, robot_code } = required;
        Self {
            max_result,
            next_token: None,
            robot_code,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryRobotInstanceInGroupInfoRequest { "maxResult" => field(max_result), "nextToken"
    => optional(next_token), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRobotInstanceInGroupInfoRequest { "maxResult" => read_field(max_result),
    "nextToken" => read_field(next_token), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for QueryRobotInstanceInGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotPluginRequest {
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`QueryRobotPluginRequest`], each named where it is set: `QueryRobotPluginRequest::new(QueryRobotPluginRequired { .. })`.
pub struct QueryRobotPluginRequired {
    /// `robotCode`: see [`QueryRobotPluginRequest::robot_code`].
    pub robot_code: String,
}
impl QueryRobotPluginRequest {
    /// A `QueryRobotPluginRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(required: QueryRobotPluginRequired) -> Self {
        let QueryRobotPluginRequired { robot_code } = required;
        Self { robot_code }
    }
}
rt::impl_serialize! {
    QueryRobotPluginRequest { "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRobotPluginRequest { "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for QueryRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_message_file_download`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotMessageFileDownloadRequest {
    /// `downloadCode`.
    pub download_code: String,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`RobotMessageFileDownloadRequest`], each named where it is set: `RobotMessageFileDownloadRequest::new(RobotMessageFileDownloadRequired { .. })`.
pub struct RobotMessageFileDownloadRequired {
    /// `downloadCode`: see [`RobotMessageFileDownloadRequest::download_code`].
    pub download_code: String,
    /// `robotCode`: see [`RobotMessageFileDownloadRequest::robot_code`].
    pub robot_code: String,
}
impl RobotMessageFileDownloadRequest {
    /// A `RobotMessageFileDownloadRequest` with its required fields (`downloadCode`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: RobotMessageFileDownloadRequired) -> Self {
        let RobotMessageFileDownloadRequired { download_code, robot_code } = required;
        Self { download_code, robot_code }
    }
}
rt::impl_serialize! {
    RobotMessageFileDownloadRequest { "downloadCode" => field(download_code), "robotCode"
    => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotMessageFileDownloadRequest { "downloadCode" => read_field(download_code),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for RobotMessageFileDownloadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_recall_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotRecallDingRequest {
    /// `openDingId`.
    pub open_ding_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`RobotRecallDingRequest`], each named where it is set: `RobotRecallDingRequest::new(RobotRecallDingRequired { .. })`.
pub struct RobotRecallDingRequired {
    /// `openDingId`: see [`RobotRecallDingRequest::open_ding_id`].
    pub open_ding_id: String,
    /// `robotCode`: see [`RobotRecallDingRequest::robot_code`].
    pub robot_code: String,
}
impl RobotRecallDingRequest {
    /// A `RobotRecallDingRequest` with its required fields (`openDingId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: RobotRecallDingRequired) -> Self {
        let RobotRecallDingRequired { open_ding_id, robot_code } = required;
        Self { open_ding_id, robot_code }
    }
}
rt::impl_serialize! {
    RobotRecallDingRequest { "openDingId" => field(open_ding_id), "robotCode" =>
    field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotRecallDingRequest { "openDingId" => read_field(open_ding_id), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for RobotRecallDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_recall_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotRecallEmotionRequest {
    /// `emotionName`.
    pub emotion_name: Option<String>,
    /// `emotionType`.
    pub emotion_type: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `textEmotion`.
    pub text_emotion: Option<RobotRecallEmotionRequestTextEmotion>,
}
/// The required fields of [`RobotRecallEmotionRequest`], each named where it is set: `RobotRecallEmotionRequest::new(RobotRecallEmotionRequired { .. })`.
pub struct RobotRecallEmotionRequired {
    /// `openConversationId`: see [`RobotRecallEmotionRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgId`: see [`RobotRecallEmotionRequest::open_msg_id`].
    pub open_msg_id: String,
    /// `robotCode`: see [`RobotRecallEmotionRequest::robot_code`].
    pub robot_code: String,
}
impl RobotRecallEmotionRequest {
    /// A `RobotRecallEmotionRequest` with its required fields (`openConversationId`, `openMsgId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: RobotRecallEmotionRequired) -> Self {
        let RobotRecallEmotionRequired {
            open_conversation_id,
            open_msg_id,
            robot_code,
        } = required;
        Self {
            emotion_name: None,
            emotion_type: None,
            open_conversation_id,
            open_msg_id,
            robot_code,
            text_emotion: None,
        }
    }
    /// Sets `emotionName`.
    pub fn emotion_name(mut self, value: impl Into<String>) -> Self {
        self.emotion_name = Some(value.into());
        self
    }
    /// Sets `emotionType`.
    pub fn emotion_type(mut self, value: i64) -> Self {
        self.emotion_type = Some(value);
        self
    }
    /// Sets `textEmotion`.
    pub fn text_emotion(mut self, value: RobotRecallEmotionRequestTextEmotion) -> Self {
        self.text_emotion = Some(value);
        self
    }
}
rt::impl_serialize! {
    RobotRecallEmotionRequest { "emotionName" => optional(emotion_name), "emotionType" =>
    optional(emotion_type), "openConversationId" => field(open_conversation_id),
    "openMsgId" => field(open_msg_id), "robotCode" => field(robot_code), "textEmotion" =>
    optional(text_emotion) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotRecallEmotionRequest { "emotionName" => read_field(emotion_name), "emotionType"
    => read_field(emotion_type), "openConversationId" =>
    read_field(open_conversation_id), "openMsgId" => read_field(open_msg_id), "robotCode"
    => read_field(robot_code), "textEmotion" => read_field(text_emotion) }
}
impl rt::WriteRequest for RobotRecallEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_reply_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotReplyEmotionRequest {
    /// `emotionName`.
    pub emotion_name: Option<String>,
    /// `emotionType`.
    pub emotion_type: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `textEmotion`.
    pub text_emotion: Option<RobotReplyEmotionRequestTextEmotion>,
}
/// The required fields of [`RobotReplyEmotionRequest`], each named where it is set: `RobotReplyEmotionRequest::new(RobotReplyEmotionRequired { .. })`.
pub struct RobotReplyEmotionRequired {
    /// `openConversationId`: see [`RobotReplyEmotionRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgId`: see [`RobotReplyEmotionRequest::open_msg_id`].
    pub open_msg_id: String,
    /// `robotCode`: see [`RobotReplyEmotionRequest::robot_code`].
    pub robot_code: String,
}
impl RobotReplyEmotionRequest {
    /// A `RobotReplyEmotionRequest` with its required fields (`openConversationId`, `openMsgId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: RobotReplyEmotionRequired) -> Self {
        let RobotReplyEmotionRequired {
            open_conversation_id,
            open_msg_id,
            robot_code,
        } = required;
        Self {
            emotion_name: None,
            emotion_type: None,
            open_conversation_id,
            open_msg_id,
            robot_code,
            text_emotion: None,
        }
    }
    /// Sets `emotionName`.
    pub fn emotion_name(mut self, value: impl Into<String>) -> Self {
        self.emotion_name = Some(value.into());
        self
    }
    /// Sets `emotionType`.
    pub fn emotion_type(mut self, value: i64) -> Self {
        self.emotion_type = Some(value);
        self
    }
    /// Sets `textEmotion`.
    pub fn text_emotion(mut self, value: RobotReplyEmotionRequestTextEmotion) -> Self {
        self.text_emotion = Some(value);
        self
    }
}
rt::impl_serialize! {
    RobotReplyEmotionRequest { "emotionName" => optional(emotion_name), "emotionType" =>
    optional(emotion_type), "openConversationId" => field(open_conversation_id),
    "openMsgId" => field(open_msg_id), "robotCode" => field(robot_code), "textEmotion" =>
    optional(text_emotion) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotReplyEmotionRequest { "emotionName" => read_field(emotion_name), "emotionType"
    => read_field(emotion_type), "openConversationId" =>
    read_field(open_conversation_id), "openMsgId" => read_field(open_msg_id), "robotCode"
    => read_field(robot_code), "textEmotion" => read_field(text_emotion) }
}
impl rt::WriteRequest for RobotReplyEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_send_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotSendDingRequest {
    /// `callVoice`.
    pub call_voice: Option<String>,
    /// `content`.
    pub content: String,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Vec<String>,
    /// `remindType`.
    pub remind_type: i64,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`RobotSendDingRequest`], each named where it is set: `RobotSendDingRequest::new(RobotSendDingRequired { .. })`.
pub struct RobotSendDingRequired {
    /// `content`: see [`RobotSendDingRequest::content`].
    pub content: String,
    /// `receiverUserIdList`: see [`RobotSendDingRequest::receiver_user_id_list`].
    pub receiver_user_id_list: Vec<String>,
    /// `remindType`: see [`RobotSendDingRequest::remind_type`].
    pub remind_type: i64,
    /// `robotCode`: see [`RobotSendDingRequest::robot_code`].
    pub robot_code: String,
}
impl RobotSendDingRequest {
    /// A `RobotSendDingRequest` with its required fields (`content`, `receiverUserIdList`, `remindType`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: RobotSendDingRequired) -> Self {
        let RobotSendDingRequired {
            content,
            receiver_user_id_list,
            remind_type,
            robot_code,
        } = required;
        Self {
            call_voice: None,
            content,
            receiver_user_id_list,
            remind_type,
            robot_code,
        }
    }
    /// Sets `callVoice`.
    pub fn call_voice(mut self, value: impl Into<String>) -> Self {
        self.call_voice = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotSendDingRequest { "callVoice" => optional(call_voice), "content" =>
    field(content), "receiverUserIdList" => field(receiver_user_id_list), "remindType" =>
    field(remind_type), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotSendDingRequest { "callVoice" => read_field(call_voice), "content" =>
    read_field(content), "receiverUserIdList" => read_field(receiver_user_id_list),
    "remindType" => read_field(remind_type), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for RobotSendDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_ding_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRobotDingMessageRequest {
    /// `contentParams`.
    pub content_params: rt::BTreeMap<String, String>,
    /// `dingTemplateId`.
    pub ding_template_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
/// The required fields of [`SendRobotDingMessageRequest`], each named where it is set: `SendRobotDingMessageRequest::new(SendRobotDingMessageRequired { .. })`.
pub struct SendRobotDingMessageRequired {
    /// `contentParams`: see [`SendRobotDingMessageRequest::content_params`].
    pub content_params: rt::BTreeMap<String, String>,
    /// `dingTemplateId`: see [`SendRobotDingMessageRequest::ding_template_id`].
    pub ding_template_id: String,
    /// `openConversationId`: see [`SendRobotDingMessageRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `receiverUserIdList`: see [`SendRobotDingMessageRequest::receiver_user_id_list`].
    pub receiver_user_id_list: Vec<String>,
    /// `robotCode`: see [`SendRobotDingMessageRequest::robot_code`].
    pub robot_code: String,
}
impl SendRobotDingMessageRequest {
    /// A `SendRobotDingMessageRequest` with its required fields (`contentParams`, `dingTemplateId`, `openConversationId`, `receiverUserIdList`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: SendRobotDingMessageRequired) -> Self {
        let SendRobotDingMessageRequired {
            content_params,
            ding_template_id,
            open_conversation_id,
            receiver_user_id_list,
            robot_code,
        } = required;
        Self {
            content_params,
            ding_template_id,
            open_conversation_id,
            receiver_user_id_list,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    SendRobotDingMessageRequest { "contentParams" => field(content_params),
    "dingTemplateId" => field(ding_template_id), "openConversationId" =>
    field(open_conversation_id), "receiverUserIdList" => field(receiver_user_id_list),
    "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRobotDingMessageRequest { "contentParams" => read_field(content_params),
    "dingTemplateId" => read_field(ding_template_id), "openConversationId" =>
    read_field(open_conversation_id), "receiverUserIdList" =>
    read_field(receiver_user_id_list), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for SendRobotDingMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_robot_plugin`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetRobotPluginRequest {
    /// `pluginInfoList`.
    pub plugin_info_list: Option<Vec<SetRobotPluginRequestPluginInfoList>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl SetRobotPluginRequest {
    /// An empty `SetRobotPluginRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pluginInfoList`.
    pub fn plugin_info_list(
        mut self,
        value: impl IntoIterator<Item = SetRobotPluginRequestPluginInfoList>,
    ) -> Self {
        self.plugin_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetRobotPluginRequest { "pluginInfoList" => optional(plugin_info_list), "robotCode"
    => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRobotPluginRequest { "pluginInfoList" => read_field(plugin_info_list), "robotCode"
    => read_field(robot_code) }
}
impl rt::WriteRequest for SetRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_robot_outgoing`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomRobotOutgoingRequest {
    /// `outgoingUrl`.
    pub outgoing_url: String,
    /// `token`.
    pub token: String,
    /// `userCustomToken`.
    pub user_custom_token: Option<String>,
}
/// The required fields of [`UpdateCustomRobotOutgoingRequest`], each named where it is set: `UpdateCustomRobotOutgoingRequest::new(UpdateCustomRobotOutgoingRequired { .. })`.
pub struct UpdateCustomRobotOutgoingRequired {
    /// `outgoingUrl`: see [`UpdateCustomRobotOutgoingRequest::outgoing_url`].
    pub outgoing_url: String,
    /// `token`: see [`UpdateCustomRobotOutgoingRequest::token`].
    pub token: String,
}
impl UpdateCustomRobotOutgoingRequest {
    /// A `UpdateCustomRobotOutgoingRequest` with its required fields (`outgoingUrl`, `token`); set the others with the methods named after them.
    pub fn new(required: UpdateCustomRobotOutgoingRequired) -> Self {
        let UpdateCustomRobotOutgoingRequired { outgoing_url, token } = required;
        Self {
            outgoing_url,
            token,
            user_custom_token: None,
        }
    }
    /// Sets `userCustomToken`.
    pub fn user_custom_token(mut self, value: impl Into<String>) -> Self {
        self.user_custom_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCustomRobotOutgoingRequest { "outgoingUrl" => field(outgoing_url), "token" =>
    field(token), "userCustomToken" => optional(user_custom_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomRobotOutgoingRequest { "outgoingUrl" => read_field(outgoing_url), "token"
    => read_field(token), "userCustomToken" => read_field(user_custom_token) }
}
impl rt::WriteRequest for UpdateCustomRobotOutgoingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_installed_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateInstalledRobotRequest {
    /// `brief`.
    pub brief: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `robotCode`.
    pub robot_code: String,
    /// `updateType`.
    pub update_type: i64,
}
/// The required fields of [`UpdateInstalledRobotRequest`], each named where it is set: `UpdateInstalledRobotRequest::new(UpdateInstalledRobotRequired { .. })`.
pub struct UpdateInstalledRobotRequired {
    /// `robotCode`: see [`UpdateInstalledRobotRequest::robot_code`].
    pub robot_code: String,
    /// `updateType`: see [`UpdateInstalledRobotRequest::update_type`].
    pub update_type: i64,
}
impl UpdateInstalledRobotRequest {
    /// A `UpdateInstalledRobotRequest` with its required fields (`robotCode`, `updateType`); set the others with the methods named after them.
    pub fn new(required: UpdateInstalledRobotRequired) -> Self {
        let UpdateInstalledRobotRequired { robot_code, update_type } = required;
        Self {
            brief: None,
            description: None,
            icon: None,
            name: None,
            robot_code,
            update_type,
        }
    }
    /// Sets `brief`.
    pub fn brief(mut self, value: impl Into<String>) -> Self {
        self.brief = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInstalledRobotRequest { "brief" => optional(brief), "description" =>
    optional(description), "icon" => optional(icon), "name" => optional(name),
    "robotCode" => field(robot_code), "updateType" => field(update_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInstalledRobotRequest { "brief" => read_field(brief), "description" =>
    read_field(description), "icon" => read_field(icon), "name" => read_field(name),
    "robotCode" => read_field(robot_code), "updateType" => read_field(update_type) }
}
impl rt::WriteRequest for UpdateInstalledRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_org_robot_instance_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOrgRobotInstanceToGroupError = rt::ServiceError;
/// An error reply of [`Api::batch_oto_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchOTOQueryError = rt::ServiceError;
/// An error reply of [`Api::batch_recall_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRecallGroupError = rt::ServiceError;
/// An error reply of [`Api::batch_recall_oto`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRecallOTOError = rt::ServiceError;
/// An error reply of [`Api::batch_recall_private_chat`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRecallPrivateChatError = rt::ServiceError;
/// An error reply of [`Api::batch_send_oto`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchSendOTOError = rt::ServiceError;
/// An error reply of [`Api::clear_robot_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearRobotPluginError = rt::ServiceError;
/// An error reply of [`Api::delete_custom_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCustomRobotError = rt::ServiceError;
/// An error reply of [`Api::enable_custom_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnableCustomRobotError = rt::ServiceError;
/// An error reply of [`Api::execute_robot_ai_skill`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteRobotAiSkillError = rt::ServiceError;
/// An error reply of [`Api::get_bot_list_in_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBotListInGroupError = rt::ServiceError;
/// An error reply of [`Api::manage_single_chat_robot_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManageSingleChatRobotStatusError = rt::ServiceError;
/// An error reply of [`Api::org_group_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgGroupQueryError = rt::ServiceError;
/// An error reply of [`Api::org_group_recall`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgGroupRecallError = rt::ServiceError;
/// An error reply of [`Api::org_group_send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgGroupSendError = rt::ServiceError;
/// An error reply of [`Api::private_chat_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PrivateChatQueryError = rt::ServiceError;
/// An error reply of [`Api::private_chat_send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PrivateChatSendError = rt::ServiceError;
/// An error reply of [`Api::query_bot_instance_in_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBotInstanceInGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::query_robot_ding_read_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRobotDingReadStatusError = rt::ServiceError;
/// An error reply of [`Api::query_robot_instance_in_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRobotInstanceInGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::query_robot_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRobotPluginError = rt::ServiceError;
/// An error reply of [`Api::robot_message_file_download`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotMessageFileDownloadError = rt::ServiceError;
/// An error reply of [`Api::robot_recall_ding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotRecallDingError = rt::ServiceError;
/// An error reply of [`Api::robot_recall_emotion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotRecallEmotionError = rt::ServiceError;
/// An error reply of [`Api::robot_reply_emotion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotReplyEmotionError = rt::ServiceError;
/// An error reply of [`Api::robot_send_ding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotSendDingError = rt::ServiceError;
/// An error reply of [`Api::send_robot_ding_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendRobotDingMessageError = rt::ServiceError;
/// An error reply of [`Api::set_robot_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRobotPluginError = rt::ServiceError;
/// An error reply of [`Api::update_custom_robot_outgoing`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCustomRobotOutgoingError = rt::ServiceError;
/// An error reply of [`Api::update_installed_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInstalledRobotError = rt::ServiceError;
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
        "AddOrgRobotInstanceToGroup" => {
            rt::conformance::reply(
                    api.add_org_robot_instance_to_group(&inputs.request(true)?),
                )
                .await
        }
        "BatchOTOQuery" => {
            rt::conformance::reply(api.batch_oto_query(&inputs.request(false)?)).await
        }
        "BatchRecallGroup" => {
            rt::conformance::reply(api.batch_recall_group(&inputs.request(true)?)).await
        }
        "BatchRecallOTO" => {
            rt::conformance::reply(api.batch_recall_oto(&inputs.request(true)?)).await
        }
        "BatchRecallPrivateChat" => {
            rt::conformance::reply(api.batch_recall_private_chat(&inputs.request(true)?))
                .await
        }
        "BatchSendOTO" => {
            rt::conformance::reply(api.batch_send_oto(&inputs.request(true)?)).await
        }
        "ClearRobotPlugin" => {
            rt::conformance::reply(api.clear_robot_plugin(&inputs.request(true)?)).await
        }
        "DeleteCustomRobot" => {
            rt::conformance::reply(api.delete_custom_robot(&inputs.request(true)?)).await
        }
        "EnableCustomRobot" => {
            rt::conformance::reply(api.enable_custom_robot(&inputs.request(true)?)).await
        }
        "ExecuteRobotAiSkill" => {
            rt::conformance::reply(api.execute_robot_ai_skill(&inputs.request(true)?))
                .await
        }
        "GetBotListInGroup" => {
            rt::conformance::reply(api.get_bot_list_in_group(&inputs.request(true)?))
                .await
        }
        "ManageSingleChatRobotStatus" => {
            rt::conformance::reply(
                    api.manage_single_chat_robot_status(&inputs.request(true)?),
                )
                .await
        }
        "OrgGroupQuery" => {
            rt::conformance::reply(api.org_group_query(&inputs.request(true)?)).await
        }
        "OrgGroupRecall" => {
            rt::conformance::reply(api.org_group_recall(&inputs.request(true)?)).await
        }
        "OrgGroupSend" => {
            rt::conformance::reply(api.org_group_send(&inputs.request(true)?)).await
        }
        "PrivateChatQuery" => {
            rt::conformance::reply(api.private_chat_query(&inputs.request(true)?)).await
        }
        "PrivateChatSend" => {
            rt::conformance::reply(api.private_chat_send(&inputs.request(true)?)).await
        }
        "QueryBotInstanceInGroupInfo" => {
            rt::conformance::reply(
                    api.query_bot_instance_in_group_info(&inputs.request(true)?),
                )
                .await
        }
        "QueryRobotDingReadStatus" => {
            rt::conformance::reply(
                    api.query_robot_ding_read_status(&inputs.request(true)?),
                )
                .await
        }
        "QueryRobotInstanceInGroupInfo" => {
            rt::conformance::reply(
                    api.query_robot_instance_in_group_info(&inputs.request(true)?),
                )
                .await
        }
        "QueryRobotPlugin" => {
            rt::conformance::reply(api.query_robot_plugin(&inputs.request(true)?)).await
        }
        "RobotMessageFileDownload" => {
            rt::conformance::reply(
                    api.robot_message_file_download(&inputs.request(true)?),
                )
                .await
        }
        "RobotRecallDing" => {
            rt::conformance::reply(api.robot_recall_ding(&inputs.request(true)?)).await
        }
        "RobotRecallEmotion" => {
            rt::conformance::reply(api.robot_recall_emotion(&inputs.request(true)?))
                .await
        }
        "RobotReplyEmotion" => {
            rt::conformance::reply(api.robot_reply_emotion(&inputs.request(true)?)).await
        }
        "RobotSendDing" => {
            rt::conformance::reply(api.robot_send_ding(&inputs.request(true)?)).await
        }
        "SendRobotDingMessage" => {
            rt::conformance::reply(api.send_robot_ding_message(&inputs.request(true)?))
                .await
        }
        "SetRobotPlugin" => {
            rt::conformance::reply(api.set_robot_plugin(&inputs.request(true)?)).await
        }
        "UpdateCustomRobotOutgoing" => {
            rt::conformance::reply(
                    api.update_custom_robot_outgoing(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInstalledRobot" => {
            rt::conformance::reply(api.update_installed_robot(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
