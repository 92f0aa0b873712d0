// @generated from api-spec/robot_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.robot_1_0()`. Generated from `api-spec/robot_1_0.yaml`.
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
    /// `POST /v1.0/robot/groups/orgRobots/add` (operation `AddOrgRobotInstanceToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOrgRobotInstanceToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/robot/oToMessages/readStatus` (operation `BatchOTOQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchOTOQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groupMessages/batchRecall` (operation `BatchRecallGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRecallGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/otoMessages/batchRecall` (operation `BatchRecallOTO`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRecallOTOError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/privateChatMessages/batchRecall` (operation `BatchRecallPrivateChat`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRecallPrivateChatError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/oToMessages/batchSend` (operation `BatchSendOTO`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchSendOTOError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/plugins/clear` (operation `ClearRobotPlugin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearRobotPluginError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/custom/delete` (operation `DeleteCustomRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteCustomRobotError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/custom/enable` (operation `EnableCustomRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnableCustomRobotError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/aiSkill/execute` (operation `ExecuteRobotAiSkill`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteRobotAiSkillError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groups/robots/query` (operation `GetBotListInGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetBotListInGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/statuses/manage` (operation `ManageSingleChatRobotStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManageSingleChatRobotStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groupMessages/query` (operation `OrgGroupQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgGroupQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groupMessages/recall` (operation `OrgGroupRecall`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgGroupRecallError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groupMessages/send` (operation `OrgGroupSend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgGroupSendError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/privateChatMessages/query` (operation `PrivateChatQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PrivateChatQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/privateChatMessages/send` (operation `PrivateChatSend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PrivateChatSendError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/groups/query` (operation `QueryBotInstanceInGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBotInstanceInGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/ding/readStatuses/query` (operation `QueryRobotDingReadStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRobotDingReadStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/installed/groups/query` (operation `QueryRobotInstanceInGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRobotInstanceInGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/plugins/query` (operation `QueryRobotPlugin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRobotPluginError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/messageFiles/download` (operation `RobotMessageFileDownload`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotMessageFileDownloadError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/ding/recall` (operation `RobotRecallDing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotRecallDingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/emotion/recall` (operation `RobotRecallEmotion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotRecallEmotionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/emotion/reply` (operation `RobotReplyEmotion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotReplyEmotionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/ding/send` (operation `RobotSendDing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotSendDingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/dingMessages/send` (operation `SendRobotDingMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendRobotDingMessageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/plugins/set` (operation `SetRobotPlugin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRobotPluginError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/robot/custom/outgoing/update` (operation `UpdateCustomRobotOutgoing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCustomRobotOutgoingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/robot/managements/infos` (operation `UpdateInstalledRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInstalledRobotError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `AddOrgRobotInstanceToGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOrgRobotInstanceToGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOrgRobotInstanceToGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOrgRobotInstanceToGroupResponseBody {
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
impl rt::serde::Serialize for AddOrgRobotInstanceToGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchOTOQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchOTOQueryResponseBody {
    /// `messageReadInfoList`.
    pub message_read_info_list: Option<
        Vec<BatchOTOQueryResponseBodyMessageReadInfoList>,
    >,
    /// `sendStatus`.
    pub send_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchOTOQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchOTOQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageReadInfoList" => {
                rt::read_field(map, &mut self.message_read_info_list)
            }
            "sendStatus" => rt::read_field(map, &mut self.send_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchOTOQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messageReadInfoList", &self.message_read_info_list)?;
        object.optional("sendStatus", &self.send_status)?;
        object.end()
    }
}
/// `BatchRecallGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchRecallGroupResponseBody {
    /// `failedResult`.
    pub failed_result: Option<rt::BTreeMap<String, String>>,
    /// `successResult`.
    pub success_result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchRecallGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchRecallGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedResult" => rt::read_field(map, &mut self.failed_result),
            "successResult" => rt::read_field(map, &mut self.success_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchRecallGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failedResult", &self.failed_result)?;
        object.optional("successResult", &self.success_result)?;
        object.end()
    }
}
/// `BatchRecallOTOResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchRecallOTOResponseBody {
    /// `failedResult`.
    pub failed_result: Option<rt::BTreeMap<String, String>>,
    /// `successResult`.
    pub success_result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchRecallOTOResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchRecallOTOResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedResult" => rt::read_field(map, &mut self.failed_result),
            "successResult" => rt::read_field(map, &mut self.success_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchRecallOTOResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failedResult", &self.failed_result)?;
        object.optional("successResult", &self.success_result)?;
        object.end()
    }
}
/// `BatchRecallPrivateChatResponseBody`: the same model as [`BatchRecallGroupResponseBody`].
pub type BatchRecallPrivateChatResponseBody = BatchRecallGroupResponseBody;
/// `BatchSendOTOResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchSendOTOResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchSendOTOResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filteredStaffIdList" => {
                rt::read_field(map, &mut self.filtered_staff_id_list)
            }
            "flowControlledStaffIdList" => {
                rt::read_field(map, &mut self.flow_controlled_staff_id_list)
            }
            "invalidStaffIdList" => rt::read_field(map, &mut self.invalid_staff_id_list),
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchSendOTOResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filteredStaffIdList", &self.filtered_staff_id_list)?;
        object
            .optional("flowControlledStaffIdList", &self.flow_controlled_staff_id_list)?;
        object.optional("invalidStaffIdList", &self.invalid_staff_id_list)?;
        object.optional("processQueryKey", &self.process_query_key)?;
        object.end()
    }
}
/// `ClearRobotPluginResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type ClearRobotPluginResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `DeleteCustomRobotResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type DeleteCustomRobotResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `EnableCustomRobotResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type EnableCustomRobotResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `ExecuteRobotAiSkillResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteRobotAiSkillResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `skillExecuteId`.
    pub skill_execute_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteRobotAiSkillResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteRobotAiSkillResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "skillExecuteId" => rt::read_field(map, &mut self.skill_execute_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExecuteRobotAiSkillResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("skillExecuteId", &self.skill_execute_id)?;
        object.end()
    }
}
/// `GetBotListInGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBotListInGroupResponseBody {
    /// `chatbotInstanceVOList`.
    pub chatbot_instance_vo_list: Option<
        Vec<GetBotListInGroupResponseBodyChatbotInstanceVOList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetBotListInGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBotListInGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatbotInstanceVOList" => {
                rt::read_field(map, &mut self.chatbot_instance_vo_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBotListInGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatbotInstanceVOList", &self.chatbot_instance_vo_list)?;
        object.end()
    }
}
/// `ManageSingleChatRobotStatusResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type ManageSingleChatRobotStatusResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `OrgGroupQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OrgGroupQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OrgGroupQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "readUserIds" => rt::read_field(map, &mut self.read_user_ids),
            "readUsers" => rt::read_field(map, &mut self.read_users),
            "sendStatus" => rt::read_field(map, &mut self.send_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OrgGroupQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("readUserIds", &self.read_user_ids)?;
        object.optional("readUsers", &self.read_users)?;
        object.optional("sendStatus", &self.send_status)?;
        object.end()
    }
}
/// `OrgGroupRecallResponseBody`: the same model as [`BatchRecallGroupResponseBody`].
pub type OrgGroupRecallResponseBody = BatchRecallGroupResponseBody;
/// `OrgGroupSendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrgGroupSendResponseBody {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OrgGroupSendResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OrgGroupSendResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OrgGroupSendResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processQueryKey", &self.process_query_key)?;
        object.end()
    }
}
/// `PrivateChatQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PrivateChatQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PrivateChatQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "readUserIds" => rt::read_field(map, &mut self.read_user_ids),
            "sendStatus" => rt::read_field(map, &mut self.send_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PrivateChatQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("readUserIds", &self.read_user_ids)?;
        object.optional("sendStatus", &self.send_status)?;
        object.end()
    }
}
/// `PrivateChatSendResponseBody`: the same model as [`OrgGroupSendResponseBody`].
pub type PrivateChatSendResponseBody = OrgGroupSendResponseBody;
/// `QueryBotInstanceInGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBotInstanceInGroupInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBotInstanceInGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBotInstanceInGroupInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBotInstanceInGroupInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.end()
    }
}
/// `QueryRobotDingReadStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryRobotDingReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRobotDingReadStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotDingReadStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRobotDingReadStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryRobotInstanceInGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRobotInstanceInGroupInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRobotInstanceInGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotInstanceInGroupInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRobotInstanceInGroupInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.end()
    }
}
/// `QueryRobotPluginResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRobotPluginResponseBody {
    /// `pluginInfoList`.
    pub plugin_info_list: Option<Vec<QueryRobotPluginResponseBodyPluginInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRobotPluginResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotPluginResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pluginInfoList" => rt::read_field(map, &mut self.plugin_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRobotPluginResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pluginInfoList", &self.plugin_info_list)?;
        object.end()
    }
}
/// `RobotMessageFileDownloadResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RobotMessageFileDownloadResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RobotMessageFileDownloadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RobotMessageFileDownloadResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RobotMessageFileDownloadResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.end()
    }
}
/// `RobotRecallDingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RobotRecallDingResponseBody {
    /// `openDingId`.
    pub open_ding_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RobotRecallDingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RobotRecallDingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDingId" => rt::read_field(map, &mut self.open_ding_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RobotRecallDingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openDingId", &self.open_ding_id)?;
        object.end()
    }
}
/// `RobotRecallEmotionRequestTextEmotion`.
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
impl rt::serde::Serialize for RobotRecallEmotionRequestTextEmotion {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundId", &self.background_id)?;
        object.optional("emotionId", &self.emotion_id)?;
        object.optional("emotionName", &self.emotion_name)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotRecallEmotionRequestTextEmotion {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotRecallEmotionRequestTextEmotion {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundId" => rt::read_field(map, &mut self.background_id),
            "emotionId" => rt::read_field(map, &mut self.emotion_id),
            "emotionName" => rt::read_field(map, &mut self.emotion_name),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `RobotRecallEmotionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RobotRecallEmotionResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RobotRecallEmotionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RobotRecallEmotionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RobotRecallEmotionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `RobotReplyEmotionRequestTextEmotion`: the same model as [`RobotRecallEmotionRequestTextEmotion`].
pub type RobotReplyEmotionRequestTextEmotion = RobotRecallEmotionRequestTextEmotion;
/// `RobotReplyEmotionResponseBody`: the same model as [`RobotRecallEmotionResponseBody`].
pub type RobotReplyEmotionResponseBody = RobotRecallEmotionResponseBody;
/// `RobotSendDingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RobotSendDingResponseBody {
    /// `failedList`.
    pub failed_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `openDingId`.
    pub open_ding_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RobotSendDingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RobotSendDingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedList" => rt::read_field(map, &mut self.failed_list),
            "openDingId" => rt::read_field(map, &mut self.open_ding_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RobotSendDingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failedList", &self.failed_list)?;
        object.optional("openDingId", &self.open_ding_id)?;
        object.end()
    }
}
/// `SendRobotDingMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRobotDingMessageResponseBody {
    /// `dingSendResultId`.
    pub ding_send_result_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendRobotDingMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendRobotDingMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingSendResultId" => rt::read_field(map, &mut self.ding_send_result_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendRobotDingMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingSendResultId", &self.ding_send_result_id)?;
        object.end()
    }
}
/// `SetRobotPluginRequestPluginInfoList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetRobotPluginRequestPluginInfoList {
    /// A `SetRobotPluginRequestPluginInfoList` with its required fields (`icon`, `name`); set the others with the methods named after them.
    pub fn new(icon: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            icon: icon.into(),
            mobile_url: None,
            name: name.into(),
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
impl rt::serde::Serialize for SetRobotPluginRequestPluginInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("icon", &self.icon)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.field("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRobotPluginRequestPluginInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRobotPluginRequestPluginInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
/// `SetRobotPluginResponseBody`: the same model as [`AddOrgRobotInstanceToGroupResponseBody`].
pub type SetRobotPluginResponseBody = AddOrgRobotInstanceToGroupResponseBody;
/// `UpdateCustomRobotOutgoingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCustomRobotOutgoingResponseBody {
    /// `originalUrl`.
    pub original_url: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `targetUrl`.
    pub target_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomRobotOutgoingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCustomRobotOutgoingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "originalUrl" => rt::read_field(map, &mut self.original_url),
            "result" => rt::read_field(map, &mut self.result),
            "targetUrl" => rt::read_field(map, &mut self.target_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateCustomRobotOutgoingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("originalUrl", &self.original_url)?;
        object.optional("result", &self.result)?;
        object.optional("targetUrl", &self.target_url)?;
        object.end()
    }
}
/// `UpdateInstalledRobotResponseBody`: the same model as [`RobotRecallEmotionResponseBody`].
pub type UpdateInstalledRobotResponseBody = RobotRecallEmotionResponseBody;
/// `BatchOTOQueryResponseBodyMessageReadInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchOTOQueryResponseBodyMessageReadInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchOTOQueryResponseBodyMessageReadInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "readTimestamp" => rt::read_field(map, &mut self.read_timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchOTOQueryResponseBodyMessageReadInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("readTimestamp", &self.read_timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetBotListInGroupResponseBodyChatbotInstanceVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetBotListInGroupResponseBodyChatbotInstanceVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBotListInGroupResponseBodyChatbotInstanceVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "downloadIconURL" => rt::read_field(map, &mut self.download_icon_url),
            "name" => rt::read_field(map, &mut self.name),
            "openRobotType" => rt::read_field(map, &mut self.open_robot_type),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBotListInGroupResponseBodyChatbotInstanceVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("downloadIconURL", &self.download_icon_url)?;
        object.optional("name", &self.name)?;
        object.optional("openRobotType", &self.open_robot_type)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `OrgGroupQueryResponseBodyReadUsers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrgGroupQueryResponseBodyReadUsers {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OrgGroupQueryResponseBodyReadUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OrgGroupQueryResponseBodyReadUsers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OrgGroupQueryResponseBodyReadUsers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryRobotDingReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBodyResult {
    /// `robotDingReadInfoList`.
    pub robot_ding_read_info_list: Option<
        Vec<QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRobotDingReadStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotDingReadStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotDingReadInfoList" => {
                rt::read_field(map, &mut self.robot_ding_read_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRobotDingReadStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("robotDingReadInfoList", &self.robot_ding_read_info_list)?;
        object.end()
    }
}
/// `QueryRobotPluginResponseBodyPluginInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRobotPluginResponseBodyPluginInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotPluginResponseBodyPluginInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRobotPluginResponseBodyPluginInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
/// `QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
    /// `readStatus`.
    pub read_status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// The request of [`Api::add_org_robot_instance_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOrgRobotInstanceToGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl AddOrgRobotInstanceToGroupRequest {
    /// A `AddOrgRobotInstanceToGroupRequest` with its required fields (`openConversationId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for AddOrgRobotInstanceToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOrgRobotInstanceToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOrgRobotInstanceToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOrgRobotInstanceToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_oto_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchOTOQueryRequest {
    /// `processQueryKey`: a query parameter.
    pub process_query_key: String,
    /// `robotCode`: a query parameter.
    pub robot_code: String,
}
impl BatchOTOQueryRequest {
    /// A `BatchOTOQueryRequest` with its required fields (`processQueryKey`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        process_query_key: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            process_query_key: process_query_key.into(),
            robot_code: robot_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchOTOQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchOTOQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchOTOQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processQueryKey", &self.process_query_key);
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::batch_recall_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallGroupRequest {
    /// `chatbotId`.
    pub chatbot_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
}
impl BatchRecallGroupRequest {
    /// A `BatchRecallGroupRequest` with its required fields (`chatbotId`, `openConversationId`, `processQueryKeys`); set the others with the methods named after them.
    pub fn new(
        chatbot_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        process_query_keys: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            chatbot_id: chatbot_id.into(),
            open_conversation_id: open_conversation_id.into(),
            process_query_keys: process_query_keys.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchRecallGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("chatbotId", &self.chatbot_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("processQueryKeys", &self.process_query_keys)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRecallGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRecallGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatbotId" => rt::read_field(map, &mut self.chatbot_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "processQueryKeys" => rt::read_field(map, &mut self.process_query_keys),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRecallGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_recall_oto`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallOTORequest {
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
impl BatchRecallOTORequest {
    /// A `BatchRecallOTORequest` with its required fields (`processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        process_query_keys: impl IntoIterator<Item = impl Into<String>>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            process_query_keys: process_query_keys.into_iter().map(Into::into).collect(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for BatchRecallOTORequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("processQueryKeys", &self.process_query_keys)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRecallOTORequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRecallOTORequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processQueryKeys" => rt::read_field(map, &mut self.process_query_keys),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRecallOTORequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_recall_private_chat`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRecallPrivateChatRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
impl BatchRecallPrivateChatRequest {
    /// A `BatchRecallPrivateChatRequest` with its required fields (`openConversationId`, `processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        process_query_keys: impl IntoIterator<Item = impl Into<String>>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            process_query_keys: process_query_keys.into_iter().map(Into::into).collect(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for BatchRecallPrivateChatRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("processQueryKeys", &self.process_query_keys)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRecallPrivateChatRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRecallPrivateChatRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "processQueryKeys" => rt::read_field(map, &mut self.process_query_keys),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRecallPrivateChatRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send_oto`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendOTORequest {
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl BatchSendOTORequest {
    /// A `BatchSendOTORequest` with its required fields (`msgKey`, `msgParam`, `robotCode`, `userIds`); set the others with the methods named after them.
    pub fn new(
        msg_key: impl Into<String>,
        msg_param: impl Into<String>,
        robot_code: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            msg_key: msg_key.into(),
            msg_param: msg_param.into(),
            robot_code: robot_code.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchSendOTORequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("msgKey", &self.msg_key)?;
        object.field("msgParam", &self.msg_param)?;
        object.field("robotCode", &self.robot_code)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSendOTORequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendOTORequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "msgKey" => rt::read_field(map, &mut self.msg_key),
            "msgParam" => rt::read_field(map, &mut self.msg_param),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchSendOTORequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_robot_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearRobotPluginRequest {
    /// `robotCode`.
    pub robot_code: String,
}
impl ClearRobotPluginRequest {
    /// A `ClearRobotPluginRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>) -> Self {
        Self {
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for ClearRobotPluginRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearRobotPluginRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearRobotPluginRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ClearRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_custom_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteCustomRobotRequest {
    /// `actionType`.
    pub action_type: String,
    /// `sendNotification`.
    pub send_notification: bool,
    /// `token`.
    pub token: String,
}
impl DeleteCustomRobotRequest {
    /// A `DeleteCustomRobotRequest` with its required fields (`actionType`, `sendNotification`, `token`); set the others with the methods named after them.
    pub fn new(
        action_type: impl Into<String>,
        send_notification: bool,
        token: impl Into<String>,
    ) -> Self {
        Self {
            action_type: action_type.into(),
            send_notification,
            token: token.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteCustomRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.field("sendNotification", &self.send_notification)?;
        object.field("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteCustomRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteCustomRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "sendNotification" => rt::read_field(map, &mut self.send_notification),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteCustomRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::enable_custom_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EnableCustomRobotRequest {
    /// `actionType`.
    pub action_type: String,
    /// `sendNotification`.
    pub send_notification: bool,
    /// `token`.
    pub token: String,
}
impl EnableCustomRobotRequest {
    /// A `EnableCustomRobotRequest` with its required fields (`actionType`, `sendNotification`, `token`); set the others with the methods named after them.
    pub fn new(
        action_type: impl Into<String>,
        send_notification: bool,
        token: impl Into<String>,
    ) -> Self {
        Self {
            action_type: action_type.into(),
            send_notification,
            token: token.into(),
        }
    }
}
impl rt::serde::Serialize for EnableCustomRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.field("sendNotification", &self.send_notification)?;
        object.field("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnableCustomRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnableCustomRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "sendNotification" => rt::read_field(map, &mut self.send_notification),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EnableCustomRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_robot_ai_skill`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteRobotAiSkillRequest {
    /// A `ExecuteRobotAiSkillRequest` with its required fields (`input`, `robotCode`); set the others with the methods named after them.
    pub fn new(input: impl Into<String>, robot_code: impl Into<String>) -> Self {
        Self {
            context: None,
            input: input.into(),
            robot_code: robot_code.into(),
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
impl rt::serde::Serialize for ExecuteRobotAiSkillRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("context", &self.context)?;
        object.field("input", &self.input)?;
        object.field("robotCode", &self.robot_code)?;
        object.optional("skillId", &self.skill_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteRobotAiSkillRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteRobotAiSkillRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "context" => rt::read_field(map, &mut self.context),
            "input" => rt::read_field(map, &mut self.input),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "skillId" => rt::read_field(map, &mut self.skill_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteRobotAiSkillRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_bot_list_in_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetBotListInGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetBotListInGroupRequest {
    /// A `GetBotListInGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetBotListInGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetBotListInGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetBotListInGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetBotListInGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::manage_single_chat_robot_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManageSingleChatRobotStatusRequest {
    /// `robotCode`.
    pub robot_code: String,
    /// `status`.
    pub status: String,
}
impl ManageSingleChatRobotStatusRequest {
    /// A `ManageSingleChatRobotStatusRequest` with its required fields (`robotCode`, `status`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>, status: impl Into<String>) -> Self {
        Self {
            robot_code: robot_code.into(),
            status: status.into(),
        }
    }
}
impl rt::serde::Serialize for ManageSingleChatRobotStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("robotCode", &self.robot_code)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManageSingleChatRobotStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManageSingleChatRobotStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManageSingleChatRobotStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl OrgGroupQueryRequest {
    /// A `OrgGroupQueryRequest` with its required fields (`processQueryKey`); set the others with the methods named after them.
    pub fn new(process_query_key: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id: None,
            process_query_key: process_query_key.into(),
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
impl rt::serde::Serialize for OrgGroupQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("processQueryKey", &self.process_query_key)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgGroupQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgGroupQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgGroupQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OrgGroupRecallRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `processQueryKeys`.
    pub process_query_keys: Vec<String>,
    /// `robotCode`.
    pub robot_code: String,
}
impl OrgGroupRecallRequest {
    /// A `OrgGroupRecallRequest` with its required fields (`openConversationId`, `processQueryKeys`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        process_query_keys: impl IntoIterator<Item = impl Into<String>>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            process_query_keys: process_query_keys.into_iter().map(Into::into).collect(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for OrgGroupRecallRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("processQueryKeys", &self.process_query_keys)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgGroupRecallRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgGroupRecallRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "processQueryKeys" => rt::read_field(map, &mut self.process_query_keys),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgGroupRecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_group_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OrgGroupSendRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `token`.
    pub token: Option<String>,
}
impl OrgGroupSendRequest {
    /// A `OrgGroupSendRequest` with its required fields (`msgKey`, `msgParam`); set the others with the methods named after them.
    pub fn new(msg_key: impl Into<String>, msg_param: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            msg_key: msg_key.into(),
            msg_param: msg_param.into(),
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
impl rt::serde::Serialize for OrgGroupSendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.field("msgKey", &self.msg_key)?;
        object.field("msgParam", &self.msg_param)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgGroupSendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgGroupSendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "msgKey" => rt::read_field(map, &mut self.msg_key),
            "msgParam" => rt::read_field(map, &mut self.msg_param),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgGroupSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::private_chat_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PrivateChatQueryRequest {
    /// A `PrivateChatQueryRequest` with its required fields (`processQueryKey`); set the others with the methods named after them.
    pub fn new(process_query_key: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id: None,
            process_query_key: process_query_key.into(),
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
impl rt::serde::Serialize for PrivateChatQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("processQueryKey", &self.process_query_key)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrivateChatQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrivateChatQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PrivateChatQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::private_chat_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PrivateChatSendRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `msgKey`.
    pub msg_key: String,
    /// `msgParam`.
    pub msg_param: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl PrivateChatSendRequest {
    /// A `PrivateChatSendRequest` with its required fields (`msgKey`, `msgParam`); set the others with the methods named after them.
    pub fn new(msg_key: impl Into<String>, msg_param: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            msg_key: msg_key.into(),
            msg_param: msg_param.into(),
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
impl rt::serde::Serialize for PrivateChatSendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.field("msgKey", &self.msg_key)?;
        object.field("msgParam", &self.msg_param)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrivateChatSendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrivateChatSendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "msgKey" => rt::read_field(map, &mut self.msg_key),
            "msgParam" => rt::read_field(map, &mut self.msg_param),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PrivateChatSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_bot_instance_in_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBotInstanceInGroupInfoRequest {
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `robotCode`.
    pub robot_code: String,
}
impl QueryBotInstanceInGroupInfoRequest {
    /// A `QueryBotInstanceInGroupInfoRequest` with its required fields (`pageNumber`, `pageSize`, `robotCode`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64, robot_code: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size,
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for QueryBotInstanceInGroupInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBotInstanceInGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBotInstanceInGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryBotInstanceInGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_ding_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotDingReadStatusRequest {
    /// `openDingId`.
    pub open_ding_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl QueryRobotDingReadStatusRequest {
    /// A `QueryRobotDingReadStatusRequest` with its required fields (`openDingId`, `robotCode`); set the others with the methods named after them.
    pub fn new(open_ding_id: impl Into<String>, robot_code: impl Into<String>) -> Self {
        Self {
            open_ding_id: open_ding_id.into(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for QueryRobotDingReadStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openDingId", &self.open_ding_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRobotDingReadStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRobotDingReadStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDingId" => rt::read_field(map, &mut self.open_ding_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRobotDingReadStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_instance_in_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotInstanceInGroupInfoRequest {
    /// `maxResult`.
    pub max_result: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `robotCode`.
    pub robot_code: String,
}
impl QueryRobotInstanceInGroupInfoRequest {
    /// A `QueryRobotInstanceInGroupInfoRequest` with its required fields (`maxResult`, `robotCode`); set the others with the methods named after them.
    pub fn new(max_result: i64, robot_code: impl Into<String>) -> Self {
        Self {
            max_result,
            next_token: None,
            robot_code: robot_code.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryRobotInstanceInGroupInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResult", &self.max_result)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRobotInstanceInGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRobotInstanceInGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResult" => rt::read_field(map, &mut self.max_result),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRobotInstanceInGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_robot_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryRobotPluginRequest {
    /// `robotCode`.
    pub robot_code: String,
}
impl QueryRobotPluginRequest {
    /// A `QueryRobotPluginRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>) -> Self {
        Self {
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for QueryRobotPluginRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRobotPluginRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRobotPluginRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_message_file_download`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RobotMessageFileDownloadRequest {
    /// `downloadCode`.
    pub download_code: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl RobotMessageFileDownloadRequest {
    /// A `RobotMessageFileDownloadRequest` with its required fields (`downloadCode`, `robotCode`); set the others with the methods named after them.
    pub fn new(download_code: impl Into<String>, robot_code: impl Into<String>) -> Self {
        Self {
            download_code: download_code.into(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for RobotMessageFileDownloadRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("downloadCode", &self.download_code)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotMessageFileDownloadRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotMessageFileDownloadRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadCode" => rt::read_field(map, &mut self.download_code),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotMessageFileDownloadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_recall_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RobotRecallDingRequest {
    /// `openDingId`.
    pub open_ding_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl RobotRecallDingRequest {
    /// A `RobotRecallDingRequest` with its required fields (`openDingId`, `robotCode`); set the others with the methods named after them.
    pub fn new(open_ding_id: impl Into<String>, robot_code: impl Into<String>) -> Self {
        Self {
            open_ding_id: open_ding_id.into(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for RobotRecallDingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openDingId", &self.open_ding_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotRecallDingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotRecallDingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDingId" => rt::read_field(map, &mut self.open_ding_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotRecallDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_recall_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RobotRecallEmotionRequest {
    /// A `RobotRecallEmotionRequest` with its required fields (`openConversationId`, `openMsgId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            emotion_name: None,
            emotion_type: None,
            open_conversation_id: open_conversation_id.into(),
            open_msg_id: open_msg_id.into(),
            robot_code: robot_code.into(),
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
impl rt::serde::Serialize for RobotRecallEmotionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("emotionName", &self.emotion_name)?;
        object.optional("emotionType", &self.emotion_type)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgId", &self.open_msg_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.optional("textEmotion", &self.text_emotion)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotRecallEmotionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotRecallEmotionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emotionName" => rt::read_field(map, &mut self.emotion_name),
            "emotionType" => rt::read_field(map, &mut self.emotion_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "textEmotion" => rt::read_field(map, &mut self.text_emotion),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotRecallEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_reply_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RobotReplyEmotionRequest {
    /// A `RobotReplyEmotionRequest` with its required fields (`openConversationId`, `openMsgId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            emotion_name: None,
            emotion_type: None,
            open_conversation_id: open_conversation_id.into(),
            open_msg_id: open_msg_id.into(),
            robot_code: robot_code.into(),
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
impl rt::serde::Serialize for RobotReplyEmotionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("emotionName", &self.emotion_name)?;
        object.optional("emotionType", &self.emotion_type)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgId", &self.open_msg_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.optional("textEmotion", &self.text_emotion)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotReplyEmotionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotReplyEmotionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emotionName" => rt::read_field(map, &mut self.emotion_name),
            "emotionType" => rt::read_field(map, &mut self.emotion_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "textEmotion" => rt::read_field(map, &mut self.text_emotion),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotReplyEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_send_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RobotSendDingRequest {
    /// A `RobotSendDingRequest` with its required fields (`content`, `receiverUserIdList`, `remindType`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        receiver_user_id_list: impl IntoIterator<Item = impl Into<String>>,
        remind_type: i64,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            call_voice: None,
            content: content.into(),
            receiver_user_id_list: receiver_user_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            remind_type,
            robot_code: robot_code.into(),
        }
    }
    /// Sets `callVoice`.
    pub fn call_voice(mut self, value: impl Into<String>) -> Self {
        self.call_voice = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RobotSendDingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callVoice", &self.call_voice)?;
        object.field("content", &self.content)?;
        object.field("receiverUserIdList", &self.receiver_user_id_list)?;
        object.field("remindType", &self.remind_type)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotSendDingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotSendDingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callVoice" => rt::read_field(map, &mut self.call_voice),
            "content" => rt::read_field(map, &mut self.content),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "remindType" => rt::read_field(map, &mut self.remind_type),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotSendDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_ding_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendRobotDingMessageRequest {
    /// A `SendRobotDingMessageRequest` with its required fields (`contentParams`, `dingTemplateId`, `openConversationId`, `receiverUserIdList`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        content_params: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        ding_template_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        receiver_user_id_list: impl IntoIterator<Item = impl Into<String>>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            content_params: content_params
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            ding_template_id: ding_template_id.into(),
            open_conversation_id: open_conversation_id.into(),
            receiver_user_id_list: receiver_user_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for SendRobotDingMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("contentParams", &self.content_params)?;
        object.field("dingTemplateId", &self.ding_template_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("receiverUserIdList", &self.receiver_user_id_list)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRobotDingMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRobotDingMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentParams" => rt::read_field(map, &mut self.content_params),
            "dingTemplateId" => rt::read_field(map, &mut self.ding_template_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SetRobotPluginRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pluginInfoList", &self.plugin_info_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRobotPluginRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRobotPluginRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pluginInfoList" => rt::read_field(map, &mut self.plugin_info_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetRobotPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_robot_outgoing`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomRobotOutgoingRequest {
    /// `outgoingUrl`.
    pub outgoing_url: String,
    /// `token`.
    pub token: String,
    /// `userCustomToken`.
    pub user_custom_token: Option<String>,
}
impl UpdateCustomRobotOutgoingRequest {
    /// A `UpdateCustomRobotOutgoingRequest` with its required fields (`outgoingUrl`, `token`); set the others with the methods named after them.
    pub fn new(outgoing_url: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            outgoing_url: outgoing_url.into(),
            token: token.into(),
            user_custom_token: None,
        }
    }
    /// Sets `userCustomToken`.
    pub fn user_custom_token(mut self, value: impl Into<String>) -> Self {
        self.user_custom_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCustomRobotOutgoingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("outgoingUrl", &self.outgoing_url)?;
        object.field("token", &self.token)?;
        object.optional("userCustomToken", &self.user_custom_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomRobotOutgoingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomRobotOutgoingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "token" => rt::read_field(map, &mut self.token),
            "userCustomToken" => rt::read_field(map, &mut self.user_custom_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCustomRobotOutgoingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_installed_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateInstalledRobotRequest {
    /// A `UpdateInstalledRobotRequest` with its required fields (`robotCode`, `updateType`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>, update_type: i64) -> Self {
        Self {
            brief: None,
            description: None,
            icon: None,
            name: None,
            robot_code: robot_code.into(),
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
impl rt::serde::Serialize for UpdateInstalledRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brief", &self.brief)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.field("robotCode", &self.robot_code)?;
        object.field("updateType", &self.update_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInstalledRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInstalledRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "updateType" => rt::read_field(map, &mut self.update_type),
            _ => Ok(false),
        }
    }
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
