// @generated from api-spec/service_group_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.service_group_1_0()`. Generated from `api-spec/service_group_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `service_group_1_0`. Get it with `client.service_group_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加联系人到群里
    ///
    /// `POST /v1.0/serviceGroup/groups/contacts` (operation `AddContactMemberToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddContactMemberToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_contact_member_to_group(
        &self,
        request: &AddContactMemberToGroupRequest,
    ) -> rt::Call<AddContactMemberToGroupResponseBody, AddContactMemberToGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddContactMemberToGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加知识点
    ///
    /// `POST /v1.0/serviceGroup/knowledges` (operation `AddKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_knowledge(
        &self,
        request: &AddKnowledgeRequest,
    ) -> rt::Call<AddKnowledgeResponseBody, AddKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddKnowledge",
            rt::Method::Post,
            "/v1.0/serviceGroup/knowledges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加服务群知识库
    ///
    /// `POST /v1.0/serviceGroup/librarys` (operation `AddLibrary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddLibraryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_library(
        &self,
        request: &AddLibraryRequest,
    ) -> rt::Call<AddLibraryResponseBody, AddLibraryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddLibrary",
            rt::Method::Post,
            "/v1.0/serviceGroup/librarys",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加服务群群成员
    ///
    /// `POST /v1.0/serviceGroup/groups/members` (operation `AddMemberToServiceGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddMemberToServiceGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_member_to_service_group(
        &self,
        request: &AddMemberToServiceGroupRequest,
    ) -> rt::Call<AddMemberToServiceGroupResponseBody, AddMemberToServiceGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddMemberToServiceGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// OpenApi添加知识点类目
    ///
    /// `POST /v1.0/serviceGroup/openCategories` (operation `AddOpenCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOpenCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_open_category(
        &self,
        request: &AddOpenCategoryRequest,
    ) -> rt::Call<AddOpenCategoryResponseBody, AddOpenCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOpenCategory",
            rt::Method::Post,
            "/v1.0/serviceGroup/openCategories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// OpenApi添加知识入库
    ///
    /// `POST /v1.0/serviceGroup/openKnowledges` (operation `AddOpenKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOpenKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_open_knowledge(
        &self,
        request: &AddOpenKnowledgeRequest,
    ) -> rt::Call<AddOpenKnowledgeResponseBody, AddOpenKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOpenKnowledge",
            rt::Method::Post,
            "/v1.0/serviceGroup/openKnowledges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 智能服务群知识库创建
    ///
    /// `POST /v1.0/serviceGroup/openLibraries` (operation `AddOpenLibrary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOpenLibraryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_open_library(
        &self,
        request: &AddOpenLibraryRequest,
    ) -> rt::Call<AddOpenLibraryResponseBody, AddOpenLibraryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOpenLibrary",
            rt::Method::Post,
            "/v1.0/serviceGroup/openLibraries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加工单备注
    ///
    /// `POST /v1.0/serviceGroup/tickets/memos` (operation `AddTicketMemo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddTicketMemoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_ticket_memo(
        &self,
        request: &AddTicketMemoRequest,
    ) -> rt::Call<rt::serde_json::Value, AddTicketMemoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddTicketMemo",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/memos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工单指派
    ///
    /// `POST /v1.0/serviceGroup/tickets/assign` (operation `AssignTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AssignTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn assign_ticket(
        &self,
        request: &AssignTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, AssignTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssignTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/assign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量绑定服务群业务ID
    ///
    /// `POST /v1.0/serviceGroup/groups/bind` (operation `BatchBindingGroupBizIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchBindingGroupBizIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_binding_group_biz_ids(
        &self,
        request: &BatchBindingGroupBizIdsRequest,
    ) -> rt::Call<BatchBindingGroupBizIdsResponseBody, BatchBindingGroupBizIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchBindingGroupBizIds",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/bind",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询群组配置
    ///
    /// `POST /v1.0/serviceGroup/groupSetConfigs/batchQuery` (operation `BatchGetGroupSetConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetGroupSetConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_get_group_set_config(
        &self,
        request: &BatchGetGroupSetConfigRequest,
    ) -> rt::Call<BatchGetGroupSetConfigResponseBody, BatchGetGroupSetConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetGroupSetConfig",
            rt::Method::Post,
            "/v1.0/serviceGroup/groupSetConfigs/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询客户群发任务
    ///
    /// `POST /v1.0/serviceGroup/customers/tasks/batchQuery` (operation `BatchQueryCustomerSendTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryCustomerSendTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_customer_send_task(
        &self,
        request: &BatchQueryCustomerSendTaskRequest,
    ) -> rt::Call<
        BatchQueryCustomerSendTaskResponseBody,
        BatchQueryCustomerSendTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryCustomerSendTask",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/tasks/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询群成员
    ///
    /// `POST /v1.0/serviceGroup/groups/members/batchQuery` (operation `BatchQueryGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_group_member(
        &self,
        request: &BatchQueryGroupMemberRequest,
    ) -> rt::Call<BatchQueryGroupMemberResponseBody, BatchQueryGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryGroupMember",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/members/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群发任务批量查询
    ///
    /// `POST /v1.0/serviceGroup/tasks/query` (operation `BatchQuerySendMessageTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQuerySendMessageTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_send_message_task(
        &self,
        request: &BatchQuerySendMessageTaskRequest,
    ) -> rt::Call<
        BatchQuerySendMessageTaskResponseBody,
        BatchQuerySendMessageTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQuerySendMessageTask",
            rt::Method::Post,
            "/v1.0/serviceGroup/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 绑定服务群模板到团队
    ///
    /// `POST /v1.0/serviceGroup/teams/templates/bound` (operation `BoundTemplateToTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BoundTemplateToTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn bound_template_to_team(
        &self,
        request: &BoundTemplateToTeamRequest,
    ) -> rt::Call<BoundTemplateToTeamResponseBody, BoundTemplateToTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BoundTemplateToTeam",
            rt::Method::Post,
            "/v1.0/serviceGroup/teams/templates/bound",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销工单
    ///
    /// `POST /v1.0/serviceGroup/tickets/cancel` (operation `CancelTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn cancel_ticket(
        &self,
        request: &CancelTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, CancelTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 心声总览自定义分类统计
    ///
    /// `GET /v1.0/serviceGroup/voices/dashboards/categories/statistics` (operation `CategoryStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CategoryStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn category_statistics(
        &self,
        request: &CategoryStatisticsRequest,
    ) -> rt::Call<CategoryStatisticsResponseBody, CategoryStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CategoryStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/dashboards/categories/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关闭会话回调
    ///
    /// `POST /v1.0/serviceGroup/conversions` (operation `CloseConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CloseConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn close_conversation(
        &self,
        request: &CloseConversationRequest,
    ) -> rt::Call<CloseConversationResponseBody, CloseConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseConversation",
            rt::Method::Post,
            "/v1.0/serviceGroup/conversions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关闭人工会话
    ///
    /// `POST /v1.0/serviceGroup/humanSessions/close` (operation `CloseHumanSession`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CloseHumanSessionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn close_human_session(
        &self,
        request: &CloseHumanSessionRequest,
    ) -> rt::Call<CloseHumanSessionResponseBody, CloseHumanSessionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseHumanSession",
            rt::Method::Post,
            "/v1.0/serviceGroup/humanSessions/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 客服分配成功通知回调
    ///
    /// `POST /v1.0/serviceGroup/customers` (operation `ConversationCreatedNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConversationCreatedNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn conversation_created_notify(
        &self,
        request: &ConversationCreatedNotifyRequest,
    ) -> rt::Call<
        ConversationCreatedNotifyResponseBody,
        ConversationCreatedNotifyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConversationCreatedNotify",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 会话转接开始通知回调
    ///
    /// `POST /v1.0/serviceGroup/transfers` (operation `ConversationTransferBeginNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConversationTransferBeginNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn conversation_transfer_begin_notify(
        &self,
        request: &ConversationTransferBeginNotifyRequest,
    ) -> rt::Call<
        ConversationTransferBeginNotifyResponseBody,
        ConversationTransferBeginNotifyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConversationTransferBeginNotify",
            rt::Method::Post,
            "/v1.0/serviceGroup/transfers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 会话转接完成通知回调
    ///
    /// `POST /v1.0/serviceGroup/completes` (operation `ConversationTransferCompleteNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConversationTransferCompleteNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn conversation_transfer_complete_notify(
        &self,
        request: &ConversationTransferCompleteNotifyRequest,
    ) -> rt::Call<
        ConversationTransferCompleteNotifyResponseBody,
        ConversationTransferCompleteNotifyError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConversationTransferCompleteNotify",
            rt::Method::Post,
            "/v1.0/serviceGroup/completes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建服务群
    ///
    /// `POST /v1.0/serviceGroup/groups` (operation `CreateGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> rt::Call<CreateGroupResponseBody, CreateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建主动会话接口
    ///
    /// `POST /v1.0/serviceGroup/create/conversations` (operation `CreateGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group_conversation(
        &self,
        request: &CreateGroupConversationRequest,
    ) -> rt::Call<CreateGroupConversationResponseBody, CreateGroupConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupConversation",
            rt::Method::Post,
            "/v1.0/serviceGroup/create/conversations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建服务群群分组
    ///
    /// `POST /v1.0/serviceGroup/groupSets` (operation `CreateGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group_set(
        &self,
        request: &CreateGroupSetRequest,
    ) -> rt::Call<CreateGroupSetResponseBody, CreateGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupSet",
            rt::Method::Post,
            "/v1.0/serviceGroup/groupSets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群新增表单实例
    ///
    /// `POST /v1.0/serviceGroup/customForms/instances` (operation `CreateInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_instance(
        &self,
        request: &CreateInstanceRequest,
    ) -> rt::Call<CreateInstanceResponseBody, CreateInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateInstance",
            rt::Method::Post,
            "/v1.0/serviceGroup/customForms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建服务群团队
    ///
    /// `POST /v1.0/serviceGroup/teams` (operation `CreateTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_team(
        &self,
        request: &CreateTeamRequest,
    ) -> rt::Call<CreateTeamResponseBody, CreateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTeam",
            rt::Method::Post,
            "/v1.0/serviceGroup/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建工单
    ///
    /// `POST /v1.0/serviceGroup/tickets` (operation `CreateTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_ticket(
        &self,
        request: &CreateTicketRequest,
    ) -> rt::Call<CreateTicketResponseBody, CreateTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 客户群发任务
    ///
    /// `POST /v1.0/serviceGroup/customers/tasks/send` (operation `CustomerSendMsgTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CustomerSendMsgTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn customer_send_msg_task(
        &self,
        request: &CustomerSendMsgTaskRequest,
    ) -> rt::Call<CustomerSendMsgTaskResponseBody, CustomerSendMsgTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomerSendMsgTask",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/tasks/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从群或者群组剔除成员
    ///
    /// `POST /v1.0/serviceGroup/groups/members/remove` (operation `DeleteGroupMembersFromGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteGroupMembersFromGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_group_members_from_group(
        &self,
        request: &DeleteGroupMembersFromGroupRequest,
    ) -> rt::Call<
        DeleteGroupMembersFromGroupResponseBody,
        DeleteGroupMembersFromGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteGroupMembersFromGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群删除表单实例
    ///
    /// `POST /v1.0/serviceGroup/customForms/instances/remove` (operation `DeleteInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_instance(
        &self,
        request: &DeleteInstanceRequest,
    ) -> rt::Call<DeleteInstanceResponseBody, DeleteInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteInstance",
            rt::Method::Post,
            "/v1.0/serviceGroup/customForms/instances/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群删除知识点
    ///
    /// `POST /v1.0/serviceGroup/knowledges/batchDelete` (operation `DeleteKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_knowledge(
        &self,
        request: &DeleteKnowledgeRequest,
    ) -> rt::Call<DeleteKnowledgeResponseBody, DeleteKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteKnowledge",
            rt::Method::Post,
            "/v1.0/serviceGroup/knowledges/batchDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 客户心声负面情绪统计
    ///
    /// `GET /v1.0/serviceGroup/voices/emotions/statistics` (operation `EmotionStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EmotionStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn emotion_statistics(
        &self,
        request: &EmotionStatisticsRequest,
    ) -> rt::Call<EmotionStatisticsResponseBody, EmotionStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EmotionStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/emotions/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 结单
    ///
    /// `POST /v1.0/serviceGroup/tickets/finish` (operation `FinishTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FinishTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn finish_ticket(
        &self,
        request: &FinishTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, FinishTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FinishTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取签权Token
    ///
    /// `POST /v1.0/serviceGroup/get/tokens` (operation `GetAuthToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAuthTokenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_auth_token(
        &self,
        request: &GetAuthTokenRequest,
    ) -> rt::Call<GetAuthTokenResponseBody, GetAuthTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAuthToken",
            rt::Method::Post,
            "/v1.0/serviceGroup/get/tokens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群通过实例ID集合批量查询表单实例数据
    ///
    /// `POST /v1.0/serviceGroup/customForms/instances/batchQuery` (operation `GetInstancesByIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInstancesByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_instances_by_ids(
        &self,
        request: &GetInstancesByIdsRequest,
    ) -> rt::Call<GetInstancesByIdsResponseBody, GetInstancesByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInstancesByIds",
            rt::Method::Post,
            "/v1.0/serviceGroup/customForms/instances/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取负面心声词云
    ///
    /// `GET /v1.0/serviceGroup/voices/negatives/wordClouds` (operation `GetNegativeWordCloud`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetNegativeWordCloudError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_negative_word_cloud(
        &self,
        request: &GetNegativeWordCloudRequest,
    ) -> rt::Call<GetNegativeWordCloudResponseBody, GetNegativeWordCloudError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNegativeWordCloud",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/negatives/wordClouds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取临时访问链接
    ///
    /// `GET /v1.0/serviceGroup/ossServices/tempUrls` (operation `GetOssTempUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOssTempUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_oss_temp_url(
        &self,
        request: &GetOssTempUrlRequest,
    ) -> rt::Call<GetOssTempUrlResponseBody, GetOssTempUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOssTempUrl",
            rt::Method::Get,
            "/v1.0/serviceGroup/ossServices/tempUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取表单上传凭证
    ///
    /// `POST /v1.0/serviceGroup/ossServices/policies` (operation `GetStoragePolicy`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetStoragePolicyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_storage_policy(
        &self,
        request: &GetStoragePolicyRequest,
    ) -> rt::Call<GetStoragePolicyResponseBody, GetStoragePolicyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStoragePolicy",
            rt::Method::Post,
            "/v1.0/serviceGroup/ossServices/policies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询工单详情
    ///
    /// `GET /v1.0/serviceGroup/tickets` (operation `GetTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_ticket(
        &self,
        request: &GetTicketRequest,
    ) -> rt::Call<GetTicketResponseBody, GetTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTicket",
            rt::Method::Get,
            "/v1.0/serviceGroup/tickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取心声词云
    ///
    /// `GET /v1.0/serviceGroup/voices/wordClouds` (operation `GetWordCloud`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWordCloudError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_word_cloud(
        &self,
        request: &GetWordCloudRequest,
    ) -> rt::Call<GetWordCloudResponseBody, GetWordCloudError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWordCloud",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/wordClouds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 心声总览群统计
    ///
    /// `GET /v1.0/serviceGroup/voices/dashboards/groups/statistics` (operation `GroupStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_statistics(
        &self,
        request: &GroupStatisticsRequest,
    ) -> rt::Call<GroupStatisticsResponseBody, GroupStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/dashboards/groups/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 心声总览意图&自定义分类统计
    ///
    /// `GET /v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics` (operation `IntentionCategoryStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IntentionCategoryStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn intention_category_statistics(
        &self,
        request: &IntentionCategoryStatisticsRequest,
    ) -> rt::Call<
        IntentionCategoryStatisticsResponseBody,
        IntentionCategoryStatisticsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IntentionCategoryStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 心声总览意图统计
    ///
    /// `GET /v1.0/serviceGroup/voices/dashboards/intentions/statistics` (operation `IntentionStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IntentionStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn intention_statistics(
        &self,
        request: &IntentionStatisticsRequest,
    ) -> rt::Call<IntentionStatisticsResponseBody, IntentionStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IntentionStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/dashboards/intentions/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询工单操作记录
    ///
    /// `GET /v1.0/serviceGroup/tickets/operateRecords` (operation `ListTicketOperateRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTicketOperateRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_ticket_operate_record(
        &self,
        request: &ListTicketOperateRecordRequest,
    ) -> rt::Call<ListTicketOperateRecordResponseBody, ListTicketOperateRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTicketOperateRecord",
            rt::Method::Get,
            "/v1.0/serviceGroup/tickets/operateRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户所在团队
    ///
    /// `GET /v1.0/serviceGroup/users/{user_id}/teams` (operation `ListUserTeams`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserTeamsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_user_teams(
        &self,
        user_id: &str,
    ) -> rt::Call<ListUserTeamsResponseBody, ListUserTeamsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserTeams",
            rt::Method::Get,
            "/v1.0/serviceGroup/users/{user_id}/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询服务群活跃成员
    ///
    /// `GET /v1.0/serviceGroup/groups/queryActiveUsers` (operation `QueryActiveUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryActiveUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_active_users(
        &self,
        request: &QueryActiveUsersRequest,
    ) -> rt::Call<QueryActiveUsersResponseBody, QueryActiveUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryActiveUsers",
            rt::Method::Get,
            "/v1.0/serviceGroup/groups/queryActiveUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群联系人画像检索
    ///
    /// `POST /v1.0/serviceGroup/groups/contacts/query` (operation `QueryCrmGroupContact`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCrmGroupContactError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_crm_group_contact(
        &self,
        request: &QueryCrmGroupContactRequest,
    ) -> rt::Call<QueryCrmGroupContactResponseBody, QueryCrmGroupContactError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCrmGroupContact",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/contacts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户信息
    ///
    /// `POST /v1.0/serviceGroup/userDetials` (operation `QueryCustomerCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomerCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_customer_card(
        &self,
        request: &QueryCustomerCardRequest,
    ) -> rt::Call<QueryCustomerCardResponseBody, QueryCustomerCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerCard",
            rt::Method::Post,
            "/v1.0/serviceGroup/userDetials",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户群发任务客户触达详情
    ///
    /// `POST /v1.0/serviceGroup/customers/tasks/query` (operation `QueryCustomerTaskUserDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomerTaskUserDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_customer_task_user_detail(
        &self,
        request: &QueryCustomerTaskUserDetailRequest,
    ) -> rt::Call<
        QueryCustomerTaskUserDetailResponseBody,
        QueryCustomerTaskUserDetailError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerTaskUserDetail",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询单个服务群信息
    ///
    /// `POST /v1.0/serviceGroup/groups/query` (operation `QueryGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group(
        &self,
        request: &QueryGroupRequest,
    ) -> rt::Call<QueryGroupResponseBody, QueryGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定群成员
    ///
    /// `POST /v1.0/serviceGroup/groups/members/query` (operation `QueryGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_member(
        &self,
        request: &QueryGroupMemberRequest,
    ) -> rt::Call<QueryGroupMemberResponseBody, QueryGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMember",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务群群组信息
    ///
    /// `GET /v1.0/serviceGroup/groupSets` (operation `QueryGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_set(
        &self,
        request: &QueryGroupSetRequest,
    ) -> rt::Call<QueryGroupSetResponseBody, QueryGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupSet",
            rt::Method::Get,
            "/v1.0/serviceGroup/groupSets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群通过多添件进行组合检索表单数据实例集合
    ///
    /// `POST /v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery` (operation `QueryInstancesByMultiConditions`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInstancesByMultiConditionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_instances_by_multi_conditions(
        &self,
        request: &QueryInstancesByMultiConditionsRequest,
    ) -> rt::Call<
        QueryInstancesByMultiConditionsResponseBody,
        QueryInstancesByMultiConditionsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInstancesByMultiConditions",
            rt::Method::Post,
            "/v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群发任务统计查询
    ///
    /// `POST /v1.0/serviceGroup/tasks/statistics/query` (operation `QuerySendMsgTaskStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySendMsgTaskStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_send_msg_task_statistics(
        &self,
        request: &QuerySendMsgTaskStatisticsRequest,
    ) -> rt::Call<
        QuerySendMsgTaskStatisticsResponseBody,
        QuerySendMsgTaskStatisticsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySendMsgTaskStatistics",
            rt::Method::Post,
            "/v1.0/serviceGroup/tasks/statistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群发任务群维度的统计数据
    ///
    /// `POST /v1.0/serviceGroup/tasks/statistics/details/query` (operation `QuerySendMsgTaskStatisticsDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySendMsgTaskStatisticsDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_send_msg_task_statistics_detail(
        &self,
        request: &QuerySendMsgTaskStatisticsDetailRequest,
    ) -> rt::Call<
        QuerySendMsgTaskStatisticsDetailResponseBody,
        QuerySendMsgTaskStatisticsDetailError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySendMsgTaskStatisticsDetail",
            rt::Method::Post,
            "/v1.0/serviceGroup/tasks/statistics/details/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查消息的已读/未读列表
    ///
    /// `POST /v1.0/serviceGroup/messages/readStatus/query` (operation `QueryServiceGroupMessageReadStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryServiceGroupMessageReadStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_service_group_message_read_status(
        &self,
        request: &QueryServiceGroupMessageReadStatusRequest,
    ) -> rt::Call<
        QueryServiceGroupMessageReadStatusResponseBody,
        QueryServiceGroupMessageReadStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryServiceGroupMessageReadStatus",
            rt::Method::Post,
            "/v1.0/serviceGroup/messages/readStatus/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 外部DT工作台排队通知回调
    ///
    /// `POST /v1.0/serviceGroup/dts` (operation `QueueNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueueNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn queue_notify(
        &self,
        request: &QueueNotifyRequest,
    ) -> rt::Call<QueueNotifyResponseBody, QueueNotifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueueNotify",
            rt::Method::Post,
            "/v1.0/serviceGroup/dts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 组织剔除联系人
    ///
    /// `POST /v1.0/serviceGroup/organizations/contacts/remove` (operation `RemoveContactFromOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveContactFromOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_contact_from_org(
        &self,
        request: &RemoveContactFromOrgRequest,
    ) -> rt::Call<RemoveContactFromOrgResponseBody, RemoveContactFromOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveContactFromOrg",
            rt::Method::Post,
            "/v1.0/serviceGroup/organizations/contacts/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 指定群的客户活跃明细查询
    ///
    /// `POST /v1.0/serviceGroup/customers/activities/details/query` (operation `ReportCustomerDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReportCustomerDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn report_customer_detail(
        &self,
        request: &ReportCustomerDetailRequest,
    ) -> rt::Call<ReportCustomerDetailResponseBody, ReportCustomerDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReportCustomerDetail",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/activities/details/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 客户活跃明细指标查询
    ///
    /// `POST /v1.0/serviceGroup/customers/activities/statistics/query` (operation `ReportCustomerStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReportCustomerStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn report_customer_statistics(
        &self,
        request: &ReportCustomerStatisticsRequest,
    ) -> rt::Call<ReportCustomerStatisticsResponseBody, ReportCustomerStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReportCustomerStatistics",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/activities/statistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 重新提交工单
    ///
    /// `POST /v1.0/serviceGroup/tickets/resubmit` (operation `ResubmitTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ResubmitTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn resubmit_ticket(
        &self,
        request: &ResubmitTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, ResubmitTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ResubmitTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/resubmit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回工单
    ///
    /// `POST /v1.0/serviceGroup/tickets/retract` (operation `RetractTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetractTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retract_ticket(
        &self,
        request: &RetractTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, RetractTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetractTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/retract",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 指定群的机器人消息撤回
    ///
    /// `POST /v1.0/serviceGroup/robots/messages/recall` (operation `RobotMessageRecall`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RobotMessageRecallError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn robot_message_recall(
        &self,
        request: &RobotMessageRecallRequest,
    ) -> rt::Call<RobotMessageRecallResponseBody, RobotMessageRecallError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RobotMessageRecall",
            rt::Method::Post,
            "/v1.0/serviceGroup/robots/messages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群新增表单实例
    ///
    /// `POST /v1.0/serviceGroup/forms/instances` (operation `SaveFormInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_form_instance(
        &self,
        request: &SaveFormInstanceRequest,
    ) -> rt::Call<SaveFormInstanceResponseBody, SaveFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveFormInstance",
            rt::Method::Post,
            "/v1.0/serviceGroup/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索服务群
    ///
    /// `POST /v1.0/serviceGroup/groups/search` (operation `SearchGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_group(
        &self,
        request: &SearchGroupRequest,
    ) -> rt::Call<SearchGroupResponseBody, SearchGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群发任务
    ///
    /// `POST /v1.0/serviceGroup/messages/tasks/send` (operation `SendMsgByTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMsgByTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_msg_by_task(
        &self,
        request: &SendMsgByTaskRequest,
    ) -> rt::Call<SendMsgByTaskResponseBody, SendMsgByTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMsgByTask",
            rt::Method::Post,
            "/v1.0/serviceGroup/messages/tasks/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增强版客户群发
    ///
    /// `POST /v1.0/serviceGroup/customers/tasks/groupSend` (operation `SendMsgByTaskSupportInviteJoinOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMsgByTaskSupportInviteJoinOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_msg_by_task_support_invite_join_org(
        &self,
        request: &SendMsgByTaskSupportInviteJoinOrgRequest,
    ) -> rt::Call<
        SendMsgByTaskSupportInviteJoinOrgResponseBody,
        SendMsgByTaskSupportInviteJoinOrgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMsgByTaskSupportInviteJoinOrg",
            rt::Method::Post,
            "/v1.0/serviceGroup/customers/tasks/groupSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群发消息
    ///
    /// `POST /v1.0/serviceGroup/messages/send` (operation `SendServiceGroupMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendServiceGroupMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_service_group_message(
        &self,
        request: &SendServiceGroupMessageRequest,
    ) -> rt::Call<SendServiceGroupMessageResponseBody, SendServiceGroupMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendServiceGroupMessage",
            rt::Method::Post,
            "/v1.0/serviceGroup/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行阿里内部用户群组机器人服务开关
    ///
    /// `POST /v1.0/serviceGroup/groups/configs/set` (operation `SetRobotConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRobotConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_robot_config(
        &self,
        request: &SetRobotConfigRequest,
    ) -> rt::Call<SetRobotConfigResponseBody, SetRobotConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRobotConfig",
            rt::Method::Post,
            "/v1.0/serviceGroup/groups/configs/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 申领工单
    ///
    /// `POST /v1.0/serviceGroup/tickets/apply` (operation `TakeTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TakeTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn take_ticket(
        &self,
        request: &TakeTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, TakeTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TakeTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/apply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 客户心声热门话题统计
    ///
    /// `GET /v1.0/serviceGroup/voices/topics/statistics` (operation `TopicStatistics`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TopicStatisticsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn topic_statistics(
        &self,
        request: &TopicStatisticsRequest,
    ) -> rt::Call<TopicStatisticsResponseBody, TopicStatisticsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TopicStatistics",
            rt::Method::Get,
            "/v1.0/serviceGroup/voices/topics/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 转交工单
    ///
    /// `POST /v1.0/serviceGroup/tickets/transfer` (operation `TransferTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransferTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn transfer_ticket(
        &self,
        request: &TransferTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, TransferTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransferTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/transfer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 变更群的群组配置信息
    ///
    /// `PUT /v1.0/serviceGroup/groups/configurations` (operation `UpdateGroupSet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupSetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_set(
        &self,
        request: &UpdateGroupSetRequest,
    ) -> rt::Call<UpdateGroupSetResponseBody, UpdateGroupSetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupSet",
            rt::Method::Put,
            "/v1.0/serviceGroup/groups/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新服务群标签
    ///
    /// `PUT /v1.0/serviceGroup/tags` (operation `UpdateGroupTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_tag(
        &self,
        request: &UpdateGroupTagRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateGroupTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupTag",
            rt::Method::Put,
            "/v1.0/serviceGroup/tags",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 服务群更新表单实例
    ///
    /// `PUT /v1.0/serviceGroup/customForms/instances` (operation `UpdateInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_instance(
        &self,
        request: &UpdateInstanceRequest,
    ) -> rt::Call<UpdateInstanceResponseBody, UpdateInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInstance",
            rt::Method::Put,
            "/v1.0/serviceGroup/customForms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新工单自定义字段
    ///
    /// `PUT /v1.0/serviceGroup/tickets` (operation `UpdateTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_ticket(
        &self,
        request: &UpdateTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTicket",
            rt::Method::Put,
            "/v1.0/serviceGroup/tickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 将智能云客服下的旧版服务群升级为钉钉智能服务群
    ///
    /// `POST /v1.0/serviceGroup/cloudGroups/upgrade` (operation `UpgradeCloudGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeCloudGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upgrade_cloud_group(
        &self,
        request: &UpgradeCloudGroupRequest,
    ) -> rt::Call<rt::serde_json::Value, UpgradeCloudGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeCloudGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/cloudGroups/upgrade",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 将常规钉群升级为钉钉智能服务群
    ///
    /// `POST /v1.0/serviceGroup/normalGroups/upgrade` (operation `UpgradeNormalGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeNormalGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upgrade_normal_group(
        &self,
        request: &UpgradeNormalGroupRequest,
    ) -> rt::Call<rt::serde_json::Value, UpgradeNormalGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeNormalGroup",
            rt::Method::Post,
            "/v1.0/serviceGroup/normalGroups/upgrade",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工单催办
    ///
    /// `POST /v1.0/serviceGroup/tickets/urge` (operation `UrgeTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UrgeTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn urge_ticket(
        &self,
        request: &UrgeTicketRequest,
    ) -> rt::Call<rt::serde_json::Value, UrgeTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UrgeTicket",
            rt::Method::Post,
            "/v1.0/serviceGroup/tickets/urge",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::batch_query_customer_send_task`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn batch_query_customer_send_task_pages(
        &self,
        request: &BatchQueryCustomerSendTaskRequest,
    ) -> rt::Paginator<
        BatchQueryCustomerSendTaskResponseBody,
        BatchQueryCustomerSendTaskError,
        BatchQueryCustomerSendTaskResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.batch_query_customer_send_task(request), &PAGING)
    }
    /// Every page of [`Api::batch_query_group_member`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `records` of each page.
    pub fn batch_query_group_member_pages(
        &self,
        request: &BatchQueryGroupMemberRequest,
    ) -> rt::Paginator<
        BatchQueryGroupMemberResponseBody,
        BatchQueryGroupMemberError,
        BatchQueryGroupMemberResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["records"],
        );
        rt::Paginator::new(self.batch_query_group_member(request), &PAGING)
    }
    /// Every page of [`Api::batch_query_send_message_task`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn batch_query_send_message_task_pages(
        &self,
        request: &BatchQuerySendMessageTaskRequest,
    ) -> rt::Paginator<
        BatchQuerySendMessageTaskResponseBody,
        BatchQuerySendMessageTaskError,
        BatchQuerySendMessageTaskResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.batch_query_send_message_task(request), &PAGING)
    }
    /// Every page of [`Api::query_crm_group_contact`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_crm_group_contact_pages(
        &self,
        request: &QueryCrmGroupContactRequest,
    ) -> rt::Paginator<
        QueryCrmGroupContactResponseBody,
        QueryCrmGroupContactError,
        QueryCrmGroupContactResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.query_crm_group_contact(request), &PAGING)
    }
    /// Every page of [`Api::query_customer_task_user_detail`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_customer_task_user_detail_pages(
        &self,
        request: &QueryCustomerTaskUserDetailRequest,
    ) -> rt::Paginator<
        QueryCustomerTaskUserDetailResponseBody,
        QueryCustomerTaskUserDetailError,
        QueryCustomerTaskUserDetailResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.query_customer_task_user_detail(request), &PAGING)
    }
    /// Every page of [`Api::query_instances_by_multi_conditions`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_instances_by_multi_conditions_pages(
        &self,
        request: &QueryInstancesByMultiConditionsRequest,
    ) -> rt::Paginator<
        QueryInstancesByMultiConditionsResponseBody,
        QueryInstancesByMultiConditionsError,
        QueryInstancesByMultiConditionsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.query_instances_by_multi_conditions(request), &PAGING)
    }
    /// Every page of [`Api::query_send_msg_task_statistics`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_send_msg_task_statistics_pages(
        &self,
        request: &QuerySendMsgTaskStatisticsRequest,
    ) -> rt::Paginator<
        QuerySendMsgTaskStatisticsResponseBody,
        QuerySendMsgTaskStatisticsError,
        QuerySendMsgTaskStatisticsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.query_send_msg_task_statistics(request), &PAGING)
    }
    /// Every page of [`Api::query_send_msg_task_statistics_detail`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_send_msg_task_statistics_detail_pages(
        &self,
        request: &QuerySendMsgTaskStatisticsDetailRequest,
    ) -> rt::Paginator<
        QuerySendMsgTaskStatisticsDetailResponseBody,
        QuerySendMsgTaskStatisticsDetailError,
        QuerySendMsgTaskStatisticsDetailResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.query_send_msg_task_statistics_detail(request), &PAGING)
    }
    /// Every page of [`Api::query_service_group_message_read_status`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn query_service_group_message_read_status_pages(
        &self,
        request: &QueryServiceGroupMessageReadStatusRequest,
    ) -> rt::Paginator<
        QueryServiceGroupMessageReadStatusResponseBody,
        QueryServiceGroupMessageReadStatusError,
        QueryServiceGroupMessageReadStatusResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(
            self.query_service_group_message_read_status(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::search_group`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn search_group_pages(
        &self,
        request: &SearchGroupRequest,
    ) -> rt::Paginator<
        SearchGroupResponseBody,
        SearchGroupError,
        SearchGroupResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.search_group(request), &PAGING)
    }
}
/// `AddContactMemberToGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddContactMemberToGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddContactMemberToGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddContactMemberToGroupResponseBody {
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
impl rt::serde::Serialize for AddContactMemberToGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddKnowledgeRequestAttachmentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddKnowledgeRequestAttachmentList {
    /// `mime_type`.
    pub mime_type: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `suffix`.
    pub suffix: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl AddKnowledgeRequestAttachmentList {
    /// An empty `AddKnowledgeRequestAttachmentList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mime_type`.
    pub fn mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets `path`.
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `suffix`.
    pub fn suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddKnowledgeRequestAttachmentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mime_type", &self.mime_type)?;
        object.optional("path", &self.path)?;
        object.optional("size", &self.size)?;
        object.optional("suffix", &self.suffix)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddKnowledgeRequestAttachmentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddKnowledgeRequestAttachmentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mime_type" => rt::read_field(map, &mut self.mime_type),
            "path" => rt::read_field(map, &mut self.path),
            "size" => rt::read_field(map, &mut self.size),
            "suffix" => rt::read_field(map, &mut self.suffix),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `AddKnowledgeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddKnowledgeResponseBody {
    /// `openKnowledgeId`.
    pub open_knowledge_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddKnowledgeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddKnowledgeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openKnowledgeId" => rt::read_field(map, &mut self.open_knowledge_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddKnowledgeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openKnowledgeId", &self.open_knowledge_id)?;
        object.end()
    }
}
/// `AddLibraryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLibraryResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddLibraryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLibraryResponseBody {
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
impl rt::serde::Serialize for AddLibraryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddMemberToServiceGroupResponseBody`: the same model as [`AddLibraryResponseBody`].
pub type AddMemberToServiceGroupResponseBody = AddLibraryResponseBody;
/// `AddOpenCategoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenCategoryResponseBody {
    /// `result`.
    pub result: Option<AddOpenCategoryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenCategoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenCategoryResponseBody {
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
impl rt::serde::Serialize for AddOpenCategoryResponseBody {
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
/// `AddOpenKnowledgeRequestAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenKnowledgeRequestAttachments {
    /// `mimeType`.
    pub mime_type: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `size`.
    pub size: Option<f64>,
    /// `suffix`.
    pub suffix: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl AddOpenKnowledgeRequestAttachments {
    /// An empty `AddOpenKnowledgeRequestAttachments`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mimeType`.
    pub fn mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets `path`.
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: f64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `suffix`.
    pub fn suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddOpenKnowledgeRequestAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mimeType", &self.mime_type)?;
        object.optional("path", &self.path)?;
        object.optional("size", &self.size)?;
        object.optional("suffix", &self.suffix)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOpenKnowledgeRequestAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOpenKnowledgeRequestAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mimeType" => rt::read_field(map, &mut self.mime_type),
            "path" => rt::read_field(map, &mut self.path),
            "size" => rt::read_field(map, &mut self.size),
            "suffix" => rt::read_field(map, &mut self.suffix),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `AddOpenKnowledgeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenKnowledgeResponseBody {
    /// `result`.
    pub result: Option<AddOpenKnowledgeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenKnowledgeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenKnowledgeResponseBody {
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
impl rt::serde::Serialize for AddOpenKnowledgeResponseBody {
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
/// `AddOpenLibraryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenLibraryResponseBody {
    /// `result`.
    pub result: Option<AddOpenLibraryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenLibraryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenLibraryResponseBody {
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
impl rt::serde::Serialize for AddOpenLibraryResponseBody {
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
/// `AddTicketMemoRequestTicketMemo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddTicketMemoRequestTicketMemo {
    /// `attachments`.
    pub attachments: Option<Vec<AddTicketMemoRequestTicketMemoAttachments>>,
    /// `memo`.
    pub memo: String,
}
impl AddTicketMemoRequestTicketMemo {
    /// A `AddTicketMemoRequestTicketMemo` with its required fields (`memo`); set the others with the methods named after them.
    pub fn new(memo: impl Into<String>) -> Self {
        Self {
            attachments: None,
            memo: memo.into(),
        }
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = AddTicketMemoRequestTicketMemoAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for AddTicketMemoRequestTicketMemo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.field("memo", &self.memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddTicketMemoRequestTicketMemo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddTicketMemoRequestTicketMemo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "memo" => rt::read_field(map, &mut self.memo),
            _ => Ok(false),
        }
    }
}
/// `AssignTicketRequestNotify`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AssignTicketRequestNotify {
    /// `groupNoticeReceiverUnionIds`.
    pub group_notice_receiver_union_ids: Option<Vec<String>>,
    /// `noticeAllGroupMember`.
    pub notice_all_group_member: Option<bool>,
    /// `workNoticeReceiverUnionIds`.
    pub work_notice_receiver_union_ids: Option<Vec<String>>,
}
impl AssignTicketRequestNotify {
    /// An empty `AssignTicketRequestNotify`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupNoticeReceiverUnionIds`.
    pub fn group_notice_receiver_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_notice_receiver_union_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `noticeAllGroupMember`.
    pub fn notice_all_group_member(mut self, value: bool) -> Self {
        self.notice_all_group_member = Some(value);
        self
    }
    /// Sets `workNoticeReceiverUnionIds`.
    pub fn work_notice_receiver_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.work_notice_receiver_union_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for AssignTicketRequestNotify {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "groupNoticeReceiverUnionIds",
                &self.group_notice_receiver_union_ids,
            )?;
        object.optional("noticeAllGroupMember", &self.notice_all_group_member)?;
        object
            .optional(
                "workNoticeReceiverUnionIds",
                &self.work_notice_receiver_union_ids,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AssignTicketRequestNotify {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssignTicketRequestNotify {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupNoticeReceiverUnionIds" => {
                rt::read_field(map, &mut self.group_notice_receiver_union_ids)
            }
            "noticeAllGroupMember" => {
                rt::read_field(map, &mut self.notice_all_group_member)
            }
            "workNoticeReceiverUnionIds" => {
                rt::read_field(map, &mut self.work_notice_receiver_union_ids)
            }
            _ => Ok(false),
        }
    }
}
/// `AssignTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type AssignTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// `BatchBindingGroupBizIdsRequestBindingGroupBizIds`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    /// `bizId`.
    pub biz_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    /// A `BatchBindingGroupBizIdsRequestBindingGroupBizIds` with its required fields (`bizId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_id: biz_id.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
/// `BatchBindingGroupBizIdsResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type BatchBindingGroupBizIdsResponseBody = AddContactMemberToGroupResponseBody;
/// `BatchGetGroupSetConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigResponseBody {
    /// `groupSetConfigs`.
    pub group_set_configs: Option<
        Vec<BatchGetGroupSetConfigResponseBodyGroupSetConfigs>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetGroupSetConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetGroupSetConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupSetConfigs" => rt::read_field(map, &mut self.group_set_configs),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetGroupSetConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupSetConfigs", &self.group_set_configs)?;
        object.end()
    }
}
/// `BatchQueryCustomerSendTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryCustomerSendTaskResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<BatchQueryCustomerSendTaskResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryCustomerSendTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryCustomerSendTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryCustomerSendTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `BatchQueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryGroupMemberResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `records`.
    pub records: Option<Vec<BatchQueryGroupMemberResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryGroupMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `BatchQuerySendMessageTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQuerySendMessageTaskResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<BatchQuerySendMessageTaskResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQuerySendMessageTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQuerySendMessageTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQuerySendMessageTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `BoundTemplateToTeamResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type BoundTemplateToTeamResponseBody = AddContactMemberToGroupResponseBody;
/// `CancelTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type CancelTicketRequestNotify = AssignTicketRequestNotify;
/// `CancelTicketRequestTicketMemo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelTicketRequestTicketMemo {
    /// `attachments`.
    pub attachments: Option<Vec<CancelTicketRequestTicketMemoAttachments>>,
    /// `memo`.
    pub memo: Option<String>,
}
impl CancelTicketRequestTicketMemo {
    /// An empty `CancelTicketRequestTicketMemo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = CancelTicketRequestTicketMemoAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CancelTicketRequestTicketMemo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("memo", &self.memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelTicketRequestTicketMemo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelTicketRequestTicketMemo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "memo" => rt::read_field(map, &mut self.memo),
            _ => Ok(false),
        }
    }
}
/// `CategoryStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBody {
    /// `categoryStatisticsRecords`.
    pub category_statistics_records: Option<
        Vec<CategoryStatisticsResponseBodyCategoryStatisticsRecords>,
    >,
    /// `categoryTrend`.
    pub category_trend: Option<Vec<CategoryStatisticsResponseBodyCategoryTrend>>,
}
impl<'de> rt::serde::Deserialize<'de> for CategoryStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoryStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryStatisticsRecords" => {
                rt::read_field(map, &mut self.category_statistics_records)
            }
            "categoryTrend" => rt::read_field(map, &mut self.category_trend),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoryStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryStatisticsRecords", &self.category_statistics_records)?;
        object.optional("categoryTrend", &self.category_trend)?;
        object.end()
    }
}
/// `CloseConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseConversationResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CloseConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CloseConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CloseConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CloseHumanSessionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseHumanSessionResponseBody {
    /// `sessionId`.
    pub session_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CloseHumanSessionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CloseHumanSessionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sessionId" => rt::read_field(map, &mut self.session_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CloseHumanSessionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sessionId", &self.session_id)?;
        object.end()
    }
}
/// `ConversationCreatedNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationCreatedNotifyResponseBody = CloseConversationResponseBody;
/// `ConversationTransferBeginNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationTransferBeginNotifyResponseBody = CloseConversationResponseBody;
/// `ConversationTransferCompleteNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationTransferCompleteNotifyResponseBody = CloseConversationResponseBody;
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `CreateGroupConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupConversationResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupSetResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupSetResponseBody {
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
impl rt::serde::Serialize for CreateGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateInstanceResponseBody {
    /// `openDataInstanceId`.
    pub open_data_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDataInstanceId" => rt::read_field(map, &mut self.open_data_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openDataInstanceId", &self.open_data_instance_id)?;
        object.end()
    }
}
/// `CreateTeamResponseBody`: the same model as [`CreateGroupSetResponseBody`].
pub type CreateTeamResponseBody = CreateGroupSetResponseBody;
/// `CreateTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type CreateTicketRequestNotify = AssignTicketRequestNotify;
/// `CreateTicketRequestSceneContext`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketRequestSceneContext {
    /// `groupMsgs`.
    pub group_msgs: Option<Vec<CreateTicketRequestSceneContextGroupMsgs>>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `relevantorUnionIds`.
    pub relevantor_union_ids: Option<Vec<String>>,
    /// `topicId`.
    pub topic_id: Option<String>,
}
impl CreateTicketRequestSceneContext {
    /// An empty `CreateTicketRequestSceneContext`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupMsgs`.
    pub fn group_msgs(
        mut self,
        value: impl IntoIterator<Item = CreateTicketRequestSceneContextGroupMsgs>,
    ) -> Self {
        self.group_msgs = Some(value.into_iter().collect());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `relevantorUnionIds`.
    pub fn relevantor_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.relevantor_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `topicId`.
    pub fn topic_id(mut self, value: impl Into<String>) -> Self {
        self.topic_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTicketRequestSceneContext {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMsgs", &self.group_msgs)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("relevantorUnionIds", &self.relevantor_union_ids)?;
        object.optional("topicId", &self.topic_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequestSceneContext {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequestSceneContext {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMsgs" => rt::read_field(map, &mut self.group_msgs),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "relevantorUnionIds" => rt::read_field(map, &mut self.relevantor_union_ids),
            "topicId" => rt::read_field(map, &mut self.topic_id),
            _ => Ok(false),
        }
    }
}
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `openTicketId`.
    pub open_ticket_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTicketId", &self.open_ticket_id)?;
        object.end()
    }
}
/// `CustomerSendMsgTaskRequestMessageContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CustomerSendMsgTaskRequestMessageContent {
    /// `btns`.
    pub btns: Option<Vec<CustomerSendMsgTaskRequestMessageContentBtns>>,
    /// `content`.
    pub content: String,
    /// `messageType`.
    pub message_type: String,
    /// `title`.
    pub title: String,
}
impl CustomerSendMsgTaskRequestMessageContent {
    /// A `CustomerSendMsgTaskRequestMessageContent` with its required fields (`content`, `messageType`, `title`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        message_type: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            btns: None,
            content: content.into(),
            message_type: message_type.into(),
            title: title.into(),
        }
    }
    /// Sets `btns`.
    pub fn btns(
        mut self,
        value: impl IntoIterator<Item = CustomerSendMsgTaskRequestMessageContentBtns>,
    ) -> Self {
        self.btns = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CustomerSendMsgTaskRequestMessageContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("btns", &self.btns)?;
        object.field("content", &self.content)?;
        object.field("messageType", &self.message_type)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CustomerSendMsgTaskRequestMessageContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CustomerSendMsgTaskRequestMessageContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "btns" => rt::read_field(map, &mut self.btns),
            "content" => rt::read_field(map, &mut self.content),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CustomerSendMsgTaskRequestQueryCustomer`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CustomerSendMsgTaskRequestQueryCustomer {
    /// `openContactIds`.
    pub open_contact_ids: Option<Vec<String>>,
    /// `queryType`.
    pub query_type: Option<String>,
    /// `searchContactConditions`.
    pub search_contact_conditions: Option<String>,
    /// `searchCustomerConditions`.
    pub search_customer_conditions: Option<String>,
}
impl CustomerSendMsgTaskRequestQueryCustomer {
    /// An empty `CustomerSendMsgTaskRequestQueryCustomer`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openContactIds`.
    pub fn open_contact_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_contact_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `queryType`.
    pub fn query_type(mut self, value: impl Into<String>) -> Self {
        self.query_type = Some(value.into());
        self
    }
    /// Sets `searchContactConditions`.
    pub fn search_contact_conditions(mut self, value: impl Into<String>) -> Self {
        self.search_contact_conditions = Some(value.into());
        self
    }
    /// Sets `searchCustomerConditions`.
    pub fn search_customer_conditions(mut self, value: impl Into<String>) -> Self {
        self.search_customer_conditions = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CustomerSendMsgTaskRequestQueryCustomer {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openContactIds", &self.open_contact_ids)?;
        object.optional("queryType", &self.query_type)?;
        object.optional("searchContactConditions", &self.search_contact_conditions)?;
        object.optional("searchCustomerConditions", &self.search_customer_conditions)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CustomerSendMsgTaskRequestQueryCustomer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CustomerSendMsgTaskRequestQueryCustomer {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openContactIds" => rt::read_field(map, &mut self.open_contact_ids),
            "queryType" => rt::read_field(map, &mut self.query_type),
            "searchContactConditions" => {
                rt::read_field(map, &mut self.search_contact_conditions)
            }
            "searchCustomerConditions" => {
                rt::read_field(map, &mut self.search_customer_conditions)
            }
            _ => Ok(false),
        }
    }
}
/// `CustomerSendMsgTaskRequestSendConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CustomerSendMsgTaskRequestSendConfig {
    /// `needUrlTrack`.
    pub need_url_track: bool,
    /// `sendTime`.
    pub send_time: Option<String>,
    /// `sendType`.
    pub send_type: String,
    /// `urlTrackConfig`.
    pub url_track_config: Option<
        Vec<CustomerSendMsgTaskRequestSendConfigUrlTrackConfig>,
    >,
}
impl CustomerSendMsgTaskRequestSendConfig {
    /// A `CustomerSendMsgTaskRequestSendConfig` with its required fields (`needUrlTrack`, `sendType`); set the others with the methods named after them.
    pub fn new(need_url_track: bool, send_type: impl Into<String>) -> Self {
        Self {
            need_url_track,
            send_time: None,
            send_type: send_type.into(),
            url_track_config: None,
        }
    }
    /// Sets `sendTime`.
    pub fn send_time(mut self, value: impl Into<String>) -> Self {
        self.send_time = Some(value.into());
        self
    }
    /// Sets `urlTrackConfig`.
    pub fn url_track_config(
        mut self,
        value: impl IntoIterator<
            Item = CustomerSendMsgTaskRequestSendConfigUrlTrackConfig,
        >,
    ) -> Self {
        self.url_track_config = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CustomerSendMsgTaskRequestSendConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("needUrlTrack", &self.need_url_track)?;
        object.optional("sendTime", &self.send_time)?;
        object.field("sendType", &self.send_type)?;
        object.optional("urlTrackConfig", &self.url_track_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CustomerSendMsgTaskRequestSendConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CustomerSendMsgTaskRequestSendConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "needUrlTrack" => rt::read_field(map, &mut self.need_url_track),
            "sendTime" => rt::read_field(map, &mut self.send_time),
            "sendType" => rt::read_field(map, &mut self.send_type),
            "urlTrackConfig" => rt::read_field(map, &mut self.url_track_config),
            _ => Ok(false),
        }
    }
}
/// `CustomerSendMsgTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CustomerSendMsgTaskResponseBody {
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CustomerSendMsgTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CustomerSendMsgTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CustomerSendMsgTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.end()
    }
}
/// `DeleteGroupMembersFromGroupResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type DeleteGroupMembersFromGroupResponseBody = AddContactMemberToGroupResponseBody;
/// `DeleteInstanceResponseBody`: the same model as [`CreateInstanceResponseBody`].
pub type DeleteInstanceResponseBody = CreateInstanceResponseBody;
/// `DeleteKnowledgeResponseBody`: the same model as [`AddLibraryResponseBody`].
pub type DeleteKnowledgeResponseBody = AddLibraryResponseBody;
/// `EmotionStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EmotionStatisticsResponseBody {
    /// `emotionStatisticsRecords`.
    pub emotion_statistics_records: Option<
        Vec<EmotionStatisticsResponseBodyEmotionStatisticsRecords>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for EmotionStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EmotionStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emotionStatisticsRecords" => {
                rt::read_field(map, &mut self.emotion_statistics_records)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EmotionStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("emotionStatisticsRecords", &self.emotion_statistics_records)?;
        object.end()
    }
}
/// `FinishTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type FinishTicketRequestNotify = AssignTicketRequestNotify;
/// `FinishTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type FinishTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// `GetAuthTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthTokenResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<GetAuthTokenResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenErrcode" => rt::read_field(map, &mut self.ding_open_errcode),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingOpenErrcode", &self.ding_open_errcode)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetInstancesByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInstancesByIdsResponseBody {
    /// `customFormInstanceResponseList`.
    pub custom_form_instance_response_list: Option<
        Vec<GetInstancesByIdsResponseBodyCustomFormInstanceResponseList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetInstancesByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstancesByIdsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFormInstanceResponseList" => {
                rt::read_field(map, &mut self.custom_form_instance_response_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInstancesByIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "customFormInstanceResponseList",
                &self.custom_form_instance_response_list,
            )?;
        object.end()
    }
}
/// `GetNegativeWordCloudResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNegativeWordCloudResponseBody {
    /// `words`.
    pub words: Option<Vec<GetNegativeWordCloudResponseBodyWords>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNegativeWordCloudResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNegativeWordCloudResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNegativeWordCloudResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
/// `GetOssTempUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOssTempUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOssTempUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOssTempUrlResponseBody {
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
impl rt::serde::Serialize for GetOssTempUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetStoragePolicyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStoragePolicyResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `key`.
    pub key: Option<String>,
    /// `policy`.
    pub policy: Option<String>,
    /// `signature`.
    pub signature: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetStoragePolicyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStoragePolicyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "endpoint" => rt::read_field(map, &mut self.endpoint),
            "key" => rt::read_field(map, &mut self.key),
            "policy" => rt::read_field(map, &mut self.policy),
            "signature" => rt::read_field(map, &mut self.signature),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStoragePolicyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("endpoint", &self.endpoint)?;
        object.optional("key", &self.key)?;
        object.optional("policy", &self.policy)?;
        object.optional("signature", &self.signature)?;
        object.end()
    }
}
/// `GetTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTicketResponseBody {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<GetTicketResponseBodyCreator>,
    /// `customFields`.
    pub custom_fields: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTicketId`.
    pub open_ticket_id: Option<String>,
    /// `processor`.
    pub processor: Option<GetTicketResponseBodyProcessor>,
    /// `scene`.
    pub scene: Option<String>,
    /// `sceneContext`.
    pub scene_context: Option<String>,
    /// `stage`.
    pub stage: Option<String>,
    /// `takers`.
    pub takers: Option<Vec<GetTicketResponseBodyTakers>>,
    /// `template`.
    pub template: Option<GetTicketResponseBodyTemplate>,
    /// `title`.
    pub title: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processor" => rt::read_field(map, &mut self.processor),
            "scene" => rt::read_field(map, &mut self.scene),
            "sceneContext" => rt::read_field(map, &mut self.scene_context),
            "stage" => rt::read_field(map, &mut self.stage),
            "takers" => rt::read_field(map, &mut self.takers),
            "template" => rt::read_field(map, &mut self.template),
            "title" => rt::read_field(map, &mut self.title),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTicketId", &self.open_ticket_id)?;
        object.optional("processor", &self.processor)?;
        object.optional("scene", &self.scene)?;
        object.optional("sceneContext", &self.scene_context)?;
        object.optional("stage", &self.stage)?;
        object.optional("takers", &self.takers)?;
        object.optional("template", &self.template)?;
        object.optional("title", &self.title)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `GetWordCloudResponseBody`: the same model as [`GetNegativeWordCloudResponseBody`].
pub type GetWordCloudResponseBody = GetNegativeWordCloudResponseBody;
/// `GroupStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupStatisticsResponseBody {
    /// `groupCount`.
    pub group_count: Option<i64>,
    /// `groupTrend`.
    pub group_trend: Option<Vec<GroupStatisticsResponseBodyGroupTrend>>,
    /// `increaseGroupCount`.
    pub increase_group_count: Option<i64>,
    /// `increaseRate`.
    pub increase_rate: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCount" => rt::read_field(map, &mut self.group_count),
            "groupTrend" => rt::read_field(map, &mut self.group_trend),
            "increaseGroupCount" => rt::read_field(map, &mut self.increase_group_count),
            "increaseRate" => rt::read_field(map, &mut self.increase_rate),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupCount", &self.group_count)?;
        object.optional("groupTrend", &self.group_trend)?;
        object.optional("increaseGroupCount", &self.increase_group_count)?;
        object.optional("increaseRate", &self.increase_rate)?;
        object.end()
    }
}
/// `IntentionCategoryStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntentionCategoryStatisticsResponseBody {
    /// `intentionCategoryRecords`.
    pub intention_category_records: Option<
        Vec<IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for IntentionCategoryStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IntentionCategoryStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "intentionCategoryRecords" => {
                rt::read_field(map, &mut self.intention_category_records)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IntentionCategoryStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("intentionCategoryRecords", &self.intention_category_records)?;
        object.end()
    }
}
/// `IntentionStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBody {
    /// `intentionStatisticsRecords`.
    pub intention_statistics_records: Option<
        Vec<IntentionStatisticsResponseBodyIntentionStatisticsRecords>,
    >,
    /// `intentionTrend`.
    pub intention_trend: Option<Vec<IntentionStatisticsResponseBodyIntentionTrend>>,
}
impl<'de> rt::serde::Deserialize<'de> for IntentionStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IntentionStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "intentionStatisticsRecords" => {
                rt::read_field(map, &mut self.intention_statistics_records)
            }
            "intentionTrend" => rt::read_field(map, &mut self.intention_trend),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IntentionStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("intentionStatisticsRecords", &self.intention_statistics_records)?;
        object.optional("intentionTrend", &self.intention_trend)?;
        object.end()
    }
}
/// `ListTicketOperateRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBody {
    /// `records`.
    pub records: Option<Vec<ListTicketOperateRecordResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTicketOperateRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTicketOperateRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTicketOperateRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `ListUserTeamsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserTeamsResponseBody {
    /// `teams`.
    pub teams: Option<Vec<ListUserTeamsResponseBodyTeams>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserTeamsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserTeamsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "teams" => rt::read_field(map, &mut self.teams),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserTeamsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("teams", &self.teams)?;
        object.end()
    }
}
/// `QueryActiveUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryActiveUsersResponseBody {
    /// `activeUserInfos`.
    pub active_user_infos: Option<Vec<QueryActiveUsersResponseBodyActiveUserInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryActiveUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryActiveUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeUserInfos" => rt::read_field(map, &mut self.active_user_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryActiveUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeUserInfos", &self.active_user_infos)?;
        object.end()
    }
}
/// `QueryCrmGroupContactResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmGroupContactResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `records`.
    pub records: Option<Vec<QueryCrmGroupContactResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupContactResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmGroupContactResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmGroupContactResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `QueryCustomerCardResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type QueryCustomerCardResponseBody = CloseConversationResponseBody;
/// `QueryCustomerTaskUserDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerTaskUserDetailResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<QueryCustomerTaskUserDetailResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerTaskUserDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerTaskUserDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerTaskUserDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `robotName`.
    pub robot_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "robotName" => rt::read_field(map, &mut self.robot_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("robotName", &self.robot_name)?;
        object.end()
    }
}
/// `QueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBody {
    /// `result`.
    pub result: Option<QueryGroupMemberResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberResponseBody {
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
impl rt::serde::Serialize for QueryGroupMemberResponseBody {
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
/// `QueryGroupSetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupSetResponseBody {
    /// `records`.
    pub records: Option<Vec<QueryGroupSetResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupSetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupSetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupSetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `QueryInstancesByMultiConditionsRequestSortFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancesByMultiConditionsRequestSortFields {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `sortBy`.
    pub sort_by: Option<String>,
}
impl QueryInstancesByMultiConditionsRequestSortFields {
    /// An empty `QueryInstancesByMultiConditionsRequestSortFields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldCode`.
    pub fn field_code(mut self, value: impl Into<String>) -> Self {
        self.field_code = Some(value.into());
        self
    }
    /// Sets `sortBy`.
    pub fn sort_by(mut self, value: impl Into<String>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryInstancesByMultiConditionsRequestSortFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("sortBy", &self.sort_by)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for QueryInstancesByMultiConditionsRequestSortFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInstancesByMultiConditionsRequestSortFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "sortBy" => rt::read_field(map, &mut self.sort_by),
            _ => Ok(false),
        }
    }
}
/// `QueryInstancesByMultiConditionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancesByMultiConditionsResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<QueryInstancesByMultiConditionsResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInstancesByMultiConditionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInstancesByMultiConditionsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInstancesByMultiConditionsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<QuerySendMsgTaskStatisticsResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySendMsgTaskStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySendMsgTaskStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsDetailResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<QuerySendMsgTaskStatisticsDetailResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySendMsgTaskStatisticsDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySendMsgTaskStatisticsDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryServiceGroupMessageReadStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceGroupMessageReadStatusResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<QueryServiceGroupMessageReadStatusResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryServiceGroupMessageReadStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceGroupMessageReadStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceGroupMessageReadStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueueNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type QueueNotifyResponseBody = CloseConversationResponseBody;
/// `RemoveContactFromOrgResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type RemoveContactFromOrgResponseBody = AddContactMemberToGroupResponseBody;
/// `ReportCustomerDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportCustomerDetailResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `records`.
    pub records: Option<Vec<ReportCustomerDetailResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ReportCustomerDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ReportCustomerDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ReportCustomerStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportCustomerStatisticsResponseBody {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `records`.
    pub records: Option<Vec<ReportCustomerStatisticsResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ReportCustomerStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ReportCustomerStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ResubmitTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type ResubmitTicketRequestNotify = AssignTicketRequestNotify;
/// `ResubmitTicketRequestSceneContext`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResubmitTicketRequestSceneContext {
    /// `groupMsgs`.
    pub group_msgs: Option<Vec<ResubmitTicketRequestSceneContextGroupMsgs>>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `relevantorUnionIds`.
    pub relevantor_union_ids: Option<Vec<String>>,
}
impl ResubmitTicketRequestSceneContext {
    /// An empty `ResubmitTicketRequestSceneContext`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupMsgs`.
    pub fn group_msgs(
        mut self,
        value: impl IntoIterator<Item = ResubmitTicketRequestSceneContextGroupMsgs>,
    ) -> Self {
        self.group_msgs = Some(value.into_iter().collect());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `relevantorUnionIds`.
    pub fn relevantor_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.relevantor_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for ResubmitTicketRequestSceneContext {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMsgs", &self.group_msgs)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("relevantorUnionIds", &self.relevantor_union_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ResubmitTicketRequestSceneContext {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ResubmitTicketRequestSceneContext {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMsgs" => rt::read_field(map, &mut self.group_msgs),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "relevantorUnionIds" => rt::read_field(map, &mut self.relevantor_union_ids),
            _ => Ok(false),
        }
    }
}
/// `ResubmitTicketRequestTicketMemo`: the same model as [`CancelTicketRequestTicketMemo`].
pub type ResubmitTicketRequestTicketMemo = CancelTicketRequestTicketMemo;
/// `RetractTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type RetractTicketRequestNotify = AssignTicketRequestNotify;
/// `RetractTicketRequestTicketMemo`: the same model as [`CancelTicketRequestTicketMemo`].
pub type RetractTicketRequestTicketMemo = CancelTicketRequestTicketMemo;
/// `RobotMessageRecallResponseBody`: the same model as [`CreateGroupSetResponseBody`].
pub type RobotMessageRecallResponseBody = CreateGroupSetResponseBody;
/// `SaveFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveFormInstanceResponseBody {
    /// `openContactId`.
    pub open_contact_id: Option<String>,
    /// `openCustomerId`.
    pub open_customer_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveFormInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openContactId" => rt::read_field(map, &mut self.open_contact_id),
            "openCustomerId" => rt::read_field(map, &mut self.open_customer_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SaveFormInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openContactId", &self.open_contact_id)?;
        object.optional("openCustomerId", &self.open_customer_id)?;
        object.end()
    }
}
/// `SearchGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchGroupResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<SearchGroupResponseBodyRecords>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SendMsgByTaskRequestMessageContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMsgByTaskRequestMessageContent {
    /// `atActiveMemberNum`.
    pub at_active_member_num: Option<i64>,
    /// `atActiveUser`.
    pub at_active_user: Option<bool>,
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `btns`.
    pub btns: Option<Vec<SendMsgByTaskRequestMessageContentBtns>>,
    /// `content`.
    pub content: Option<String>,
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `messageType`.
    pub message_type: String,
    /// `remind`.
    pub remind: Option<bool>,
    /// `title`.
    pub title: Option<String>,
    /// `top`.
    pub top: Option<bool>,
}
impl SendMsgByTaskRequestMessageContent {
    /// A `SendMsgByTaskRequestMessageContent` with its required fields (`messageType`); set the others with the methods named after them.
    pub fn new(message_type: impl Into<String>) -> Self {
        Self {
            at_active_member_num: None,
            at_active_user: None,
            at_all: None,
            btns: None,
            content: None,
            images: None,
            message_type: message_type.into(),
            remind: None,
            title: None,
            top: None,
        }
    }
    /// Sets `atActiveMemberNum`.
    pub fn at_active_member_num(mut self, value: i64) -> Self {
        self.at_active_member_num = Some(value);
        self
    }
    /// Sets `atActiveUser`.
    pub fn at_active_user(mut self, value: bool) -> Self {
        self.at_active_user = Some(value);
        self
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
        self
    }
    /// Sets `btns`.
    pub fn btns(
        mut self,
        value: impl IntoIterator<Item = SendMsgByTaskRequestMessageContentBtns>,
    ) -> Self {
        self.btns = Some(value.into_iter().collect());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `images`.
    pub fn images(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.images = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `remind`.
    pub fn remind(mut self, value: bool) -> Self {
        self.remind = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `top`.
    pub fn top(mut self, value: bool) -> Self {
        self.top = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendMsgByTaskRequestMessageContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atActiveMemberNum", &self.at_active_member_num)?;
        object.optional("atActiveUser", &self.at_active_user)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("btns", &self.btns)?;
        object.optional("content", &self.content)?;
        object.optional("images", &self.images)?;
        object.field("messageType", &self.message_type)?;
        object.optional("remind", &self.remind)?;
        object.optional("title", &self.title)?;
        object.optional("top", &self.top)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgByTaskRequestMessageContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgByTaskRequestMessageContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atActiveMemberNum" => rt::read_field(map, &mut self.at_active_member_num),
            "atActiveUser" => rt::read_field(map, &mut self.at_active_user),
            "atAll" => rt::read_field(map, &mut self.at_all),
            "btns" => rt::read_field(map, &mut self.btns),
            "content" => rt::read_field(map, &mut self.content),
            "images" => rt::read_field(map, &mut self.images),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "remind" => rt::read_field(map, &mut self.remind),
            "title" => rt::read_field(map, &mut self.title),
            "top" => rt::read_field(map, &mut self.top),
            _ => Ok(false),
        }
    }
}
/// `SendMsgByTaskRequestQueryGroup`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMsgByTaskRequestQueryGroup {
    /// `groupTagNames`.
    pub group_tag_names: Option<Vec<String>>,
    /// `lastActiveDateFilterType`.
    pub last_active_date_filter_type: Option<String>,
    /// `lastActiveTimeEnd`.
    pub last_active_time_end: Option<String>,
    /// `lastActiveTimeStart`.
    pub last_active_time_start: Option<String>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `queryType`.
    pub query_type: String,
}
impl SendMsgByTaskRequestQueryGroup {
    /// A `SendMsgByTaskRequestQueryGroup` with its required fields (`queryType`); set the others with the methods named after them.
    pub fn new(query_type: impl Into<String>) -> Self {
        Self {
            group_tag_names: None,
            last_active_date_filter_type: None,
            last_active_time_end: None,
            last_active_time_start: None,
            open_conversation_ids: None,
            open_group_set_id: None,
            query_type: query_type.into(),
        }
    }
    /// Sets `groupTagNames`.
    pub fn group_tag_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_tag_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `lastActiveDateFilterType`.
    pub fn last_active_date_filter_type(mut self, value: impl Into<String>) -> Self {
        self.last_active_date_filter_type = Some(value.into());
        self
    }
    /// Sets `lastActiveTimeEnd`.
    pub fn last_active_time_end(mut self, value: impl Into<String>) -> Self {
        self.last_active_time_end = Some(value.into());
        self
    }
    /// Sets `lastActiveTimeStart`.
    pub fn last_active_time_start(mut self, value: impl Into<String>) -> Self {
        self.last_active_time_start = Some(value.into());
        self
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendMsgByTaskRequestQueryGroup {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupTagNames", &self.group_tag_names)?;
        object.optional("lastActiveDateFilterType", &self.last_active_date_filter_type)?;
        object.optional("lastActiveTimeEnd", &self.last_active_time_end)?;
        object.optional("lastActiveTimeStart", &self.last_active_time_start)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.field("queryType", &self.query_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgByTaskRequestQueryGroup {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgByTaskRequestQueryGroup {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupTagNames" => rt::read_field(map, &mut self.group_tag_names),
            "lastActiveDateFilterType" => {
                rt::read_field(map, &mut self.last_active_date_filter_type)
            }
            "lastActiveTimeEnd" => rt::read_field(map, &mut self.last_active_time_end),
            "lastActiveTimeStart" => {
                rt::read_field(map, &mut self.last_active_time_start)
            }
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "queryType" => rt::read_field(map, &mut self.query_type),
            _ => Ok(false),
        }
    }
}
/// `SendMsgByTaskRequestSendConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMsgByTaskRequestSendConfig {
    /// `needUrlTrack`.
    pub need_url_track: Option<bool>,
    /// `sendTime`.
    pub send_time: Option<String>,
    /// `sendType`.
    pub send_type: String,
    /// `urlTrackConfig`.
    pub url_track_config: Option<Vec<SendMsgByTaskRequestSendConfigUrlTrackConfig>>,
}
impl SendMsgByTaskRequestSendConfig {
    /// A `SendMsgByTaskRequestSendConfig` with its required fields (`sendType`); set the others with the methods named after them.
    pub fn new(send_type: impl Into<String>) -> Self {
        Self {
            need_url_track: None,
            send_time: None,
            send_type: send_type.into(),
            url_track_config: None,
        }
    }
    /// Sets `needUrlTrack`.
    pub fn need_url_track(mut self, value: bool) -> Self {
        self.need_url_track = Some(value);
        self
    }
    /// Sets `sendTime`.
    pub fn send_time(mut self, value: impl Into<String>) -> Self {
        self.send_time = Some(value.into());
        self
    }
    /// Sets `urlTrackConfig`.
    pub fn url_track_config(
        mut self,
        value: impl IntoIterator<Item = SendMsgByTaskRequestSendConfigUrlTrackConfig>,
    ) -> Self {
        self.url_track_config = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for SendMsgByTaskRequestSendConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("needUrlTrack", &self.need_url_track)?;
        object.optional("sendTime", &self.send_time)?;
        object.field("sendType", &self.send_type)?;
        object.optional("urlTrackConfig", &self.url_track_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgByTaskRequestSendConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgByTaskRequestSendConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "needUrlTrack" => rt::read_field(map, &mut self.need_url_track),
            "sendTime" => rt::read_field(map, &mut self.send_time),
            "sendType" => rt::read_field(map, &mut self.send_type),
            "urlTrackConfig" => rt::read_field(map, &mut self.url_track_config),
            _ => Ok(false),
        }
    }
}
/// `SendMsgByTaskResponseBody`: the same model as [`CustomerSendMsgTaskResponseBody`].
pub type SendMsgByTaskResponseBody = CustomerSendMsgTaskResponseBody;
/// `SendMsgByTaskSupportInviteJoinOrgRequestMessageContent`: the same model as [`CustomerSendMsgTaskRequestMessageContent`].
pub type SendMsgByTaskSupportInviteJoinOrgRequestMessageContent = CustomerSendMsgTaskRequestMessageContent;
/// `SendMsgByTaskSupportInviteJoinOrgResponseBody`: the same model as [`CustomerSendMsgTaskResponseBody`].
pub type SendMsgByTaskSupportInviteJoinOrgResponseBody = CustomerSendMsgTaskResponseBody;
/// `SendServiceGroupMessageRequestBtns`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendServiceGroupMessageRequestBtns {
    /// `actionURL`.
    pub action_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendServiceGroupMessageRequestBtns {
    /// An empty `SendServiceGroupMessageRequestBtns`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionURL`.
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
impl rt::serde::Serialize for SendServiceGroupMessageRequestBtns {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionURL", &self.action_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendServiceGroupMessageRequestBtns {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendServiceGroupMessageRequestBtns {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionURL" => rt::read_field(map, &mut self.action_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `SendServiceGroupMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendServiceGroupMessageResponseBody {
    /// `openMsgTaskId`.
    pub open_msg_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendServiceGroupMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendServiceGroupMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openMsgTaskId" => rt::read_field(map, &mut self.open_msg_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendServiceGroupMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openMsgTaskId", &self.open_msg_task_id)?;
        object.end()
    }
}
/// `SetRobotConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetRobotConfigResponseBody {
    /// `result`.
    pub result: Option<SetRobotConfigResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SetRobotConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetRobotConfigResponseBody {
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
impl rt::serde::Serialize for SetRobotConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TopicStatisticsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TopicStatisticsResponseBody {
    /// `topicStatisticsRecords`.
    pub topic_statistics_records: Option<
        Vec<TopicStatisticsResponseBodyTopicStatisticsRecords>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for TopicStatisticsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TopicStatisticsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "topicStatisticsRecords" => {
                rt::read_field(map, &mut self.topic_statistics_records)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TopicStatisticsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("topicStatisticsRecords", &self.topic_statistics_records)?;
        object.end()
    }
}
/// `TransferTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type TransferTicketRequestNotify = AssignTicketRequestNotify;
/// `TransferTicketRequestTicketMemo`: the same model as [`CancelTicketRequestTicketMemo`].
pub type TransferTicketRequestTicketMemo = CancelTicketRequestTicketMemo;
/// `UpdateGroupSetResponseBody`: the same model as [`AddLibraryResponseBody`].
pub type UpdateGroupSetResponseBody = AddLibraryResponseBody;
/// `UpdateInstanceResponseBody`: the same model as [`CreateInstanceResponseBody`].
pub type UpdateInstanceResponseBody = CreateInstanceResponseBody;
/// `UpdateTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type UpdateTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// `UrgeTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type UrgeTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// `AddOpenCategoryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenCategoryResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenCategoryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenCategoryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddOpenCategoryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddOpenKnowledgeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenKnowledgeResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenKnowledgeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenKnowledgeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddOpenKnowledgeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddOpenLibraryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOpenLibraryResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOpenLibraryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOpenLibraryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddOpenLibraryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddTicketMemoRequestTicketMemoAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddTicketMemoRequestTicketMemoAttachments {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `key`.
    pub key: Option<String>,
}
impl AddTicketMemoRequestTicketMemoAttachments {
    /// An empty `AddTicketMemoRequestTicketMemoAttachments`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddTicketMemoRequestTicketMemoAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("key", &self.key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddTicketMemoRequestTicketMemoAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddTicketMemoRequestTicketMemoAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "key" => rt::read_field(map, &mut self.key),
            _ => Ok(false),
        }
    }
}
/// `AssignTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type AssignTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `BatchGetGroupSetConfigResponseBodyGroupSetConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigResponseBodyGroupSetConfigs {
    /// `configKey`.
    pub config_key: Option<String>,
    /// `configValue`.
    pub config_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchGetGroupSetConfigResponseBodyGroupSetConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetGroupSetConfigResponseBodyGroupSetConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configKey" => rt::read_field(map, &mut self.config_key),
            "configValue" => rt::read_field(map, &mut self.config_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetGroupSetConfigResponseBodyGroupSetConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("configKey", &self.config_key)?;
        object.optional("configValue", &self.config_value)?;
        object.end()
    }
}
/// `BatchQueryCustomerSendTaskResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryCustomerSendTaskResponseBodyRecords {
    /// `createName`.
    pub create_name: Option<String>,
    /// `createTimeStr`.
    pub create_time_str: Option<String>,
    /// `createUnionId`.
    pub create_union_id: Option<String>,
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
    /// `readCustomerInc`.
    pub read_customer_inc: Option<i64>,
    /// `readUserInc`.
    pub read_user_inc: Option<i64>,
    /// `sendCustomerInc`.
    pub send_customer_inc: Option<i64>,
    /// `sendMessageStatus`.
    pub send_message_status: Option<String>,
    /// `sendTaskTimeStr`.
    pub send_task_time_str: Option<String>,
    /// `sendUserInc`.
    pub send_user_inc: Option<i64>,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryCustomerSendTaskResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryCustomerSendTaskResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createName" => rt::read_field(map, &mut self.create_name),
            "createTimeStr" => rt::read_field(map, &mut self.create_time_str),
            "createUnionId" => rt::read_field(map, &mut self.create_union_id),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "readCustomerInc" => rt::read_field(map, &mut self.read_customer_inc),
            "readUserInc" => rt::read_field(map, &mut self.read_user_inc),
            "sendCustomerInc" => rt::read_field(map, &mut self.send_customer_inc),
            "sendMessageStatus" => rt::read_field(map, &mut self.send_message_status),
            "sendTaskTimeStr" => rt::read_field(map, &mut self.send_task_time_str),
            "sendUserInc" => rt::read_field(map, &mut self.send_user_inc),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryCustomerSendTaskResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createName", &self.create_name)?;
        object.optional("createTimeStr", &self.create_time_str)?;
        object.optional("createUnionId", &self.create_union_id)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.optional("readCustomerInc", &self.read_customer_inc)?;
        object.optional("readUserInc", &self.read_user_inc)?;
        object.optional("sendCustomerInc", &self.send_customer_inc)?;
        object.optional("sendMessageStatus", &self.send_message_status)?;
        object.optional("sendTaskTimeStr", &self.send_task_time_str)?;
        object.optional("sendUserInc", &self.send_user_inc)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
/// `BatchQueryGroupMemberResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryGroupMemberResponseBodyRecords {
    /// `innerStaff`.
    pub inner_staff: Option<bool>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `owner`.
    pub owner: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryGroupMemberResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryGroupMemberResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "innerStaff" => rt::read_field(map, &mut self.inner_staff),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "owner" => rt::read_field(map, &mut self.owner),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryGroupMemberResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("innerStaff", &self.inner_staff)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("owner", &self.owner)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `BatchQuerySendMessageTaskResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQuerySendMessageTaskResponseBodyRecords {
    /// `createName`.
    pub create_name: Option<String>,
    /// `createTimeStr`.
    pub create_time_str: Option<String>,
    /// `createUnionId`.
    pub create_union_id: Option<String>,
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
    /// `readGroupInc`.
    pub read_group_inc: Option<i64>,
    /// `sendGroupInc`.
    pub send_group_inc: Option<i64>,
    /// `sendMessageStatus`.
    pub send_message_status: Option<String>,
    /// `sendTaskTimeStr`.
    pub send_task_time_str: Option<String>,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQuerySendMessageTaskResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQuerySendMessageTaskResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createName" => rt::read_field(map, &mut self.create_name),
            "createTimeStr" => rt::read_field(map, &mut self.create_time_str),
            "createUnionId" => rt::read_field(map, &mut self.create_union_id),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "readGroupInc" => rt::read_field(map, &mut self.read_group_inc),
            "sendGroupInc" => rt::read_field(map, &mut self.send_group_inc),
            "sendMessageStatus" => rt::read_field(map, &mut self.send_message_status),
            "sendTaskTimeStr" => rt::read_field(map, &mut self.send_task_time_str),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQuerySendMessageTaskResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createName", &self.create_name)?;
        object.optional("createTimeStr", &self.create_time_str)?;
        object.optional("createUnionId", &self.create_union_id)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.optional("readGroupInc", &self.read_group_inc)?;
        object.optional("sendGroupInc", &self.send_group_inc)?;
        object.optional("sendMessageStatus", &self.send_message_status)?;
        object.optional("sendTaskTimeStr", &self.send_task_time_str)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
/// `CancelTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type CancelTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `CategoryStatisticsResponseBodyCategoryStatisticsRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBodyCategoryStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `lastCount`.
    pub last_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CategoryStatisticsResponseBodyCategoryStatisticsRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoryStatisticsResponseBodyCategoryStatisticsRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "lastCount" => rt::read_field(map, &mut self.last_count),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoryStatisticsResponseBodyCategoryStatisticsRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("lastCount", &self.last_count)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `CategoryStatisticsResponseBodyCategoryTrend`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBodyCategoryTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CategoryStatisticsResponseBodyCategoryTrend {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoryStatisticsResponseBodyCategoryTrend {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "dt" => rt::read_field(map, &mut self.dt),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoryStatisticsResponseBodyCategoryTrend {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("dt", &self.dt)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `CreateTicketRequestSceneContextGroupMsgs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketRequestSceneContextGroupMsgs {
    /// `anchor`.
    pub anchor: Option<bool>,
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
}
impl CreateTicketRequestSceneContextGroupMsgs {
    /// An empty `CreateTicketRequestSceneContextGroupMsgs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `anchor`.
    pub fn anchor(mut self, value: bool) -> Self {
        self.anchor = Some(value);
        self
    }
    /// Sets `openMsgId`.
    pub fn open_msg_id(mut self, value: impl Into<String>) -> Self {
        self.open_msg_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTicketRequestSceneContextGroupMsgs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("anchor", &self.anchor)?;
        object.optional("openMsgId", &self.open_msg_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequestSceneContextGroupMsgs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequestSceneContextGroupMsgs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "anchor" => rt::read_field(map, &mut self.anchor),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            _ => Ok(false),
        }
    }
}
/// `CustomerSendMsgTaskRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type CustomerSendMsgTaskRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `CustomerSendMsgTaskRequestSendConfigUrlTrackConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CustomerSendMsgTaskRequestSendConfigUrlTrackConfig {
    /// `title`.
    pub title: Option<String>,
    /// `trackId`.
    pub track_id: Option<String>,
    /// `trackUrl`.
    pub track_url: Option<String>,
}
impl CustomerSendMsgTaskRequestSendConfigUrlTrackConfig {
    /// An empty `CustomerSendMsgTaskRequestSendConfigUrlTrackConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `trackId`.
    pub fn track_id(mut self, value: impl Into<String>) -> Self {
        self.track_id = Some(value.into());
        self
    }
    /// Sets `trackUrl`.
    pub fn track_url(mut self, value: impl Into<String>) -> Self {
        self.track_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CustomerSendMsgTaskRequestSendConfigUrlTrackConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.optional("trackId", &self.track_id)?;
        object.optional("trackUrl", &self.track_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CustomerSendMsgTaskRequestSendConfigUrlTrackConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CustomerSendMsgTaskRequestSendConfigUrlTrackConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "trackId" => rt::read_field(map, &mut self.track_id),
            "trackUrl" => rt::read_field(map, &mut self.track_url),
            _ => Ok(false),
        }
    }
}
/// `EmotionStatisticsResponseBodyEmotionStatisticsRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EmotionStatisticsResponseBodyEmotionStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `emotionScore`.
    pub emotion_score: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de>
for EmotionStatisticsResponseBodyEmotionStatisticsRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EmotionStatisticsResponseBodyEmotionStatisticsRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "dt" => rt::read_field(map, &mut self.dt),
            "emotionScore" => rt::read_field(map, &mut self.emotion_score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EmotionStatisticsResponseBodyEmotionStatisticsRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("dt", &self.dt)?;
        object.optional("emotionScore", &self.emotion_score)?;
        object.end()
    }
}
/// `FinishTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type FinishTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `GetAuthTokenResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthTokenResponseBodyResult {
    /// `authToken`.
    pub auth_token: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `effectiveTime`.
    pub effective_time: Option<i64>,
    /// `serverId`.
    pub server_id: Option<String>,
    /// `serverName`.
    pub server_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAuthTokenResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAuthTokenResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authToken" => rt::read_field(map, &mut self.auth_token),
            "channel" => rt::read_field(map, &mut self.channel),
            "effectiveTime" => rt::read_field(map, &mut self.effective_time),
            "serverId" => rt::read_field(map, &mut self.server_id),
            "serverName" => rt::read_field(map, &mut self.server_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAuthTokenResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authToken", &self.auth_token)?;
        object.optional("channel", &self.channel)?;
        object.optional("effectiveTime", &self.effective_time)?;
        object.optional("serverId", &self.server_id)?;
        object.optional("serverName", &self.server_name)?;
        object.end()
    }
}
/// `GetInstancesByIdsResponseBodyCustomFormInstanceResponseList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInstancesByIdsResponseBodyCustomFormInstanceResponseList {
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `fields`.
    pub fields: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `modifiedUnionId`.
    pub modified_union_id: Option<String>,
    /// `openDataInstanceId`.
    pub open_data_instance_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetInstancesByIdsResponseBodyCustomFormInstanceResponseList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInstancesByIdsResponseBodyCustomFormInstanceResponseList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "fields" => rt::read_field(map, &mut self.fields),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "modifiedUnionId" => rt::read_field(map, &mut self.modified_union_id),
            "openDataInstanceId" => rt::read_field(map, &mut self.open_data_instance_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInstancesByIdsResponseBodyCustomFormInstanceResponseList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("fields", &self.fields)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("modifiedUnionId", &self.modified_union_id)?;
        object.optional("openDataInstanceId", &self.open_data_instance_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.end()
    }
}
/// `GetNegativeWordCloudResponseBodyWords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNegativeWordCloudResponseBodyWords {
    /// `count`.
    pub count: Option<i64>,
    /// `word`.
    pub word: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNegativeWordCloudResponseBodyWords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNegativeWordCloudResponseBodyWords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "word" => rt::read_field(map, &mut self.word),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNegativeWordCloudResponseBodyWords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("word", &self.word)?;
        object.end()
    }
}
/// `GetTicketResponseBodyCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTicketResponseBodyCreator {
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTicketResponseBodyCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTicketResponseBodyCreator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTicketResponseBodyCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetTicketResponseBodyProcessor`: the same model as [`GetTicketResponseBodyCreator`].
pub type GetTicketResponseBodyProcessor = GetTicketResponseBodyCreator;
/// `GetTicketResponseBodyTakers`: the same model as [`GetTicketResponseBodyCreator`].
pub type GetTicketResponseBodyTakers = GetTicketResponseBodyCreator;
/// `GetTicketResponseBodyTemplate`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTicketResponseBodyTemplate {
    /// `openTemplateBizId`.
    pub open_template_biz_id: Option<String>,
    /// `openTemplateId`.
    pub open_template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTicketResponseBodyTemplate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTicketResponseBodyTemplate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTemplateBizId" => rt::read_field(map, &mut self.open_template_biz_id),
            "openTemplateId" => rt::read_field(map, &mut self.open_template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTicketResponseBodyTemplate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTemplateBizId", &self.open_template_biz_id)?;
        object.optional("openTemplateId", &self.open_template_id)?;
        object.optional("templateName", &self.template_name)?;
        object.end()
    }
}
/// `GetWordCloudResponseBodyWords`: the same model as [`GetNegativeWordCloudResponseBodyWords`].
pub type GetWordCloudResponseBodyWords = GetNegativeWordCloudResponseBodyWords;
/// `GroupStatisticsResponseBodyGroupTrend`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupStatisticsResponseBodyGroupTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupStatisticsResponseBodyGroupTrend {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupStatisticsResponseBodyGroupTrend {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "dt" => rt::read_field(map, &mut self.dt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupStatisticsResponseBodyGroupTrend {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("dt", &self.dt)?;
        object.end()
    }
}
/// `IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords {
    /// `askCount`.
    pub ask_count: Option<i64>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `dissatisfiedCount`.
    pub dissatisfied_count: Option<i64>,
    /// `errorCount`.
    pub error_count: Option<i64>,
    /// `praiseCount`.
    pub praise_count: Option<i64>,
    /// `suggestCount`.
    pub suggest_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "askCount" => rt::read_field(map, &mut self.ask_count),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "dissatisfiedCount" => rt::read_field(map, &mut self.dissatisfied_count),
            "errorCount" => rt::read_field(map, &mut self.error_count),
            "praiseCount" => rt::read_field(map, &mut self.praise_count),
            "suggestCount" => rt::read_field(map, &mut self.suggest_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("askCount", &self.ask_count)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("dissatisfiedCount", &self.dissatisfied_count)?;
        object.optional("errorCount", &self.error_count)?;
        object.optional("praiseCount", &self.praise_count)?;
        object.optional("suggestCount", &self.suggest_count)?;
        object.end()
    }
}
/// `IntentionStatisticsResponseBodyIntentionStatisticsRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBodyIntentionStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `intention`.
    pub intention: Option<String>,
    /// `lastCount`.
    pub last_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for IntentionStatisticsResponseBodyIntentionStatisticsRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IntentionStatisticsResponseBodyIntentionStatisticsRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "intention" => rt::read_field(map, &mut self.intention),
            "lastCount" => rt::read_field(map, &mut self.last_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IntentionStatisticsResponseBodyIntentionStatisticsRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("intention", &self.intention)?;
        object.optional("lastCount", &self.last_count)?;
        object.end()
    }
}
/// `IntentionStatisticsResponseBodyIntentionTrend`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBodyIntentionTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `intention`.
    pub intention: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for IntentionStatisticsResponseBodyIntentionTrend {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IntentionStatisticsResponseBodyIntentionTrend {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "dt" => rt::read_field(map, &mut self.dt),
            "intention" => rt::read_field(map, &mut self.intention),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IntentionStatisticsResponseBodyIntentionTrend {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("dt", &self.dt)?;
        object.optional("intention", &self.intention)?;
        object.end()
    }
}
/// `ListTicketOperateRecordResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBodyRecords {
    /// `openTicketId`.
    pub open_ticket_id: Option<String>,
    /// `operateData`.
    pub operate_data: Option<String>,
    /// `operateTime`.
    pub operate_time: Option<String>,
    /// `operation`.
    pub operation: Option<String>,
    /// `operationDisplayName`.
    pub operation_display_name: Option<String>,
    /// `operator`.
    pub operator: Option<ListTicketOperateRecordResponseBodyRecordsOperator>,
    /// `ticketMemo`.
    pub ticket_memo: Option<ListTicketOperateRecordResponseBodyRecordsTicketMemo>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTicketOperateRecordResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTicketOperateRecordResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "operateData" => rt::read_field(map, &mut self.operate_data),
            "operateTime" => rt::read_field(map, &mut self.operate_time),
            "operation" => rt::read_field(map, &mut self.operation),
            "operationDisplayName" => {
                rt::read_field(map, &mut self.operation_display_name)
            }
            "operator" => rt::read_field(map, &mut self.operator),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTicketOperateRecordResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTicketId", &self.open_ticket_id)?;
        object.optional("operateData", &self.operate_data)?;
        object.optional("operateTime", &self.operate_time)?;
        object.optional("operation", &self.operation)?;
        object.optional("operationDisplayName", &self.operation_display_name)?;
        object.optional("operator", &self.operator)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
/// `ListUserTeamsResponseBodyTeams`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserTeamsResponseBodyTeams {
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `teamName`.
    pub team_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserTeamsResponseBodyTeams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserTeamsResponseBodyTeams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "teamName" => rt::read_field(map, &mut self.team_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserTeamsResponseBodyTeams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("teamName", &self.team_name)?;
        object.end()
    }
}
/// `QueryActiveUsersResponseBodyActiveUserInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryActiveUsersResponseBodyActiveUserInfos {
    /// `actionIndexL14d`.
    pub action_index_l14d: Option<f64>,
    /// `actionIndexL30d`.
    pub action_index_l30d: Option<f64>,
    /// `actionIndexL7d`.
    pub action_index_l7d: Option<f64>,
    /// `activeScore`.
    pub active_score: Option<f64>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `ranking`.
    pub ranking: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryActiveUsersResponseBodyActiveUserInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryActiveUsersResponseBodyActiveUserInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionIndexL14d" => rt::read_field(map, &mut self.action_index_l14d),
            "actionIndexL30d" => rt::read_field(map, &mut self.action_index_l30d),
            "actionIndexL7d" => rt::read_field(map, &mut self.action_index_l7d),
            "activeScore" => rt::read_field(map, &mut self.active_score),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "ranking" => rt::read_field(map, &mut self.ranking),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryActiveUsersResponseBodyActiveUserInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionIndexL14d", &self.action_index_l14d)?;
        object.optional("actionIndexL30d", &self.action_index_l30d)?;
        object.optional("actionIndexL7d", &self.action_index_l7d)?;
        object.optional("activeScore", &self.active_score)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("ranking", &self.ranking)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryCrmGroupContactResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCrmGroupContactResponseBodyRecords {
    /// `contactData`.
    pub contact_data: Option<String>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupContactResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCrmGroupContactResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactData" => rt::read_field(map, &mut self.contact_data),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCrmGroupContactResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactData", &self.contact_data)?;
        object.optional("memberUnionId", &self.member_union_id)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryCustomerTaskUserDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerTaskUserDetailResponseBodyRecords {
    /// `customerNames`.
    pub customer_names: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorDetail`.
    pub error_detail: Option<String>,
    /// `eventTrackResponses`.
    pub event_track_responses: Option<
        Vec<QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses>,
    >,
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
    /// `readStatus`.
    pub read_status: Option<i64>,
    /// `readTime`.
    pub read_time: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverUnionId`.
    pub receiver_union_id: Option<String>,
    /// `sendTime`.
    pub send_time: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryCustomerTaskUserDetailResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerTaskUserDetailResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerNames" => rt::read_field(map, &mut self.customer_names),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorDetail" => rt::read_field(map, &mut self.error_detail),
            "eventTrackResponses" => rt::read_field(map, &mut self.event_track_responses),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "readTime" => rt::read_field(map, &mut self.read_time),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverUnionId" => rt::read_field(map, &mut self.receiver_union_id),
            "sendTime" => rt::read_field(map, &mut self.send_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerTaskUserDetailResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customerNames", &self.customer_names)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorDetail", &self.error_detail)?;
        object.optional("eventTrackResponses", &self.event_track_responses)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("readTime", &self.read_time)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverUnionId", &self.receiver_union_id)?;
        object.optional("sendTime", &self.send_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryGroupMemberResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBodyResult {
    /// `groupMemberList`.
    pub group_member_list: Option<
        Vec<QueryGroupMemberResponseBodyResultGroupMemberList>,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMemberList" => rt::read_field(map, &mut self.group_member_list),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMemberList", &self.group_member_list)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `QueryGroupSetResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupSetResponseBodyRecords {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `groupSetName`.
    pub group_set_name: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupSetResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupSetResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "groupSetName" => rt::read_field(map, &mut self.group_set_name),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupSetResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("groupSetName", &self.group_set_name)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `QueryInstancesByMultiConditionsResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInstancesByMultiConditionsResponseBodyRecords {
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `fields`.
    pub fields: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `modifiedUnionId`.
    pub modified_union_id: Option<String>,
    /// `openDataInstanceId`.
    pub open_data_instance_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryInstancesByMultiConditionsResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInstancesByMultiConditionsResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "fields" => rt::read_field(map, &mut self.fields),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "modifiedUnionId" => rt::read_field(map, &mut self.modified_union_id),
            "openDataInstanceId" => rt::read_field(map, &mut self.open_data_instance_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInstancesByMultiConditionsResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("fields", &self.fields)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("modifiedUnionId", &self.modified_union_id)?;
        object.optional("openDataInstanceId", &self.open_data_instance_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsResponseBodyRecords {
    /// `errorDetail`.
    pub error_detail: Option<String>,
    /// `group`.
    pub group: Option<QuerySendMsgTaskStatisticsResponseBodyRecordsGroup>,
    /// `groupUserReadStatistics`.
    pub group_user_read_statistics: Option<
        QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics,
    >,
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySendMsgTaskStatisticsResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySendMsgTaskStatisticsResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorDetail" => rt::read_field(map, &mut self.error_detail),
            "group" => rt::read_field(map, &mut self.group),
            "groupUserReadStatistics" => {
                rt::read_field(map, &mut self.group_user_read_statistics)
            }
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorDetail", &self.error_detail)?;
        object.optional("group", &self.group)?;
        object.optional("groupUserReadStatistics", &self.group_user_read_statistics)?;
        object.optional("openMsgId", &self.open_msg_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsDetailResponseBodyRecords {
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `readStatus`.
    pub read_status: Option<i64>,
    /// `readTimeStr`.
    pub read_time_str: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverUnionId`.
    pub receiver_union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySendMsgTaskStatisticsDetailResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySendMsgTaskStatisticsDetailResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "readTimeStr" => rt::read_field(map, &mut self.read_time_str),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverUnionId" => rt::read_field(map, &mut self.receiver_union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsDetailResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("readTimeStr", &self.read_time_str)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverUnionId", &self.receiver_union_id)?;
        object.end()
    }
}
/// `QueryServiceGroupMessageReadStatusResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceGroupMessageReadStatusResponseBodyRecords {
    /// `readStatus`.
    pub read_status: Option<i64>,
    /// `readTimeStr`.
    pub read_time_str: Option<String>,
    /// `receiverDingTalkId`.
    pub receiver_ding_talk_id: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverUnionId`.
    pub receiver_union_id: Option<String>,
    /// `receiverUserId`.
    pub receiver_user_id: Option<String>,
    /// `sendTimeStr`.
    pub send_time_str: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryServiceGroupMessageReadStatusResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceGroupMessageReadStatusResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "readTimeStr" => rt::read_field(map, &mut self.read_time_str),
            "receiverDingTalkId" => rt::read_field(map, &mut self.receiver_ding_talk_id),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverUnionId" => rt::read_field(map, &mut self.receiver_union_id),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            "sendTimeStr" => rt::read_field(map, &mut self.send_time_str),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceGroupMessageReadStatusResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("readTimeStr", &self.read_time_str)?;
        object.optional("receiverDingTalkId", &self.receiver_ding_talk_id)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverUnionId", &self.receiver_union_id)?;
        object.optional("receiverUserId", &self.receiver_user_id)?;
        object.optional("sendTimeStr", &self.send_time_str)?;
        object.end()
    }
}
/// `ReportCustomerDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportCustomerDetailResponseBodyRecords {
    /// `atRobotCnt`.
    pub at_robot_cnt: Option<i64>,
    /// `customerName`.
    pub customer_name: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `hasLogin`.
    pub has_login: Option<bool>,
    /// `hasOpenConv`.
    pub has_open_conv: Option<bool>,
    /// `sendMsgCnt`.
    pub send_msg_cnt: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerDetailResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ReportCustomerDetailResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atRobotCnt" => rt::read_field(map, &mut self.at_robot_cnt),
            "customerName" => rt::read_field(map, &mut self.customer_name),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "hasLogin" => rt::read_field(map, &mut self.has_login),
            "hasOpenConv" => rt::read_field(map, &mut self.has_open_conv),
            "sendMsgCnt" => rt::read_field(map, &mut self.send_msg_cnt),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ReportCustomerDetailResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atRobotCnt", &self.at_robot_cnt)?;
        object.optional("customerName", &self.customer_name)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("hasLogin", &self.has_login)?;
        object.optional("hasOpenConv", &self.has_open_conv)?;
        object.optional("sendMsgCnt", &self.send_msg_cnt)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ReportCustomerStatisticsResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReportCustomerStatisticsResponseBodyRecords {
    /// `atRobotCnt`.
    pub at_robot_cnt: Option<i64>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `customerCnt`.
    pub customer_cnt: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupSetName`.
    pub group_set_name: Option<String>,
    /// `loginCnt`.
    pub login_cnt: Option<i64>,
    /// `openConvCnt`.
    pub open_conv_cnt: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `sendMsgCnt`.
    pub send_msg_cnt: Option<i64>,
    /// `senderCnt`.
    pub sender_cnt: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerStatisticsResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ReportCustomerStatisticsResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atRobotCnt" => rt::read_field(map, &mut self.at_robot_cnt),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "customerCnt" => rt::read_field(map, &mut self.customer_cnt),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupSetName" => rt::read_field(map, &mut self.group_set_name),
            "loginCnt" => rt::read_field(map, &mut self.login_cnt),
            "openConvCnt" => rt::read_field(map, &mut self.open_conv_cnt),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "sendMsgCnt" => rt::read_field(map, &mut self.send_msg_cnt),
            "senderCnt" => rt::read_field(map, &mut self.sender_cnt),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ReportCustomerStatisticsResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atRobotCnt", &self.at_robot_cnt)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("customerCnt", &self.customer_cnt)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupSetName", &self.group_set_name)?;
        object.optional("loginCnt", &self.login_cnt)?;
        object.optional("openConvCnt", &self.open_conv_cnt)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("sendMsgCnt", &self.send_msg_cnt)?;
        object.optional("senderCnt", &self.sender_cnt)?;
        object.end()
    }
}
/// `ResubmitTicketRequestSceneContextGroupMsgs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResubmitTicketRequestSceneContextGroupMsgs {
    /// `anchor`.
    pub anchor: Option<bool>,
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
    /// `topicId`.
    pub topic_id: Option<String>,
}
impl ResubmitTicketRequestSceneContextGroupMsgs {
    /// An empty `ResubmitTicketRequestSceneContextGroupMsgs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `anchor`.
    pub fn anchor(mut self, value: bool) -> Self {
        self.anchor = Some(value);
        self
    }
    /// Sets `openMsgId`.
    pub fn open_msg_id(mut self, value: impl Into<String>) -> Self {
        self.open_msg_id = Some(value.into());
        self
    }
    /// Sets `topicId`.
    pub fn topic_id(mut self, value: impl Into<String>) -> Self {
        self.topic_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ResubmitTicketRequestSceneContextGroupMsgs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("anchor", &self.anchor)?;
        object.optional("openMsgId", &self.open_msg_id)?;
        object.optional("topicId", &self.topic_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ResubmitTicketRequestSceneContextGroupMsgs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ResubmitTicketRequestSceneContextGroupMsgs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "anchor" => rt::read_field(map, &mut self.anchor),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "topicId" => rt::read_field(map, &mut self.topic_id),
            _ => Ok(false),
        }
    }
}
/// `ResubmitTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type ResubmitTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `RetractTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type RetractTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `SearchGroupResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchGroupResponseBodyRecords {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchGroupResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchGroupResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchGroupResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
/// `SendMsgByTaskRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type SendMsgByTaskRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `SendMsgByTaskRequestSendConfigUrlTrackConfig`: the same model as [`CustomerSendMsgTaskRequestSendConfigUrlTrackConfig`].
pub type SendMsgByTaskRequestSendConfigUrlTrackConfig = CustomerSendMsgTaskRequestSendConfigUrlTrackConfig;
/// `SendMsgByTaskSupportInviteJoinOrgRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type SendMsgByTaskSupportInviteJoinOrgRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `SetRobotConfigResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetRobotConfigResponseBodyResult {
    /// `configKey`.
    pub config_key: Option<String>,
    /// `configValue`.
    pub config_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SetRobotConfigResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetRobotConfigResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configKey" => rt::read_field(map, &mut self.config_key),
            "configValue" => rt::read_field(map, &mut self.config_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SetRobotConfigResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("configKey", &self.config_key)?;
        object.optional("configValue", &self.config_value)?;
        object.end()
    }
}
/// `TopicStatisticsResponseBodyTopicStatisticsRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TopicStatisticsResponseBodyTopicStatisticsRecords {
    /// `dt`.
    pub dt: Option<String>,
    /// `msgCount`.
    pub msg_count: Option<i64>,
    /// `participantsNum`.
    pub participants_num: Option<i64>,
    /// `topicNum`.
    pub topic_num: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for TopicStatisticsResponseBodyTopicStatisticsRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TopicStatisticsResponseBodyTopicStatisticsRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dt" => rt::read_field(map, &mut self.dt),
            "msgCount" => rt::read_field(map, &mut self.msg_count),
            "participantsNum" => rt::read_field(map, &mut self.participants_num),
            "topicNum" => rt::read_field(map, &mut self.topic_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TopicStatisticsResponseBodyTopicStatisticsRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dt", &self.dt)?;
        object.optional("msgCount", &self.msg_count)?;
        object.optional("participantsNum", &self.participants_num)?;
        object.optional("topicNum", &self.topic_num)?;
        object.end()
    }
}
/// `TransferTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type TransferTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `UpdateTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type UpdateTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `UrgeTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type UrgeTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `ListTicketOperateRecordResponseBodyRecordsOperator`: the same model as [`GetTicketResponseBodyCreator`].
pub type ListTicketOperateRecordResponseBodyRecordsOperator = GetTicketResponseBodyCreator;
/// `ListTicketOperateRecordResponseBodyRecordsTicketMemo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBodyRecordsTicketMemo {
    /// `attachments`.
    pub attachments: Option<
        Vec<ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments>,
    >,
    /// `memo`.
    pub memo: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListTicketOperateRecordResponseBodyRecordsTicketMemo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTicketOperateRecordResponseBodyRecordsTicketMemo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "memo" => rt::read_field(map, &mut self.memo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTicketOperateRecordResponseBodyRecordsTicketMemo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("memo", &self.memo)?;
        object.end()
    }
}
/// `QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses {
    /// `clickTime`.
    pub click_time: Option<String>,
    /// `eventTrackId`.
    pub event_track_id: Option<String>,
    /// `onClick`.
    pub on_click: Option<bool>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clickTime" => rt::read_field(map, &mut self.click_time),
            "eventTrackId" => rt::read_field(map, &mut self.event_track_id),
            "onClick" => rt::read_field(map, &mut self.on_click),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("clickTime", &self.click_time)?;
        object.optional("eventTrackId", &self.event_track_id)?;
        object.optional("onClick", &self.on_click)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryGroupMemberResponseBodyResultGroupMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBodyResultGroupMemberList {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `isUser`.
    pub is_user: Option<bool>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `owner`.
    pub owner: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryGroupMemberResponseBodyResultGroupMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberResponseBodyResultGroupMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "isUser" => rt::read_field(map, &mut self.is_user),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "owner" => rt::read_field(map, &mut self.owner),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberResponseBodyResultGroupMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("isUser", &self.is_user)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("owner", &self.owner)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecordsGroup`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsResponseBodyRecordsGroup {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupSetName`.
    pub group_set_name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySendMsgTaskStatisticsResponseBodyRecordsGroup {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySendMsgTaskStatisticsResponseBodyRecordsGroup {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupSetName" => rt::read_field(map, &mut self.group_set_name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsResponseBodyRecordsGroup {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupSetName", &self.group_set_name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `readUserInc`.
    pub read_user_inc: Option<i64>,
    /// `sendUserInc`.
    pub send_user_inc: Option<i64>,
    /// `unReadUserInc`.
    pub un_read_user_inc: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "readUserInc" => rt::read_field(map, &mut self.read_user_inc),
            "sendUserInc" => rt::read_field(map, &mut self.send_user_inc),
            "unReadUserInc" => rt::read_field(map, &mut self.un_read_user_inc),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openBatchTaskId", &self.open_batch_task_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("readUserInc", &self.read_user_inc)?;
        object.optional("sendUserInc", &self.send_user_inc)?;
        object.optional("unReadUserInc", &self.un_read_user_inc)?;
        object.end()
    }
}
/// `ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `key`.
    pub key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "key" => rt::read_field(map, &mut self.key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("key", &self.key)?;
        object.end()
    }
}
/// The request of [`Api::add_contact_member_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddContactMemberToGroupRequest {
    /// `fissionType`.
    pub fission_type: Option<String>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `memberUserId`.
    pub member_user_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl AddContactMemberToGroupRequest {
    /// A `AddContactMemberToGroupRequest` with its required fields (`openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            fission_type: None,
            member_union_id: None,
            member_user_id: None,
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
    /// Sets `fissionType`.
    pub fn fission_type(mut self, value: impl Into<String>) -> Self {
        self.fission_type = Some(value.into());
        self
    }
    /// Sets `memberUnionId`.
    pub fn member_union_id(mut self, value: impl Into<String>) -> Self {
        self.member_union_id = Some(value.into());
        self
    }
    /// Sets `memberUserId`.
    pub fn member_user_id(mut self, value: impl Into<String>) -> Self {
        self.member_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddContactMemberToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fissionType", &self.fission_type)?;
        object.optional("memberUnionId", &self.member_union_id)?;
        object.optional("memberUserId", &self.member_user_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddContactMemberToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddContactMemberToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fissionType" => rt::read_field(map, &mut self.fission_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "memberUserId" => rt::read_field(map, &mut self.member_user_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddContactMemberToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_knowledge`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddKnowledgeRequest {
    /// `attachmentList`.
    pub attachment_list: Option<Vec<AddKnowledgeRequestAttachmentList>>,
    /// `content`.
    pub content: Option<String>,
    /// `effectTimeend`.
    pub effect_timeend: Option<i64>,
    /// `effectTimestart`.
    pub effect_timestart: Option<i64>,
    /// `extTitle`.
    pub ext_title: Option<String>,
    /// `keyword`.
    pub keyword: Option<String>,
    /// `libraryKey`.
    pub library_key: Option<String>,
    /// `linkUrl`.
    pub link_url: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `questionIds`.
    pub question_ids: Option<Vec<i64>>,
    /// `source`.
    pub source: Option<String>,
    /// `sourcePrimaryKey`.
    pub source_primary_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl AddKnowledgeRequest {
    /// An empty `AddKnowledgeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attachmentList`.
    pub fn attachment_list(
        mut self,
        value: impl IntoIterator<Item = AddKnowledgeRequestAttachmentList>,
    ) -> Self {
        self.attachment_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `effectTimeend`.
    pub fn effect_timeend(mut self, value: i64) -> Self {
        self.effect_timeend = Some(value);
        self
    }
    /// Sets `effectTimestart`.
    pub fn effect_timestart(mut self, value: i64) -> Self {
        self.effect_timestart = Some(value);
        self
    }
    /// Sets `extTitle`.
    pub fn ext_title(mut self, value: impl Into<String>) -> Self {
        self.ext_title = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `libraryKey`.
    pub fn library_key(mut self, value: impl Into<String>) -> Self {
        self.library_key = Some(value.into());
        self
    }
    /// Sets `linkUrl`.
    pub fn link_url(mut self, value: impl Into<String>) -> Self {
        self.link_url = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `questionIds`.
    pub fn question_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.question_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `sourcePrimaryKey`.
    pub fn source_primary_key(mut self, value: impl Into<String>) -> Self {
        self.source_primary_key = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddKnowledgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentList", &self.attachment_list)?;
        object.optional("content", &self.content)?;
        object.optional("effectTimeend", &self.effect_timeend)?;
        object.optional("effectTimestart", &self.effect_timestart)?;
        object.optional("extTitle", &self.ext_title)?;
        object.optional("keyword", &self.keyword)?;
        object.optional("libraryKey", &self.library_key)?;
        object.optional("linkUrl", &self.link_url)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("questionIds", &self.question_ids)?;
        object.optional("source", &self.source)?;
        object.optional("sourcePrimaryKey", &self.source_primary_key)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentList" => rt::read_field(map, &mut self.attachment_list),
            "content" => rt::read_field(map, &mut self.content),
            "effectTimeend" => rt::read_field(map, &mut self.effect_timeend),
            "effectTimestart" => rt::read_field(map, &mut self.effect_timestart),
            "extTitle" => rt::read_field(map, &mut self.ext_title),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "libraryKey" => rt::read_field(map, &mut self.library_key),
            "linkUrl" => rt::read_field(map, &mut self.link_url),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "questionIds" => rt::read_field(map, &mut self.question_ids),
            "source" => rt::read_field(map, &mut self.source),
            "sourcePrimaryKey" => rt::read_field(map, &mut self.source_primary_key),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_library`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLibraryRequest {
    /// `description`.
    pub description: Option<String>,
    /// `openTeamIds`.
    pub open_team_ids: Option<Vec<String>>,
    /// `source`.
    pub source: Option<String>,
    /// `sourcePrimaryKey`.
    pub source_primary_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AddLibraryRequest {
    /// An empty `AddLibraryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `openTeamIds`.
    pub fn open_team_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_team_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `sourcePrimaryKey`.
    pub fn source_primary_key(mut self, value: impl Into<String>) -> Self {
        self.source_primary_key = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddLibraryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("openTeamIds", &self.open_team_ids)?;
        object.optional("source", &self.source)?;
        object.optional("sourcePrimaryKey", &self.source_primary_key)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLibraryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLibraryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "openTeamIds" => rt::read_field(map, &mut self.open_team_ids),
            "source" => rt::read_field(map, &mut self.source),
            "sourcePrimaryKey" => rt::read_field(map, &mut self.source_primary_key),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddLibraryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_member_to_service_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMemberToServiceGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl AddMemberToServiceGroupRequest {
    /// A `AddMemberToServiceGroupRequest` with its required fields (`openConversationId`, `openTeamId`, `userIds`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for AddMemberToServiceGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMemberToServiceGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMemberToServiceGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddMemberToServiceGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOpenCategoryRequest {
    /// `libraryId`.
    pub library_id: i64,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `parentId`.
    pub parent_id: Option<i64>,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
    /// `userName`.
    pub user_name: String,
}
impl AddOpenCategoryRequest {
    /// A `AddOpenCategoryRequest` with its required fields (`libraryId`, `openTeamId`, `title`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(
        library_id: i64,
        open_team_id: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
        user_name: impl Into<String>,
    ) -> Self {
        Self {
            library_id,
            open_team_id: open_team_id.into(),
            parent_id: None,
            title: title.into(),
            user_id: user_id.into(),
            user_name: user_name.into(),
        }
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddOpenCategoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("libraryId", &self.library_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("parentId", &self.parent_id)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.field("userName", &self.user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOpenCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOpenCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "libraryId" => rt::read_field(map, &mut self.library_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOpenCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_knowledge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOpenKnowledgeRequest {
    /// `attachments`.
    pub attachments: Option<Vec<AddOpenKnowledgeRequestAttachments>>,
    /// `categoryId`.
    pub category_id: i64,
    /// `content`.
    pub content: String,
    /// `effectTimeend`.
    pub effect_timeend: Option<String>,
    /// `effectTimestart`.
    pub effect_timestart: Option<String>,
    /// `extTitle`.
    pub ext_title: String,
    /// `keyword`.
    pub keyword: Option<String>,
    /// `libraryId`.
    pub library_id: i64,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `source`.
    pub source: String,
    /// `tags`.
    pub tags: Option<String>,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: String,
    /// `userId`.
    pub user_id: String,
    /// `userName`.
    pub user_name: String,
}
impl AddOpenKnowledgeRequest {
    /// A `AddOpenKnowledgeRequest` with its required fields (`categoryId`, `content`, `extTitle`, `libraryId`, `openTeamId`, `source`, `title`, `type`, `userId`, `userName`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        category_id: i64,
        content: impl Into<String>,
        ext_title: impl Into<String>,
        library_id: i64,
        open_team_id: impl Into<String>,
        source: impl Into<String>,
        title: impl Into<String>,
        r#type: impl Into<String>,
        user_id: impl Into<String>,
        user_name: impl Into<String>,
    ) -> Self {
        Self {
            attachments: None,
            category_id,
            content: content.into(),
            effect_timeend: None,
            effect_timestart: None,
            ext_title: ext_title.into(),
            keyword: None,
            library_id,
            open_team_id: open_team_id.into(),
            source: source.into(),
            tags: None,
            title: title.into(),
            r#type: r#type.into(),
            user_id: user_id.into(),
            user_name: user_name.into(),
        }
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = AddOpenKnowledgeRequestAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
    /// Sets `effectTimeend`.
    pub fn effect_timeend(mut self, value: impl Into<String>) -> Self {
        self.effect_timeend = Some(value.into());
        self
    }
    /// Sets `effectTimestart`.
    pub fn effect_timestart(mut self, value: impl Into<String>) -> Self {
        self.effect_timestart = Some(value.into());
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddOpenKnowledgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.field("categoryId", &self.category_id)?;
        object.field("content", &self.content)?;
        object.optional("effectTimeend", &self.effect_timeend)?;
        object.optional("effectTimestart", &self.effect_timestart)?;
        object.field("extTitle", &self.ext_title)?;
        object.optional("keyword", &self.keyword)?;
        object.field("libraryId", &self.library_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("source", &self.source)?;
        object.optional("tags", &self.tags)?;
        object.field("title", &self.title)?;
        object.field("type", &self.r#type)?;
        object.field("userId", &self.user_id)?;
        object.field("userName", &self.user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOpenKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOpenKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "content" => rt::read_field(map, &mut self.content),
            "effectTimeend" => rt::read_field(map, &mut self.effect_timeend),
            "effectTimestart" => rt::read_field(map, &mut self.effect_timestart),
            "extTitle" => rt::read_field(map, &mut self.ext_title),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "libraryId" => rt::read_field(map, &mut self.library_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "source" => rt::read_field(map, &mut self.source),
            "tags" => rt::read_field(map, &mut self.tags),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOpenKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_library`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOpenLibraryRequest {
    /// `description`.
    pub description: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `source`.
    pub source: String,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: String,
    /// `userId`.
    pub user_id: String,
    /// `userName`.
    pub user_name: String,
}
impl AddOpenLibraryRequest {
    /// A `AddOpenLibraryRequest` with its required fields (`openTeamId`, `source`, `title`, `type`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        source: impl Into<String>,
        title: impl Into<String>,
        r#type: impl Into<String>,
        user_id: impl Into<String>,
        user_name: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            open_team_id: open_team_id.into(),
            source: source.into(),
            title: title.into(),
            r#type: r#type.into(),
            user_id: user_id.into(),
            user_name: user_name.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddOpenLibraryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("source", &self.source)?;
        object.field("title", &self.title)?;
        object.field("type", &self.r#type)?;
        object.field("userId", &self.user_id)?;
        object.field("userName", &self.user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOpenLibraryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOpenLibraryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "source" => rt::read_field(map, &mut self.source),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOpenLibraryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_ticket_memo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddTicketMemoRequest {
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `processorUnionId`.
    pub processor_union_id: String,
    /// `ticketMemo`.
    pub ticket_memo: Option<AddTicketMemoRequestTicketMemo>,
}
impl AddTicketMemoRequest {
    /// A `AddTicketMemoRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        processor_union_id: impl Into<String>,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            processor_union_id: processor_union_id.into(),
            ticket_memo: None,
        }
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: AddTicketMemoRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddTicketMemoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("processorUnionId", &self.processor_union_id)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddTicketMemoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddTicketMemoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processorUnionId" => rt::read_field(map, &mut self.processor_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddTicketMemoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assign_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AssignTicketRequest {
    /// `notify`.
    pub notify: Option<AssignTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `processorUnionIds`.
    pub processor_union_ids: Vec<String>,
    /// `ticketMemo`.
    pub ticket_memo: Option<AssignTicketRequestTicketMemo>,
}
impl AssignTicketRequest {
    /// A `AssignTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `operatorUnionId`, `processorUnionIds`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        operator_union_id: impl Into<String>,
        processor_union_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            notify: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            operator_union_id: operator_union_id.into(),
            processor_union_ids: processor_union_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            ticket_memo: None,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: AssignTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: AssignTicketRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for AssignTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.field("processorUnionIds", &self.processor_union_ids)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AssignTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssignTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "processorUnionIds" => rt::read_field(map, &mut self.processor_union_ids),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AssignTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_binding_group_biz_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchBindingGroupBizIdsRequest {
    /// `bindingGroupBizIds`.
    pub binding_group_biz_ids: Vec<BatchBindingGroupBizIdsRequestBindingGroupBizIds>,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl BatchBindingGroupBizIdsRequest {
    /// A `BatchBindingGroupBizIdsRequest` with its required fields (`bindingGroupBizIds`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        binding_group_biz_ids: impl IntoIterator<
            Item = BatchBindingGroupBizIdsRequestBindingGroupBizIds,
        >,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            binding_group_biz_ids: binding_group_biz_ids.into_iter().collect(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchBindingGroupBizIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bindingGroupBizIds", &self.binding_group_biz_ids)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchBindingGroupBizIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchBindingGroupBizIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindingGroupBizIds" => rt::read_field(map, &mut self.binding_group_biz_ids),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchBindingGroupBizIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_group_set_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigRequest {
    /// `configKeys`.
    pub config_keys: Vec<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl BatchGetGroupSetConfigRequest {
    /// A `BatchGetGroupSetConfigRequest` with its required fields (`configKeys`, `openGroupSetId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        config_keys: impl IntoIterator<Item = impl Into<String>>,
        open_group_set_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            config_keys: config_keys.into_iter().map(Into::into).collect(),
            open_group_set_id: open_group_set_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchGetGroupSetConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("configKeys", &self.config_keys)?;
        object.field("openGroupSetId", &self.open_group_set_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetGroupSetConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetGroupSetConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configKeys" => rt::read_field(map, &mut self.config_keys),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetGroupSetConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_customer_send_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryCustomerSendTaskRequest {
    /// `gmtCreateEnd`.
    pub gmt_create_end: Option<String>,
    /// `gmtCreateStart`.
    pub gmt_create_start: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `needRichStatistics`.
    pub need_rich_statistics: bool,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openBatchTaskIds`.
    pub open_batch_task_ids: Option<Vec<String>>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl BatchQueryCustomerSendTaskRequest {
    /// A `BatchQueryCustomerSendTaskRequest` with its required fields (`needRichStatistics`, `openTeamId`); set the others with the methods named after them.
    pub fn new(need_rich_statistics: bool, open_team_id: impl Into<String>) -> Self {
        Self {
            gmt_create_end: None,
            gmt_create_start: None,
            max_results: None,
            need_rich_statistics,
            next_token: None,
            open_batch_task_ids: None,
            open_team_id: open_team_id.into(),
            task_name: None,
        }
    }
    /// Sets `gmtCreateEnd`.
    pub fn gmt_create_end(mut self, value: impl Into<String>) -> Self {
        self.gmt_create_end = Some(value.into());
        self
    }
    /// Sets `gmtCreateStart`.
    pub fn gmt_create_start(mut self, value: impl Into<String>) -> Self {
        self.gmt_create_start = Some(value.into());
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
    /// Sets `openBatchTaskIds`.
    pub fn open_batch_task_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_batch_task_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `taskName`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchQueryCustomerSendTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtCreateEnd", &self.gmt_create_end)?;
        object.optional("gmtCreateStart", &self.gmt_create_start)?;
        object.optional("maxResults", &self.max_results)?;
        object.field("needRichStatistics", &self.need_rich_statistics)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openBatchTaskIds", &self.open_batch_task_ids)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryCustomerSendTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryCustomerSendTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreateEnd" => rt::read_field(map, &mut self.gmt_create_end),
            "gmtCreateStart" => rt::read_field(map, &mut self.gmt_create_start),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "needRichStatistics" => rt::read_field(map, &mut self.need_rich_statistics),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openBatchTaskIds" => rt::read_field(map, &mut self.open_batch_task_ids),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryCustomerSendTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryGroupMemberRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl BatchQueryGroupMemberRequest {
    /// A `BatchQueryGroupMemberRequest` with its required fields (`maxResults`, `openTeamId`); set the others with the methods named after them.
    pub fn new(max_results: i64, open_team_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            open_conversation_id: None,
            open_team_id: open_team_id.into(),
        }
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
}
impl rt::serde::Serialize for BatchQueryGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_send_message_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQuerySendMessageTaskRequest {
    /// `getReadCount`.
    pub get_read_count: Option<bool>,
    /// `gmtCreateEnd`.
    pub gmt_create_end: Option<String>,
    /// `gmtCreateStart`.
    pub gmt_create_start: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl BatchQuerySendMessageTaskRequest {
    /// A `BatchQuerySendMessageTaskRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(open_team_id: impl Into<String>) -> Self {
        Self {
            get_read_count: None,
            gmt_create_end: None,
            gmt_create_start: None,
            max_results: None,
            next_token: None,
            open_group_set_id: None,
            open_team_id: open_team_id.into(),
            task_name: None,
        }
    }
    /// Sets `getReadCount`.
    pub fn get_read_count(mut self, value: bool) -> Self {
        self.get_read_count = Some(value);
        self
    }
    /// Sets `gmtCreateEnd`.
    pub fn gmt_create_end(mut self, value: impl Into<String>) -> Self {
        self.gmt_create_end = Some(value.into());
        self
    }
    /// Sets `gmtCreateStart`.
    pub fn gmt_create_start(mut self, value: impl Into<String>) -> Self {
        self.gmt_create_start = Some(value.into());
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
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `taskName`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchQuerySendMessageTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("getReadCount", &self.get_read_count)?;
        object.optional("gmtCreateEnd", &self.gmt_create_end)?;
        object.optional("gmtCreateStart", &self.gmt_create_start)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQuerySendMessageTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQuerySendMessageTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "getReadCount" => rt::read_field(map, &mut self.get_read_count),
            "gmtCreateEnd" => rt::read_field(map, &mut self.gmt_create_end),
            "gmtCreateStart" => rt::read_field(map, &mut self.gmt_create_start),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQuerySendMessageTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::bound_template_to_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BoundTemplateToTeamRequest {
    /// `openTeamId`.
    pub open_team_id: String,
    /// `robotConfig`.
    pub robot_config: String,
    /// `templateDesc`.
    pub template_desc: Option<String>,
    /// `templateId`.
    pub template_id: String,
    /// `templateName`.
    pub template_name: String,
    /// `templateType`.
    pub template_type: String,
}
impl BoundTemplateToTeamRequest {
    /// A `BoundTemplateToTeamRequest` with its required fields (`openTeamId`, `robotConfig`, `templateId`, `templateName`, `templateType`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        robot_config: impl Into<String>,
        template_id: impl Into<String>,
        template_name: impl Into<String>,
        template_type: impl Into<String>,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            robot_config: robot_config.into(),
            template_desc: None,
            template_id: template_id.into(),
            template_name: template_name.into(),
            template_type: template_type.into(),
        }
    }
    /// Sets `templateDesc`.
    pub fn template_desc(mut self, value: impl Into<String>) -> Self {
        self.template_desc = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BoundTemplateToTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("robotConfig", &self.robot_config)?;
        object.optional("templateDesc", &self.template_desc)?;
        object.field("templateId", &self.template_id)?;
        object.field("templateName", &self.template_name)?;
        object.field("templateType", &self.template_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BoundTemplateToTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BoundTemplateToTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "robotConfig" => rt::read_field(map, &mut self.robot_config),
            "templateDesc" => rt::read_field(map, &mut self.template_desc),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            "templateType" => rt::read_field(map, &mut self.template_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BoundTemplateToTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CancelTicketRequest {
    /// `notify`.
    pub notify: Option<CancelTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
    /// `ticketMemo`.
    pub ticket_memo: Option<CancelTicketRequestTicketMemo>,
}
impl CancelTicketRequest {
    /// A `CancelTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
    ) -> Self {
        Self {
            notify: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            operator_union_id: None,
            ticket_memo: None,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: CancelTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: CancelTicketRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for CancelTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::category_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CategoryStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl CategoryStatisticsRequest {
    /// A `CategoryStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoryStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoryStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CategoryStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("minDt", &self.min_dt);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::close_conversation`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseConversationRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serverTips`.
    pub server_tips: Option<String>,
    /// `serviceToken`.
    pub service_token: Option<String>,
    /// `targetChannel`.
    pub target_channel: Option<String>,
    /// `visitorToken`.
    pub visitor_token: Option<String>,
}
impl CloseConversationRequest {
    /// An empty `CloseConversationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serverTips`.
    pub fn server_tips(mut self, value: impl Into<String>) -> Self {
        self.server_tips = Some(value.into());
        self
    }
    /// Sets `serviceToken`.
    pub fn service_token(mut self, value: impl Into<String>) -> Self {
        self.service_token = Some(value.into());
        self
    }
    /// Sets `targetChannel`.
    pub fn target_channel(mut self, value: impl Into<String>) -> Self {
        self.target_channel = Some(value.into());
        self
    }
    /// Sets `visitorToken`.
    pub fn visitor_token(mut self, value: impl Into<String>) -> Self {
        self.visitor_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CloseConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serverTips", &self.server_tips)?;
        object.optional("serviceToken", &self.service_token)?;
        object.optional("targetChannel", &self.target_channel)?;
        object.optional("visitorToken", &self.visitor_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CloseConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CloseConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serverTips" => rt::read_field(map, &mut self.server_tips),
            "serviceToken" => rt::read_field(map, &mut self.service_token),
            "targetChannel" => rt::read_field(map, &mut self.target_channel),
            "visitorToken" => rt::read_field(map, &mut self.visitor_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CloseConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_human_session`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CloseHumanSessionRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl CloseHumanSessionRequest {
    /// A `CloseHumanSessionRequest` with its required fields (`openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for CloseHumanSessionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CloseHumanSessionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CloseHumanSessionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CloseHumanSessionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::conversation_created_notify`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConversationCreatedNotifyRequest {
    /// `alipayUserId`.
    pub alipay_user_id: Option<String>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serverName`.
    pub server_name: Option<String>,
    /// `serverTips`.
    pub server_tips: Option<String>,
    /// `serviceToken`.
    pub service_token: Option<String>,
    /// `timeoutRemindTips`.
    pub timeout_remind_tips: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `visitorToken`.
    pub visitor_token: Option<String>,
}
impl ConversationCreatedNotifyRequest {
    /// An empty `ConversationCreatedNotifyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alipayUserId`.
    pub fn alipay_user_id(mut self, value: impl Into<String>) -> Self {
        self.alipay_user_id = Some(value.into());
        self
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `nickName`.
    pub fn nick_name(mut self, value: impl Into<String>) -> Self {
        self.nick_name = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serverName`.
    pub fn server_name(mut self, value: impl Into<String>) -> Self {
        self.server_name = Some(value.into());
        self
    }
    /// Sets `serverTips`.
    pub fn server_tips(mut self, value: impl Into<String>) -> Self {
        self.server_tips = Some(value.into());
        self
    }
    /// Sets `serviceToken`.
    pub fn service_token(mut self, value: impl Into<String>) -> Self {
        self.service_token = Some(value.into());
        self
    }
    /// Sets `timeoutRemindTips`.
    pub fn timeout_remind_tips(mut self, value: impl Into<String>) -> Self {
        self.timeout_remind_tips = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `visitorToken`.
    pub fn visitor_token(mut self, value: impl Into<String>) -> Self {
        self.visitor_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ConversationCreatedNotifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayUserId", &self.alipay_user_id)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serverName", &self.server_name)?;
        object.optional("serverTips", &self.server_tips)?;
        object.optional("serviceToken", &self.service_token)?;
        object.optional("timeoutRemindTips", &self.timeout_remind_tips)?;
        object.optional("userId", &self.user_id)?;
        object.optional("visitorToken", &self.visitor_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConversationCreatedNotifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConversationCreatedNotifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayUserId" => rt::read_field(map, &mut self.alipay_user_id),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serverName" => rt::read_field(map, &mut self.server_name),
            "serverTips" => rt::read_field(map, &mut self.server_tips),
            "serviceToken" => rt::read_field(map, &mut self.service_token),
            "timeoutRemindTips" => rt::read_field(map, &mut self.timeout_remind_tips),
            "userId" => rt::read_field(map, &mut self.user_id),
            "visitorToken" => rt::read_field(map, &mut self.visitor_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConversationCreatedNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::conversation_transfer_begin_notify`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConversationTransferBeginNotifyRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serviceToken`.
    pub service_token: Option<String>,
    /// `sourceSkillGroupId`.
    pub source_skill_group_id: Option<String>,
    /// `targetSkillGroupId`.
    pub target_skill_group_id: Option<String>,
}
impl ConversationTransferBeginNotifyRequest {
    /// An empty `ConversationTransferBeginNotifyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serviceToken`.
    pub fn service_token(mut self, value: impl Into<String>) -> Self {
        self.service_token = Some(value.into());
        self
    }
    /// Sets `sourceSkillGroupId`.
    pub fn source_skill_group_id(mut self, value: impl Into<String>) -> Self {
        self.source_skill_group_id = Some(value.into());
        self
    }
    /// Sets `targetSkillGroupId`.
    pub fn target_skill_group_id(mut self, value: impl Into<String>) -> Self {
        self.target_skill_group_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ConversationTransferBeginNotifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("memo", &self.memo)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serviceToken", &self.service_token)?;
        object.optional("sourceSkillGroupId", &self.source_skill_group_id)?;
        object.optional("targetSkillGroupId", &self.target_skill_group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConversationTransferBeginNotifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConversationTransferBeginNotifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "memo" => rt::read_field(map, &mut self.memo),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serviceToken" => rt::read_field(map, &mut self.service_token),
            "sourceSkillGroupId" => rt::read_field(map, &mut self.source_skill_group_id),
            "targetSkillGroupId" => rt::read_field(map, &mut self.target_skill_group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConversationTransferBeginNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::conversation_transfer_complete_notify`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConversationTransferCompleteNotifyRequest {
    /// `alipayUserId`.
    pub alipay_user_id: Option<String>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serviceToken`.
    pub service_token: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `visitorToken`.
    pub visitor_token: Option<String>,
}
impl ConversationTransferCompleteNotifyRequest {
    /// An empty `ConversationTransferCompleteNotifyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alipayUserId`.
    pub fn alipay_user_id(mut self, value: impl Into<String>) -> Self {
        self.alipay_user_id = Some(value.into());
        self
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `nickName`.
    pub fn nick_name(mut self, value: impl Into<String>) -> Self {
        self.nick_name = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serviceToken`.
    pub fn service_token(mut self, value: impl Into<String>) -> Self {
        self.service_token = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `visitorToken`.
    pub fn visitor_token(mut self, value: impl Into<String>) -> Self {
        self.visitor_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ConversationTransferCompleteNotifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayUserId", &self.alipay_user_id)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serviceToken", &self.service_token)?;
        object.optional("userId", &self.user_id)?;
        object.optional("visitorToken", &self.visitor_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConversationTransferCompleteNotifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConversationTransferCompleteNotifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayUserId" => rt::read_field(map, &mut self.alipay_user_id),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serviceToken" => rt::read_field(map, &mut self.service_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            "visitorToken" => rt::read_field(map, &mut self.visitor_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConversationTransferCompleteNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `groupBizId`.
    pub group_biz_id: Option<String>,
    /// `groupName`.
    pub group_name: String,
    /// `groupTagNames`.
    pub group_tag_names: Option<Vec<String>>,
    /// `memberStaffIds`.
    pub member_staff_ids: Option<Vec<String>>,
    /// `openGroupSetId`.
    pub open_group_set_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `ownerStaffId`.
    pub owner_staff_id: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`groupName`, `openGroupSetId`, `openTeamId`, `ownerStaffId`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        open_group_set_id: impl Into<String>,
        open_team_id: impl Into<String>,
        owner_staff_id: impl Into<String>,
    ) -> Self {
        Self {
            group_biz_id: None,
            group_name: group_name.into(),
            group_tag_names: None,
            member_staff_ids: None,
            open_group_set_id: open_group_set_id.into(),
            open_team_id: open_team_id.into(),
            owner_staff_id: owner_staff_id.into(),
        }
    }
    /// Sets `groupBizId`.
    pub fn group_biz_id(mut self, value: impl Into<String>) -> Self {
        self.group_biz_id = Some(value.into());
        self
    }
    /// Sets `groupTagNames`.
    pub fn group_tag_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_tag_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `memberStaffIds`.
    pub fn member_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.member_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupBizId", &self.group_biz_id)?;
        object.field("groupName", &self.group_name)?;
        object.optional("groupTagNames", &self.group_tag_names)?;
        object.optional("memberStaffIds", &self.member_staff_ids)?;
        object.field("openGroupSetId", &self.open_group_set_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("ownerStaffId", &self.owner_staff_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupBizId" => rt::read_field(map, &mut self.group_biz_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupTagNames" => rt::read_field(map, &mut self.group_tag_names),
            "memberStaffIds" => rt::read_field(map, &mut self.member_staff_ids),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "ownerStaffId" => rt::read_field(map, &mut self.owner_staff_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_conversation`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupConversationRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dingGroupId`.
    pub ding_group_id: Option<String>,
    /// `dingSuiteKey`.
    pub ding_suite_key: Option<String>,
    /// `dingTokenGrantType`.
    pub ding_token_grant_type: Option<i64>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `dingUserName`.
    pub ding_user_name: Option<String>,
    /// `extValues`.
    pub ext_values: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serverGroupId`.
    pub server_group_id: Option<String>,
}
impl CreateGroupConversationRequest {
    /// An empty `CreateGroupConversationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `dingGroupId`.
    pub fn ding_group_id(mut self, value: impl Into<String>) -> Self {
        self.ding_group_id = Some(value.into());
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
    /// Sets `dingTokenGrantType`.
    pub fn ding_token_grant_type(mut self, value: i64) -> Self {
        self.ding_token_grant_type = Some(value);
        self
    }
    /// Sets `dingUserId`.
    pub fn ding_user_id(mut self, value: impl Into<String>) -> Self {
        self.ding_user_id = Some(value.into());
        self
    }
    /// Sets `dingUserName`.
    pub fn ding_user_name(mut self, value: impl Into<String>) -> Self {
        self.ding_user_name = Some(value.into());
        self
    }
    /// Sets `extValues`.
    pub fn ext_values(mut self, value: impl Into<String>) -> Self {
        self.ext_values = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serverGroupId`.
    pub fn server_group_id(mut self, value: impl Into<String>) -> Self {
        self.server_group_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dingGroupId", &self.ding_group_id)?;
        object.optional("dingSuiteKey", &self.ding_suite_key)?;
        object.optional("dingTokenGrantType", &self.ding_token_grant_type)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.optional("dingUserName", &self.ding_user_name)?;
        object.optional("extValues", &self.ext_values)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serverGroupId", &self.server_group_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dingGroupId" => rt::read_field(map, &mut self.ding_group_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            "dingTokenGrantType" => rt::read_field(map, &mut self.ding_token_grant_type),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "dingUserName" => rt::read_field(map, &mut self.ding_user_name),
            "extValues" => rt::read_field(map, &mut self.ext_values),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serverGroupId" => rt::read_field(map, &mut self.server_group_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupSetRequest {
    /// `groupSetName`.
    pub group_set_name: String,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl CreateGroupSetRequest {
    /// A `CreateGroupSetRequest` with its required fields (`groupSetName`, `groupTemplateId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        group_set_name: impl Into<String>,
        group_template_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            group_set_name: group_set_name.into(),
            group_template_id: group_template_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateGroupSetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupSetName", &self.group_set_name)?;
        object.field("groupTemplateId", &self.group_template_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupSetName" => rt::read_field(map, &mut self.group_set_name),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateInstanceRequest {
    /// `channel`.
    pub channel: Option<String>,
    /// `externalBizId`.
    pub external_biz_id: Option<String>,
    /// `formCode`.
    pub form_code: String,
    /// `formDataList`.
    pub form_data_list: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
}
impl CreateInstanceRequest {
    /// A `CreateInstanceRequest` with its required fields (`formCode`, `formDataList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        form_data_list: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            channel: None,
            external_biz_id: None,
            form_code: form_code.into(),
            form_data_list: form_data_list.into(),
            open_team_id: open_team_id.into(),
            operator_union_id: None,
            owner_union_id: None,
        }
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `externalBizId`.
    pub fn external_biz_id(mut self, value: impl Into<String>) -> Self {
        self.external_biz_id = Some(value.into());
        self
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
    /// Sets `ownerUnionId`.
    pub fn owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.owner_union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("externalBizId", &self.external_biz_id)?;
        object.field("formCode", &self.form_code)?;
        object.field("formDataList", &self.form_data_list)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channel" => rt::read_field(map, &mut self.channel),
            "externalBizId" => rt::read_field(map, &mut self.external_biz_id),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formDataList" => rt::read_field(map, &mut self.form_data_list),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequest {
    /// `creatorDingUnionId`.
    pub creator_ding_union_id: String,
    /// `teamName`.
    pub team_name: String,
}
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`creatorDingUnionId`, `teamName`); set the others with the methods named after them.
    pub fn new(
        creator_ding_union_id: impl Into<String>,
        team_name: impl Into<String>,
    ) -> Self {
        Self {
            creator_ding_union_id: creator_ding_union_id.into(),
            team_name: team_name.into(),
        }
    }
}
impl rt::serde::Serialize for CreateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorDingUnionId", &self.creator_ding_union_id)?;
        object.field("teamName", &self.team_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorDingUnionId" => rt::read_field(map, &mut self.creator_ding_union_id),
            "teamName" => rt::read_field(map, &mut self.team_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTicketRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `customFields`.
    pub custom_fields: Option<String>,
    /// `notify`.
    pub notify: Option<CreateTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTemplateBizId`.
    pub open_template_biz_id: String,
    /// `processorUnionIds`.
    pub processor_union_ids: Vec<String>,
    /// `scene`.
    pub scene: String,
    /// `sceneContext`.
    pub scene_context: Option<CreateTicketRequestSceneContext>,
    /// `title`.
    pub title: String,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`creatorUnionId`, `openTeamId`, `openTemplateBizId`, `processorUnionIds`, `scene`, `title`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        open_team_id: impl Into<String>,
        open_template_biz_id: impl Into<String>,
        processor_union_ids: impl IntoIterator<Item = impl Into<String>>,
        scene: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            custom_fields: None,
            notify: None,
            open_team_id: open_team_id.into(),
            open_template_biz_id: open_template_biz_id.into(),
            processor_union_ids: processor_union_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            scene: scene.into(),
            scene_context: None,
            title: title.into(),
        }
    }
    /// Sets `customFields`.
    pub fn custom_fields(mut self, value: impl Into<String>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: CreateTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `sceneContext`.
    pub fn scene_context(mut self, value: CreateTicketRequestSceneContext) -> Self {
        self.scene_context = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTemplateBizId", &self.open_template_biz_id)?;
        object.field("processorUnionIds", &self.processor_union_ids)?;
        object.field("scene", &self.scene)?;
        object.optional("sceneContext", &self.scene_context)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTemplateBizId" => rt::read_field(map, &mut self.open_template_biz_id),
            "processorUnionIds" => rt::read_field(map, &mut self.processor_union_ids),
            "scene" => rt::read_field(map, &mut self.scene),
            "sceneContext" => rt::read_field(map, &mut self.scene_context),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customer_send_msg_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CustomerSendMsgTaskRequest {
    /// `messageContent`.
    pub message_content: CustomerSendMsgTaskRequestMessageContent,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `queryCustomer`.
    pub query_customer: Option<CustomerSendMsgTaskRequestQueryCustomer>,
    /// `sendConfig`.
    pub send_config: Option<CustomerSendMsgTaskRequestSendConfig>,
    /// `taskName`.
    pub task_name: String,
}
impl CustomerSendMsgTaskRequest {
    /// A `CustomerSendMsgTaskRequest` with its required fields (`messageContent`, `openTeamId`, `taskName`); set the others with the methods named after them.
    pub fn new(
        message_content: CustomerSendMsgTaskRequestMessageContent,
        open_team_id: impl Into<String>,
        task_name: impl Into<String>,
    ) -> Self {
        Self {
            message_content,
            open_team_id: open_team_id.into(),
            query_customer: None,
            send_config: None,
            task_name: task_name.into(),
        }
    }
    /// Sets `queryCustomer`.
    pub fn query_customer(
        mut self,
        value: CustomerSendMsgTaskRequestQueryCustomer,
    ) -> Self {
        self.query_customer = Some(value);
        self
    }
    /// Sets `sendConfig`.
    pub fn send_config(mut self, value: CustomerSendMsgTaskRequestSendConfig) -> Self {
        self.send_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for CustomerSendMsgTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageContent", &self.message_content)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("queryCustomer", &self.query_customer)?;
        object.optional("sendConfig", &self.send_config)?;
        object.field("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CustomerSendMsgTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CustomerSendMsgTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageContent" => rt::read_field(map, &mut self.message_content),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "queryCustomer" => rt::read_field(map, &mut self.query_customer),
            "sendConfig" => rt::read_field(map, &mut self.send_config),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CustomerSendMsgTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_group_members_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteGroupMembersFromGroupRequest {
    /// `deleteGroupType`.
    pub delete_group_type: String,
    /// `memberUnionId`.
    pub member_union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl DeleteGroupMembersFromGroupRequest {
    /// A `DeleteGroupMembersFromGroupRequest` with its required fields (`deleteGroupType`, `memberUnionId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        delete_group_type: impl Into<String>,
        member_union_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            delete_group_type: delete_group_type.into(),
            member_union_id: member_union_id.into(),
            open_conversation_id: None,
            open_group_set_id: None,
            open_team_id: open_team_id.into(),
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteGroupMembersFromGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deleteGroupType", &self.delete_group_type)?;
        object.field("memberUnionId", &self.member_union_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteGroupMembersFromGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteGroupMembersFromGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleteGroupType" => rt::read_field(map, &mut self.delete_group_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteGroupMembersFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteInstanceRequest {
    /// `formCode`.
    pub form_code: String,
    /// `openDataInstanceId`.
    pub open_data_instance_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
}
impl DeleteInstanceRequest {
    /// A `DeleteInstanceRequest` with its required fields (`formCode`, `openDataInstanceId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        open_data_instance_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            form_code: form_code.into(),
            open_data_instance_id: open_data_instance_id.into(),
            open_team_id: open_team_id.into(),
            operator_union_id: None,
        }
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formCode", &self.form_code)?;
        object.field("openDataInstanceId", &self.open_data_instance_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "openDataInstanceId" => rt::read_field(map, &mut self.open_data_instance_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_knowledge`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteKnowledgeRequest {
    /// `libraryKey`.
    pub library_key: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `sourcePrimaryKey`.
    pub source_primary_key: Option<String>,
}
impl DeleteKnowledgeRequest {
    /// An empty `DeleteKnowledgeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `libraryKey`.
    pub fn library_key(mut self, value: impl Into<String>) -> Self {
        self.library_key = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `sourcePrimaryKey`.
    pub fn source_primary_key(mut self, value: impl Into<String>) -> Self {
        self.source_primary_key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteKnowledgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("libraryKey", &self.library_key)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("source", &self.source)?;
        object.optional("sourcePrimaryKey", &self.source_primary_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "libraryKey" => rt::read_field(map, &mut self.library_key),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "source" => rt::read_field(map, &mut self.source),
            "sourcePrimaryKey" => rt::read_field(map, &mut self.source_primary_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::emotion_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EmotionStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `maxEmotion`: a query parameter.
    pub max_emotion: Option<f64>,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `minEmotion`: a query parameter.
    pub min_emotion: Option<f64>,
    /// `openConversationIds`: a query parameter.
    pub open_conversation_ids: Option<String>,
    /// `openGroupSetId`: a query parameter.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl EmotionStatisticsRequest {
    /// A `EmotionStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            max_emotion: None,
            min_dt: min_dt.into(),
            min_emotion: None,
            open_conversation_ids: None,
            open_group_set_id: None,
            open_team_id: open_team_id.into(),
        }
    }
    /// Sets `maxEmotion`.
    pub fn max_emotion(mut self, value: f64) -> Self {
        self.max_emotion = Some(value);
        self
    }
    /// Sets `minEmotion`.
    pub fn min_emotion(mut self, value: f64) -> Self {
        self.min_emotion = Some(value);
        self
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_ids = Some(value.into());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EmotionStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EmotionStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "maxEmotion" => rt::read_field(map, &mut self.max_emotion),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "minEmotion" => rt::read_field(map, &mut self.min_emotion),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EmotionStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("maxEmotion", &self.max_emotion);
        writer.query("minDt", &self.min_dt);
        writer.query("minEmotion", &self.min_emotion);
        writer.query("openConversationIds", &self.open_conversation_ids);
        writer.query("openGroupSetId", &self.open_group_set_id);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::finish_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FinishTicketRequest {
    /// `notify`.
    pub notify: Option<FinishTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `processorUnionId`.
    pub processor_union_id: String,
    /// `ticketMemo`.
    pub ticket_memo: FinishTicketRequestTicketMemo,
}
impl FinishTicketRequest {
    /// A `FinishTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        processor_union_id: impl Into<String>,
        ticket_memo: FinishTicketRequestTicketMemo,
    ) -> Self {
        Self {
            notify: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            processor_union_id: processor_union_id.into(),
            ticket_memo,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: FinishTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
}
impl rt::serde::Serialize for FinishTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("processorUnionId", &self.processor_union_id)?;
        object.field("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FinishTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FinishTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processorUnionId" => rt::read_field(map, &mut self.processor_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FinishTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_auth_token`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAuthTokenRequest {
    /// `channel`.
    pub channel: Option<String>,
    /// `effectiveTime`.
    pub effective_time: Option<i64>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `serverId`.
    pub server_id: Option<String>,
    /// `serverName`.
    pub server_name: Option<String>,
}
impl GetAuthTokenRequest {
    /// An empty `GetAuthTokenRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `effectiveTime`.
    pub fn effective_time(mut self, value: i64) -> Self {
        self.effective_time = Some(value);
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `serverId`.
    pub fn server_id(mut self, value: impl Into<String>) -> Self {
        self.server_id = Some(value.into());
        self
    }
    /// Sets `serverName`.
    pub fn server_name(mut self, value: impl Into<String>) -> Self {
        self.server_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetAuthTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("effectiveTime", &self.effective_time)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("serverId", &self.server_id)?;
        object.optional("serverName", &self.server_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAuthTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAuthTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channel" => rt::read_field(map, &mut self.channel),
            "effectiveTime" => rt::read_field(map, &mut self.effective_time),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "serverId" => rt::read_field(map, &mut self.server_id),
            "serverName" => rt::read_field(map, &mut self.server_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAuthTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_instances_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetInstancesByIdsRequest {
    /// `formCode`.
    pub form_code: String,
    /// `openDataInstanceIdList`.
    pub open_data_instance_id_list: Vec<String>,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl GetInstancesByIdsRequest {
    /// A `GetInstancesByIdsRequest` with its required fields (`formCode`, `openDataInstanceIdList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        open_data_instance_id_list: impl IntoIterator<Item = impl Into<String>>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            form_code: form_code.into(),
            open_data_instance_id_list: open_data_instance_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetInstancesByIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formCode", &self.form_code)?;
        object.field("openDataInstanceIdList", &self.open_data_instance_id_list)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInstancesByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInstancesByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "openDataInstanceIdList" => {
                rt::read_field(map, &mut self.open_data_instance_id_list)
            }
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInstancesByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_negative_word_cloud`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetNegativeWordCloudRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl GetNegativeWordCloudRequest {
    /// A `GetNegativeWordCloudRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(open_team_id: impl Into<String>) -> Self {
        Self {
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetNegativeWordCloudRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetNegativeWordCloudRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetNegativeWordCloudRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::get_oss_temp_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOssTempUrlRequest {
    /// `fetchMode`: a query parameter.
    pub fetch_mode: String,
    /// `fileName`: a query parameter.
    pub file_name: String,
    /// `key`: a query parameter.
    pub key: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl GetOssTempUrlRequest {
    /// A `GetOssTempUrlRequest` with its required fields (`fetchMode`, `fileName`, `key`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        fetch_mode: impl Into<String>,
        file_name: impl Into<String>,
        key: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            fetch_mode: fetch_mode.into(),
            file_name: file_name.into(),
            key: key.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOssTempUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOssTempUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fetchMode" => rt::read_field(map, &mut self.fetch_mode),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "key" => rt::read_field(map, &mut self.key),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOssTempUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fetchMode", &self.fetch_mode);
        writer.query("fileName", &self.file_name);
        writer.query("key", &self.key);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::get_storage_policy`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetStoragePolicyRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `fileName`.
    pub file_name: String,
    /// `fileSize`.
    pub file_size: i64,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl GetStoragePolicyRequest {
    /// A `GetStoragePolicyRequest` with its required fields (`bizType`, `fileName`, `fileSize`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        file_name: impl Into<String>,
        file_size: i64,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            file_name: file_name.into(),
            file_size,
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetStoragePolicyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileSize", &self.file_size)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetStoragePolicyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetStoragePolicyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetStoragePolicyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTicketRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
    /// `openTicketId`: a query parameter.
    pub open_ticket_id: String,
}
impl GetTicketRequest {
    /// A `GetTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
        writer.query("openTicketId", &self.open_ticket_id);
    }
}
/// The request of [`Api::get_word_cloud`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetWordCloudRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl GetWordCloudRequest {
    /// A `GetWordCloudRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(open_team_id: impl Into<String>) -> Self {
        Self {
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetWordCloudRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetWordCloudRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetWordCloudRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::group_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GroupStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl GroupStatisticsRequest {
    /// A `GroupStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("minDt", &self.min_dt);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::intention_category_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct IntentionCategoryStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl IntentionCategoryStatisticsRequest {
    /// A `IntentionCategoryStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IntentionCategoryStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IntentionCategoryStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IntentionCategoryStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("minDt", &self.min_dt);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::intention_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct IntentionStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl IntentionStatisticsRequest {
    /// A `IntentionStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IntentionStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IntentionStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IntentionStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("minDt", &self.min_dt);
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::list_ticket_operate_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListTicketOperateRecordRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
    /// `openTicketId`: a query parameter.
    pub open_ticket_id: String,
}
impl ListTicketOperateRecordRequest {
    /// A `ListTicketOperateRecordRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListTicketOperateRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTicketOperateRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListTicketOperateRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
        writer.query("openTicketId", &self.open_ticket_id);
    }
}
/// The request of [`Api::query_active_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryActiveUsersRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: Option<String>,
    /// `topN`: a query parameter.
    pub top_n: Option<i64>,
}
impl QueryActiveUsersRequest {
    /// A `QueryActiveUsersRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_team_id: None,
            top_n: None,
        }
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `topN`.
    pub fn top_n(mut self, value: i64) -> Self {
        self.top_n = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryActiveUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryActiveUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "topN" => rt::read_field(map, &mut self.top_n),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryActiveUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("openTeamId", &self.open_team_id);
        writer.query("topN", &self.top_n);
    }
}
/// The request of [`Api::query_crm_group_contact`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCrmGroupContactRequest {
    /// `minResult`.
    pub min_result: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `searchFields`.
    pub search_fields: String,
}
impl QueryCrmGroupContactRequest {
    /// A `QueryCrmGroupContactRequest` with its required fields (`minResult`, `openConversationId`, `openTeamId`, `searchFields`); set the others with the methods named after them.
    pub fn new(
        min_result: i64,
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
        search_fields: impl Into<String>,
    ) -> Self {
        Self {
            min_result,
            next_token: None,
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
            search_fields: search_fields.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryCrmGroupContactRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("minResult", &self.min_result)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("searchFields", &self.search_fields)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCrmGroupContactRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCrmGroupContactRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minResult" => rt::read_field(map, &mut self.min_result),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "searchFields" => rt::read_field(map, &mut self.search_fields),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCrmGroupContactRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_customer_card`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerCardRequest {
    /// `jsonParams`.
    pub json_params: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
}
impl QueryCustomerCardRequest {
    /// An empty `QueryCustomerCardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `jsonParams`.
    pub fn json_params(mut self, value: impl Into<String>) -> Self {
        self.json_params = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryCustomerCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jsonParams", &self.json_params)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomerCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jsonParams" => rt::read_field(map, &mut self.json_params),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomerCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_customer_task_user_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomerTaskUserDetailRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openBatchTaskId`.
    pub open_batch_task_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `receiverUnionIds`.
    pub receiver_union_ids: Option<Vec<String>>,
}
impl QueryCustomerTaskUserDetailRequest {
    /// A `QueryCustomerTaskUserDetailRequest` with its required fields (`openBatchTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_batch_task_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id: open_batch_task_id.into(),
            open_team_id: open_team_id.into(),
            receiver_union_ids: None,
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
    /// Sets `receiverUnionIds`.
    pub fn receiver_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryCustomerTaskUserDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openBatchTaskId", &self.open_batch_task_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("receiverUnionIds", &self.receiver_union_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerTaskUserDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomerTaskUserDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "receiverUnionIds" => rt::read_field(map, &mut self.receiver_union_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomerTaskUserDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
}
impl QueryGroupRequest {
    /// An empty `QueryGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
impl QueryGroupMemberRequest {
    /// A `QueryGroupMemberRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(target_corp_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: None,
            open_team_id: None,
            target_corp_id: target_corp_id.into(),
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.field("targetCorpId", &self.target_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupSetRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
impl QueryGroupSetRequest {
    /// A `QueryGroupSetRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(open_team_id: impl Into<String>) -> Self {
        Self {
            open_team_id: open_team_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::query_instances_by_multi_conditions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryInstancesByMultiConditionsRequest {
    /// `formCode`.
    pub form_code: String,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `searchFields`.
    pub search_fields: Option<String>,
    /// `sortFields`.
    pub sort_fields: Option<Vec<QueryInstancesByMultiConditionsRequestSortFields>>,
}
impl QueryInstancesByMultiConditionsRequest {
    /// A `QueryInstancesByMultiConditionsRequest` with its required fields (`formCode`, `openTeamId`); set the others with the methods named after them.
    pub fn new(form_code: impl Into<String>, open_team_id: impl Into<String>) -> Self {
        Self {
            form_code: form_code.into(),
            max_results: None,
            next_token: None,
            open_team_id: open_team_id.into(),
            search_fields: None,
            sort_fields: None,
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
    /// Sets `searchFields`.
    pub fn search_fields(mut self, value: impl Into<String>) -> Self {
        self.search_fields = Some(value.into());
        self
    }
    /// Sets `sortFields`.
    pub fn sort_fields(
        mut self,
        value: impl IntoIterator<Item = QueryInstancesByMultiConditionsRequestSortFields>,
    ) -> Self {
        self.sort_fields = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for QueryInstancesByMultiConditionsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formCode", &self.form_code)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("searchFields", &self.search_fields)?;
        object.optional("sortFields", &self.sort_fields)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInstancesByMultiConditionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInstancesByMultiConditionsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "searchFields" => rt::read_field(map, &mut self.search_fields),
            "sortFields" => rt::read_field(map, &mut self.sort_fields),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryInstancesByMultiConditionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_send_msg_task_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openBatchTaskId`.
    pub open_batch_task_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl QuerySendMsgTaskStatisticsRequest {
    /// A `QuerySendMsgTaskStatisticsRequest` with its required fields (`openBatchTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_batch_task_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id: open_batch_task_id.into(),
            open_team_id: open_team_id.into(),
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
}
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openBatchTaskId", &self.open_batch_task_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySendMsgTaskStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySendMsgTaskStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySendMsgTaskStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_send_msg_task_statistics_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySendMsgTaskStatisticsDetailRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openBatchTaskId`.
    pub open_batch_task_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl QuerySendMsgTaskStatisticsDetailRequest {
    /// A `QuerySendMsgTaskStatisticsDetailRequest` with its required fields (`openBatchTaskId`, `openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_batch_task_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id: open_batch_task_id.into(),
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
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
}
impl rt::serde::Serialize for QuerySendMsgTaskStatisticsDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openBatchTaskId", &self.open_batch_task_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySendMsgTaskStatisticsDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySendMsgTaskStatisticsDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openBatchTaskId" => rt::read_field(map, &mut self.open_batch_task_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySendMsgTaskStatisticsDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_service_group_message_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryServiceGroupMessageReadStatusRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgTaskId`.
    pub open_msg_task_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl QueryServiceGroupMessageReadStatusRequest {
    /// A `QueryServiceGroupMessageReadStatusRequest` with its required fields (`openConversationId`, `openMsgTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_task_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id: open_conversation_id.into(),
            open_msg_task_id: open_msg_task_id.into(),
            open_team_id: open_team_id.into(),
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
}
impl rt::serde::Serialize for QueryServiceGroupMessageReadStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgTaskId", &self.open_msg_task_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryServiceGroupMessageReadStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryServiceGroupMessageReadStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgTaskId" => rt::read_field(map, &mut self.open_msg_task_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryServiceGroupMessageReadStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::queue_notify`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueueNotifyRequest {
    /// `estimateWaitMin`.
    pub estimate_wait_min: Option<i64>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `queuePlace`.
    pub queue_place: Option<i64>,
    /// `serviceToken`.
    pub service_token: Option<String>,
    /// `targetChannel`.
    pub target_channel: Option<String>,
    /// `tips`.
    pub tips: Option<String>,
    /// `visitorToken`.
    pub visitor_token: Option<String>,
}
impl QueueNotifyRequest {
    /// An empty `QueueNotifyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `estimateWaitMin`.
    pub fn estimate_wait_min(mut self, value: i64) -> Self {
        self.estimate_wait_min = Some(value);
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `queuePlace`.
    pub fn queue_place(mut self, value: i64) -> Self {
        self.queue_place = Some(value);
        self
    }
    /// Sets `serviceToken`.
    pub fn service_token(mut self, value: impl Into<String>) -> Self {
        self.service_token = Some(value.into());
        self
    }
    /// Sets `targetChannel`.
    pub fn target_channel(mut self, value: impl Into<String>) -> Self {
        self.target_channel = Some(value.into());
        self
    }
    /// Sets `tips`.
    pub fn tips(mut self, value: impl Into<String>) -> Self {
        self.tips = Some(value.into());
        self
    }
    /// Sets `visitorToken`.
    pub fn visitor_token(mut self, value: impl Into<String>) -> Self {
        self.visitor_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueueNotifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("estimateWaitMin", &self.estimate_wait_min)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("queuePlace", &self.queue_place)?;
        object.optional("serviceToken", &self.service_token)?;
        object.optional("targetChannel", &self.target_channel)?;
        object.optional("tips", &self.tips)?;
        object.optional("visitorToken", &self.visitor_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueueNotifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueueNotifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "estimateWaitMin" => rt::read_field(map, &mut self.estimate_wait_min),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "queuePlace" => rt::read_field(map, &mut self.queue_place),
            "serviceToken" => rt::read_field(map, &mut self.service_token),
            "targetChannel" => rt::read_field(map, &mut self.target_channel),
            "tips" => rt::read_field(map, &mut self.tips),
            "visitorToken" => rt::read_field(map, &mut self.visitor_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueueNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_contact_from_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveContactFromOrgRequest {
    /// `contactUnionId`.
    pub contact_union_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl RemoveContactFromOrgRequest {
    /// A `RemoveContactFromOrgRequest` with its required fields (`contactUnionId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        contact_union_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            contact_union_id: contact_union_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for RemoveContactFromOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("contactUnionId", &self.contact_union_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveContactFromOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveContactFromOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactUnionId" => rt::read_field(map, &mut self.contact_union_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveContactFromOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::report_customer_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReportCustomerDetailRequest {
    /// `hasLogin`.
    pub has_login: Option<bool>,
    /// `hasOpenConv`.
    pub has_open_conv: Option<bool>,
    /// `maxDt`.
    pub max_dt: String,
    /// `minDt`.
    pub min_dt: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
}
impl ReportCustomerDetailRequest {
    /// A `ReportCustomerDetailRequest` with its required fields (`maxDt`, `minDt`, `openConversationId`, `openTeamId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_conversation_id: impl Into<String>,
        open_team_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
    ) -> Self {
        Self {
            has_login: None,
            has_open_conv: None,
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_conversation_id: open_conversation_id.into(),
            open_team_id: open_team_id.into(),
            page_number,
            page_size,
        }
    }
    /// Sets `hasLogin`.
    pub fn has_login(mut self, value: bool) -> Self {
        self.has_login = Some(value);
        self
    }
    /// Sets `hasOpenConv`.
    pub fn has_open_conv(mut self, value: bool) -> Self {
        self.has_open_conv = Some(value);
        self
    }
}
impl rt::serde::Serialize for ReportCustomerDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasLogin", &self.has_login)?;
        object.optional("hasOpenConv", &self.has_open_conv)?;
        object.field("maxDt", &self.max_dt)?;
        object.field("minDt", &self.min_dt)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReportCustomerDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasLogin" => rt::read_field(map, &mut self.has_login),
            "hasOpenConv" => rt::read_field(map, &mut self.has_open_conv),
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReportCustomerDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::report_customer_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReportCustomerStatisticsRequest {
    /// `groupOwnerUserIds`.
    pub group_owner_user_ids: Option<Vec<String>>,
    /// `groupTags`.
    pub group_tags: Option<Vec<String>>,
    /// `maxDt`.
    pub max_dt: String,
    /// `minDt`.
    pub min_dt: String,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
}
impl ReportCustomerStatisticsRequest {
    /// A `ReportCustomerStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
    ) -> Self {
        Self {
            group_owner_user_ids: None,
            group_tags: None,
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_conversation_ids: None,
            open_group_set_id: None,
            open_team_id: open_team_id.into(),
            page_number,
            page_size,
        }
    }
    /// Sets `groupOwnerUserIds`.
    pub fn group_owner_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_owner_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupTags`.
    pub fn group_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_tags = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ReportCustomerStatisticsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupOwnerUserIds", &self.group_owner_user_ids)?;
        object.optional("groupTags", &self.group_tags)?;
        object.field("maxDt", &self.max_dt)?;
        object.field("minDt", &self.min_dt)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReportCustomerStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReportCustomerStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupOwnerUserIds" => rt::read_field(map, &mut self.group_owner_user_ids),
            "groupTags" => rt::read_field(map, &mut self.group_tags),
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReportCustomerStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::resubmit_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ResubmitTicketRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `customFields`.
    pub custom_fields: Option<String>,
    /// `notify`.
    pub notify: Option<ResubmitTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTemplateBizId`.
    pub open_template_biz_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `processorUnionIds`.
    pub processor_union_ids: Vec<String>,
    /// `scene`.
    pub scene: String,
    /// `sceneContext`.
    pub scene_context: Option<ResubmitTicketRequestSceneContext>,
    /// `ticketMemo`.
    pub ticket_memo: Option<ResubmitTicketRequestTicketMemo>,
    /// `title`.
    pub title: String,
}
impl ResubmitTicketRequest {
    /// A `ResubmitTicketRequest` with its required fields (`creatorUnionId`, `openTeamId`, `openTemplateBizId`, `openTicketId`, `processorUnionIds`, `scene`, `title`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        open_team_id: impl Into<String>,
        open_template_biz_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        processor_union_ids: impl IntoIterator<Item = impl Into<String>>,
        scene: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            custom_fields: None,
            notify: None,
            open_team_id: open_team_id.into(),
            open_template_biz_id: open_template_biz_id.into(),
            open_ticket_id: open_ticket_id.into(),
            processor_union_ids: processor_union_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            scene: scene.into(),
            scene_context: None,
            ticket_memo: None,
            title: title.into(),
        }
    }
    /// Sets `customFields`.
    pub fn custom_fields(mut self, value: impl Into<String>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: ResubmitTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `sceneContext`.
    pub fn scene_context(mut self, value: ResubmitTicketRequestSceneContext) -> Self {
        self.scene_context = Some(value);
        self
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: ResubmitTicketRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for ResubmitTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTemplateBizId", &self.open_template_biz_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("processorUnionIds", &self.processor_union_ids)?;
        object.field("scene", &self.scene)?;
        object.optional("sceneContext", &self.scene_context)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ResubmitTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ResubmitTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTemplateBizId" => rt::read_field(map, &mut self.open_template_biz_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processorUnionIds" => rt::read_field(map, &mut self.processor_union_ids),
            "scene" => rt::read_field(map, &mut self.scene),
            "sceneContext" => rt::read_field(map, &mut self.scene_context),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ResubmitTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::retract_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RetractTicketRequest {
    /// `notify`.
    pub notify: Option<RetractTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
    /// `ticketMemo`.
    pub ticket_memo: Option<RetractTicketRequestTicketMemo>,
}
impl RetractTicketRequest {
    /// A `RetractTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
    ) -> Self {
        Self {
            notify: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            operator_union_id: None,
            ticket_memo: None,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: RetractTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: RetractTicketRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for RetractTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetractTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetractTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RetractTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_message_recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RobotMessageRecallRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
impl RobotMessageRecallRequest {
    /// A `RobotMessageRecallRequest` with its required fields (`openConversationId`, `openMsgId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_msg_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_msg_id: open_msg_id.into(),
            open_team_id: open_team_id.into(),
        }
    }
}
impl rt::serde::Serialize for RobotMessageRecallRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMsgId", &self.open_msg_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RobotMessageRecallRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RobotMessageRecallRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RobotMessageRecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveFormInstanceRequest {
    /// `formDataList`.
    pub form_data_list: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
}
impl SaveFormInstanceRequest {
    /// A `SaveFormInstanceRequest` with its required fields (`formDataList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        form_data_list: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            form_data_list: form_data_list.into(),
            open_team_id: open_team_id.into(),
            operator_union_id: None,
            owner_union_id: None,
        }
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
    /// Sets `ownerUnionId`.
    pub fn owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.owner_union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveFormInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formDataList", &self.form_data_list)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formDataList" => rt::read_field(map, &mut self.form_data_list),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SaveFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchGroupRequest {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `searchType`.
    pub search_type: Option<String>,
}
impl SearchGroupRequest {
    /// An empty `SearchGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
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
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `searchType`.
    pub fn search_type(mut self, value: impl Into<String>) -> Self {
        self.search_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SearchGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("searchType", &self.search_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "searchType" => rt::read_field(map, &mut self.search_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_msg_by_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMsgByTaskRequest {
    /// `messageContent`.
    pub message_content: SendMsgByTaskRequestMessageContent,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `queryGroup`.
    pub query_group: SendMsgByTaskRequestQueryGroup,
    /// `sendConfig`.
    pub send_config: SendMsgByTaskRequestSendConfig,
    /// `taskName`.
    pub task_name: String,
}
impl SendMsgByTaskRequest {
    /// A `SendMsgByTaskRequest` with its required fields (`messageContent`, `openTeamId`, `queryGroup`, `sendConfig`, `taskName`); set the others with the methods named after them.
    pub fn new(
        message_content: SendMsgByTaskRequestMessageContent,
        open_team_id: impl Into<String>,
        query_group: SendMsgByTaskRequestQueryGroup,
        send_config: SendMsgByTaskRequestSendConfig,
        task_name: impl Into<String>,
    ) -> Self {
        Self {
            message_content,
            open_team_id: open_team_id.into(),
            query_group,
            send_config,
            task_name: task_name.into(),
        }
    }
}
impl rt::serde::Serialize for SendMsgByTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageContent", &self.message_content)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("queryGroup", &self.query_group)?;
        object.field("sendConfig", &self.send_config)?;
        object.field("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgByTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgByTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageContent" => rt::read_field(map, &mut self.message_content),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "queryGroup" => rt::read_field(map, &mut self.query_group),
            "sendConfig" => rt::read_field(map, &mut self.send_config),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendMsgByTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_msg_by_task_support_invite_join_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMsgByTaskSupportInviteJoinOrgRequest {
    /// `messageContent`.
    pub message_content: SendMsgByTaskSupportInviteJoinOrgRequestMessageContent,
    /// `mobilePhones`.
    pub mobile_phones: Vec<String>,
    /// `needUrlTrack`.
    pub need_url_track: bool,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `sendChannel`.
    pub send_channel: String,
    /// `taskName`.
    pub task_name: String,
}
impl SendMsgByTaskSupportInviteJoinOrgRequest {
    /// A `SendMsgByTaskSupportInviteJoinOrgRequest` with its required fields (`messageContent`, `mobilePhones`, `needUrlTrack`, `openTeamId`, `sendChannel`, `taskName`); set the others with the methods named after them.
    pub fn new(
        message_content: SendMsgByTaskSupportInviteJoinOrgRequestMessageContent,
        mobile_phones: impl IntoIterator<Item = impl Into<String>>,
        need_url_track: bool,
        open_team_id: impl Into<String>,
        send_channel: impl Into<String>,
        task_name: impl Into<String>,
    ) -> Self {
        Self {
            message_content,
            mobile_phones: mobile_phones.into_iter().map(Into::into).collect(),
            need_url_track,
            open_team_id: open_team_id.into(),
            send_channel: send_channel.into(),
            task_name: task_name.into(),
        }
    }
}
impl rt::serde::Serialize for SendMsgByTaskSupportInviteJoinOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageContent", &self.message_content)?;
        object.field("mobilePhones", &self.mobile_phones)?;
        object.field("needUrlTrack", &self.need_url_track)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("sendChannel", &self.send_channel)?;
        object.field("taskName", &self.task_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgByTaskSupportInviteJoinOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgByTaskSupportInviteJoinOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageContent" => rt::read_field(map, &mut self.message_content),
            "mobilePhones" => rt::read_field(map, &mut self.mobile_phones),
            "needUrlTrack" => rt::read_field(map, &mut self.need_url_track),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "sendChannel" => rt::read_field(map, &mut self.send_channel),
            "taskName" => rt::read_field(map, &mut self.task_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendMsgByTaskSupportInviteJoinOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_service_group_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendServiceGroupMessageRequest {
    /// `atDingtalkIds`.
    pub at_dingtalk_ids: Option<Vec<String>>,
    /// `atMobiles`.
    pub at_mobiles: Option<Vec<String>>,
    /// `atUnionIds`.
    pub at_union_ids: Option<Vec<String>>,
    /// `btnOrientation`.
    pub btn_orientation: Option<String>,
    /// `btns`.
    pub btns: Option<Vec<SendServiceGroupMessageRequestBtns>>,
    /// `content`.
    pub content: String,
    /// `hasContentLinks`.
    pub has_content_links: Option<bool>,
    /// `isAtAll`.
    pub is_at_all: Option<bool>,
    /// `messageType`.
    pub message_type: String,
    /// `receiverDingtalkIds`.
    pub receiver_dingtalk_ids: Option<Vec<String>>,
    /// `receiverMobiles`.
    pub receiver_mobiles: Option<Vec<String>>,
    /// `receiverUnionIds`.
    pub receiver_union_ids: Option<Vec<String>>,
    /// `targetOpenConversationId`.
    pub target_open_conversation_id: String,
    /// `title`.
    pub title: String,
}
impl SendServiceGroupMessageRequest {
    /// A `SendServiceGroupMessageRequest` with its required fields (`content`, `messageType`, `targetOpenConversationId`, `title`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        message_type: impl Into<String>,
        target_open_conversation_id: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            at_dingtalk_ids: None,
            at_mobiles: None,
            at_union_ids: None,
            btn_orientation: None,
            btns: None,
            content: content.into(),
            has_content_links: None,
            is_at_all: None,
            message_type: message_type.into(),
            receiver_dingtalk_ids: None,
            receiver_mobiles: None,
            receiver_union_ids: None,
            target_open_conversation_id: target_open_conversation_id.into(),
            title: title.into(),
        }
    }
    /// Sets `atDingtalkIds`.
    pub fn at_dingtalk_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_dingtalk_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atMobiles`.
    pub fn at_mobiles(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_mobiles = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUnionIds`.
    pub fn at_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `btnOrientation`.
    pub fn btn_orientation(mut self, value: impl Into<String>) -> Self {
        self.btn_orientation = Some(value.into());
        self
    }
    /// Sets `btns`.
    pub fn btns(
        mut self,
        value: impl IntoIterator<Item = SendServiceGroupMessageRequestBtns>,
    ) -> Self {
        self.btns = Some(value.into_iter().collect());
        self
    }
    /// Sets `hasContentLinks`.
    pub fn has_content_links(mut self, value: bool) -> Self {
        self.has_content_links = Some(value);
        self
    }
    /// Sets `isAtAll`.
    pub fn is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
    /// Sets `receiverDingtalkIds`.
    pub fn receiver_dingtalk_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_dingtalk_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverMobiles`.
    pub fn receiver_mobiles(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_mobiles = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverUnionIds`.
    pub fn receiver_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for SendServiceGroupMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atDingtalkIds", &self.at_dingtalk_ids)?;
        object.optional("atMobiles", &self.at_mobiles)?;
        object.optional("atUnionIds", &self.at_union_ids)?;
        object.optional("btnOrientation", &self.btn_orientation)?;
        object.optional("btns", &self.btns)?;
        object.field("content", &self.content)?;
        object.optional("hasContentLinks", &self.has_content_links)?;
        object.optional("isAtAll", &self.is_at_all)?;
        object.field("messageType", &self.message_type)?;
        object.optional("receiverDingtalkIds", &self.receiver_dingtalk_ids)?;
        object.optional("receiverMobiles", &self.receiver_mobiles)?;
        object.optional("receiverUnionIds", &self.receiver_union_ids)?;
        object.field("targetOpenConversationId", &self.target_open_conversation_id)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendServiceGroupMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendServiceGroupMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atDingtalkIds" => rt::read_field(map, &mut self.at_dingtalk_ids),
            "atMobiles" => rt::read_field(map, &mut self.at_mobiles),
            "atUnionIds" => rt::read_field(map, &mut self.at_union_ids),
            "btnOrientation" => rt::read_field(map, &mut self.btn_orientation),
            "btns" => rt::read_field(map, &mut self.btns),
            "content" => rt::read_field(map, &mut self.content),
            "hasContentLinks" => rt::read_field(map, &mut self.has_content_links),
            "isAtAll" => rt::read_field(map, &mut self.is_at_all),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "receiverDingtalkIds" => rt::read_field(map, &mut self.receiver_dingtalk_ids),
            "receiverMobiles" => rt::read_field(map, &mut self.receiver_mobiles),
            "receiverUnionIds" => rt::read_field(map, &mut self.receiver_union_ids),
            "targetOpenConversationId" => {
                rt::read_field(map, &mut self.target_open_conversation_id)
            }
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendServiceGroupMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_robot_config`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetRobotConfigRequest {
    /// `dingIsvOrgId`.
    pub ding_isv_org_id: Option<i64>,
    /// `dingOrgId`.
    pub ding_org_id: Option<i64>,
    /// `dingSuiteKey`.
    pub ding_suite_key: Option<String>,
    /// `dingTokenGrantType`.
    pub ding_token_grant_type: Option<i64>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl SetRobotConfigRequest {
    /// An empty `SetRobotConfigRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: i64) -> Self {
        self.ding_isv_org_id = Some(value);
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: i64) -> Self {
        self.ding_org_id = Some(value);
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
    /// Sets `dingTokenGrantType`.
    pub fn ding_token_grant_type(mut self, value: i64) -> Self {
        self.ding_token_grant_type = Some(value);
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetRobotConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingIsvOrgId", &self.ding_isv_org_id)?;
        object.optional("dingOrgId", &self.ding_org_id)?;
        object.optional("dingSuiteKey", &self.ding_suite_key)?;
        object.optional("dingTokenGrantType", &self.ding_token_grant_type)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRobotConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRobotConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            "dingTokenGrantType" => rt::read_field(map, &mut self.ding_token_grant_type),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetRobotConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::take_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TakeTicketRequest {
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `takerUnionId`.
    pub taker_union_id: String,
}
impl TakeTicketRequest {
    /// A `TakeTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `takerUnionId`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        taker_union_id: impl Into<String>,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            taker_union_id: taker_union_id.into(),
        }
    }
}
impl rt::serde::Serialize for TakeTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("takerUnionId", &self.taker_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TakeTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TakeTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "takerUnionId" => rt::read_field(map, &mut self.taker_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TakeTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topic_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TopicStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openConversationIds`: a query parameter.
    pub open_conversation_ids: Option<String>,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
    /// `searchContent`: a query parameter.
    pub search_content: Option<String>,
}
impl TopicStatisticsRequest {
    /// A `TopicStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        max_dt: impl Into<String>,
        min_dt: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            max_dt: max_dt.into(),
            min_dt: min_dt.into(),
            open_conversation_ids: None,
            open_team_id: open_team_id.into(),
            search_content: None,
        }
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_ids = Some(value.into());
        self
    }
    /// Sets `searchContent`.
    pub fn search_content(mut self, value: impl Into<String>) -> Self {
        self.search_content = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TopicStatisticsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TopicStatisticsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxDt" => rt::read_field(map, &mut self.max_dt),
            "minDt" => rt::read_field(map, &mut self.min_dt),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "searchContent" => rt::read_field(map, &mut self.search_content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TopicStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxDt", &self.max_dt);
        writer.query("minDt", &self.min_dt);
        writer.query("openConversationIds", &self.open_conversation_ids);
        writer.query("openTeamId", &self.open_team_id);
        writer.query("searchContent", &self.search_content);
    }
}
/// The request of [`Api::transfer_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TransferTicketRequest {
    /// `notify`.
    pub notify: Option<TransferTicketRequestNotify>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `processorUnionId`.
    pub processor_union_id: String,
    /// `processorUnionIds`.
    pub processor_union_ids: Vec<String>,
    /// `ticketMemo`.
    pub ticket_memo: Option<TransferTicketRequestTicketMemo>,
}
impl TransferTicketRequest {
    /// A `TransferTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `processorUnionIds`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        processor_union_id: impl Into<String>,
        processor_union_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            notify: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            processor_union_id: processor_union_id.into(),
            processor_union_ids: processor_union_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            ticket_memo: None,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: TransferTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: TransferTicketRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
impl rt::serde::Serialize for TransferTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notify", &self.notify)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("processorUnionId", &self.processor_union_id)?;
        object.field("processorUnionIds", &self.processor_union_ids)?;
        object.optional("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransferTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransferTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notify" => rt::read_field(map, &mut self.notify),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processorUnionId" => rt::read_field(map, &mut self.processor_union_id),
            "processorUnionIds" => rt::read_field(map, &mut self.processor_union_ids),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TransferTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_set`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateGroupSetRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
}
impl UpdateGroupSetRequest {
    /// An empty `UpdateGroupSetRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupSetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupSetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupSetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupTagRequest {
    /// `openConversationIds`.
    pub open_conversation_ids: Vec<String>,
    /// `tagNames`.
    pub tag_names: Option<Vec<String>>,
    /// `updateType`.
    pub update_type: String,
}
impl UpdateGroupTagRequest {
    /// A `UpdateGroupTagRequest` with its required fields (`openConversationIds`, `updateType`); set the others with the methods named after them.
    pub fn new(
        open_conversation_ids: impl IntoIterator<Item = impl Into<String>>,
        update_type: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_ids: open_conversation_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            tag_names: None,
            update_type: update_type.into(),
        }
    }
    /// Sets `tagNames`.
    pub fn tag_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationIds", &self.open_conversation_ids)?;
        object.optional("tagNames", &self.tag_names)?;
        object.field("updateType", &self.update_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "tagNames" => rt::read_field(map, &mut self.tag_names),
            "updateType" => rt::read_field(map, &mut self.update_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateInstanceRequest {
    /// `externalBizId`.
    pub external_biz_id: Option<String>,
    /// `formCode`.
    pub form_code: String,
    /// `formDataList`.
    pub form_data_list: String,
    /// `openDataInstanceId`.
    pub open_data_instance_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
}
impl UpdateInstanceRequest {
    /// A `UpdateInstanceRequest` with its required fields (`formCode`, `formDataList`, `openDataInstanceId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        form_data_list: impl Into<String>,
        open_data_instance_id: impl Into<String>,
        open_team_id: impl Into<String>,
    ) -> Self {
        Self {
            external_biz_id: None,
            form_code: form_code.into(),
            form_data_list: form_data_list.into(),
            open_data_instance_id: open_data_instance_id.into(),
            open_team_id: open_team_id.into(),
            operator_union_id: None,
            owner_union_id: None,
        }
    }
    /// Sets `externalBizId`.
    pub fn external_biz_id(mut self, value: impl Into<String>) -> Self {
        self.external_biz_id = Some(value.into());
        self
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
    /// Sets `ownerUnionId`.
    pub fn owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.owner_union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("externalBizId", &self.external_biz_id)?;
        object.field("formCode", &self.form_code)?;
        object.field("formDataList", &self.form_data_list)?;
        object.field("openDataInstanceId", &self.open_data_instance_id)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "externalBizId" => rt::read_field(map, &mut self.external_biz_id),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formDataList" => rt::read_field(map, &mut self.form_data_list),
            "openDataInstanceId" => rt::read_field(map, &mut self.open_data_instance_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateTicketRequest {
    /// `customFields`.
    pub custom_fields: Option<String>,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `processorUnionId`.
    pub processor_union_id: String,
    /// `ticketMemo`.
    pub ticket_memo: UpdateTicketRequestTicketMemo,
}
impl UpdateTicketRequest {
    /// A `UpdateTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        processor_union_id: impl Into<String>,
        ticket_memo: UpdateTicketRequestTicketMemo,
    ) -> Self {
        Self {
            custom_fields: None,
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            processor_union_id: processor_union_id.into(),
            ticket_memo,
        }
    }
    /// Sets `customFields`.
    pub fn custom_fields(mut self, value: impl Into<String>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFields", &self.custom_fields)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("processorUnionId", &self.processor_union_id)?;
        object.field("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "processorUnionId" => rt::read_field(map, &mut self.processor_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_cloud_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpgradeCloudGroupRequest {
    /// `ccsInstanceId`.
    pub ccs_instance_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl UpgradeCloudGroupRequest {
    /// A `UpgradeCloudGroupRequest` with its required fields (`ccsInstanceId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        ccs_instance_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            ccs_instance_id: ccs_instance_id.into(),
            open_conversation_id: open_conversation_id.into(),
            open_group_set_id: None,
            open_team_id: None,
            template_id: None,
        }
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpgradeCloudGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("ccsInstanceId", &self.ccs_instance_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeCloudGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeCloudGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ccsInstanceId" => rt::read_field(map, &mut self.ccs_instance_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpgradeCloudGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_normal_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpgradeNormalGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openGroupSetId`.
    pub open_group_set_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl UpgradeNormalGroupRequest {
    /// A `UpgradeNormalGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_group_set_id: None,
            open_team_id: None,
            template_id: None,
        }
    }
    /// Sets `openGroupSetId`.
    pub fn open_group_set_id(mut self, value: impl Into<String>) -> Self {
        self.open_group_set_id = Some(value.into());
        self
    }
    /// Sets `openTeamId`.
    pub fn open_team_id(mut self, value: impl Into<String>) -> Self {
        self.open_team_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpgradeNormalGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("openGroupSetId", &self.open_group_set_id)?;
        object.optional("openTeamId", &self.open_team_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeNormalGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeNormalGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openGroupSetId" => rt::read_field(map, &mut self.open_group_set_id),
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpgradeNormalGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::urge_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UrgeTicketRequest {
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `ticketMemo`.
    pub ticket_memo: UrgeTicketRequestTicketMemo,
}
impl UrgeTicketRequest {
    /// A `UrgeTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `operatorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(
        open_team_id: impl Into<String>,
        open_ticket_id: impl Into<String>,
        operator_union_id: impl Into<String>,
        ticket_memo: UrgeTicketRequestTicketMemo,
    ) -> Self {
        Self {
            open_team_id: open_team_id.into(),
            open_ticket_id: open_ticket_id.into(),
            operator_union_id: operator_union_id.into(),
            ticket_memo,
        }
    }
}
impl rt::serde::Serialize for UrgeTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openTeamId", &self.open_team_id)?;
        object.field("openTicketId", &self.open_ticket_id)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.field("ticketMemo", &self.ticket_memo)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UrgeTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UrgeTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTeamId" => rt::read_field(map, &mut self.open_team_id),
            "openTicketId" => rt::read_field(map, &mut self.open_ticket_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "ticketMemo" => rt::read_field(map, &mut self.ticket_memo),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UrgeTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_contact_member_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddContactMemberToGroupError = rt::ServiceError;
/// An error reply of [`Api::add_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::add_library`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddLibraryError = rt::ServiceError;
/// An error reply of [`Api::add_member_to_service_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddMemberToServiceGroupError = rt::ServiceError;
/// An error reply of [`Api::add_open_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOpenCategoryError = rt::ServiceError;
/// An error reply of [`Api::add_open_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOpenKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::add_open_library`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOpenLibraryError = rt::ServiceError;
/// An error reply of [`Api::add_ticket_memo`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddTicketMemoError = rt::ServiceError;
/// An error reply of [`Api::assign_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AssignTicketError = rt::ServiceError;
/// An error reply of [`Api::batch_binding_group_biz_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchBindingGroupBizIdsError = rt::ServiceError;
/// An error reply of [`Api::batch_get_group_set_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetGroupSetConfigError = rt::ServiceError;
/// An error reply of [`Api::batch_query_customer_send_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryCustomerSendTaskError = rt::ServiceError;
/// An error reply of [`Api::batch_query_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::batch_query_send_message_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQuerySendMessageTaskError = rt::ServiceError;
/// An error reply of [`Api::bound_template_to_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BoundTemplateToTeamError = rt::ServiceError;
/// An error reply of [`Api::cancel_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelTicketError = rt::ServiceError;
/// An error reply of [`Api::category_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CategoryStatisticsError = rt::ServiceError;
/// An error reply of [`Api::close_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseConversationError = rt::ServiceError;
/// An error reply of [`Api::close_human_session`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseHumanSessionError = rt::ServiceError;
/// An error reply of [`Api::conversation_created_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConversationCreatedNotifyError = rt::ServiceError;
/// An error reply of [`Api::conversation_transfer_begin_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConversationTransferBeginNotifyError = rt::ServiceError;
/// An error reply of [`Api::conversation_transfer_complete_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConversationTransferCompleteNotifyError = rt::ServiceError;
/// An error reply of [`Api::create_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupError = rt::ServiceError;
/// An error reply of [`Api::create_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::create_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupSetError = rt::ServiceError;
/// An error reply of [`Api::create_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateInstanceError = rt::ServiceError;
/// An error reply of [`Api::create_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTeamError = rt::ServiceError;
/// An error reply of [`Api::create_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTicketError = rt::ServiceError;
/// An error reply of [`Api::customer_send_msg_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomerSendMsgTaskError = rt::ServiceError;
/// An error reply of [`Api::delete_group_members_from_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteGroupMembersFromGroupError = rt::ServiceError;
/// An error reply of [`Api::delete_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteInstanceError = rt::ServiceError;
/// An error reply of [`Api::delete_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::emotion_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EmotionStatisticsError = rt::ServiceError;
/// An error reply of [`Api::finish_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FinishTicketError = rt::ServiceError;
/// An error reply of [`Api::get_auth_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAuthTokenError = rt::ServiceError;
/// An error reply of [`Api::get_instances_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInstancesByIdsError = rt::ServiceError;
/// An error reply of [`Api::get_negative_word_cloud`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNegativeWordCloudError = rt::ServiceError;
/// An error reply of [`Api::get_oss_temp_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOssTempUrlError = rt::ServiceError;
/// An error reply of [`Api::get_storage_policy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetStoragePolicyError = rt::ServiceError;
/// An error reply of [`Api::get_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTicketError = rt::ServiceError;
/// An error reply of [`Api::get_word_cloud`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWordCloudError = rt::ServiceError;
/// An error reply of [`Api::group_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupStatisticsError = rt::ServiceError;
/// An error reply of [`Api::intention_category_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IntentionCategoryStatisticsError = rt::ServiceError;
/// An error reply of [`Api::intention_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IntentionStatisticsError = rt::ServiceError;
/// An error reply of [`Api::list_ticket_operate_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTicketOperateRecordError = rt::ServiceError;
/// An error reply of [`Api::list_user_teams`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserTeamsError = rt::ServiceError;
/// An error reply of [`Api::query_active_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryActiveUsersError = rt::ServiceError;
/// An error reply of [`Api::query_crm_group_contact`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCrmGroupContactError = rt::ServiceError;
/// An error reply of [`Api::query_customer_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerCardError = rt::ServiceError;
/// An error reply of [`Api::query_customer_task_user_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerTaskUserDetailError = rt::ServiceError;
/// An error reply of [`Api::query_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupError = rt::ServiceError;
/// An error reply of [`Api::query_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::query_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupSetError = rt::ServiceError;
/// An error reply of [`Api::query_instances_by_multi_conditions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInstancesByMultiConditionsError = rt::ServiceError;
/// An error reply of [`Api::query_send_msg_task_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySendMsgTaskStatisticsError = rt::ServiceError;
/// An error reply of [`Api::query_send_msg_task_statistics_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySendMsgTaskStatisticsDetailError = rt::ServiceError;
/// An error reply of [`Api::query_service_group_message_read_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryServiceGroupMessageReadStatusError = rt::ServiceError;
/// An error reply of [`Api::queue_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueueNotifyError = rt::ServiceError;
/// An error reply of [`Api::remove_contact_from_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveContactFromOrgError = rt::ServiceError;
/// An error reply of [`Api::report_customer_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReportCustomerDetailError = rt::ServiceError;
/// An error reply of [`Api::report_customer_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReportCustomerStatisticsError = rt::ServiceError;
/// An error reply of [`Api::resubmit_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ResubmitTicketError = rt::ServiceError;
/// An error reply of [`Api::retract_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetractTicketError = rt::ServiceError;
/// An error reply of [`Api::robot_message_recall`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RobotMessageRecallError = rt::ServiceError;
/// An error reply of [`Api::save_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::search_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchGroupError = rt::ServiceError;
/// An error reply of [`Api::send_msg_by_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMsgByTaskError = rt::ServiceError;
/// An error reply of [`Api::send_msg_by_task_support_invite_join_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMsgByTaskSupportInviteJoinOrgError = rt::ServiceError;
/// An error reply of [`Api::send_service_group_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendServiceGroupMessageError = rt::ServiceError;
/// An error reply of [`Api::set_robot_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRobotConfigError = rt::ServiceError;
/// An error reply of [`Api::take_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TakeTicketError = rt::ServiceError;
/// An error reply of [`Api::topic_statistics`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TopicStatisticsError = rt::ServiceError;
/// An error reply of [`Api::transfer_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransferTicketError = rt::ServiceError;
/// An error reply of [`Api::update_group_set`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupSetError = rt::ServiceError;
/// An error reply of [`Api::update_group_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupTagError = rt::ServiceError;
/// An error reply of [`Api::update_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTicketError = rt::ServiceError;
/// An error reply of [`Api::upgrade_cloud_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeCloudGroupError = rt::ServiceError;
/// An error reply of [`Api::upgrade_normal_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeNormalGroupError = rt::ServiceError;
/// An error reply of [`Api::urge_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UrgeTicketError = rt::ServiceError;
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
        "AddContactMemberToGroup" => {
            rt::conformance::reply(
                    api.add_contact_member_to_group(&inputs.request(true)?),
                )
                .await
        }
        "AddKnowledge" => {
            rt::conformance::reply(api.add_knowledge(&inputs.request(true)?)).await
        }
        "AddLibrary" => {
            rt::conformance::reply(api.add_library(&inputs.request(true)?)).await
        }
        "AddMemberToServiceGroup" => {
            rt::conformance::reply(
                    api.add_member_to_service_group(&inputs.request(true)?),
                )
                .await
        }
        "AddOpenCategory" => {
            rt::conformance::reply(api.add_open_category(&inputs.request(true)?)).await
        }
        "AddOpenKnowledge" => {
            rt::conformance::reply(api.add_open_knowledge(&inputs.request(true)?)).await
        }
        "AddOpenLibrary" => {
            rt::conformance::reply(api.add_open_library(&inputs.request(true)?)).await
        }
        "AddTicketMemo" => {
            rt::conformance::reply(api.add_ticket_memo(&inputs.request(true)?)).await
        }
        "AssignTicket" => {
            rt::conformance::reply(api.assign_ticket(&inputs.request(true)?)).await
        }
        "BatchBindingGroupBizIds" => {
            rt::conformance::reply(
                    api.batch_binding_group_biz_ids(&inputs.request(true)?),
                )
                .await
        }
        "BatchGetGroupSetConfig" => {
            rt::conformance::reply(
                    api.batch_get_group_set_config(&inputs.request(true)?),
                )
                .await
        }
        "BatchQueryCustomerSendTask" => {
            rt::conformance::reply(
                    api.batch_query_customer_send_task(&inputs.request(true)?),
                )
                .await
        }
        "BatchQueryGroupMember" => {
            rt::conformance::reply(api.batch_query_group_member(&inputs.request(true)?))
                .await
        }
        "BatchQuerySendMessageTask" => {
            rt::conformance::reply(
                    api.batch_query_send_message_task(&inputs.request(true)?),
                )
                .await
        }
        "BoundTemplateToTeam" => {
            rt::conformance::reply(api.bound_template_to_team(&inputs.request(true)?))
                .await
        }
        "CancelTicket" => {
            rt::conformance::reply(api.cancel_ticket(&inputs.request(true)?)).await
        }
        "CategoryStatistics" => {
            rt::conformance::reply(api.category_statistics(&inputs.request(false)?))
                .await
        }
        "CloseConversation" => {
            rt::conformance::reply(api.close_conversation(&inputs.request(true)?)).await
        }
        "CloseHumanSession" => {
            rt::conformance::reply(api.close_human_session(&inputs.request(true)?)).await
        }
        "ConversationCreatedNotify" => {
            rt::conformance::reply(
                    api.conversation_created_notify(&inputs.request(true)?),
                )
                .await
        }
        "ConversationTransferBeginNotify" => {
            rt::conformance::reply(
                    api.conversation_transfer_begin_notify(&inputs.request(true)?),
                )
                .await
        }
        "ConversationTransferCompleteNotify" => {
            rt::conformance::reply(
                    api.conversation_transfer_complete_notify(&inputs.request(true)?),
                )
                .await
        }
        "CreateGroup" => {
            rt::conformance::reply(api.create_group(&inputs.request(true)?)).await
        }
        "CreateGroupConversation" => {
            rt::conformance::reply(api.create_group_conversation(&inputs.request(true)?))
                .await
        }
        "CreateGroupSet" => {
            rt::conformance::reply(api.create_group_set(&inputs.request(true)?)).await
        }
        "CreateInstance" => {
            rt::conformance::reply(api.create_instance(&inputs.request(true)?)).await
        }
        "CreateTeam" => {
            rt::conformance::reply(api.create_team(&inputs.request(true)?)).await
        }
        "CreateTicket" => {
            rt::conformance::reply(api.create_ticket(&inputs.request(true)?)).await
        }
        "CustomerSendMsgTask" => {
            rt::conformance::reply(api.customer_send_msg_task(&inputs.request(true)?))
                .await
        }
        "DeleteGroupMembersFromGroup" => {
            rt::conformance::reply(
                    api.delete_group_members_from_group(&inputs.request(true)?),
                )
                .await
        }
        "DeleteInstance" => {
            rt::conformance::reply(api.delete_instance(&inputs.request(true)?)).await
        }
        "DeleteKnowledge" => {
            rt::conformance::reply(api.delete_knowledge(&inputs.request(true)?)).await
        }
        "EmotionStatistics" => {
            rt::conformance::reply(api.emotion_statistics(&inputs.request(false)?)).await
        }
        "FinishTicket" => {
            rt::conformance::reply(api.finish_ticket(&inputs.request(true)?)).await
        }
        "GetAuthToken" => {
            rt::conformance::reply(api.get_auth_token(&inputs.request(true)?)).await
        }
        "GetInstancesByIds" => {
            rt::conformance::reply(api.get_instances_by_ids(&inputs.request(true)?))
                .await
        }
        "GetNegativeWordCloud" => {
            rt::conformance::reply(api.get_negative_word_cloud(&inputs.request(false)?))
                .await
        }
        "GetOssTempUrl" => {
            rt::conformance::reply(api.get_oss_temp_url(&inputs.request(false)?)).await
        }
        "GetStoragePolicy" => {
            rt::conformance::reply(api.get_storage_policy(&inputs.request(true)?)).await
        }
        "GetTicket" => {
            rt::conformance::reply(api.get_ticket(&inputs.request(false)?)).await
        }
        "GetWordCloud" => {
            rt::conformance::reply(api.get_word_cloud(&inputs.request(false)?)).await
        }
        "GroupStatistics" => {
            rt::conformance::reply(api.group_statistics(&inputs.request(false)?)).await
        }
        "IntentionCategoryStatistics" => {
            rt::conformance::reply(
                    api.intention_category_statistics(&inputs.request(false)?),
                )
                .await
        }
        "IntentionStatistics" => {
            rt::conformance::reply(api.intention_statistics(&inputs.request(false)?))
                .await
        }
        "ListTicketOperateRecord" => {
            rt::conformance::reply(
                    api.list_ticket_operate_record(&inputs.request(false)?),
                )
                .await
        }
        "ListUserTeams" => {
            rt::conformance::reply(api.list_user_teams(inputs.path(0usize)?)).await
        }
        "QueryActiveUsers" => {
            rt::conformance::reply(api.query_active_users(&inputs.request(false)?)).await
        }
        "QueryCrmGroupContact" => {
            rt::conformance::reply(api.query_crm_group_contact(&inputs.request(true)?))
                .await
        }
        "QueryCustomerCard" => {
            rt::conformance::reply(api.query_customer_card(&inputs.request(true)?)).await
        }
        "QueryCustomerTaskUserDetail" => {
            rt::conformance::reply(
                    api.query_customer_task_user_detail(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroup" => {
            rt::conformance::reply(api.query_group(&inputs.request(true)?)).await
        }
        "QueryGroupMember" => {
            rt::conformance::reply(api.query_group_member(&inputs.request(true)?)).await
        }
        "QueryGroupSet" => {
            rt::conformance::reply(api.query_group_set(&inputs.request(false)?)).await
        }
        "QueryInstancesByMultiConditions" => {
            rt::conformance::reply(
                    api.query_instances_by_multi_conditions(&inputs.request(true)?),
                )
                .await
        }
        "QuerySendMsgTaskStatistics" => {
            rt::conformance::reply(
                    api.query_send_msg_task_statistics(&inputs.request(true)?),
                )
                .await
        }
        "QuerySendMsgTaskStatisticsDetail" => {
            rt::conformance::reply(
                    api.query_send_msg_task_statistics_detail(&inputs.request(true)?),
                )
                .await
        }
        "QueryServiceGroupMessageReadStatus" => {
            rt::conformance::reply(
                    api.query_service_group_message_read_status(&inputs.request(true)?),
                )
                .await
        }
        "QueueNotify" => {
            rt::conformance::reply(api.queue_notify(&inputs.request(true)?)).await
        }
        "RemoveContactFromOrg" => {
            rt::conformance::reply(api.remove_contact_from_org(&inputs.request(true)?))
                .await
        }
        "ReportCustomerDetail" => {
            rt::conformance::reply(api.report_customer_detail(&inputs.request(true)?))
                .await
        }
        "ReportCustomerStatistics" => {
            rt::conformance::reply(
                    api.report_customer_statistics(&inputs.request(true)?),
                )
                .await
        }
        "ResubmitTicket" => {
            rt::conformance::reply(api.resubmit_ticket(&inputs.request(true)?)).await
        }
        "RetractTicket" => {
            rt::conformance::reply(api.retract_ticket(&inputs.request(true)?)).await
        }
        "RobotMessageRecall" => {
            rt::conformance::reply(api.robot_message_recall(&inputs.request(true)?))
                .await
        }
        "SaveFormInstance" => {
            rt::conformance::reply(api.save_form_instance(&inputs.request(true)?)).await
        }
        "SearchGroup" => {
            rt::conformance::reply(api.search_group(&inputs.request(true)?)).await
        }
        "SendMsgByTask" => {
            rt::conformance::reply(api.send_msg_by_task(&inputs.request(true)?)).await
        }
        "SendMsgByTaskSupportInviteJoinOrg" => {
            rt::conformance::reply(
                    api.send_msg_by_task_support_invite_join_org(&inputs.request(true)?),
                )
                .await
        }
        "SendServiceGroupMessage" => {
            rt::conformance::reply(
                    api.send_service_group_message(&inputs.request(true)?),
                )
                .await
        }
        "SetRobotConfig" => {
            rt::conformance::reply(api.set_robot_config(&inputs.request(true)?)).await
        }
        "TakeTicket" => {
            rt::conformance::reply(api.take_ticket(&inputs.request(true)?)).await
        }
        "TopicStatistics" => {
            rt::conformance::reply(api.topic_statistics(&inputs.request(false)?)).await
        }
        "TransferTicket" => {
            rt::conformance::reply(api.transfer_ticket(&inputs.request(true)?)).await
        }
        "UpdateGroupSet" => {
            rt::conformance::reply(api.update_group_set(&inputs.request(true)?)).await
        }
        "UpdateGroupTag" => {
            rt::conformance::reply(api.update_group_tag(&inputs.request(true)?)).await
        }
        "UpdateInstance" => {
            rt::conformance::reply(api.update_instance(&inputs.request(true)?)).await
        }
        "UpdateTicket" => {
            rt::conformance::reply(api.update_ticket(&inputs.request(true)?)).await
        }
        "UpgradeCloudGroup" => {
            rt::conformance::reply(api.upgrade_cloud_group(&inputs.request(true)?)).await
        }
        "UpgradeNormalGroup" => {
            rt::conformance::reply(api.upgrade_normal_group(&inputs.request(true)?))
                .await
        }
        "UrgeTicket" => {
            rt::conformance::reply(api.urge_ticket(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
