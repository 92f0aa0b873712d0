// @generated from api-spec/service_group_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 服务群 (Service Groups)：服务群、知识库与工单。
//!
//! 80 operations, methods of [`Api`] (`client.service_group_1_0()`), behind the cargo feature `service_group_1_0`; its paths start with `/v1.0/serviceGroup/`.
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
    /// `POST /v1.0/serviceGroup/groups/contacts`: DingTalk's `AddContactMemberToGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddContactMemberToGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups/contacts")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/contacts")]
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
    /// `POST /v1.0/serviceGroup/knowledges`: DingTalk's `AddKnowledge` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddKnowledge")]
    #[doc(alias = "/v1.0/serviceGroup/knowledges")]
    #[doc(alias = "POST /v1.0/serviceGroup/knowledges")]
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
    /// `POST /v1.0/serviceGroup/librarys`: DingTalk's `AddLibrary` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddLibrary")]
    #[doc(alias = "/v1.0/serviceGroup/librarys")]
    #[doc(alias = "POST /v1.0/serviceGroup/librarys")]
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
    /// `POST /v1.0/serviceGroup/groups/members`: DingTalk's `AddMemberToServiceGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddMemberToServiceGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups/members")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/members")]
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
    /// `POST /v1.0/serviceGroup/openCategories`: DingTalk's `AddOpenCategory` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOpenCategory")]
    #[doc(alias = "/v1.0/serviceGroup/openCategories")]
    #[doc(alias = "POST /v1.0/serviceGroup/openCategories")]
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
    /// `POST /v1.0/serviceGroup/openKnowledges`: DingTalk's `AddOpenKnowledge` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOpenKnowledge")]
    #[doc(alias = "/v1.0/serviceGroup/openKnowledges")]
    #[doc(alias = "POST /v1.0/serviceGroup/openKnowledges")]
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
    /// `POST /v1.0/serviceGroup/openLibraries`: DingTalk's `AddOpenLibrary` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOpenLibrary")]
    #[doc(alias = "/v1.0/serviceGroup/openLibraries")]
    #[doc(alias = "POST /v1.0/serviceGroup/openLibraries")]
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
    /// `POST /v1.0/serviceGroup/tickets/memos`: DingTalk's `AddTicketMemo` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddTicketMemo")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/memos")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/memos")]
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
    /// `POST /v1.0/serviceGroup/tickets/assign`: DingTalk's `AssignTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AssignTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/assign")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/assign")]
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
    /// `POST /v1.0/serviceGroup/groups/bind`: DingTalk's `BatchBindingGroupBizIds` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchBindingGroupBizIds")]
    #[doc(alias = "/v1.0/serviceGroup/groups/bind")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/bind")]
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
    /// `POST /v1.0/serviceGroup/groupSetConfigs/batchQuery`: DingTalk's `BatchGetGroupSetConfig` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetGroupSetConfig")]
    #[doc(alias = "/v1.0/serviceGroup/groupSetConfigs/batchQuery")]
    #[doc(alias = "POST /v1.0/serviceGroup/groupSetConfigs/batchQuery")]
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
    /// `POST /v1.0/serviceGroup/customers/tasks/batchQuery`: DingTalk's `BatchQueryCustomerSendTask` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::batch_query_customer_send_task_pages`].
    #[doc(alias = "BatchQueryCustomerSendTask")]
    #[doc(alias = "/v1.0/serviceGroup/customers/tasks/batchQuery")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/tasks/batchQuery")]
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
    /// `POST /v1.0/serviceGroup/groups/members/batchQuery`: DingTalk's `BatchQueryGroupMember` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::batch_query_group_member_pages`].
    #[doc(alias = "BatchQueryGroupMember")]
    #[doc(alias = "/v1.0/serviceGroup/groups/members/batchQuery")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/members/batchQuery")]
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
    /// `POST /v1.0/serviceGroup/tasks/query`: DingTalk's `BatchQuerySendMessageTask` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::batch_query_send_message_task_pages`].
    #[doc(alias = "BatchQuerySendMessageTask")]
    #[doc(alias = "/v1.0/serviceGroup/tasks/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/tasks/query")]
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
    /// `POST /v1.0/serviceGroup/teams/templates/bound`: DingTalk's `BoundTemplateToTeam` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BoundTemplateToTeam")]
    #[doc(alias = "/v1.0/serviceGroup/teams/templates/bound")]
    #[doc(alias = "POST /v1.0/serviceGroup/teams/templates/bound")]
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
    /// `POST /v1.0/serviceGroup/tickets/cancel`: DingTalk's `CancelTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/cancel")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/cancel")]
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
    /// `GET /v1.0/serviceGroup/voices/dashboards/categories/statistics`: DingTalk's `CategoryStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CategoryStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/dashboards/categories/statistics")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/dashboards/categories/statistics")]
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
    /// `POST /v1.0/serviceGroup/conversions`: DingTalk's `CloseConversation` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseConversation")]
    #[doc(alias = "/v1.0/serviceGroup/conversions")]
    #[doc(alias = "POST /v1.0/serviceGroup/conversions")]
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
    /// `POST /v1.0/serviceGroup/humanSessions/close`: DingTalk's `CloseHumanSession` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseHumanSession")]
    #[doc(alias = "/v1.0/serviceGroup/humanSessions/close")]
    #[doc(alias = "POST /v1.0/serviceGroup/humanSessions/close")]
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
    /// `POST /v1.0/serviceGroup/customers`: DingTalk's `ConversationCreatedNotify` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConversationCreatedNotify")]
    #[doc(alias = "/v1.0/serviceGroup/customers")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers")]
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
    /// `POST /v1.0/serviceGroup/transfers`: DingTalk's `ConversationTransferBeginNotify` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConversationTransferBeginNotify")]
    #[doc(alias = "/v1.0/serviceGroup/transfers")]
    #[doc(alias = "POST /v1.0/serviceGroup/transfers")]
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
    /// `POST /v1.0/serviceGroup/completes`: DingTalk's `ConversationTransferCompleteNotify` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConversationTransferCompleteNotify")]
    #[doc(alias = "/v1.0/serviceGroup/completes")]
    #[doc(alias = "POST /v1.0/serviceGroup/completes")]
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
    /// `POST /v1.0/serviceGroup/groups`: DingTalk's `CreateGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups")]
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
    /// `POST /v1.0/serviceGroup/create/conversations`: DingTalk's `CreateGroupConversation` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupConversation")]
    #[doc(alias = "/v1.0/serviceGroup/create/conversations")]
    #[doc(alias = "POST /v1.0/serviceGroup/create/conversations")]
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
    /// `POST /v1.0/serviceGroup/groupSets`: DingTalk's `CreateGroupSet` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupSet")]
    #[doc(alias = "/v1.0/serviceGroup/groupSets")]
    #[doc(alias = "POST /v1.0/serviceGroup/groupSets")]
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
    /// `POST /v1.0/serviceGroup/customForms/instances`: DingTalk's `CreateInstance` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateInstance")]
    #[doc(alias = "/v1.0/serviceGroup/customForms/instances")]
    #[doc(alias = "POST /v1.0/serviceGroup/customForms/instances")]
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
    /// `POST /v1.0/serviceGroup/teams`: DingTalk's `CreateTeam` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTeam")]
    #[doc(alias = "/v1.0/serviceGroup/teams")]
    #[doc(alias = "POST /v1.0/serviceGroup/teams")]
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
    /// `POST /v1.0/serviceGroup/tickets`: DingTalk's `CreateTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets")]
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
    /// `POST /v1.0/serviceGroup/customers/tasks/send`: DingTalk's `CustomerSendMsgTask` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomerSendMsgTask")]
    #[doc(alias = "/v1.0/serviceGroup/customers/tasks/send")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/tasks/send")]
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
    /// `POST /v1.0/serviceGroup/groups/members/remove`: DingTalk's `DeleteGroupMembersFromGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteGroupMembersFromGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups/members/remove")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/members/remove")]
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
    /// `POST /v1.0/serviceGroup/customForms/instances/remove`: DingTalk's `DeleteInstance` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteInstance")]
    #[doc(alias = "/v1.0/serviceGroup/customForms/instances/remove")]
    #[doc(alias = "POST /v1.0/serviceGroup/customForms/instances/remove")]
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
    /// `POST /v1.0/serviceGroup/knowledges/batchDelete`: DingTalk's `DeleteKnowledge` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteKnowledge")]
    #[doc(alias = "/v1.0/serviceGroup/knowledges/batchDelete")]
    #[doc(alias = "POST /v1.0/serviceGroup/knowledges/batchDelete")]
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
    /// `GET /v1.0/serviceGroup/voices/emotions/statistics`: DingTalk's `EmotionStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EmotionStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/emotions/statistics")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/emotions/statistics")]
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
    /// `POST /v1.0/serviceGroup/tickets/finish`: DingTalk's `FinishTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FinishTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/finish")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/finish")]
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
    /// `POST /v1.0/serviceGroup/get/tokens`: DingTalk's `GetAuthToken` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAuthToken")]
    #[doc(alias = "/v1.0/serviceGroup/get/tokens")]
    #[doc(alias = "POST /v1.0/serviceGroup/get/tokens")]
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
    /// `POST /v1.0/serviceGroup/customForms/instances/batchQuery`: DingTalk's `GetInstancesByIds` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInstancesByIds")]
    #[doc(alias = "/v1.0/serviceGroup/customForms/instances/batchQuery")]
    #[doc(alias = "POST /v1.0/serviceGroup/customForms/instances/batchQuery")]
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
    /// `GET /v1.0/serviceGroup/voices/negatives/wordClouds`: DingTalk's `GetNegativeWordCloud` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNegativeWordCloud")]
    #[doc(alias = "/v1.0/serviceGroup/voices/negatives/wordClouds")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/negatives/wordClouds")]
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
    /// `GET /v1.0/serviceGroup/ossServices/tempUrls`: DingTalk's `GetOssTempUrl` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOssTempUrl")]
    #[doc(alias = "/v1.0/serviceGroup/ossServices/tempUrls")]
    #[doc(alias = "GET /v1.0/serviceGroup/ossServices/tempUrls")]
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
    /// `POST /v1.0/serviceGroup/ossServices/policies`: DingTalk's `GetStoragePolicy` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetStoragePolicy")]
    #[doc(alias = "/v1.0/serviceGroup/ossServices/policies")]
    #[doc(alias = "POST /v1.0/serviceGroup/ossServices/policies")]
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
    /// `GET /v1.0/serviceGroup/tickets`: DingTalk's `GetTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets")]
    #[doc(alias = "GET /v1.0/serviceGroup/tickets")]
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
    /// `GET /v1.0/serviceGroup/voices/wordClouds`: DingTalk's `GetWordCloud` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWordCloud")]
    #[doc(alias = "/v1.0/serviceGroup/voices/wordClouds")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/wordClouds")]
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
    /// `GET /v1.0/serviceGroup/voices/dashboards/groups/statistics`: DingTalk's `GroupStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/dashboards/groups/statistics")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/dashboards/groups/statistics")]
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
    /// `GET /v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics`: DingTalk's `IntentionCategoryStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IntentionCategoryStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics")]
    #[doc(
        alias = "GET /v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics"
    )]
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
    /// `GET /v1.0/serviceGroup/voices/dashboards/intentions/statistics`: DingTalk's `IntentionStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IntentionStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/dashboards/intentions/statistics")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/dashboards/intentions/statistics")]
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
    /// `GET /v1.0/serviceGroup/tickets/operateRecords`: DingTalk's `ListTicketOperateRecord` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListTicketOperateRecord")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/operateRecords")]
    #[doc(alias = "GET /v1.0/serviceGroup/tickets/operateRecords")]
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
    /// `GET /v1.0/serviceGroup/users/{userId}/teams`: DingTalk's `ListUserTeams` (module feature `service_group_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListUserTeams")]
    #[doc(alias = "/v1.0/serviceGroup/users/{userId}/teams")]
    #[doc(alias = "GET /v1.0/serviceGroup/users/{userId}/teams")]
    pub fn list_user_teams(
        &self,
        user_id: &str,
    ) -> rt::Call<ListUserTeamsResponseBody, ListUserTeamsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserTeams",
            rt::Method::Get,
            "/v1.0/serviceGroup/users/{userId}/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询服务群活跃成员
    ///
    /// `GET /v1.0/serviceGroup/groups/queryActiveUsers`: DingTalk's `QueryActiveUsers` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryActiveUsers")]
    #[doc(alias = "/v1.0/serviceGroup/groups/queryActiveUsers")]
    #[doc(alias = "GET /v1.0/serviceGroup/groups/queryActiveUsers")]
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
    /// `POST /v1.0/serviceGroup/groups/contacts/query`: DingTalk's `QueryCrmGroupContact` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_crm_group_contact_pages`].
    #[doc(alias = "QueryCrmGroupContact")]
    #[doc(alias = "/v1.0/serviceGroup/groups/contacts/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/contacts/query")]
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
    /// `POST /v1.0/serviceGroup/userDetials`: DingTalk's `QueryCustomerCard` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCustomerCard")]
    #[doc(alias = "/v1.0/serviceGroup/userDetials")]
    #[doc(alias = "POST /v1.0/serviceGroup/userDetials")]
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
    /// `POST /v1.0/serviceGroup/customers/tasks/query`: DingTalk's `QueryCustomerTaskUserDetail` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_customer_task_user_detail_pages`].
    #[doc(alias = "QueryCustomerTaskUserDetail")]
    #[doc(alias = "/v1.0/serviceGroup/customers/tasks/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/tasks/query")]
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
    /// `POST /v1.0/serviceGroup/groups/query`: DingTalk's `QueryGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/query")]
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
    /// `POST /v1.0/serviceGroup/groups/members/query`: DingTalk's `QueryGroupMember` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMember")]
    #[doc(alias = "/v1.0/serviceGroup/groups/members/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/members/query")]
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
    /// `GET /v1.0/serviceGroup/groupSets`: DingTalk's `QueryGroupSet` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupSet")]
    #[doc(alias = "/v1.0/serviceGroup/groupSets")]
    #[doc(alias = "GET /v1.0/serviceGroup/groupSets")]
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
    /// `POST /v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery`: DingTalk's `QueryInstancesByMultiConditions` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_instances_by_multi_conditions_pages`].
    #[doc(alias = "QueryInstancesByMultiConditions")]
    #[doc(alias = "/v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery")]
    #[doc(
        alias = "POST /v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery"
    )]
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
    /// `POST /v1.0/serviceGroup/tasks/statistics/query`: DingTalk's `QuerySendMsgTaskStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_send_msg_task_statistics_pages`].
    #[doc(alias = "QuerySendMsgTaskStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/tasks/statistics/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/tasks/statistics/query")]
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
    /// `POST /v1.0/serviceGroup/tasks/statistics/details/query`: DingTalk's `QuerySendMsgTaskStatisticsDetail` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_send_msg_task_statistics_detail_pages`].
    #[doc(alias = "QuerySendMsgTaskStatisticsDetail")]
    #[doc(alias = "/v1.0/serviceGroup/tasks/statistics/details/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/tasks/statistics/details/query")]
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
    /// `POST /v1.0/serviceGroup/messages/readStatus/query`: DingTalk's `QueryServiceGroupMessageReadStatus` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_service_group_message_read_status_pages`].
    #[doc(alias = "QueryServiceGroupMessageReadStatus")]
    #[doc(alias = "/v1.0/serviceGroup/messages/readStatus/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/messages/readStatus/query")]
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
    /// `POST /v1.0/serviceGroup/dts`: DingTalk's `QueueNotify` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueueNotify")]
    #[doc(alias = "/v1.0/serviceGroup/dts")]
    #[doc(alias = "POST /v1.0/serviceGroup/dts")]
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
    /// `POST /v1.0/serviceGroup/organizations/contacts/remove`: DingTalk's `RemoveContactFromOrg` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveContactFromOrg")]
    #[doc(alias = "/v1.0/serviceGroup/organizations/contacts/remove")]
    #[doc(alias = "POST /v1.0/serviceGroup/organizations/contacts/remove")]
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
    /// `POST /v1.0/serviceGroup/customers/activities/details/query`: DingTalk's `ReportCustomerDetail` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::report_customer_detail_pages`].
    #[doc(alias = "ReportCustomerDetail")]
    #[doc(alias = "/v1.0/serviceGroup/customers/activities/details/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/activities/details/query")]
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
    /// `POST /v1.0/serviceGroup/customers/activities/statistics/query`: DingTalk's `ReportCustomerStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::report_customer_statistics_pages`].
    #[doc(alias = "ReportCustomerStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/customers/activities/statistics/query")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/activities/statistics/query")]
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
    /// `POST /v1.0/serviceGroup/tickets/resubmit`: DingTalk's `ResubmitTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ResubmitTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/resubmit")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/resubmit")]
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
    /// `POST /v1.0/serviceGroup/tickets/retract`: DingTalk's `RetractTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetractTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/retract")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/retract")]
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
    /// `POST /v1.0/serviceGroup/robots/messages/recall`: DingTalk's `RobotMessageRecall` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RobotMessageRecall")]
    #[doc(alias = "/v1.0/serviceGroup/robots/messages/recall")]
    #[doc(alias = "POST /v1.0/serviceGroup/robots/messages/recall")]
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
    /// `POST /v1.0/serviceGroup/forms/instances`: DingTalk's `SaveFormInstance` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveFormInstance")]
    #[doc(alias = "/v1.0/serviceGroup/forms/instances")]
    #[doc(alias = "POST /v1.0/serviceGroup/forms/instances")]
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
    /// `POST /v1.0/serviceGroup/groups/search`: DingTalk's `SearchGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_group_pages`].
    #[doc(alias = "SearchGroup")]
    #[doc(alias = "/v1.0/serviceGroup/groups/search")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/search")]
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
    /// `POST /v1.0/serviceGroup/messages/tasks/send`: DingTalk's `SendMsgByTask` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMsgByTask")]
    #[doc(alias = "/v1.0/serviceGroup/messages/tasks/send")]
    #[doc(alias = "POST /v1.0/serviceGroup/messages/tasks/send")]
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
    /// `POST /v1.0/serviceGroup/customers/tasks/groupSend`: DingTalk's `SendMsgByTaskSupportInviteJoinOrg` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMsgByTaskSupportInviteJoinOrg")]
    #[doc(alias = "/v1.0/serviceGroup/customers/tasks/groupSend")]
    #[doc(alias = "POST /v1.0/serviceGroup/customers/tasks/groupSend")]
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
    /// `POST /v1.0/serviceGroup/messages/send`: DingTalk's `SendServiceGroupMessage` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendServiceGroupMessage")]
    #[doc(alias = "/v1.0/serviceGroup/messages/send")]
    #[doc(alias = "POST /v1.0/serviceGroup/messages/send")]
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
    /// `POST /v1.0/serviceGroup/groups/configs/set`: DingTalk's `SetRobotConfig` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRobotConfig")]
    #[doc(alias = "/v1.0/serviceGroup/groups/configs/set")]
    #[doc(alias = "POST /v1.0/serviceGroup/groups/configs/set")]
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
    /// `POST /v1.0/serviceGroup/tickets/apply`: DingTalk's `TakeTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TakeTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/apply")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/apply")]
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
    /// `GET /v1.0/serviceGroup/voices/topics/statistics`: DingTalk's `TopicStatistics` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TopicStatistics")]
    #[doc(alias = "/v1.0/serviceGroup/voices/topics/statistics")]
    #[doc(alias = "GET /v1.0/serviceGroup/voices/topics/statistics")]
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
    /// `POST /v1.0/serviceGroup/tickets/transfer`: DingTalk's `TransferTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransferTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/transfer")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/transfer")]
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
    /// `PUT /v1.0/serviceGroup/groups/configurations`: DingTalk's `UpdateGroupSet` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupSet")]
    #[doc(alias = "/v1.0/serviceGroup/groups/configurations")]
    #[doc(alias = "PUT /v1.0/serviceGroup/groups/configurations")]
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
    /// `PUT /v1.0/serviceGroup/tags`: DingTalk's `UpdateGroupTag` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupTag")]
    #[doc(alias = "/v1.0/serviceGroup/tags")]
    #[doc(alias = "PUT /v1.0/serviceGroup/tags")]
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
    /// `PUT /v1.0/serviceGroup/customForms/instances`: DingTalk's `UpdateInstance` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInstance")]
    #[doc(alias = "/v1.0/serviceGroup/customForms/instances")]
    #[doc(alias = "PUT /v1.0/serviceGroup/customForms/instances")]
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
    /// `PUT /v1.0/serviceGroup/tickets`: DingTalk's `UpdateTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets")]
    #[doc(alias = "PUT /v1.0/serviceGroup/tickets")]
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
    /// `POST /v1.0/serviceGroup/cloudGroups/upgrade`: DingTalk's `UpgradeCloudGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeCloudGroup")]
    #[doc(alias = "/v1.0/serviceGroup/cloudGroups/upgrade")]
    #[doc(alias = "POST /v1.0/serviceGroup/cloudGroups/upgrade")]
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
    /// `POST /v1.0/serviceGroup/normalGroups/upgrade`: DingTalk's `UpgradeNormalGroup` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeNormalGroup")]
    #[doc(alias = "/v1.0/serviceGroup/normalGroups/upgrade")]
    #[doc(alias = "POST /v1.0/serviceGroup/normalGroups/upgrade")]
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
    /// `POST /v1.0/serviceGroup/tickets/urge`: DingTalk's `UrgeTicket` (module feature `service_group_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UrgeTicket")]
    #[doc(alias = "/v1.0/serviceGroup/tickets/urge")]
    #[doc(alias = "POST /v1.0/serviceGroup/tickets/urge")]
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
    /// Every page of [`Api::report_customer_detail`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `records` of each page.
    pub fn report_customer_detail_pages(
        &self,
        request: &ReportCustomerDetailRequest,
    ) -> rt::Paginator<
        ReportCustomerDetailResponseBody,
        ReportCustomerDetailError,
        ReportCustomerDetailResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["records"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.report_customer_detail(request), &PAGING)
    }
    /// Every page of [`Api::report_customer_statistics`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `records` of each page.
    pub fn report_customer_statistics_pages(
        &self,
        request: &ReportCustomerStatisticsRequest,
    ) -> rt::Paginator<
        ReportCustomerStatisticsResponseBody,
        ReportCustomerStatisticsError,
        ReportCustomerStatisticsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["records"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.report_customer_statistics(request), &PAGING)
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
/// `AddContactMemberToGroupResponseBody`, a model several operations share: also named [`BatchBindingGroupBizIdsResponseBody`], [`BoundTemplateToTeamResponseBody`], [`DeleteGroupMembersFromGroupResponseBody`], [`RemoveContactFromOrgResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddContactMemberToGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddContactMemberToGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddContactMemberToGroupResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    AddKnowledgeRequestAttachmentList { "mime_type" => optional(mime_type), "path" =>
    optional(path), "size" => optional(size), "suffix" => optional(suffix), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddKnowledgeRequestAttachmentList { "mime_type" => read_field(mime_type), "path" =>
    read_field(path), "size" => read_field(size), "suffix" => read_field(suffix), "title"
    => read_field(title) }
}
/// `AddKnowledgeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddKnowledgeResponseBody {
    /// `openKnowledgeId`.
    pub open_knowledge_id: Option<String>,
}
rt::impl_deserialize! {
    AddKnowledgeResponseBody { "openKnowledgeId" => read_field(open_knowledge_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddKnowledgeResponseBody { "openKnowledgeId" => optional(open_knowledge_id) }
}
/// `AddLibraryResponseBody`, a model several operations share: also named [`AddMemberToServiceGroupResponseBody`], [`DeleteKnowledgeResponseBody`], [`UpdateGroupSetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLibraryResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddLibraryResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLibraryResponseBody { "success" => optional(success) }
}
/// `AddMemberToServiceGroupResponseBody`: the same model as [`AddLibraryResponseBody`].
pub type AddMemberToServiceGroupResponseBody = AddLibraryResponseBody;
/// `AddOpenCategoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenCategoryResponseBody {
    /// `result`.
    pub result: Option<AddOpenCategoryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenCategoryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenCategoryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    AddOpenKnowledgeRequestAttachments { "mimeType" => optional(mime_type), "path" =>
    optional(path), "size" => optional(size), "suffix" => optional(suffix), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOpenKnowledgeRequestAttachments { "mimeType" => read_field(mime_type), "path" =>
    read_field(path), "size" => read_field(size), "suffix" => read_field(suffix), "title"
    => read_field(title) }
}
/// `AddOpenKnowledgeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenKnowledgeResponseBody {
    /// `result`.
    pub result: Option<AddOpenKnowledgeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenKnowledgeResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenKnowledgeResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddOpenLibraryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenLibraryResponseBody {
    /// `result`.
    pub result: Option<AddOpenLibraryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenLibraryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenLibraryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddTicketMemoRequestTicketMemo`, a model several operations share: also named [`AssignTicketRequestTicketMemo`], [`FinishTicketRequestTicketMemo`], [`UpdateTicketRequestTicketMemo`], [`UrgeTicketRequestTicketMemo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddTicketMemoRequestTicketMemo {
    /// `attachments`.
    pub attachments: Option<Vec<AddTicketMemoRequestTicketMemoAttachments>>,
    /// `memo`.
    pub memo: String,
}
/// The required fields of [`AddTicketMemoRequestTicketMemo`], each named where it is set: `AddTicketMemoRequestTicketMemo::new(AddTicketMemoRequestTicketMemoRequired { .. })`.
pub struct AddTicketMemoRequestTicketMemoRequired {
    /// `memo`: see [`AddTicketMemoRequestTicketMemo::memo`].
    pub memo: String,
}
impl AddTicketMemoRequestTicketMemo {
    /// A `AddTicketMemoRequestTicketMemo` with its required fields (`memo`); set the others with the methods named after them.
    pub fn new(required: AddTicketMemoRequestTicketMemoRequired) -> Self {
        let AddTicketMemoRequestTicketMemoRequired { memo } = required;
        Self { attachments: None, memo }
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
rt::impl_serialize! {
    AddTicketMemoRequestTicketMemo { "attachments" => optional(attachments), "memo" =>
    field(memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTicketMemoRequestTicketMemo { "attachments" => read_field(attachments), "memo" =>
    read_field(memo) }
}
/// `AssignTicketRequestNotify`, a model several operations share: also named [`CancelTicketRequestNotify`], [`CreateTicketRequestNotify`], [`FinishTicketRequestNotify`], [`ResubmitTicketRequestNotify`], [`RetractTicketRequestNotify`], [`TransferTicketRequestNotify`].
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
rt::impl_serialize! {
    AssignTicketRequestNotify { "groupNoticeReceiverUnionIds" =>
    optional(group_notice_receiver_union_ids), "noticeAllGroupMember" =>
    optional(notice_all_group_member), "workNoticeReceiverUnionIds" =>
    optional(work_notice_receiver_union_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssignTicketRequestNotify { "groupNoticeReceiverUnionIds" =>
    read_field(group_notice_receiver_union_ids), "noticeAllGroupMember" =>
    read_field(notice_all_group_member), "workNoticeReceiverUnionIds" =>
    read_field(work_notice_receiver_union_ids) }
}
/// `AssignTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type AssignTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// The required fields of [`AssignTicketRequestTicketMemo`].
pub type AssignTicketRequestTicketMemoRequired = AddTicketMemoRequestTicketMemoRequired;
/// `BatchBindingGroupBizIdsRequestBindingGroupBizIds`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    /// `bizId`.
    pub biz_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`BatchBindingGroupBizIdsRequestBindingGroupBizIds`], each named where it is set: `BatchBindingGroupBizIdsRequestBindingGroupBizIds::new(BatchBindingGroupBizIdsRequestBindingGroupBizIdsRequired { .. })`.
pub struct BatchBindingGroupBizIdsRequestBindingGroupBizIdsRequired {
    /// `bizId`: see [`BatchBindingGroupBizIdsRequestBindingGroupBizIds::biz_id`].
    pub biz_id: String,
    /// `openConversationId`: see [`BatchBindingGroupBizIdsRequestBindingGroupBizIds::open_conversation_id`].
    pub open_conversation_id: String,
}
impl BatchBindingGroupBizIdsRequestBindingGroupBizIds {
    /// A `BatchBindingGroupBizIdsRequestBindingGroupBizIds` with its required fields (`bizId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        required: BatchBindingGroupBizIdsRequestBindingGroupBizIdsRequired,
    ) -> Self {
        let BatchBindingGroupBizIdsRequestBindingGroupBizIdsRequired {
            biz_id,
            open_conversation_id,
        } = required;
        Self {
            biz_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    BatchBindingGroupBizIdsRequestBindingGroupBizIds { "bizId" => field(biz_id),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchBindingGroupBizIdsRequestBindingGroupBizIds { "bizId" => read_field(biz_id),
    "openConversationId" => read_field(open_conversation_id) }
}
/// `BatchBindingGroupBizIdsResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type BatchBindingGroupBizIdsResponseBody = AddContactMemberToGroupResponseBody;
/// `BatchGetGroupSetConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigResponseBody {
    /// `groupSetConfigs`.
    pub group_set_configs: Option<
        Vec<BatchGetGroupSetConfigResponseBodyGroupSetConfigs>,
    >,
}
rt::impl_deserialize! {
    BatchGetGroupSetConfigResponseBody { "groupSetConfigs" =>
    read_field(group_set_configs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetGroupSetConfigResponseBody { "groupSetConfigs" => optional(group_set_configs)
    }
}
/// `BatchQueryCustomerSendTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryCustomerSendTaskResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryCustomerSendTaskResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `BatchQueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryGroupMemberResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "records" => read_field(records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryGroupMemberResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id),
    "records" => optional(records) }
}
/// `BatchQuerySendMessageTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQuerySendMessageTaskResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQuerySendMessageTaskResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `BoundTemplateToTeamResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type BoundTemplateToTeamResponseBody = AddContactMemberToGroupResponseBody;
/// `CancelTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type CancelTicketRequestNotify = AssignTicketRequestNotify;
/// `CancelTicketRequestTicketMemo`, a model several operations share: also named [`ResubmitTicketRequestTicketMemo`], [`RetractTicketRequestTicketMemo`], [`TransferTicketRequestTicketMemo`].
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
rt::impl_serialize! {
    CancelTicketRequestTicketMemo { "attachments" => optional(attachments), "memo" =>
    optional(memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelTicketRequestTicketMemo { "attachments" => read_field(attachments), "memo" =>
    read_field(memo) }
}
/// `CategoryStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBody {
    /// `categoryStatisticsRecords`.
    pub category_statistics_records: Option<
        Vec<CategoryStatisticsResponseBodyCategoryStatisticsRecords>,
    >,
    /// `categoryTrend`.
    pub category_trend: Option<Vec<CategoryStatisticsResponseBodyCategoryTrend>>,
}
rt::impl_deserialize! {
    CategoryStatisticsResponseBody { "categoryStatisticsRecords" =>
    read_field(category_statistics_records), "categoryTrend" =>
    read_field(category_trend) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoryStatisticsResponseBody { "categoryStatisticsRecords" =>
    optional(category_statistics_records), "categoryTrend" => optional(category_trend) }
}
/// `CloseConversationResponseBody`, a model several operations share: also named [`ConversationCreatedNotifyResponseBody`], [`ConversationTransferBeginNotifyResponseBody`], [`ConversationTransferCompleteNotifyResponseBody`], [`QueryCustomerCardResponseBody`], [`QueueNotifyResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CloseConversationResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseConversationResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `CloseHumanSessionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseHumanSessionResponseBody {
    /// `sessionId`.
    pub session_id: Option<i64>,
}
rt::impl_deserialize! {
    CloseHumanSessionResponseBody { "sessionId" => read_field(session_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseHumanSessionResponseBody { "sessionId" => optional(session_id) }
}
/// `ConversationCreatedNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationCreatedNotifyResponseBody = CloseConversationResponseBody;
/// `ConversationTransferBeginNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationTransferBeginNotifyResponseBody = CloseConversationResponseBody;
/// `ConversationTransferCompleteNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type ConversationTransferCompleteNotifyResponseBody = CloseConversationResponseBody;
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateGroupResponseBody { "groupUrl" => read_field(group_url), "openConversationId"
    => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupResponseBody { "groupUrl" => optional(group_url), "openConversationId" =>
    optional(open_conversation_id) }
}
/// `CreateGroupConversationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateGroupConversationResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupConversationResponseBody { "dingOpenErrcode" =>
    optional(ding_open_errcode), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `CreateGroupSetResponseBody`, a model several operations share: also named [`CreateTeamResponseBody`], [`RobotMessageRecallResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupSetResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    CreateGroupSetResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupSetResponseBody { "result" => optional(result) }
}
/// `CreateInstanceResponseBody`, a model several operations share: also named [`DeleteInstanceResponseBody`], [`UpdateInstanceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateInstanceResponseBody {
    /// `openDataInstanceId`.
    pub open_data_instance_id: Option<String>,
}
rt::impl_deserialize! {
    CreateInstanceResponseBody { "openDataInstanceId" =>
    read_field(open_data_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateInstanceResponseBody { "openDataInstanceId" => optional(open_data_instance_id)
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
rt::impl_serialize! {
    CreateTicketRequestSceneContext { "groupMsgs" => optional(group_msgs),
    "openConversationId" => optional(open_conversation_id), "relevantorUnionIds" =>
    optional(relevantor_union_ids), "topicId" => optional(topic_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequestSceneContext { "groupMsgs" => read_field(group_msgs),
    "openConversationId" => read_field(open_conversation_id), "relevantorUnionIds" =>
    read_field(relevantor_union_ids), "topicId" => read_field(topic_id) }
}
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `openTicketId`.
    pub open_ticket_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTicketResponseBody { "openTicketId" => read_field(open_ticket_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTicketResponseBody { "openTicketId" => optional(open_ticket_id) }
}
/// `CustomerSendMsgTaskRequestMessageContent`, a model several operations share: also named [`SendMsgByTaskSupportInviteJoinOrgRequestMessageContent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CustomerSendMsgTaskRequestMessageContent`], each named where it is set: `CustomerSendMsgTaskRequestMessageContent::new(CustomerSendMsgTaskRequestMessageContentRequired { .. })`.
pub struct CustomerSendMsgTaskRequestMessageContentRequired {
    /// `content`: see [`CustomerSendMsgTaskRequestMessageContent::content`].
    pub content: String,
    /// `messageType`: see [`CustomerSendMsgTaskRequestMessageContent::message_type`].
    pub message_type: String,
    /// `title`: see [`CustomerSendMsgTaskRequestMessageContent::title`].
    pub title: String,
}
impl CustomerSendMsgTaskRequestMessageContent {
    /// A `CustomerSendMsgTaskRequestMessageContent` with its required fields (`content`, `messageType`, `title`); set the others with the methods named after them.
    pub fn new(required: CustomerSendMsgTaskRequestMessageContentRequired) -> Self {
        let CustomerSendMsgTaskRequestMessageContentRequired {
            content,
            message_type,
            title,
        } = required;
        Self {
            btns: None,
            content,
            message_type,
            title,
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
rt::impl_serialize! {
    CustomerSendMsgTaskRequestMessageContent { "btns" => optional(btns), "content" =>
    field(content), "messageType" => field(message_type), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomerSendMsgTaskRequestMessageContent { "btns" => read_field(btns), "content" =>
    read_field(content), "messageType" => read_field(message_type), "title" =>
    read_field(title) }
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
rt::impl_serialize! {
    CustomerSendMsgTaskRequestQueryCustomer { "openContactIds" =>
    optional(open_contact_ids), "queryType" => optional(query_type),
    "searchContactConditions" => optional(search_contact_conditions),
    "searchCustomerConditions" => optional(search_customer_conditions) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomerSendMsgTaskRequestQueryCustomer { "openContactIds" =>
    read_field(open_contact_ids), "queryType" => read_field(query_type),
    "searchContactConditions" => read_field(search_contact_conditions),
    "searchCustomerConditions" => read_field(search_customer_conditions) }
}
/// `CustomerSendMsgTaskRequestSendConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CustomerSendMsgTaskRequestSendConfig`], each named where it is set: `CustomerSendMsgTaskRequestSendConfig::new(CustomerSendMsgTaskRequestSendConfigRequired { .. })`.
pub struct CustomerSendMsgTaskRequestSendConfigRequired {
    /// `needUrlTrack`: see [`CustomerSendMsgTaskRequestSendConfig::need_url_track`].
    pub need_url_track: bool,
    /// `sendType`: see [`CustomerSendMsgTaskRequestSendConfig::send_type`].
    pub send_type: String,
}
impl CustomerSendMsgTaskRequestSendConfig {
    /// A `CustomerSendMsgTaskRequestSendConfig` with its required fields (`needUrlTrack`, `sendType`); set the others with the methods named after them.
    pub fn new(required: CustomerSendMsgTaskRequestSendConfigRequired) -> Self {
        let CustomerSendMsgTaskRequestSendConfigRequired { need_url_track, send_type } = required;
        Self {
            need_url_track,
            send_time: None,
            send_type,
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
rt::impl_serialize! {
    CustomerSendMsgTaskRequestSendConfig { "needUrlTrack" => field(need_url_track),
    "sendTime" => optional(send_time), "sendType" => field(send_type), "urlTrackConfig"
    => optional(url_track_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomerSendMsgTaskRequestSendConfig { "needUrlTrack" => read_field(need_url_track),
    "sendTime" => read_field(send_time), "sendType" => read_field(send_type),
    "urlTrackConfig" => read_field(url_track_config) }
}
/// `CustomerSendMsgTaskResponseBody`, a model several operations share: also named [`SendMsgByTaskResponseBody`], [`SendMsgByTaskSupportInviteJoinOrgResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomerSendMsgTaskResponseBody {
    /// `openBatchTaskId`.
    pub open_batch_task_id: Option<String>,
}
rt::impl_deserialize! {
    CustomerSendMsgTaskResponseBody { "openBatchTaskId" => read_field(open_batch_task_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomerSendMsgTaskResponseBody { "openBatchTaskId" => optional(open_batch_task_id) }
}
/// `DeleteGroupMembersFromGroupResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type DeleteGroupMembersFromGroupResponseBody = AddContactMemberToGroupResponseBody;
/// `DeleteInstanceResponseBody`: the same model as [`CreateInstanceResponseBody`].
pub type DeleteInstanceResponseBody = CreateInstanceResponseBody;
/// `DeleteKnowledgeResponseBody`: the same model as [`AddLibraryResponseBody`].
pub type DeleteKnowledgeResponseBody = AddLibraryResponseBody;
/// `EmotionStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EmotionStatisticsResponseBody {
    /// `emotionStatisticsRecords`.
    pub emotion_statistics_records: Option<
        Vec<EmotionStatisticsResponseBodyEmotionStatisticsRecords>,
    >,
}
rt::impl_deserialize! {
    EmotionStatisticsResponseBody { "emotionStatisticsRecords" =>
    read_field(emotion_statistics_records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EmotionStatisticsResponseBody { "emotionStatisticsRecords" =>
    optional(emotion_statistics_records) }
}
/// `FinishTicketRequestNotify`: the same model as [`AssignTicketRequestNotify`].
pub type FinishTicketRequestNotify = AssignTicketRequestNotify;
/// `FinishTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type FinishTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// The required fields of [`FinishTicketRequestTicketMemo`].
pub type FinishTicketRequestTicketMemoRequired = AddTicketMemoRequestTicketMemoRequired;
/// `GetAuthTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAuthTokenResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthTokenResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetInstancesByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInstancesByIdsResponseBody {
    /// `customFormInstanceResponseList`.
    pub custom_form_instance_response_list: Option<
        Vec<GetInstancesByIdsResponseBodyCustomFormInstanceResponseList>,
    >,
}
rt::impl_deserialize! {
    GetInstancesByIdsResponseBody { "customFormInstanceResponseList" =>
    read_field(custom_form_instance_response_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstancesByIdsResponseBody { "customFormInstanceResponseList" =>
    optional(custom_form_instance_response_list) }
}
/// `GetNegativeWordCloudResponseBody`, a model several operations share: also named [`GetWordCloudResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNegativeWordCloudResponseBody {
    /// `words`.
    pub words: Option<Vec<GetNegativeWordCloudResponseBodyWords>>,
}
rt::impl_deserialize! {
    GetNegativeWordCloudResponseBody { "words" => read_field(words) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNegativeWordCloudResponseBody { "words" => optional(words) }
}
/// `GetOssTempUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOssTempUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetOssTempUrlResponseBody { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOssTempUrlResponseBody { "url" => optional(url) }
}
/// `GetStoragePolicyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetStoragePolicyResponseBody { "accessKeyId" => read_field(access_key_id), "endpoint"
    => read_field(endpoint), "key" => read_field(key), "policy" => read_field(policy),
    "signature" => read_field(signature) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStoragePolicyResponseBody { "accessKeyId" => optional(access_key_id), "endpoint"
    => optional(endpoint), "key" => optional(key), "policy" => optional(policy),
    "signature" => optional(signature) }
}
/// `GetTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetTicketResponseBody { "createTime" => read_field(create_time), "creator" =>
    read_field(creator), "customFields" => read_field(custom_fields),
    "openConversationId" => read_field(open_conversation_id), "openTicketId" =>
    read_field(open_ticket_id), "processor" => read_field(processor), "scene" =>
    read_field(scene), "sceneContext" => read_field(scene_context), "stage" =>
    read_field(stage), "takers" => read_field(takers), "template" =>
    read_field(template), "title" => read_field(title), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTicketResponseBody { "createTime" => optional(create_time), "creator" =>
    optional(creator), "customFields" => optional(custom_fields), "openConversationId" =>
    optional(open_conversation_id), "openTicketId" => optional(open_ticket_id),
    "processor" => optional(processor), "scene" => optional(scene), "sceneContext" =>
    optional(scene_context), "stage" => optional(stage), "takers" => optional(takers),
    "template" => optional(template), "title" => optional(title), "updateTime" =>
    optional(update_time) }
}
/// `GetWordCloudResponseBody`: the same model as [`GetNegativeWordCloudResponseBody`].
pub type GetWordCloudResponseBody = GetNegativeWordCloudResponseBody;
/// `GroupStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GroupStatisticsResponseBody { "groupCount" => read_field(group_count), "groupTrend"
    => read_field(group_trend), "increaseGroupCount" => read_field(increase_group_count),
    "increaseRate" => read_field(increase_rate) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupStatisticsResponseBody { "groupCount" => optional(group_count), "groupTrend" =>
    optional(group_trend), "increaseGroupCount" => optional(increase_group_count),
    "increaseRate" => optional(increase_rate) }
}
/// `IntentionCategoryStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IntentionCategoryStatisticsResponseBody {
    /// `intentionCategoryRecords`.
    pub intention_category_records: Option<
        Vec<IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords>,
    >,
}
rt::impl_deserialize! {
    IntentionCategoryStatisticsResponseBody { "intentionCategoryRecords" =>
    read_field(intention_category_records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IntentionCategoryStatisticsResponseBody { "intentionCategoryRecords" =>
    optional(intention_category_records) }
}
/// `IntentionStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBody {
    /// `intentionStatisticsRecords`.
    pub intention_statistics_records: Option<
        Vec<IntentionStatisticsResponseBodyIntentionStatisticsRecords>,
    >,
    /// `intentionTrend`.
    pub intention_trend: Option<Vec<IntentionStatisticsResponseBodyIntentionTrend>>,
}
rt::impl_deserialize! {
    IntentionStatisticsResponseBody { "intentionStatisticsRecords" =>
    read_field(intention_statistics_records), "intentionTrend" =>
    read_field(intention_trend) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IntentionStatisticsResponseBody { "intentionStatisticsRecords" =>
    optional(intention_statistics_records), "intentionTrend" => optional(intention_trend)
    }
}
/// `ListTicketOperateRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBody {
    /// `records`.
    pub records: Option<Vec<ListTicketOperateRecordResponseBodyRecords>>,
}
rt::impl_deserialize! {
    ListTicketOperateRecordResponseBody { "records" => read_field(records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTicketOperateRecordResponseBody { "records" => optional(records) }
}
/// `ListUserTeamsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserTeamsResponseBody {
    /// `teams`.
    pub teams: Option<Vec<ListUserTeamsResponseBodyTeams>>,
}
rt::impl_deserialize! {
    ListUserTeamsResponseBody { "teams" => read_field(teams) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserTeamsResponseBody { "teams" => optional(teams) }
}
/// `QueryActiveUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryActiveUsersResponseBody {
    /// `activeUserInfos`.
    pub active_user_infos: Option<Vec<QueryActiveUsersResponseBodyActiveUserInfos>>,
}
rt::impl_deserialize! {
    QueryActiveUsersResponseBody { "activeUserInfos" => read_field(active_user_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryActiveUsersResponseBody { "activeUserInfos" => optional(active_user_infos) }
}
/// `QueryCrmGroupContactResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCrmGroupContactResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `records`.
    pub records: Option<Vec<QueryCrmGroupContactResponseBodyRecords>>,
}
rt::impl_deserialize! {
    QueryCrmGroupContactResponseBody { "nextToken" => read_field(next_token),
    "openConversationId" => read_field(open_conversation_id), "records" =>
    read_field(records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmGroupContactResponseBody { "nextToken" => optional(next_token),
    "openConversationId" => optional(open_conversation_id), "records" =>
    optional(records) }
}
/// `QueryCustomerCardResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type QueryCustomerCardResponseBody = CloseConversationResponseBody;
/// `QueryCustomerTaskUserDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCustomerTaskUserDetailResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerTaskUserDetailResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `QueryGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupResponseBody { "bizId" => read_field(biz_id), "groupName" =>
    read_field(group_name), "groupUrl" => read_field(group_url), "openConversationId" =>
    read_field(open_conversation_id), "openGroupSetId" => read_field(open_group_set_id),
    "openTeamId" => read_field(open_team_id), "robotCode" => read_field(robot_code),
    "robotName" => read_field(robot_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupResponseBody { "bizId" => optional(biz_id), "groupName" =>
    optional(group_name), "groupUrl" => optional(group_url), "openConversationId" =>
    optional(open_conversation_id), "openGroupSetId" => optional(open_group_set_id),
    "openTeamId" => optional(open_team_id), "robotCode" => optional(robot_code),
    "robotName" => optional(robot_name) }
}
/// `QueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBody {
    /// `result`.
    pub result: Option<QueryGroupMemberResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryGroupMemberResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryGroupSetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupSetResponseBody {
    /// `records`.
    pub records: Option<Vec<QueryGroupSetResponseBodyRecords>>,
}
rt::impl_deserialize! {
    QueryGroupSetResponseBody { "records" => read_field(records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupSetResponseBody { "records" => optional(records) }
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
rt::impl_serialize! {
    QueryInstancesByMultiConditionsRequestSortFields { "fieldCode" =>
    optional(field_code), "sortBy" => optional(sort_by) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInstancesByMultiConditionsRequestSortFields { "fieldCode" =>
    read_field(field_code), "sortBy" => read_field(sort_by) }
}
/// `QueryInstancesByMultiConditionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryInstancesByMultiConditionsResponseBody { "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "records" =>
    read_field(records), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancesByMultiConditionsResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `QuerySendMsgTaskStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `QuerySendMsgTaskStatisticsDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsDetailResponseBody { "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "records" =>
    read_field(records), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsDetailResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `QueryServiceGroupMessageReadStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryServiceGroupMessageReadStatusResponseBody { "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "records" =>
    read_field(records), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceGroupMessageReadStatusResponseBody { "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "records" =>
    optional(records), "totalCount" => optional(total_count) }
}
/// `QueueNotifyResponseBody`: the same model as [`CloseConversationResponseBody`].
pub type QueueNotifyResponseBody = CloseConversationResponseBody;
/// `RemoveContactFromOrgResponseBody`: the same model as [`AddContactMemberToGroupResponseBody`].
pub type RemoveContactFromOrgResponseBody = AddContactMemberToGroupResponseBody;
/// `ReportCustomerDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ReportCustomerDetailResponseBody { "currentPage" => read_field(current_page),
    "pageSize" => read_field(page_size), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReportCustomerDetailResponseBody { "currentPage" => optional(current_page),
    "pageSize" => optional(page_size), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `ReportCustomerStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ReportCustomerStatisticsResponseBody { "currentPage" => read_field(current_page),
    "pageSize" => read_field(page_size), "records" => read_field(records), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReportCustomerStatisticsResponseBody { "currentPage" => optional(current_page),
    "pageSize" => optional(page_size), "records" => optional(records), "totalCount" =>
    optional(total_count) }
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
rt::impl_serialize! {
    ResubmitTicketRequestSceneContext { "groupMsgs" => optional(group_msgs),
    "openConversationId" => optional(open_conversation_id), "relevantorUnionIds" =>
    optional(relevantor_union_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ResubmitTicketRequestSceneContext { "groupMsgs" => read_field(group_msgs),
    "openConversationId" => read_field(open_conversation_id), "relevantorUnionIds" =>
    read_field(relevantor_union_ids) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveFormInstanceResponseBody {
    /// `openContactId`.
    pub open_contact_id: Option<String>,
    /// `openCustomerId`.
    pub open_customer_id: Option<String>,
}
rt::impl_deserialize! {
    SaveFormInstanceResponseBody { "openContactId" => read_field(open_contact_id),
    "openCustomerId" => read_field(open_customer_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveFormInstanceResponseBody { "openContactId" => optional(open_contact_id),
    "openCustomerId" => optional(open_customer_id) }
}
/// `SearchGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchGroupResponseBody { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "records" => read_field(records), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchGroupResponseBody { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "records" => optional(records), "totalCount" =>
    optional(total_count) }
}
/// `SendMsgByTaskRequestMessageContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMsgByTaskRequestMessageContent`], each named where it is set: `SendMsgByTaskRequestMessageContent::new(SendMsgByTaskRequestMessageContentRequired { .. })`.
pub struct SendMsgByTaskRequestMessageContentRequired {
    /// `messageType`: see [`SendMsgByTaskRequestMessageContent::message_type`].
    pub message_type: String,
}
impl SendMsgByTaskRequestMessageContent {
    /// A `SendMsgByTaskRequestMessageContent` with its required fields (`messageType`); set the others with the methods named after them.
    pub fn new(required: SendMsgByTaskRequestMessageContentRequired) -> Self {
        let SendMsgByTaskRequestMessageContentRequired { message_type } = required;
        Self {
            at_active_member_num: None,
            at_active_user: None,
            at_all: None,
            btns: None,
            content: None,
            images: None,
            message_type,
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
rt::impl_serialize! {
    SendMsgByTaskRequestMessageContent { "atActiveMemberNum" =>
    optional(at_active_member_num), "atActiveUser" => optional(at_active_user), "atAll"
    => optional(at_all), "btns" => optional(btns), "content" => optional(content),
    "images" => optional(images), "messageType" => field(message_type), "remind" =>
    optional(remind), "title" => optional(title), "top" => optional(top) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgByTaskRequestMessageContent { "atActiveMemberNum" =>
    read_field(at_active_member_num), "atActiveUser" => read_field(at_active_user),
    "atAll" => read_field(at_all), "btns" => read_field(btns), "content" =>
    read_field(content), "images" => read_field(images), "messageType" =>
    read_field(message_type), "remind" => read_field(remind), "title" =>
    read_field(title), "top" => read_field(top) }
}
/// `SendMsgByTaskRequestQueryGroup`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMsgByTaskRequestQueryGroup`], each named where it is set: `SendMsgByTaskRequestQueryGroup::new(SendMsgByTaskRequestQueryGroupRequired { .. })`.
pub struct SendMsgByTaskRequestQueryGroupRequired {
    /// `queryType`: see [`SendMsgByTaskRequestQueryGroup::query_type`].
    pub query_type: String,
}
impl SendMsgByTaskRequestQueryGroup {
    /// A `SendMsgByTaskRequestQueryGroup` with its required fields (`queryType`); set the others with the methods named after them.
    pub fn new(required: SendMsgByTaskRequestQueryGroupRequired) -> Self {
        let SendMsgByTaskRequestQueryGroupRequired { query_type } = required;
        Self {
            group_tag_names: None,
            last_active_date_filter_type: None,
            last_active_time_end: None,
            last_active_time_start: None,
            open_conversation_ids: None,
            open_group_set_id: None,
            query_type,
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
rt::impl_serialize! {
    SendMsgByTaskRequestQueryGroup { "groupTagNames" => optional(group_tag_names),
    "lastActiveDateFilterType" => optional(last_active_date_filter_type),
    "lastActiveTimeEnd" => optional(last_active_time_end), "lastActiveTimeStart" =>
    optional(last_active_time_start), "openConversationIds" =>
    optional(open_conversation_ids), "openGroupSetId" => optional(open_group_set_id),
    "queryType" => field(query_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgByTaskRequestQueryGroup { "groupTagNames" => read_field(group_tag_names),
    "lastActiveDateFilterType" => read_field(last_active_date_filter_type),
    "lastActiveTimeEnd" => read_field(last_active_time_end), "lastActiveTimeStart" =>
    read_field(last_active_time_start), "openConversationIds" =>
    read_field(open_conversation_ids), "openGroupSetId" => read_field(open_group_set_id),
    "queryType" => read_field(query_type) }
}
/// `SendMsgByTaskRequestSendConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMsgByTaskRequestSendConfig`], each named where it is set: `SendMsgByTaskRequestSendConfig::new(SendMsgByTaskRequestSendConfigRequired { .. })`.
pub struct SendMsgByTaskRequestSendConfigRequired {
    /// `sendType`: see [`SendMsgByTaskRequestSendConfig::send_type`].
    pub send_type: String,
}
impl SendMsgByTaskRequestSendConfig {
    /// A `SendMsgByTaskRequestSendConfig` with its required fields (`sendType`); set the others with the methods named after them.
    pub fn new(required: SendMsgByTaskRequestSendConfigRequired) -> Self {
        let SendMsgByTaskRequestSendConfigRequired { send_type } = required;
        Self {
            need_url_track: None,
            send_time: None,
            send_type,
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
rt::impl_serialize! {
    SendMsgByTaskRequestSendConfig { "needUrlTrack" => optional(need_url_track),
    "sendTime" => optional(send_time), "sendType" => field(send_type), "urlTrackConfig"
    => optional(url_track_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgByTaskRequestSendConfig { "needUrlTrack" => read_field(need_url_track),
    "sendTime" => read_field(send_time), "sendType" => read_field(send_type),
    "urlTrackConfig" => read_field(url_track_config) }
}
/// `SendMsgByTaskResponseBody`: the same model as [`CustomerSendMsgTaskResponseBody`].
pub type SendMsgByTaskResponseBody = CustomerSendMsgTaskResponseBody;
/// `SendMsgByTaskSupportInviteJoinOrgRequestMessageContent`: the same model as [`CustomerSendMsgTaskRequestMessageContent`].
pub type SendMsgByTaskSupportInviteJoinOrgRequestMessageContent = CustomerSendMsgTaskRequestMessageContent;
/// The required fields of [`SendMsgByTaskSupportInviteJoinOrgRequestMessageContent`].
pub type SendMsgByTaskSupportInviteJoinOrgRequestMessageContentRequired = CustomerSendMsgTaskRequestMessageContentRequired;
/// `SendMsgByTaskSupportInviteJoinOrgResponseBody`: the same model as [`CustomerSendMsgTaskResponseBody`].
pub type SendMsgByTaskSupportInviteJoinOrgResponseBody = CustomerSendMsgTaskResponseBody;
/// `SendServiceGroupMessageRequestBtns`, a model several operations share: also named [`CustomerSendMsgTaskRequestMessageContentBtns`], [`SendMsgByTaskRequestMessageContentBtns`], [`SendMsgByTaskSupportInviteJoinOrgRequestMessageContentBtns`].
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
rt::impl_serialize! {
    SendServiceGroupMessageRequestBtns { "actionURL" => optional(action_url), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendServiceGroupMessageRequestBtns { "actionURL" => read_field(action_url), "title"
    => read_field(title) }
}
/// `SendServiceGroupMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendServiceGroupMessageResponseBody {
    /// `openMsgTaskId`.
    pub open_msg_task_id: Option<String>,
}
rt::impl_deserialize! {
    SendServiceGroupMessageResponseBody { "openMsgTaskId" => read_field(open_msg_task_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendServiceGroupMessageResponseBody { "openMsgTaskId" => optional(open_msg_task_id) }
}
/// `SetRobotConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetRobotConfigResponseBody {
    /// `result`.
    pub result: Option<SetRobotConfigResponseBodyResult>,
}
rt::impl_deserialize! {
    SetRobotConfigResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetRobotConfigResponseBody { "result" => optional(result) }
}
/// `TopicStatisticsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TopicStatisticsResponseBody {
    /// `topicStatisticsRecords`.
    pub topic_statistics_records: Option<
        Vec<TopicStatisticsResponseBodyTopicStatisticsRecords>,
    >,
}
rt::impl_deserialize! {
    TopicStatisticsResponseBody { "topicStatisticsRecords" =>
    read_field(topic_statistics_records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TopicStatisticsResponseBody { "topicStatisticsRecords" =>
    optional(topic_statistics_records) }
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
/// The required fields of [`UpdateTicketRequestTicketMemo`].
pub type UpdateTicketRequestTicketMemoRequired = AddTicketMemoRequestTicketMemoRequired;
/// `UrgeTicketRequestTicketMemo`: the same model as [`AddTicketMemoRequestTicketMemo`].
pub type UrgeTicketRequestTicketMemo = AddTicketMemoRequestTicketMemo;
/// The required fields of [`UrgeTicketRequestTicketMemo`].
pub type UrgeTicketRequestTicketMemoRequired = AddTicketMemoRequestTicketMemoRequired;
/// `AddOpenCategoryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenCategoryResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenCategoryResponseBodyResult { "id" => read_field(id), "message" =>
    read_field(message), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenCategoryResponseBodyResult { "id" => optional(id), "message" =>
    optional(message), "success" => optional(success) }
}
/// `AddOpenKnowledgeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenKnowledgeResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenKnowledgeResponseBodyResult { "id" => read_field(id), "message" =>
    read_field(message), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenKnowledgeResponseBodyResult { "id" => optional(id), "message" =>
    optional(message), "success" => optional(success) }
}
/// `AddOpenLibraryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOpenLibraryResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOpenLibraryResponseBodyResult { "id" => read_field(id), "message" =>
    read_field(message), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOpenLibraryResponseBodyResult { "id" => optional(id), "message" =>
    optional(message), "success" => optional(success) }
}
/// `AddTicketMemoRequestTicketMemoAttachments`, a model several operations share: also named [`AssignTicketRequestTicketMemoAttachments`], [`CancelTicketRequestTicketMemoAttachments`], [`FinishTicketRequestTicketMemoAttachments`], [`ResubmitTicketRequestTicketMemoAttachments`], [`RetractTicketRequestTicketMemoAttachments`], [`TransferTicketRequestTicketMemoAttachments`], [`UpdateTicketRequestTicketMemoAttachments`], [`UrgeTicketRequestTicketMemoAttachments`].
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
rt::impl_serialize! {
    AddTicketMemoRequestTicketMemoAttachments { "fileName" => optional(file_name), "key"
    => optional(key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTicketMemoRequestTicketMemoAttachments { "fileName" => read_field(file_name),
    "key" => read_field(key) }
}
/// `AssignTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type AssignTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `BatchGetGroupSetConfigResponseBodyGroupSetConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigResponseBodyGroupSetConfigs {
    /// `configKey`.
    pub config_key: Option<String>,
    /// `configValue`.
    pub config_value: Option<String>,
}
rt::impl_deserialize! {
    BatchGetGroupSetConfigResponseBodyGroupSetConfigs { "configKey" =>
    read_field(config_key), "configValue" => read_field(config_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetGroupSetConfigResponseBodyGroupSetConfigs { "configKey" =>
    optional(config_key), "configValue" => optional(config_value) }
}
/// `BatchQueryCustomerSendTaskResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryCustomerSendTaskResponseBodyRecords { "createName" =>
    read_field(create_name), "createTimeStr" => read_field(create_time_str),
    "createUnionId" => read_field(create_union_id), "openBatchTaskId" =>
    read_field(open_batch_task_id), "readCustomerInc" => read_field(read_customer_inc),
    "readUserInc" => read_field(read_user_inc), "sendCustomerInc" =>
    read_field(send_customer_inc), "sendMessageStatus" =>
    read_field(send_message_status), "sendTaskTimeStr" => read_field(send_task_time_str),
    "sendUserInc" => read_field(send_user_inc), "taskName" => read_field(task_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryCustomerSendTaskResponseBodyRecords { "createName" =>
    optional(create_name), "createTimeStr" => optional(create_time_str), "createUnionId"
    => optional(create_union_id), "openBatchTaskId" => optional(open_batch_task_id),
    "readCustomerInc" => optional(read_customer_inc), "readUserInc" =>
    optional(read_user_inc), "sendCustomerInc" => optional(send_customer_inc),
    "sendMessageStatus" => optional(send_message_status), "sendTaskTimeStr" =>
    optional(send_task_time_str), "sendUserInc" => optional(send_user_inc), "taskName" =>
    optional(task_name) }
}
/// `BatchQueryGroupMemberResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryGroupMemberResponseBodyRecords { "innerStaff" => read_field(inner_staff),
    "nickName" => read_field(nick_name), "owner" => read_field(owner), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryGroupMemberResponseBodyRecords { "innerStaff" => optional(inner_staff),
    "nickName" => optional(nick_name), "owner" => optional(owner), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `BatchQuerySendMessageTaskResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQuerySendMessageTaskResponseBodyRecords { "createName" =>
    read_field(create_name), "createTimeStr" => read_field(create_time_str),
    "createUnionId" => read_field(create_union_id), "openBatchTaskId" =>
    read_field(open_batch_task_id), "readGroupInc" => read_field(read_group_inc),
    "sendGroupInc" => read_field(send_group_inc), "sendMessageStatus" =>
    read_field(send_message_status), "sendTaskTimeStr" => read_field(send_task_time_str),
    "taskName" => read_field(task_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQuerySendMessageTaskResponseBodyRecords { "createName" => optional(create_name),
    "createTimeStr" => optional(create_time_str), "createUnionId" =>
    optional(create_union_id), "openBatchTaskId" => optional(open_batch_task_id),
    "readGroupInc" => optional(read_group_inc), "sendGroupInc" =>
    optional(send_group_inc), "sendMessageStatus" => optional(send_message_status),
    "sendTaskTimeStr" => optional(send_task_time_str), "taskName" => optional(task_name)
    }
}
/// `CancelTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type CancelTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `CategoryStatisticsResponseBodyCategoryStatisticsRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBodyCategoryStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `lastCount`.
    pub last_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    CategoryStatisticsResponseBodyCategoryStatisticsRecords { "count" =>
    read_field(count), "lastCount" => read_field(last_count), "name" => read_field(name)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoryStatisticsResponseBodyCategoryStatisticsRecords { "count" => optional(count),
    "lastCount" => optional(last_count), "name" => optional(name) }
}
/// `CategoryStatisticsResponseBodyCategoryTrend`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoryStatisticsResponseBodyCategoryTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    CategoryStatisticsResponseBodyCategoryTrend { "count" => read_field(count), "dt" =>
    read_field(dt), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoryStatisticsResponseBodyCategoryTrend { "count" => optional(count), "dt" =>
    optional(dt), "name" => optional(name) }
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
rt::impl_serialize! {
    CreateTicketRequestSceneContextGroupMsgs { "anchor" => optional(anchor), "openMsgId"
    => optional(open_msg_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequestSceneContextGroupMsgs { "anchor" => read_field(anchor),
    "openMsgId" => read_field(open_msg_id) }
}
/// `CustomerSendMsgTaskRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type CustomerSendMsgTaskRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `CustomerSendMsgTaskRequestSendConfigUrlTrackConfig`, a model several operations share: also named [`SendMsgByTaskRequestSendConfigUrlTrackConfig`].
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
rt::impl_serialize! {
    CustomerSendMsgTaskRequestSendConfigUrlTrackConfig { "title" => optional(title),
    "trackId" => optional(track_id), "trackUrl" => optional(track_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomerSendMsgTaskRequestSendConfigUrlTrackConfig { "title" => read_field(title),
    "trackId" => read_field(track_id), "trackUrl" => read_field(track_url) }
}
/// `EmotionStatisticsResponseBodyEmotionStatisticsRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EmotionStatisticsResponseBodyEmotionStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `emotionScore`.
    pub emotion_score: Option<f64>,
}
rt::impl_deserialize! {
    EmotionStatisticsResponseBodyEmotionStatisticsRecords { "count" => read_field(count),
    "dt" => read_field(dt), "emotionScore" => read_field(emotion_score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EmotionStatisticsResponseBodyEmotionStatisticsRecords { "count" => optional(count),
    "dt" => optional(dt), "emotionScore" => optional(emotion_score) }
}
/// `FinishTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type FinishTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `GetAuthTokenResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAuthTokenResponseBodyResult { "authToken" => read_field(auth_token), "channel" =>
    read_field(channel), "effectiveTime" => read_field(effective_time), "serverId" =>
    read_field(server_id), "serverName" => read_field(server_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAuthTokenResponseBodyResult { "authToken" => optional(auth_token), "channel" =>
    optional(channel), "effectiveTime" => optional(effective_time), "serverId" =>
    optional(server_id), "serverName" => optional(server_name) }
}
/// `GetInstancesByIdsResponseBodyCustomFormInstanceResponseList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetInstancesByIdsResponseBodyCustomFormInstanceResponseList { "creatorUnionId" =>
    read_field(creator_union_id), "fields" => read_field(fields), "formCode" =>
    read_field(form_code), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "modifiedUnionId" => read_field(modified_union_id),
    "openDataInstanceId" => read_field(open_data_instance_id), "openTeamId" =>
    read_field(open_team_id), "ownerUnionId" => read_field(owner_union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInstancesByIdsResponseBodyCustomFormInstanceResponseList { "creatorUnionId" =>
    optional(creator_union_id), "fields" => optional(fields), "formCode" =>
    optional(form_code), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "modifiedUnionId" => optional(modified_union_id),
    "openDataInstanceId" => optional(open_data_instance_id), "openTeamId" =>
    optional(open_team_id), "ownerUnionId" => optional(owner_union_id) }
}
/// `GetNegativeWordCloudResponseBodyWords`, a model several operations share: also named [`GetWordCloudResponseBodyWords`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNegativeWordCloudResponseBodyWords {
    /// `count`.
    pub count: Option<i64>,
    /// `word`.
    pub word: Option<String>,
}
rt::impl_deserialize! {
    GetNegativeWordCloudResponseBodyWords { "count" => read_field(count), "word" =>
    read_field(word) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNegativeWordCloudResponseBodyWords { "count" => optional(count), "word" =>
    optional(word) }
}
/// `GetTicketResponseBodyCreator`, a model several operations share: also named [`GetTicketResponseBodyProcessor`], [`GetTicketResponseBodyTakers`], [`ListTicketOperateRecordResponseBodyRecordsOperator`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTicketResponseBodyCreator {
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetTicketResponseBodyCreator { "nickName" => read_field(nick_name), "unionId" =>
    read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTicketResponseBodyCreator { "nickName" => optional(nick_name), "unionId" =>
    optional(union_id) }
}
/// `GetTicketResponseBodyProcessor`: the same model as [`GetTicketResponseBodyCreator`].
pub type GetTicketResponseBodyProcessor = GetTicketResponseBodyCreator;
/// `GetTicketResponseBodyTakers`: the same model as [`GetTicketResponseBodyCreator`].
pub type GetTicketResponseBodyTakers = GetTicketResponseBodyCreator;
/// `GetTicketResponseBodyTemplate`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTicketResponseBodyTemplate {
    /// `openTemplateBizId`.
    pub open_template_biz_id: Option<String>,
    /// `openTemplateId`.
    pub open_template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
}
rt::impl_deserialize! {
    GetTicketResponseBodyTemplate { "openTemplateBizId" =>
    read_field(open_template_biz_id), "openTemplateId" => read_field(open_template_id),
    "templateName" => read_field(template_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTicketResponseBodyTemplate { "openTemplateBizId" =>
    optional(open_template_biz_id), "openTemplateId" => optional(open_template_id),
    "templateName" => optional(template_name) }
}
/// `GetWordCloudResponseBodyWords`: the same model as [`GetNegativeWordCloudResponseBodyWords`].
pub type GetWordCloudResponseBodyWords = GetNegativeWordCloudResponseBodyWords;
/// `GroupStatisticsResponseBodyGroupTrend`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupStatisticsResponseBodyGroupTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
}
rt::impl_deserialize! {
    GroupStatisticsResponseBodyGroupTrend { "count" => read_field(count), "dt" =>
    read_field(dt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupStatisticsResponseBodyGroupTrend { "count" => optional(count), "dt" =>
    optional(dt) }
}
/// `IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords { "askCount" =>
    read_field(ask_count), "categoryName" => read_field(category_name),
    "dissatisfiedCount" => read_field(dissatisfied_count), "errorCount" =>
    read_field(error_count), "praiseCount" => read_field(praise_count), "suggestCount" =>
    read_field(suggest_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IntentionCategoryStatisticsResponseBodyIntentionCategoryRecords { "askCount" =>
    optional(ask_count), "categoryName" => optional(category_name), "dissatisfiedCount"
    => optional(dissatisfied_count), "errorCount" => optional(error_count), "praiseCount"
    => optional(praise_count), "suggestCount" => optional(suggest_count) }
}
/// `IntentionStatisticsResponseBodyIntentionStatisticsRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBodyIntentionStatisticsRecords {
    /// `count`.
    pub count: Option<i64>,
    /// `intention`.
    pub intention: Option<String>,
    /// `lastCount`.
    pub last_count: Option<i64>,
}
rt::impl_deserialize! {
    IntentionStatisticsResponseBodyIntentionStatisticsRecords { "count" =>
    read_field(count), "intention" => read_field(intention), "lastCount" =>
    read_field(last_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IntentionStatisticsResponseBodyIntentionStatisticsRecords { "count" =>
    optional(count), "intention" => optional(intention), "lastCount" =>
    optional(last_count) }
}
/// `IntentionStatisticsResponseBodyIntentionTrend`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IntentionStatisticsResponseBodyIntentionTrend {
    /// `count`.
    pub count: Option<i64>,
    /// `dt`.
    pub dt: Option<String>,
    /// `intention`.
    pub intention: Option<String>,
}
rt::impl_deserialize! {
    IntentionStatisticsResponseBodyIntentionTrend { "count" => read_field(count), "dt" =>
    read_field(dt), "intention" => read_field(intention) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IntentionStatisticsResponseBodyIntentionTrend { "count" => optional(count), "dt" =>
    optional(dt), "intention" => optional(intention) }
}
/// `ListTicketOperateRecordResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListTicketOperateRecordResponseBodyRecords { "openTicketId" =>
    read_field(open_ticket_id), "operateData" => read_field(operate_data), "operateTime"
    => read_field(operate_time), "operation" => read_field(operation),
    "operationDisplayName" => read_field(operation_display_name), "operator" =>
    read_field(operator), "ticketMemo" => read_field(ticket_memo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTicketOperateRecordResponseBodyRecords { "openTicketId" =>
    optional(open_ticket_id), "operateData" => optional(operate_data), "operateTime" =>
    optional(operate_time), "operation" => optional(operation), "operationDisplayName" =>
    optional(operation_display_name), "operator" => optional(operator), "ticketMemo" =>
    optional(ticket_memo) }
}
/// `ListUserTeamsResponseBodyTeams`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserTeamsResponseBodyTeams {
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `teamName`.
    pub team_name: Option<String>,
}
rt::impl_deserialize! {
    ListUserTeamsResponseBodyTeams { "openTeamId" => read_field(open_team_id), "teamName"
    => read_field(team_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserTeamsResponseBodyTeams { "openTeamId" => optional(open_team_id), "teamName"
    => optional(team_name) }
}
/// `QueryActiveUsersResponseBodyActiveUserInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryActiveUsersResponseBodyActiveUserInfos { "actionIndexL14d" =>
    read_field(action_index_l14d), "actionIndexL30d" => read_field(action_index_l30d),
    "actionIndexL7d" => read_field(action_index_l7d), "activeScore" =>
    read_field(active_score), "nickName" => read_field(nick_name), "ranking" =>
    read_field(ranking), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryActiveUsersResponseBodyActiveUserInfos { "actionIndexL14d" =>
    optional(action_index_l14d), "actionIndexL30d" => optional(action_index_l30d),
    "actionIndexL7d" => optional(action_index_l7d), "activeScore" =>
    optional(active_score), "nickName" => optional(nick_name), "ranking" =>
    optional(ranking), "unionId" => optional(union_id) }
}
/// `QueryCrmGroupContactResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCrmGroupContactResponseBodyRecords { "contactData" => read_field(contact_data),
    "memberUnionId" => read_field(member_union_id), "nickName" => read_field(nick_name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCrmGroupContactResponseBodyRecords { "contactData" => optional(contact_data),
    "memberUnionId" => optional(member_union_id), "nickName" => optional(nick_name),
    "userId" => optional(user_id) }
}
/// `QueryCustomerTaskUserDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCustomerTaskUserDetailResponseBodyRecords { "customerNames" =>
    read_field(customer_names), "errorCode" => read_field(error_code), "errorDetail" =>
    read_field(error_detail), "eventTrackResponses" => read_field(event_track_responses),
    "openBatchTaskId" => read_field(open_batch_task_id), "readStatus" =>
    read_field(read_status), "readTime" => read_field(read_time), "receiverName" =>
    read_field(receiver_name), "receiverUnionId" => read_field(receiver_union_id),
    "sendTime" => read_field(send_time), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerTaskUserDetailResponseBodyRecords { "customerNames" =>
    optional(customer_names), "errorCode" => optional(error_code), "errorDetail" =>
    optional(error_detail), "eventTrackResponses" => optional(event_track_responses),
    "openBatchTaskId" => optional(open_batch_task_id), "readStatus" =>
    optional(read_status), "readTime" => optional(read_time), "receiverName" =>
    optional(receiver_name), "receiverUnionId" => optional(receiver_union_id), "sendTime"
    => optional(send_time), "status" => optional(status) }
}
/// `QueryGroupMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBodyResult {
    /// `groupMemberList`.
    pub group_member_list: Option<
        Vec<QueryGroupMemberResponseBodyResultGroupMemberList>,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    QueryGroupMemberResponseBodyResult { "groupMemberList" =>
    read_field(group_member_list), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberResponseBodyResult { "groupMemberList" =>
    optional(group_member_list), "openConversationId" => optional(open_conversation_id) }
}
/// `QueryGroupSetResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupSetResponseBodyRecords { "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "groupSetName" =>
    read_field(group_set_name), "openGroupSetId" => read_field(open_group_set_id),
    "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupSetResponseBodyRecords { "gmtCreate" => optional(gmt_create), "gmtModified"
    => optional(gmt_modified), "groupSetName" => optional(group_set_name),
    "openGroupSetId" => optional(open_group_set_id), "templateId" =>
    optional(template_id) }
}
/// `QueryInstancesByMultiConditionsResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryInstancesByMultiConditionsResponseBodyRecords { "creatorUnionId" =>
    read_field(creator_union_id), "fields" => read_field(fields), "formCode" =>
    read_field(form_code), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "modifiedUnionId" => read_field(modified_union_id),
    "openDataInstanceId" => read_field(open_data_instance_id), "openTeamId" =>
    read_field(open_team_id), "ownerUnionId" => read_field(owner_union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInstancesByMultiConditionsResponseBodyRecords { "creatorUnionId" =>
    optional(creator_union_id), "fields" => optional(fields), "formCode" =>
    optional(form_code), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "modifiedUnionId" => optional(modified_union_id),
    "openDataInstanceId" => optional(open_data_instance_id), "openTeamId" =>
    optional(open_team_id), "ownerUnionId" => optional(owner_union_id) }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecords { "errorDetail" =>
    read_field(error_detail), "group" => read_field(group), "groupUserReadStatistics" =>
    read_field(group_user_read_statistics), "openMsgId" => read_field(open_msg_id),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecords { "errorDetail" =>
    optional(error_detail), "group" => optional(group), "groupUserReadStatistics" =>
    optional(group_user_read_statistics), "openMsgId" => optional(open_msg_id), "status"
    => optional(status) }
}
/// `QuerySendMsgTaskStatisticsDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsDetailResponseBodyRecords { "openBatchTaskId" =>
    read_field(open_batch_task_id), "openConversationId" =>
    read_field(open_conversation_id), "readStatus" => read_field(read_status),
    "readTimeStr" => read_field(read_time_str), "receiverName" =>
    read_field(receiver_name), "receiverUnionId" => read_field(receiver_union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsDetailResponseBodyRecords { "openBatchTaskId" =>
    optional(open_batch_task_id), "openConversationId" => optional(open_conversation_id),
    "readStatus" => optional(read_status), "readTimeStr" => optional(read_time_str),
    "receiverName" => optional(receiver_name), "receiverUnionId" =>
    optional(receiver_union_id) }
}
/// `QueryServiceGroupMessageReadStatusResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryServiceGroupMessageReadStatusResponseBodyRecords { "readStatus" =>
    read_field(read_status), "readTimeStr" => read_field(read_time_str),
    "receiverDingTalkId" => read_field(receiver_ding_talk_id), "receiverName" =>
    read_field(receiver_name), "receiverUnionId" => read_field(receiver_union_id),
    "receiverUserId" => read_field(receiver_user_id), "sendTimeStr" =>
    read_field(send_time_str) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceGroupMessageReadStatusResponseBodyRecords { "readStatus" =>
    optional(read_status), "readTimeStr" => optional(read_time_str), "receiverDingTalkId"
    => optional(receiver_ding_talk_id), "receiverName" => optional(receiver_name),
    "receiverUnionId" => optional(receiver_union_id), "receiverUserId" =>
    optional(receiver_user_id), "sendTimeStr" => optional(send_time_str) }
}
/// `ReportCustomerDetailResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ReportCustomerDetailResponseBodyRecords { "atRobotCnt" => read_field(at_robot_cnt),
    "customerName" => read_field(customer_name), "groupName" => read_field(group_name),
    "hasLogin" => read_field(has_login), "hasOpenConv" => read_field(has_open_conv),
    "sendMsgCnt" => read_field(send_msg_cnt), "unionId" => read_field(union_id), "userId"
    => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReportCustomerDetailResponseBodyRecords { "atRobotCnt" => optional(at_robot_cnt),
    "customerName" => optional(customer_name), "groupName" => optional(group_name),
    "hasLogin" => optional(has_login), "hasOpenConv" => optional(has_open_conv),
    "sendMsgCnt" => optional(send_msg_cnt), "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `ReportCustomerStatisticsResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ReportCustomerStatisticsResponseBodyRecords { "atRobotCnt" =>
    read_field(at_robot_cnt), "bizId" => read_field(biz_id), "customerCnt" =>
    read_field(customer_cnt), "groupName" => read_field(group_name), "groupSetName" =>
    read_field(group_set_name), "loginCnt" => read_field(login_cnt), "openConvCnt" =>
    read_field(open_conv_cnt), "openConversationId" => read_field(open_conversation_id),
    "openGroupSetId" => read_field(open_group_set_id), "sendMsgCnt" =>
    read_field(send_msg_cnt), "senderCnt" => read_field(sender_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ReportCustomerStatisticsResponseBodyRecords { "atRobotCnt" => optional(at_robot_cnt),
    "bizId" => optional(biz_id), "customerCnt" => optional(customer_cnt), "groupName" =>
    optional(group_name), "groupSetName" => optional(group_set_name), "loginCnt" =>
    optional(login_cnt), "openConvCnt" => optional(open_conv_cnt), "openConversationId"
    => optional(open_conversation_id), "openGroupSetId" => optional(open_group_set_id),
    "sendMsgCnt" => optional(send_msg_cnt), "senderCnt" => optional(sender_cnt) }
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
rt::impl_serialize! {
    ResubmitTicketRequestSceneContextGroupMsgs { "anchor" => optional(anchor),
    "openMsgId" => optional(open_msg_id), "topicId" => optional(topic_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ResubmitTicketRequestSceneContextGroupMsgs { "anchor" => read_field(anchor),
    "openMsgId" => read_field(open_msg_id), "topicId" => read_field(topic_id) }
}
/// `ResubmitTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type ResubmitTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `RetractTicketRequestTicketMemoAttachments`: the same model as [`AddTicketMemoRequestTicketMemoAttachments`].
pub type RetractTicketRequestTicketMemoAttachments = AddTicketMemoRequestTicketMemoAttachments;
/// `SearchGroupResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchGroupResponseBodyRecords { "groupName" => read_field(group_name), "groupUrl" =>
    read_field(group_url), "openConversationId" => read_field(open_conversation_id),
    "openGroupSetId" => read_field(open_group_set_id), "openTeamId" =>
    read_field(open_team_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchGroupResponseBodyRecords { "groupName" => optional(group_name), "groupUrl" =>
    optional(group_url), "openConversationId" => optional(open_conversation_id),
    "openGroupSetId" => optional(open_group_set_id), "openTeamId" =>
    optional(open_team_id) }
}
/// `SendMsgByTaskRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type SendMsgByTaskRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `SendMsgByTaskRequestSendConfigUrlTrackConfig`: the same model as [`CustomerSendMsgTaskRequestSendConfigUrlTrackConfig`].
pub type SendMsgByTaskRequestSendConfigUrlTrackConfig = CustomerSendMsgTaskRequestSendConfigUrlTrackConfig;
/// `SendMsgByTaskSupportInviteJoinOrgRequestMessageContentBtns`: the same model as [`SendServiceGroupMessageRequestBtns`].
pub type SendMsgByTaskSupportInviteJoinOrgRequestMessageContentBtns = SendServiceGroupMessageRequestBtns;
/// `SetRobotConfigResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetRobotConfigResponseBodyResult {
    /// `configKey`.
    pub config_key: Option<String>,
    /// `configValue`.
    pub config_value: Option<String>,
}
rt::impl_deserialize! {
    SetRobotConfigResponseBodyResult { "configKey" => read_field(config_key),
    "configValue" => read_field(config_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetRobotConfigResponseBodyResult { "configKey" => optional(config_key), "configValue"
    => optional(config_value) }
}
/// `TopicStatisticsResponseBodyTopicStatisticsRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    TopicStatisticsResponseBodyTopicStatisticsRecords { "dt" => read_field(dt),
    "msgCount" => read_field(msg_count), "participantsNum" =>
    read_field(participants_num), "topicNum" => read_field(topic_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TopicStatisticsResponseBodyTopicStatisticsRecords { "dt" => optional(dt), "msgCount"
    => optional(msg_count), "participantsNum" => optional(participants_num), "topicNum"
    => optional(topic_num) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBodyRecordsTicketMemo {
    /// `attachments`.
    pub attachments: Option<
        Vec<ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments>,
    >,
    /// `memo`.
    pub memo: Option<String>,
}
rt::impl_deserialize! {
    ListTicketOperateRecordResponseBodyRecordsTicketMemo { "attachments" =>
    read_field(attachments), "memo" => read_field(memo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTicketOperateRecordResponseBodyRecordsTicketMemo { "attachments" =>
    optional(attachments), "memo" => optional(memo) }
}
/// `QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses { "clickTime" =>
    read_field(click_time), "eventTrackId" => read_field(event_track_id), "onClick" =>
    read_field(on_click), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerTaskUserDetailResponseBodyRecordsEventTrackResponses { "clickTime" =>
    optional(click_time), "eventTrackId" => optional(event_track_id), "onClick" =>
    optional(on_click), "title" => optional(title) }
}
/// `QueryGroupMemberResponseBodyResultGroupMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupMemberResponseBodyResultGroupMemberList { "avatarMediaId" =>
    read_field(avatar_media_id), "isUser" => read_field(is_user), "nickName" =>
    read_field(nick_name), "owner" => read_field(owner), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberResponseBodyResultGroupMemberList { "avatarMediaId" =>
    optional(avatar_media_id), "isUser" => optional(is_user), "nickName" =>
    optional(nick_name), "owner" => optional(owner), "unionId" => optional(union_id),
    "userId" => optional(user_id) }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecordsGroup`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecordsGroup { "bizId" => read_field(biz_id),
    "groupName" => read_field(group_name), "groupSetName" => read_field(group_set_name),
    "openConversationId" => read_field(open_conversation_id), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecordsGroup { "bizId" => optional(biz_id),
    "groupName" => optional(group_name), "groupSetName" => optional(group_set_name),
    "openConversationId" => optional(open_conversation_id), "openGroupSetId" =>
    optional(open_group_set_id), "openTeamId" => optional(open_team_id) }
}
/// `QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    "openBatchTaskId" => read_field(open_batch_task_id), "openConversationId" =>
    read_field(open_conversation_id), "readUserInc" => read_field(read_user_inc),
    "sendUserInc" => read_field(send_user_inc), "unReadUserInc" =>
    read_field(un_read_user_inc) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsResponseBodyRecordsGroupUserReadStatistics {
    "openBatchTaskId" => optional(open_batch_task_id), "openConversationId" =>
    optional(open_conversation_id), "readUserInc" => optional(read_user_inc),
    "sendUserInc" => optional(send_user_inc), "unReadUserInc" =>
    optional(un_read_user_inc) }
}
/// `ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `key`.
    pub key: Option<String>,
}
rt::impl_deserialize! {
    ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments { "fileName" =>
    read_field(file_name), "key" => read_field(key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTicketOperateRecordResponseBodyRecordsTicketMemoAttachments { "fileName" =>
    optional(file_name), "key" => optional(key) }
}
/// The request of [`Api::add_contact_member_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddContactMemberToGroupRequest`], each named where it is set: `AddContactMemberToGroupRequest::new(AddContactMemberToGroupRequired { .. })`.
pub struct AddContactMemberToGroupRequired {
    /// `openConversationId`: see [`AddContactMemberToGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`AddContactMemberToGroupRequest::open_team_id`].
    pub open_team_id: String,
}
impl AddContactMemberToGroupRequest {
    /// A `AddContactMemberToGroupRequest` with its required fields (`openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: AddContactMemberToGroupRequired) -> Self {
        let AddContactMemberToGroupRequired { open_conversation_id, open_team_id } = required;
        Self {
            fission_type: None,
            member_union_id: None,
            member_user_id: None,
            open_conversation_id,
            open_team_id,
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
rt::impl_serialize! {
    AddContactMemberToGroupRequest { "fissionType" => optional(fission_type),
    "memberUnionId" => optional(member_union_id), "memberUserId" =>
    optional(member_user_id), "openConversationId" => field(open_conversation_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddContactMemberToGroupRequest { "fissionType" => read_field(fission_type),
    "memberUnionId" => read_field(member_union_id), "memberUserId" =>
    read_field(member_user_id), "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id) }
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
rt::impl_serialize! {
    AddKnowledgeRequest { "attachmentList" => optional(attachment_list), "content" =>
    optional(content), "effectTimeend" => optional(effect_timeend), "effectTimestart" =>
    optional(effect_timestart), "extTitle" => optional(ext_title), "keyword" =>
    optional(keyword), "libraryKey" => optional(library_key), "linkUrl" =>
    optional(link_url), "openTeamId" => optional(open_team_id), "questionIds" =>
    optional(question_ids), "source" => optional(source), "sourcePrimaryKey" =>
    optional(source_primary_key), "title" => optional(title), "type" => optional(r#type),
    "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddKnowledgeRequest { "attachmentList" => read_field(attachment_list), "content" =>
    read_field(content), "effectTimeend" => read_field(effect_timeend), "effectTimestart"
    => read_field(effect_timestart), "extTitle" => read_field(ext_title), "keyword" =>
    read_field(keyword), "libraryKey" => read_field(library_key), "linkUrl" =>
    read_field(link_url), "openTeamId" => read_field(open_team_id), "questionIds" =>
    read_field(question_ids), "source" => read_field(source), "sourcePrimaryKey" =>
    read_field(source_primary_key), "title" => read_field(title), "type" =>
    read_field(r#type), "version" => read_field(version) }
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
rt::impl_serialize! {
    AddLibraryRequest { "description" => optional(description), "openTeamIds" =>
    optional(open_team_ids), "source" => optional(source), "sourcePrimaryKey" =>
    optional(source_primary_key), "title" => optional(title), "type" => optional(r#type),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLibraryRequest { "description" => read_field(description), "openTeamIds" =>
    read_field(open_team_ids), "source" => read_field(source), "sourcePrimaryKey" =>
    read_field(source_primary_key), "title" => read_field(title), "type" =>
    read_field(r#type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddLibraryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_member_to_service_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddMemberToServiceGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`AddMemberToServiceGroupRequest`], each named where it is set: `AddMemberToServiceGroupRequest::new(AddMemberToServiceGroupRequired { .. })`.
pub struct AddMemberToServiceGroupRequired {
    /// `openConversationId`: see [`AddMemberToServiceGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`AddMemberToServiceGroupRequest::open_team_id`].
    pub open_team_id: String,
    /// `userIds`: see [`AddMemberToServiceGroupRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl AddMemberToServiceGroupRequest {
    /// A `AddMemberToServiceGroupRequest` with its required fields (`openConversationId`, `openTeamId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: AddMemberToServiceGroupRequired) -> Self {
        let AddMemberToServiceGroupRequired {
            open_conversation_id,
            open_team_id,
            user_ids,
        } = required;
        Self {
            open_conversation_id,
            open_team_id,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    AddMemberToServiceGroupRequest { "openConversationId" => field(open_conversation_id),
    "openTeamId" => field(open_team_id), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMemberToServiceGroupRequest { "openConversationId" =>
    read_field(open_conversation_id), "openTeamId" => read_field(open_team_id), "userIds"
    => read_field(user_ids) }
}
impl rt::WriteRequest for AddMemberToServiceGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddOpenCategoryRequest`], each named where it is set: `AddOpenCategoryRequest::new(AddOpenCategoryRequired { .. })`.
pub struct AddOpenCategoryRequired {
    /// `libraryId`: see [`AddOpenCategoryRequest::library_id`].
    pub library_id: i64,
    /// `openTeamId`: see [`AddOpenCategoryRequest::open_team_id`].
    pub open_team_id: String,
    /// `title`: see [`AddOpenCategoryRequest::title`].
    pub title: String,
    /// `userId`: see [`AddOpenCategoryRequest::user_id`].
    pub user_id: String,
    /// `userName`: see [`AddOpenCategoryRequest::user_name`].
    pub user_name: String,
}
impl AddOpenCategoryRequest {
    /// A `AddOpenCategoryRequest` with its required fields (`libraryId`, `openTeamId`, `title`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(required: AddOpenCategoryRequired) -> Self {
        let AddOpenCategoryRequired {
            library_id,
            open_team_id,
            title,
            user_id,
            user_name,
        } = required;
        Self {
            library_id,
            open_team_id,
            parent_id: None,
            title,
            user_id,
            user_name,
        }
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: i64) -> Self {
        self.parent_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddOpenCategoryRequest { "libraryId" => field(library_id), "openTeamId" =>
    field(open_team_id), "parentId" => optional(parent_id), "title" => field(title),
    "userId" => field(user_id), "userName" => field(user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOpenCategoryRequest { "libraryId" => read_field(library_id), "openTeamId" =>
    read_field(open_team_id), "parentId" => read_field(parent_id), "title" =>
    read_field(title), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
impl rt::WriteRequest for AddOpenCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_knowledge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddOpenKnowledgeRequest`], each named where it is set: `AddOpenKnowledgeRequest::new(AddOpenKnowledgeRequired { .. })`.
pub struct AddOpenKnowledgeRequired {
    /// `categoryId`: see [`AddOpenKnowledgeRequest::category_id`].
    pub category_id: i64,
    /// `content`: see [`AddOpenKnowledgeRequest::content`].
    pub content: String,
    /// `extTitle`: see [`AddOpenKnowledgeRequest::ext_title`].
    pub ext_title: String,
    /// `libraryId`: see [`AddOpenKnowledgeRequest::library_id`].
    pub library_id: i64,
    /// `openTeamId`: see [`AddOpenKnowledgeRequest::open_team_id`].
    pub open_team_id: String,
    /// `source`: see [`AddOpenKnowledgeRequest::source`].
    pub source: String,
    /// `title`: see [`AddOpenKnowledgeRequest::title`].
    pub title: String,
    /// `type`: see [`AddOpenKnowledgeRequest::r#type`](AddOpenKnowledgeRequest::type).
    pub r#type: String,
    /// `userId`: see [`AddOpenKnowledgeRequest::user_id`].
    pub user_id: String,
    /// `userName`: see [`AddOpenKnowledgeRequest::user_name`].
    pub user_name: String,
}
impl AddOpenKnowledgeRequest {
    /// A `AddOpenKnowledgeRequest` with its required fields (`categoryId`, `content`, `extTitle`, `libraryId`, `openTeamId`, `source`, `title`, `type`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(required: AddOpenKnowledgeRequired) -> Self {
        let AddOpenKnowledgeRequired {
            category_id,
            content,
            ext_title,
            library_id,
            open_team_id,
            source,
            title,
            r#type,
            user_id,
            user_name,
        } = required;
        Self {
            attachments: None,
            category_id,
            content,
            effect_timeend: None,
            effect_timestart: None,
            ext_title,
            keyword: None,
            library_id,
            open_team_id,
            source,
            tags: None,
            title,
            r#type,
            user_id,
            user_name,
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
rt::impl_serialize! {
    AddOpenKnowledgeRequest { "attachments" => optional(attachments), "categoryId" =>
    field(category_id), "content" => field(content), "effectTimeend" =>
    optional(effect_timeend), "effectTimestart" => optional(effect_timestart), "extTitle"
    => field(ext_title), "keyword" => optional(keyword), "libraryId" =>
    field(library_id), "openTeamId" => field(open_team_id), "source" => field(source),
    "tags" => optional(tags), "title" => field(title), "type" => field(r#type), "userId"
    => field(user_id), "userName" => field(user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOpenKnowledgeRequest { "attachments" => read_field(attachments), "categoryId" =>
    read_field(category_id), "content" => read_field(content), "effectTimeend" =>
    read_field(effect_timeend), "effectTimestart" => read_field(effect_timestart),
    "extTitle" => read_field(ext_title), "keyword" => read_field(keyword), "libraryId" =>
    read_field(library_id), "openTeamId" => read_field(open_team_id), "source" =>
    read_field(source), "tags" => read_field(tags), "title" => read_field(title), "type"
    => read_field(r#type), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
impl rt::WriteRequest for AddOpenKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_open_library`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddOpenLibraryRequest`], each named where it is set: `AddOpenLibraryRequest::new(AddOpenLibraryRequired { .. })`.
pub struct AddOpenLibraryRequired {
    /// `openTeamId`: see [`AddOpenLibraryRequest::open_team_id`].
    pub open_team_id: String,
    /// `source`: see [`AddOpenLibraryRequest::source`].
    pub source: String,
    /// `title`: see [`AddOpenLibraryRequest::title`].
    pub title: String,
    /// `type`: see [`AddOpenLibraryRequest::r#type`](AddOpenLibraryRequest::type).
    pub r#type: String,
    /// `userId`: see [`AddOpenLibraryRequest::user_id`].
    pub user_id: String,
    /// `userName`: see [`AddOpenLibraryRequest::user_name`].
    pub user_name: String,
}
impl AddOpenLibraryRequest {
    /// A `AddOpenLibraryRequest` with its required fields (`openTeamId`, `source`, `title`, `type`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(required: AddOpenLibraryRequired) -> Self {
        let AddOpenLibraryRequired {
            open_team_id,
            source,
            title,
            r#type,
            user_id,
            user_name,
        } = required;
        Self {
            description: None,
            open_team_id,
            source,
            title,
            r#type,
            user_id,
            user_name,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddOpenLibraryRequest { "description" => optional(description), "openTeamId" =>
    field(open_team_id), "source" => field(source), "title" => field(title), "type" =>
    field(r#type), "userId" => field(user_id), "userName" => field(user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOpenLibraryRequest { "description" => read_field(description), "openTeamId" =>
    read_field(open_team_id), "source" => read_field(source), "title" =>
    read_field(title), "type" => read_field(r#type), "userId" => read_field(user_id),
    "userName" => read_field(user_name) }
}
impl rt::WriteRequest for AddOpenLibraryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_ticket_memo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddTicketMemoRequest`], each named where it is set: `AddTicketMemoRequest::new(AddTicketMemoRequired { .. })`.
pub struct AddTicketMemoRequired {
    /// `openTeamId`: see [`AddTicketMemoRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`AddTicketMemoRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `processorUnionId`: see [`AddTicketMemoRequest::processor_union_id`].
    pub processor_union_id: String,
}
impl AddTicketMemoRequest {
    /// A `AddTicketMemoRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`); set the others with the methods named after them.
    pub fn new(required: AddTicketMemoRequired) -> Self {
        let AddTicketMemoRequired { open_team_id, open_ticket_id, processor_union_id } = required;
        Self {
            open_team_id,
            open_ticket_id,
            processor_union_id,
            ticket_memo: None,
        }
    }
    /// Sets `ticketMemo`.
    pub fn ticket_memo(mut self, value: AddTicketMemoRequestTicketMemo) -> Self {
        self.ticket_memo = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddTicketMemoRequest { "openTeamId" => field(open_team_id), "openTicketId" =>
    field(open_ticket_id), "processorUnionId" => field(processor_union_id), "ticketMemo"
    => optional(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTicketMemoRequest { "openTeamId" => read_field(open_team_id), "openTicketId" =>
    read_field(open_ticket_id), "processorUnionId" => read_field(processor_union_id),
    "ticketMemo" => read_field(ticket_memo) }
}
impl rt::WriteRequest for AddTicketMemoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assign_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AssignTicketRequest`], each named where it is set: `AssignTicketRequest::new(AssignTicketRequired { .. })`.
pub struct AssignTicketRequired {
    /// `openTeamId`: see [`AssignTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`AssignTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `operatorUnionId`: see [`AssignTicketRequest::operator_union_id`].
    pub operator_union_id: String,
    /// `processorUnionIds`: see [`AssignTicketRequest::processor_union_ids`].
    pub processor_union_ids: Vec<String>,
}
impl AssignTicketRequest {
    /// A `AssignTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `operatorUnionId`, `processorUnionIds`); set the others with the methods named after them.
    pub fn new(required: AssignTicketRequired) -> Self {
        let AssignTicketRequired {
            open_team_id,
            open_ticket_id,
            operator_union_id,
            processor_union_ids,
        } = required;
        Self {
            notify: None,
            open_team_id,
            open_ticket_id,
            operator_union_id,
            processor_union_ids,
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
rt::impl_serialize! {
    AssignTicketRequest { "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "operatorUnionId" =>
    field(operator_union_id), "processorUnionIds" => field(processor_union_ids),
    "ticketMemo" => optional(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssignTicketRequest { "notify" => read_field(notify), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "operatorUnionId" => read_field(operator_union_id), "processorUnionIds" =>
    read_field(processor_union_ids), "ticketMemo" => read_field(ticket_memo) }
}
impl rt::WriteRequest for AssignTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_binding_group_biz_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchBindingGroupBizIdsRequest {
    /// `bindingGroupBizIds`.
    pub binding_group_biz_ids: Vec<BatchBindingGroupBizIdsRequestBindingGroupBizIds>,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`BatchBindingGroupBizIdsRequest`], each named where it is set: `BatchBindingGroupBizIdsRequest::new(BatchBindingGroupBizIdsRequired { .. })`.
pub struct BatchBindingGroupBizIdsRequired {
    /// `bindingGroupBizIds`: see [`BatchBindingGroupBizIdsRequest::binding_group_biz_ids`].
    pub binding_group_biz_ids: Vec<BatchBindingGroupBizIdsRequestBindingGroupBizIds>,
    /// `openTeamId`: see [`BatchBindingGroupBizIdsRequest::open_team_id`].
    pub open_team_id: String,
}
impl BatchBindingGroupBizIdsRequest {
    /// A `BatchBindingGroupBizIdsRequest` with its required fields (`bindingGroupBizIds`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: BatchBindingGroupBizIdsRequired) -> Self {
        let BatchBindingGroupBizIdsRequired { binding_group_biz_ids, open_team_id } = required;
        Self {
            binding_group_biz_ids,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    BatchBindingGroupBizIdsRequest { "bindingGroupBizIds" =>
    field(binding_group_biz_ids), "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchBindingGroupBizIdsRequest { "bindingGroupBizIds" =>
    read_field(binding_group_biz_ids), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for BatchBindingGroupBizIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_group_set_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetGroupSetConfigRequest {
    /// `configKeys`.
    pub config_keys: Vec<String>,
    /// `openGroupSetId`.
    pub open_group_set_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`BatchGetGroupSetConfigRequest`], each named where it is set: `BatchGetGroupSetConfigRequest::new(BatchGetGroupSetConfigRequired { .. })`.
pub struct BatchGetGroupSetConfigRequired {
    /// `configKeys`: see [`BatchGetGroupSetConfigRequest::config_keys`].
    pub config_keys: Vec<String>,
    /// `openGroupSetId`: see [`BatchGetGroupSetConfigRequest::open_group_set_id`].
    pub open_group_set_id: String,
    /// `openTeamId`: see [`BatchGetGroupSetConfigRequest::open_team_id`].
    pub open_team_id: String,
}
impl BatchGetGroupSetConfigRequest {
    /// A `BatchGetGroupSetConfigRequest` with its required fields (`configKeys`, `openGroupSetId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: BatchGetGroupSetConfigRequired) -> Self {
        let BatchGetGroupSetConfigRequired {
            config_keys,
            open_group_set_id,
            open_team_id,
        } = required;
        Self {
            config_keys,
            open_group_set_id,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    BatchGetGroupSetConfigRequest { "configKeys" => field(config_keys), "openGroupSetId"
    => field(open_group_set_id), "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetGroupSetConfigRequest { "configKeys" => read_field(config_keys),
    "openGroupSetId" => read_field(open_group_set_id), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for BatchGetGroupSetConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_customer_send_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchQueryCustomerSendTaskRequest`], each named where it is set: `BatchQueryCustomerSendTaskRequest::new(BatchQueryCustomerSendTaskRequired { .. })`.
pub struct BatchQueryCustomerSendTaskRequired {
    /// `needRichStatistics`: see [`BatchQueryCustomerSendTaskRequest::need_rich_statistics`].
    pub need_rich_statistics: bool,
    /// `openTeamId`: see [`BatchQueryCustomerSendTaskRequest::open_team_id`].
    pub open_team_id: String,
}
impl BatchQueryCustomerSendTaskRequest {
    /// A `BatchQueryCustomerSendTaskRequest` with its required fields (`needRichStatistics`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: BatchQueryCustomerSendTaskRequired) -> Self {
        let BatchQueryCustomerSendTaskRequired { need_rich_statistics, open_team_id } = required;
        Self {
            gmt_create_end: None,
            gmt_create_start: None,
            max_results: None,
            need_rich_statistics,
            next_token: None,
            open_batch_task_ids: None,
            open_team_id,
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
rt::impl_serialize! {
    BatchQueryCustomerSendTaskRequest { "gmtCreateEnd" => optional(gmt_create_end),
    "gmtCreateStart" => optional(gmt_create_start), "maxResults" =>
    optional(max_results), "needRichStatistics" => field(need_rich_statistics),
    "nextToken" => optional(next_token), "openBatchTaskIds" =>
    optional(open_batch_task_ids), "openTeamId" => field(open_team_id), "taskName" =>
    optional(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryCustomerSendTaskRequest { "gmtCreateEnd" => read_field(gmt_create_end),
    "gmtCreateStart" => read_field(gmt_create_start), "maxResults" =>
    read_field(max_results), "needRichStatistics" => read_field(need_rich_statistics),
    "nextToken" => read_field(next_token), "openBatchTaskIds" =>
    read_field(open_batch_task_ids), "openTeamId" => read_field(open_team_id), "taskName"
    => read_field(task_name) }
}
impl rt::WriteRequest for BatchQueryCustomerSendTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchQueryGroupMemberRequest`], each named where it is set: `BatchQueryGroupMemberRequest::new(BatchQueryGroupMemberRequired { .. })`.
pub struct BatchQueryGroupMemberRequired {
    /// `maxResults`: see [`BatchQueryGroupMemberRequest::max_results`].
    pub max_results: i64,
    /// `openTeamId`: see [`BatchQueryGroupMemberRequest::open_team_id`].
    pub open_team_id: String,
}
impl BatchQueryGroupMemberRequest {
    /// A `BatchQueryGroupMemberRequest` with its required fields (`maxResults`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: BatchQueryGroupMemberRequired) -> Self {
        let BatchQueryGroupMemberRequired { max_results, open_team_id } = required;
        Self {
            max_results,
            next_token: None,
            open_conversation_id: None,
            open_team_id,
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
rt::impl_serialize! {
    BatchQueryGroupMemberRequest { "maxResults" => field(max_results), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryGroupMemberRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for BatchQueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_send_message_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchQuerySendMessageTaskRequest`], each named where it is set: `BatchQuerySendMessageTaskRequest::new(BatchQuerySendMessageTaskRequired { .. })`.
pub struct BatchQuerySendMessageTaskRequired {
    /// `openTeamId`: see [`BatchQuerySendMessageTaskRequest::open_team_id`].
    pub open_team_id: String,
}
impl BatchQuerySendMessageTaskRequest {
    /// A `BatchQuerySendMessageTaskRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(required: BatchQuerySendMessageTaskRequired) -> Self {
        let BatchQuerySendMessageTaskRequired { open_team_id } = required;
        Self {
            get_read_count: None,
            gmt_create_end: None,
            gmt_create_start: None,
            max_results: None,
            next_token: None,
            open_group_set_id: None,
            open_team_id,
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
rt::impl_serialize! {
    BatchQuerySendMessageTaskRequest { "getReadCount" => optional(get_read_count),
    "gmtCreateEnd" => optional(gmt_create_end), "gmtCreateStart" =>
    optional(gmt_create_start), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "openGroupSetId" => optional(open_group_set_id), "openTeamId"
    => field(open_team_id), "taskName" => optional(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQuerySendMessageTaskRequest { "getReadCount" => read_field(get_read_count),
    "gmtCreateEnd" => read_field(gmt_create_end), "gmtCreateStart" =>
    read_field(gmt_create_start), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openGroupSetId" => read_field(open_group_set_id),
    "openTeamId" => read_field(open_team_id), "taskName" => read_field(task_name) }
}
impl rt::WriteRequest for BatchQuerySendMessageTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::bound_template_to_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BoundTemplateToTeamRequest`], each named where it is set: `BoundTemplateToTeamRequest::new(BoundTemplateToTeamRequired { .. })`.
pub struct BoundTemplateToTeamRequired {
    /// `openTeamId`: see [`BoundTemplateToTeamRequest::open_team_id`].
    pub open_team_id: String,
    /// `robotConfig`: see [`BoundTemplateToTeamRequest::robot_config`].
    pub robot_config: String,
    /// `templateId`: see [`BoundTemplateToTeamRequest::template_id`].
    pub template_id: String,
    /// `templateName`: see [`BoundTemplateToTeamRequest::template_name`].
    pub template_name: String,
    /// `templateType`: see [`BoundTemplateToTeamRequest::template_type`].
    pub template_type: String,
}
impl BoundTemplateToTeamRequest {
    /// A `BoundTemplateToTeamRequest` with its required fields (`openTeamId`, `robotConfig`, `templateId`, `templateName`, `templateType`); set the others with the methods named after them.
    pub fn new(required: BoundTemplateToTeamRequired) -> Self {
        let BoundTemplateToTeamRequired {
            open_team_id,
            robot_config,
            template_id,
            template_name,
            template_type,
        } = required;
        Self {
            open_team_id,
            robot_config,
            template_desc: None,
            template_id,
            template_name,
            template_type,
        }
    }
    /// Sets `templateDesc`.
    pub fn template_desc(mut self, value: impl Into<String>) -> Self {
        self.template_desc = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BoundTemplateToTeamRequest { "openTeamId" => field(open_team_id), "robotConfig" =>
    field(robot_config), "templateDesc" => optional(template_desc), "templateId" =>
    field(template_id), "templateName" => field(template_name), "templateType" =>
    field(template_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BoundTemplateToTeamRequest { "openTeamId" => read_field(open_team_id), "robotConfig"
    => read_field(robot_config), "templateDesc" => read_field(template_desc),
    "templateId" => read_field(template_id), "templateName" => read_field(template_name),
    "templateType" => read_field(template_type) }
}
impl rt::WriteRequest for BoundTemplateToTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CancelTicketRequest`], each named where it is set: `CancelTicketRequest::new(CancelTicketRequired { .. })`.
pub struct CancelTicketRequired {
    /// `openTeamId`: see [`CancelTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`CancelTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
}
impl CancelTicketRequest {
    /// A `CancelTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(required: CancelTicketRequired) -> Self {
        let CancelTicketRequired { open_team_id, open_ticket_id } = required;
        Self {
            notify: None,
            open_team_id,
            open_ticket_id,
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
rt::impl_serialize! {
    CancelTicketRequest { "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "operatorUnionId" =>
    optional(operator_union_id), "ticketMemo" => optional(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelTicketRequest { "notify" => read_field(notify), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "operatorUnionId" => read_field(operator_union_id), "ticketMemo" =>
    read_field(ticket_memo) }
}
impl rt::WriteRequest for CancelTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::category_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CategoryStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`CategoryStatisticsRequest`], each named where it is set: `CategoryStatisticsRequest::new(CategoryStatisticsRequired { .. })`.
pub struct CategoryStatisticsRequired {
    /// `maxDt`: see [`CategoryStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`CategoryStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`CategoryStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl CategoryStatisticsRequest {
    /// A `CategoryStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: CategoryStatisticsRequired) -> Self {
        let CategoryStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            min_dt,
            open_team_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoryStatisticsRequest { "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openTeamId" => read_field(open_team_id) }
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
rt::impl_serialize! {
    CloseConversationRequest { "conversationId" => optional(conversation_id),
    "openTeamId" => optional(open_team_id), "serverTips" => optional(server_tips),
    "serviceToken" => optional(service_token), "targetChannel" =>
    optional(target_channel), "visitorToken" => optional(visitor_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseConversationRequest { "conversationId" => read_field(conversation_id),
    "openTeamId" => read_field(open_team_id), "serverTips" => read_field(server_tips),
    "serviceToken" => read_field(service_token), "targetChannel" =>
    read_field(target_channel), "visitorToken" => read_field(visitor_token) }
}
impl rt::WriteRequest for CloseConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_human_session`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseHumanSessionRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`CloseHumanSessionRequest`], each named where it is set: `CloseHumanSessionRequest::new(CloseHumanSessionRequired { .. })`.
pub struct CloseHumanSessionRequired {
    /// `openConversationId`: see [`CloseHumanSessionRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`CloseHumanSessionRequest::open_team_id`].
    pub open_team_id: String,
}
impl CloseHumanSessionRequest {
    /// A `CloseHumanSessionRequest` with its required fields (`openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: CloseHumanSessionRequired) -> Self {
        let CloseHumanSessionRequired { open_conversation_id, open_team_id } = required;
        Self {
            open_conversation_id,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    CloseHumanSessionRequest { "openConversationId" => field(open_conversation_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseHumanSessionRequest { "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id) }
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
rt::impl_serialize! {
    ConversationCreatedNotifyRequest { "alipayUserId" => optional(alipay_user_id),
    "conversationId" => optional(conversation_id), "nickName" => optional(nick_name),
    "openTeamId" => optional(open_team_id), "serverName" => optional(server_name),
    "serverTips" => optional(server_tips), "serviceToken" => optional(service_token),
    "timeoutRemindTips" => optional(timeout_remind_tips), "userId" => optional(user_id),
    "visitorToken" => optional(visitor_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConversationCreatedNotifyRequest { "alipayUserId" => read_field(alipay_user_id),
    "conversationId" => read_field(conversation_id), "nickName" => read_field(nick_name),
    "openTeamId" => read_field(open_team_id), "serverName" => read_field(server_name),
    "serverTips" => read_field(server_tips), "serviceToken" => read_field(service_token),
    "timeoutRemindTips" => read_field(timeout_remind_tips), "userId" =>
    read_field(user_id), "visitorToken" => read_field(visitor_token) }
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
rt::impl_serialize! {
    ConversationTransferBeginNotifyRequest { "conversationId" =>
    optional(conversation_id), "memo" => optional(memo), "openTeamId" =>
    optional(open_team_id), "serviceToken" => optional(service_token),
    "sourceSkillGroupId" => optional(source_skill_group_id), "targetSkillGroupId" =>
    optional(target_skill_group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConversationTransferBeginNotifyRequest { "conversationId" =>
    read_field(conversation_id), "memo" => read_field(memo), "openTeamId" =>
    read_field(open_team_id), "serviceToken" => read_field(service_token),
    "sourceSkillGroupId" => read_field(source_skill_group_id), "targetSkillGroupId" =>
    read_field(target_skill_group_id) }
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
rt::impl_serialize! {
    ConversationTransferCompleteNotifyRequest { "alipayUserId" =>
    optional(alipay_user_id), "conversationId" => optional(conversation_id), "nickName"
    => optional(nick_name), "openTeamId" => optional(open_team_id), "serviceToken" =>
    optional(service_token), "userId" => optional(user_id), "visitorToken" =>
    optional(visitor_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConversationTransferCompleteNotifyRequest { "alipayUserId" =>
    read_field(alipay_user_id), "conversationId" => read_field(conversation_id),
    "nickName" => read_field(nick_name), "openTeamId" => read_field(open_team_id),
    "serviceToken" => read_field(service_token), "userId" => read_field(user_id),
    "visitorToken" => read_field(visitor_token) }
}
impl rt::WriteRequest for ConversationTransferCompleteNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupRequest`], each named where it is set: `CreateGroupRequest::new(CreateGroupRequired { .. })`.
pub struct CreateGroupRequired {
    /// `groupName`: see [`CreateGroupRequest::group_name`].
    pub group_name: String,
    /// `openGroupSetId`: see [`CreateGroupRequest::open_group_set_id`].
    pub open_group_set_id: String,
    /// `openTeamId`: see [`CreateGroupRequest::open_team_id`].
    pub open_team_id: String,
    /// `ownerStaffId`: see [`CreateGroupRequest::owner_staff_id`].
    pub owner_staff_id: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`groupName`, `openGroupSetId`, `openTeamId`, `ownerStaffId`); set the others with the methods named after them.
    pub fn new(required: CreateGroupRequired) -> Self {
        let CreateGroupRequired {
            group_name,
            open_group_set_id,
            open_team_id,
            owner_staff_id,
        } = required;
        Self {
            group_biz_id: None,
            group_name,
            group_tag_names: None,
            member_staff_ids: None,
            open_group_set_id,
            open_team_id,
            owner_staff_id,
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
rt::impl_serialize! {
    CreateGroupRequest { "groupBizId" => optional(group_biz_id), "groupName" =>
    field(group_name), "groupTagNames" => optional(group_tag_names), "memberStaffIds" =>
    optional(member_staff_ids), "openGroupSetId" => field(open_group_set_id),
    "openTeamId" => field(open_team_id), "ownerStaffId" => field(owner_staff_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequest { "groupBizId" => read_field(group_biz_id), "groupName" =>
    read_field(group_name), "groupTagNames" => read_field(group_tag_names),
    "memberStaffIds" => read_field(member_staff_ids), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id),
    "ownerStaffId" => read_field(owner_staff_id) }
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
rt::impl_serialize! {
    CreateGroupConversationRequest { "corpId" => optional(corp_id), "dingGroupId" =>
    optional(ding_group_id), "dingSuiteKey" => optional(ding_suite_key),
    "dingTokenGrantType" => optional(ding_token_grant_type), "dingUserId" =>
    optional(ding_user_id), "dingUserName" => optional(ding_user_name), "extValues" =>
    optional(ext_values), "openTeamId" => optional(open_team_id), "serverGroupId" =>
    optional(server_group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupConversationRequest { "corpId" => read_field(corp_id), "dingGroupId" =>
    read_field(ding_group_id), "dingSuiteKey" => read_field(ding_suite_key),
    "dingTokenGrantType" => read_field(ding_token_grant_type), "dingUserId" =>
    read_field(ding_user_id), "dingUserName" => read_field(ding_user_name), "extValues"
    => read_field(ext_values), "openTeamId" => read_field(open_team_id), "serverGroupId"
    => read_field(server_group_id) }
}
impl rt::WriteRequest for CreateGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupSetRequest {
    /// `groupSetName`.
    pub group_set_name: String,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`CreateGroupSetRequest`], each named where it is set: `CreateGroupSetRequest::new(CreateGroupSetRequired { .. })`.
pub struct CreateGroupSetRequired {
    /// `groupSetName`: see [`CreateGroupSetRequest::group_set_name`].
    pub group_set_name: String,
    /// `groupTemplateId`: see [`CreateGroupSetRequest::group_template_id`].
    pub group_template_id: String,
    /// `openTeamId`: see [`CreateGroupSetRequest::open_team_id`].
    pub open_team_id: String,
}
impl CreateGroupSetRequest {
    /// A `CreateGroupSetRequest` with its required fields (`groupSetName`, `groupTemplateId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: CreateGroupSetRequired) -> Self {
        let CreateGroupSetRequired { group_set_name, group_template_id, open_team_id } = required;
        Self {
            group_set_name,
            group_template_id,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    CreateGroupSetRequest { "groupSetName" => field(group_set_name), "groupTemplateId" =>
    field(group_template_id), "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupSetRequest { "groupSetName" => read_field(group_set_name),
    "groupTemplateId" => read_field(group_template_id), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for CreateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateInstanceRequest`], each named where it is set: `CreateInstanceRequest::new(CreateInstanceRequired { .. })`.
pub struct CreateInstanceRequired {
    /// `formCode`: see [`CreateInstanceRequest::form_code`].
    pub form_code: String,
    /// `formDataList`: see [`CreateInstanceRequest::form_data_list`].
    pub form_data_list: String,
    /// `openTeamId`: see [`CreateInstanceRequest::open_team_id`].
    pub open_team_id: String,
}
impl CreateInstanceRequest {
    /// A `CreateInstanceRequest` with its required fields (`formCode`, `formDataList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: CreateInstanceRequired) -> Self {
        let CreateInstanceRequired { form_code, form_data_list, open_team_id } = required;
        Self {
            channel: None,
            external_biz_id: None,
            form_code,
            form_data_list,
            open_team_id,
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
rt::impl_serialize! {
    CreateInstanceRequest { "channel" => optional(channel), "externalBizId" =>
    optional(external_biz_id), "formCode" => field(form_code), "formDataList" =>
    field(form_data_list), "openTeamId" => field(open_team_id), "operatorUnionId" =>
    optional(operator_union_id), "ownerUnionId" => optional(owner_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateInstanceRequest { "channel" => read_field(channel), "externalBizId" =>
    read_field(external_biz_id), "formCode" => read_field(form_code), "formDataList" =>
    read_field(form_data_list), "openTeamId" => read_field(open_team_id),
    "operatorUnionId" => read_field(operator_union_id), "ownerUnionId" =>
    read_field(owner_union_id) }
}
impl rt::WriteRequest for CreateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequest {
    /// `creatorDingUnionId`.
    pub creator_ding_union_id: String,
    /// `teamName`.
    pub team_name: String,
}
/// The required fields of [`CreateTeamRequest`], each named where it is set: `CreateTeamRequest::new(CreateTeamRequired { .. })`.
pub struct CreateTeamRequired {
    /// `creatorDingUnionId`: see [`CreateTeamRequest::creator_ding_union_id`].
    pub creator_ding_union_id: String,
    /// `teamName`: see [`CreateTeamRequest::team_name`].
    pub team_name: String,
}
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`creatorDingUnionId`, `teamName`); set the others with the methods named after them.
    pub fn new(required: CreateTeamRequired) -> Self {
        let CreateTeamRequired { creator_ding_union_id, team_name } = required;
        Self {
            creator_ding_union_id,
            team_name,
        }
    }
}
rt::impl_serialize! {
    CreateTeamRequest { "creatorDingUnionId" => field(creator_ding_union_id), "teamName"
    => field(team_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTeamRequest { "creatorDingUnionId" => read_field(creator_ding_union_id),
    "teamName" => read_field(team_name) }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTicketRequest`], each named where it is set: `CreateTicketRequest::new(CreateTicketRequired { .. })`.
pub struct CreateTicketRequired {
    /// `creatorUnionId`: see [`CreateTicketRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `openTeamId`: see [`CreateTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTemplateBizId`: see [`CreateTicketRequest::open_template_biz_id`].
    pub open_template_biz_id: String,
    /// `processorUnionIds`: see [`CreateTicketRequest::processor_union_ids`].
    pub processor_union_ids: Vec<String>,
    /// `scene`: see [`CreateTicketRequest::scene`].
    pub scene: String,
    /// `title`: see [`CreateTicketRequest::title`].
    pub title: String,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`creatorUnionId`, `openTeamId`, `openTemplateBizId`, `processorUnionIds`, `scene`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateTicketRequired) -> Self {
        let CreateTicketRequired {
            creator_union_id,
            open_team_id,
            open_template_biz_id,
            processor_union_ids,
            scene,
            title,
        } = required;
        Self {
            creator_union_id,
            custom_fields: None,
            notify: None,
            open_team_id,
            open_template_biz_id,
            processor_union_ids,
            scene,
            scene_context: None,
            title,
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
rt::impl_serialize! {
    CreateTicketRequest { "creatorUnionId" => field(creator_union_id), "customFields" =>
    optional(custom_fields), "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTemplateBizId" => field(open_template_biz_id),
    "processorUnionIds" => field(processor_union_ids), "scene" => field(scene),
    "sceneContext" => optional(scene_context), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequest { "creatorUnionId" => read_field(creator_union_id),
    "customFields" => read_field(custom_fields), "notify" => read_field(notify),
    "openTeamId" => read_field(open_team_id), "openTemplateBizId" =>
    read_field(open_template_biz_id), "processorUnionIds" =>
    read_field(processor_union_ids), "scene" => read_field(scene), "sceneContext" =>
    read_field(scene_context), "title" => read_field(title) }
}
impl rt::WriteRequest for CreateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customer_send_msg_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CustomerSendMsgTaskRequest`], each named where it is set: `CustomerSendMsgTaskRequest::new(CustomerSendMsgTaskRequired { .. })`.
pub struct CustomerSendMsgTaskRequired {
    /// `messageContent`: see [`CustomerSendMsgTaskRequest::message_content`].
    pub message_content: CustomerSendMsgTaskRequestMessageContent,
    /// `openTeamId`: see [`CustomerSendMsgTaskRequest::open_team_id`].
    pub open_team_id: String,
    /// `taskName`: see [`CustomerSendMsgTaskRequest::task_name`].
    pub task_name: String,
}
impl CustomerSendMsgTaskRequest {
    /// A `CustomerSendMsgTaskRequest` with its required fields (`messageContent`, `openTeamId`, `taskName`); set the others with the methods named after them.
    pub fn new(required: CustomerSendMsgTaskRequired) -> Self {
        let CustomerSendMsgTaskRequired { message_content, open_team_id, task_name } = required;
        Self {
            message_content,
            open_team_id,
            query_customer: None,
            send_config: None,
            task_name,
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
rt::impl_serialize! {
    CustomerSendMsgTaskRequest { "messageContent" => field(message_content), "openTeamId"
    => field(open_team_id), "queryCustomer" => optional(query_customer), "sendConfig" =>
    optional(send_config), "taskName" => field(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomerSendMsgTaskRequest { "messageContent" => read_field(message_content),
    "openTeamId" => read_field(open_team_id), "queryCustomer" =>
    read_field(query_customer), "sendConfig" => read_field(send_config), "taskName" =>
    read_field(task_name) }
}
impl rt::WriteRequest for CustomerSendMsgTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_group_members_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeleteGroupMembersFromGroupRequest`], each named where it is set: `DeleteGroupMembersFromGroupRequest::new(DeleteGroupMembersFromGroupRequired { .. })`.
pub struct DeleteGroupMembersFromGroupRequired {
    /// `deleteGroupType`: see [`DeleteGroupMembersFromGroupRequest::delete_group_type`].
    pub delete_group_type: String,
    /// `memberUnionId`: see [`DeleteGroupMembersFromGroupRequest::member_union_id`].
    pub member_union_id: String,
    /// `openTeamId`: see [`DeleteGroupMembersFromGroupRequest::open_team_id`].
    pub open_team_id: String,
}
impl DeleteGroupMembersFromGroupRequest {
    /// A `DeleteGroupMembersFromGroupRequest` with its required fields (`deleteGroupType`, `memberUnionId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: DeleteGroupMembersFromGroupRequired) -> Self {
        let DeleteGroupMembersFromGroupRequired {
            delete_group_type,
            member_union_id,
            open_team_id,
        } = required;
        Self {
            delete_group_type,
            member_union_id,
            open_conversation_id: None,
            open_group_set_id: None,
            open_team_id,
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
rt::impl_serialize! {
    DeleteGroupMembersFromGroupRequest { "deleteGroupType" => field(delete_group_type),
    "memberUnionId" => field(member_union_id), "openConversationId" =>
    optional(open_conversation_id), "openGroupSetId" => optional(open_group_set_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteGroupMembersFromGroupRequest { "deleteGroupType" =>
    read_field(delete_group_type), "memberUnionId" => read_field(member_union_id),
    "openConversationId" => read_field(open_conversation_id), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for DeleteGroupMembersFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeleteInstanceRequest`], each named where it is set: `DeleteInstanceRequest::new(DeleteInstanceRequired { .. })`.
pub struct DeleteInstanceRequired {
    /// `formCode`: see [`DeleteInstanceRequest::form_code`].
    pub form_code: String,
    /// `openDataInstanceId`: see [`DeleteInstanceRequest::open_data_instance_id`].
    pub open_data_instance_id: String,
    /// `openTeamId`: see [`DeleteInstanceRequest::open_team_id`].
    pub open_team_id: String,
}
impl DeleteInstanceRequest {
    /// A `DeleteInstanceRequest` with its required fields (`formCode`, `openDataInstanceId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: DeleteInstanceRequired) -> Self {
        let DeleteInstanceRequired { form_code, open_data_instance_id, open_team_id } = required;
        Self {
            form_code,
            open_data_instance_id,
            open_team_id,
            operator_union_id: None,
        }
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteInstanceRequest { "formCode" => field(form_code), "openDataInstanceId" =>
    field(open_data_instance_id), "openTeamId" => field(open_team_id), "operatorUnionId"
    => optional(operator_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteInstanceRequest { "formCode" => read_field(form_code), "openDataInstanceId" =>
    read_field(open_data_instance_id), "openTeamId" => read_field(open_team_id),
    "operatorUnionId" => read_field(operator_union_id) }
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
rt::impl_serialize! {
    DeleteKnowledgeRequest { "libraryKey" => optional(library_key), "openTeamId" =>
    optional(open_team_id), "source" => optional(source), "sourcePrimaryKey" =>
    optional(source_primary_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteKnowledgeRequest { "libraryKey" => read_field(library_key), "openTeamId" =>
    read_field(open_team_id), "source" => read_field(source), "sourcePrimaryKey" =>
    read_field(source_primary_key) }
}
impl rt::WriteRequest for DeleteKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::emotion_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`EmotionStatisticsRequest`], each named where it is set: `EmotionStatisticsRequest::new(EmotionStatisticsRequired { .. })`.
pub struct EmotionStatisticsRequired {
    /// `maxDt`: see [`EmotionStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`EmotionStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`EmotionStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl EmotionStatisticsRequest {
    /// A `EmotionStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: EmotionStatisticsRequired) -> Self {
        let EmotionStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            max_emotion: None,
            min_dt,
            min_emotion: None,
            open_conversation_ids: None,
            open_group_set_id: None,
            open_team_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EmotionStatisticsRequest { "maxDt" => read_field(max_dt), "maxEmotion" =>
    read_field(max_emotion), "minDt" => read_field(min_dt), "minEmotion" =>
    read_field(min_emotion), "openConversationIds" => read_field(open_conversation_ids),
    "openGroupSetId" => read_field(open_group_set_id), "openTeamId" =>
    read_field(open_team_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`FinishTicketRequest`], each named where it is set: `FinishTicketRequest::new(FinishTicketRequired { .. })`.
pub struct FinishTicketRequired {
    /// `openTeamId`: see [`FinishTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`FinishTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `processorUnionId`: see [`FinishTicketRequest::processor_union_id`].
    pub processor_union_id: String,
    /// `ticketMemo`: see [`FinishTicketRequest::ticket_memo`].
    pub ticket_memo: FinishTicketRequestTicketMemo,
}
impl FinishTicketRequest {
    /// A `FinishTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(required: FinishTicketRequired) -> Self {
        let FinishTicketRequired {
            open_team_id,
            open_ticket_id,
            processor_union_id,
            ticket_memo,
        } = required;
        Self {
            notify: None,
            open_team_id,
            open_ticket_id,
            processor_union_id,
            ticket_memo,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: FinishTicketRequestNotify) -> Self {
        self.notify = Some(value);
        self
    }
}
rt::impl_serialize! {
    FinishTicketRequest { "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "processorUnionId" =>
    field(processor_union_id), "ticketMemo" => field(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FinishTicketRequest { "notify" => read_field(notify), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "processorUnionId" => read_field(processor_union_id), "ticketMemo" =>
    read_field(ticket_memo) }
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
rt::impl_serialize! {
    GetAuthTokenRequest { "channel" => optional(channel), "effectiveTime" =>
    optional(effective_time), "openTeamId" => optional(open_team_id), "serverId" =>
    optional(server_id), "serverName" => optional(server_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAuthTokenRequest { "channel" => read_field(channel), "effectiveTime" =>
    read_field(effective_time), "openTeamId" => read_field(open_team_id), "serverId" =>
    read_field(server_id), "serverName" => read_field(server_name) }
}
impl rt::WriteRequest for GetAuthTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_instances_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInstancesByIdsRequest {
    /// `formCode`.
    pub form_code: String,
    /// `openDataInstanceIdList`.
    pub open_data_instance_id_list: Vec<String>,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`GetInstancesByIdsRequest`], each named where it is set: `GetInstancesByIdsRequest::new(GetInstancesByIdsRequired { .. })`.
pub struct GetInstancesByIdsRequired {
    /// `formCode`: see [`GetInstancesByIdsRequest::form_code`].
    pub form_code: String,
    /// `openDataInstanceIdList`: see [`GetInstancesByIdsRequest::open_data_instance_id_list`].
    pub open_data_instance_id_list: Vec<String>,
    /// `openTeamId`: see [`GetInstancesByIdsRequest::open_team_id`].
    pub open_team_id: String,
}
impl GetInstancesByIdsRequest {
    /// A `GetInstancesByIdsRequest` with its required fields (`formCode`, `openDataInstanceIdList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: GetInstancesByIdsRequired) -> Self {
        let GetInstancesByIdsRequired {
            form_code,
            open_data_instance_id_list,
            open_team_id,
        } = required;
        Self {
            form_code,
            open_data_instance_id_list,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    GetInstancesByIdsRequest { "formCode" => field(form_code), "openDataInstanceIdList"
    => field(open_data_instance_id_list), "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInstancesByIdsRequest { "formCode" => read_field(form_code),
    "openDataInstanceIdList" => read_field(open_data_instance_id_list), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for GetInstancesByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_negative_word_cloud`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNegativeWordCloudRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`GetNegativeWordCloudRequest`], each named where it is set: `GetNegativeWordCloudRequest::new(GetNegativeWordCloudRequired { .. })`.
pub struct GetNegativeWordCloudRequired {
    /// `openTeamId`: see [`GetNegativeWordCloudRequest::open_team_id`].
    pub open_team_id: String,
}
impl GetNegativeWordCloudRequest {
    /// A `GetNegativeWordCloudRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(required: GetNegativeWordCloudRequired) -> Self {
        let GetNegativeWordCloudRequired { open_team_id } = required;
        Self { open_team_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNegativeWordCloudRequest { "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for GetNegativeWordCloudRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::get_oss_temp_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetOssTempUrlRequest`], each named where it is set: `GetOssTempUrlRequest::new(GetOssTempUrlRequired { .. })`.
pub struct GetOssTempUrlRequired {
    /// `fetchMode`: see [`GetOssTempUrlRequest::fetch_mode`].
    pub fetch_mode: String,
    /// `fileName`: see [`GetOssTempUrlRequest::file_name`].
    pub file_name: String,
    /// `key`: see [`GetOssTempUrlRequest::key`].
    pub key: String,
    /// `openTeamId`: see [`GetOssTempUrlRequest::open_team_id`].
    pub open_team_id: String,
}
impl GetOssTempUrlRequest {
    /// A `GetOssTempUrlRequest` with its required fields (`fetchMode`, `fileName`, `key`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: GetOssTempUrlRequired) -> Self {
        let GetOssTempUrlRequired { fetch_mode, file_name, key, open_team_id } = required;
        Self {
            fetch_mode,
            file_name,
            key,
            open_team_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOssTempUrlRequest { "fetchMode" => read_field(fetch_mode), "fileName" =>
    read_field(file_name), "key" => read_field(key), "openTeamId" =>
    read_field(open_team_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetStoragePolicyRequest`], each named where it is set: `GetStoragePolicyRequest::new(GetStoragePolicyRequired { .. })`.
pub struct GetStoragePolicyRequired {
    /// `bizType`: see [`GetStoragePolicyRequest::biz_type`].
    pub biz_type: String,
    /// `fileName`: see [`GetStoragePolicyRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`GetStoragePolicyRequest::file_size`].
    pub file_size: i64,
    /// `openTeamId`: see [`GetStoragePolicyRequest::open_team_id`].
    pub open_team_id: String,
}
impl GetStoragePolicyRequest {
    /// A `GetStoragePolicyRequest` with its required fields (`bizType`, `fileName`, `fileSize`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: GetStoragePolicyRequired) -> Self {
        let GetStoragePolicyRequired { biz_type, file_name, file_size, open_team_id } = required;
        Self {
            biz_type,
            file_name,
            file_size,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    GetStoragePolicyRequest { "bizType" => field(biz_type), "fileName" =>
    field(file_name), "fileSize" => field(file_size), "openTeamId" => field(open_team_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetStoragePolicyRequest { "bizType" => read_field(biz_type), "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for GetStoragePolicyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTicketRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
    /// `openTicketId`: a query parameter.
    pub open_ticket_id: String,
}
/// The required fields of [`GetTicketRequest`], each named where it is set: `GetTicketRequest::new(GetTicketRequired { .. })`.
pub struct GetTicketRequired {
    /// `openTeamId`: see [`GetTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`GetTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
}
impl GetTicketRequest {
    /// A `GetTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(required: GetTicketRequired) -> Self {
        let GetTicketRequired { open_team_id, open_ticket_id } = required;
        Self {
            open_team_id,
            open_ticket_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTicketRequest { "openTeamId" => read_field(open_team_id), "openTicketId" =>
    read_field(open_ticket_id) }
}
impl rt::WriteRequest for GetTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
        writer.query("openTicketId", &self.open_ticket_id);
    }
}
/// The request of [`Api::get_word_cloud`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWordCloudRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`GetWordCloudRequest`], each named where it is set: `GetWordCloudRequest::new(GetWordCloudRequired { .. })`.
pub struct GetWordCloudRequired {
    /// `openTeamId`: see [`GetWordCloudRequest::open_team_id`].
    pub open_team_id: String,
}
impl GetWordCloudRequest {
    /// A `GetWordCloudRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(required: GetWordCloudRequired) -> Self {
        let GetWordCloudRequired { open_team_id } = required;
        Self { open_team_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWordCloudRequest { "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for GetWordCloudRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::group_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`GroupStatisticsRequest`], each named where it is set: `GroupStatisticsRequest::new(GroupStatisticsRequired { .. })`.
pub struct GroupStatisticsRequired {
    /// `maxDt`: see [`GroupStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`GroupStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`GroupStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl GroupStatisticsRequest {
    /// A `GroupStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: GroupStatisticsRequired) -> Self {
        let GroupStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            min_dt,
            open_team_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupStatisticsRequest { "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openTeamId" => read_field(open_team_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IntentionCategoryStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`IntentionCategoryStatisticsRequest`], each named where it is set: `IntentionCategoryStatisticsRequest::new(IntentionCategoryStatisticsRequired { .. })`.
pub struct IntentionCategoryStatisticsRequired {
    /// `maxDt`: see [`IntentionCategoryStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`IntentionCategoryStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`IntentionCategoryStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl IntentionCategoryStatisticsRequest {
    /// A `IntentionCategoryStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: IntentionCategoryStatisticsRequired) -> Self {
        let IntentionCategoryStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            min_dt,
            open_team_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IntentionCategoryStatisticsRequest { "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openTeamId" => read_field(open_team_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IntentionStatisticsRequest {
    /// `maxDt`: a query parameter.
    pub max_dt: String,
    /// `minDt`: a query parameter.
    pub min_dt: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`IntentionStatisticsRequest`], each named where it is set: `IntentionStatisticsRequest::new(IntentionStatisticsRequired { .. })`.
pub struct IntentionStatisticsRequired {
    /// `maxDt`: see [`IntentionStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`IntentionStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`IntentionStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl IntentionStatisticsRequest {
    /// A `IntentionStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: IntentionStatisticsRequired) -> Self {
        let IntentionStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            min_dt,
            open_team_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IntentionStatisticsRequest { "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openTeamId" => read_field(open_team_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTicketOperateRecordRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
    /// `openTicketId`: a query parameter.
    pub open_ticket_id: String,
}
/// The required fields of [`ListTicketOperateRecordRequest`], each named where it is set: `ListTicketOperateRecordRequest::new(ListTicketOperateRecordRequired { .. })`.
pub struct ListTicketOperateRecordRequired {
    /// `openTeamId`: see [`ListTicketOperateRecordRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`ListTicketOperateRecordRequest::open_ticket_id`].
    pub open_ticket_id: String,
}
impl ListTicketOperateRecordRequest {
    /// A `ListTicketOperateRecordRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(required: ListTicketOperateRecordRequired) -> Self {
        let ListTicketOperateRecordRequired { open_team_id, open_ticket_id } = required;
        Self {
            open_team_id,
            open_ticket_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTicketOperateRecordRequest { "openTeamId" => read_field(open_team_id),
    "openTicketId" => read_field(open_ticket_id) }
}
impl rt::WriteRequest for ListTicketOperateRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
        writer.query("openTicketId", &self.open_ticket_id);
    }
}
/// The request of [`Api::query_active_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryActiveUsersRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `openTeamId`: a query parameter.
    pub open_team_id: Option<String>,
    /// `topN`: a query parameter.
    pub top_n: Option<i64>,
}
/// The required fields of [`QueryActiveUsersRequest`], each named where it is set: `QueryActiveUsersRequest::new(QueryActiveUsersRequired { .. })`.
pub struct QueryActiveUsersRequired {
    /// `openConversationId`: see [`QueryActiveUsersRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl QueryActiveUsersRequest {
    /// A `QueryActiveUsersRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: QueryActiveUsersRequired) -> Self {
        let QueryActiveUsersRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryActiveUsersRequest { "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id), "topN" => read_field(top_n) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCrmGroupContactRequest`], each named where it is set: `QueryCrmGroupContactRequest::new(QueryCrmGroupContactRequired { .. })`.
pub struct QueryCrmGroupContactRequired {
    /// `minResult`: see [`QueryCrmGroupContactRequest::min_result`].
    pub min_result: i64,
    /// `openConversationId`: see [`QueryCrmGroupContactRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`QueryCrmGroupContactRequest::open_team_id`].
    pub open_team_id: String,
    /// `searchFields`: see [`QueryCrmGroupContactRequest::search_fields`].
    pub search_fields: String,
}
impl QueryCrmGroupContactRequest {
    /// A `QueryCrmGroupContactRequest` with its required fields (`minResult`, `openConversationId`, `openTeamId`, `searchFields`); set the others with the methods named after them.
    pub fn new(required: QueryCrmGroupContactRequired) -> Self {
        let QueryCrmGroupContactRequired {
            min_result,
            open_conversation_id,
            open_team_id,
            search_fields,
        } = required;
        Self {
            min_result,
            next_token: None,
            open_conversation_id,
            open_team_id,
            search_fields,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryCrmGroupContactRequest { "minResult" => field(min_result), "nextToken" =>
    optional(next_token), "openConversationId" => field(open_conversation_id),
    "openTeamId" => field(open_team_id), "searchFields" => field(search_fields) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCrmGroupContactRequest { "minResult" => read_field(min_result), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id), "searchFields" => read_field(search_fields)
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
rt::impl_serialize! {
    QueryCustomerCardRequest { "jsonParams" => optional(json_params), "openTeamId" =>
    optional(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomerCardRequest { "jsonParams" => read_field(json_params), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for QueryCustomerCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_customer_task_user_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCustomerTaskUserDetailRequest`], each named where it is set: `QueryCustomerTaskUserDetailRequest::new(QueryCustomerTaskUserDetailRequired { .. })`.
pub struct QueryCustomerTaskUserDetailRequired {
    /// `openBatchTaskId`: see [`QueryCustomerTaskUserDetailRequest::open_batch_task_id`].
    pub open_batch_task_id: String,
    /// `openTeamId`: see [`QueryCustomerTaskUserDetailRequest::open_team_id`].
    pub open_team_id: String,
}
impl QueryCustomerTaskUserDetailRequest {
    /// A `QueryCustomerTaskUserDetailRequest` with its required fields (`openBatchTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: QueryCustomerTaskUserDetailRequired) -> Self {
        let QueryCustomerTaskUserDetailRequired { open_batch_task_id, open_team_id } = required;
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id,
            open_team_id,
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
rt::impl_serialize! {
    QueryCustomerTaskUserDetailRequest { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "openBatchTaskId" => field(open_batch_task_id),
    "openTeamId" => field(open_team_id), "receiverUnionIds" =>
    optional(receiver_union_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomerTaskUserDetailRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openBatchTaskId" =>
    read_field(open_batch_task_id), "openTeamId" => read_field(open_team_id),
    "receiverUnionIds" => read_field(receiver_union_ids) }
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
rt::impl_serialize! {
    QueryGroupRequest { "bizId" => optional(biz_id), "openConversationId" =>
    optional(open_conversation_id), "openTeamId" => optional(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupRequest { "bizId" => read_field(biz_id), "openConversationId" =>
    read_field(open_conversation_id), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for QueryGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTeamId`.
    pub open_team_id: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: String,
}
/// The required fields of [`QueryGroupMemberRequest`], each named where it is set: `QueryGroupMemberRequest::new(QueryGroupMemberRequired { .. })`.
pub struct QueryGroupMemberRequired {
    /// `targetCorpId`: see [`QueryGroupMemberRequest::target_corp_id`].
    pub target_corp_id: String,
}
impl QueryGroupMemberRequest {
    /// A `QueryGroupMemberRequest` with its required fields (`targetCorpId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupMemberRequired) -> Self {
        let QueryGroupMemberRequired { target_corp_id } = required;
        Self {
            open_conversation_id: None,
            open_team_id: None,
            target_corp_id,
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
rt::impl_serialize! {
    QueryGroupMemberRequest { "openConversationId" => optional(open_conversation_id),
    "openTeamId" => optional(open_team_id), "targetCorpId" => field(target_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMemberRequest { "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id), "targetCorpId" =>
    read_field(target_corp_id) }
}
impl rt::WriteRequest for QueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_set`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupSetRequest {
    /// `openTeamId`: a query parameter.
    pub open_team_id: String,
}
/// The required fields of [`QueryGroupSetRequest`], each named where it is set: `QueryGroupSetRequest::new(QueryGroupSetRequired { .. })`.
pub struct QueryGroupSetRequired {
    /// `openTeamId`: see [`QueryGroupSetRequest::open_team_id`].
    pub open_team_id: String,
}
impl QueryGroupSetRequest {
    /// A `QueryGroupSetRequest` with its required fields (`openTeamId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupSetRequired) -> Self {
        let QueryGroupSetRequired { open_team_id } = required;
        Self { open_team_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupSetRequest { "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for QueryGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openTeamId", &self.open_team_id);
    }
}
/// The request of [`Api::query_instances_by_multi_conditions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryInstancesByMultiConditionsRequest`], each named where it is set: `QueryInstancesByMultiConditionsRequest::new(QueryInstancesByMultiConditionsRequired { .. })`.
pub struct QueryInstancesByMultiConditionsRequired {
    /// `formCode`: see [`QueryInstancesByMultiConditionsRequest::form_code`].
    pub form_code: String,
    /// `openTeamId`: see [`QueryInstancesByMultiConditionsRequest::open_team_id`].
    pub open_team_id: String,
}
impl QueryInstancesByMultiConditionsRequest {
    /// A `QueryInstancesByMultiConditionsRequest` with its required fields (`formCode`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: QueryInstancesByMultiConditionsRequired) -> Self {
        let QueryInstancesByMultiConditionsRequired { form_code, open_team_id } = required;
        Self {
            form_code,
            max_results: None,
            next_token: None,
            open_team_id,
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
rt::impl_serialize! {
    QueryInstancesByMultiConditionsRequest { "formCode" => field(form_code), "maxResults"
    => optional(max_results), "nextToken" => optional(next_token), "openTeamId" =>
    field(open_team_id), "searchFields" => optional(search_fields), "sortFields" =>
    optional(sort_fields) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInstancesByMultiConditionsRequest { "formCode" => read_field(form_code),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "openTeamId" => read_field(open_team_id), "searchFields" =>
    read_field(search_fields), "sortFields" => read_field(sort_fields) }
}
impl rt::WriteRequest for QueryInstancesByMultiConditionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_send_msg_task_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QuerySendMsgTaskStatisticsRequest`], each named where it is set: `QuerySendMsgTaskStatisticsRequest::new(QuerySendMsgTaskStatisticsRequired { .. })`.
pub struct QuerySendMsgTaskStatisticsRequired {
    /// `openBatchTaskId`: see [`QuerySendMsgTaskStatisticsRequest::open_batch_task_id`].
    pub open_batch_task_id: String,
    /// `openTeamId`: see [`QuerySendMsgTaskStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl QuerySendMsgTaskStatisticsRequest {
    /// A `QuerySendMsgTaskStatisticsRequest` with its required fields (`openBatchTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: QuerySendMsgTaskStatisticsRequired) -> Self {
        let QuerySendMsgTaskStatisticsRequired { open_batch_task_id, open_team_id } = required;
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id,
            open_team_id,
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
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsRequest { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "openBatchTaskId" => field(open_batch_task_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openBatchTaskId" =>
    read_field(open_batch_task_id), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for QuerySendMsgTaskStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_send_msg_task_statistics_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QuerySendMsgTaskStatisticsDetailRequest`], each named where it is set: `QuerySendMsgTaskStatisticsDetailRequest::new(QuerySendMsgTaskStatisticsDetailRequired { .. })`.
pub struct QuerySendMsgTaskStatisticsDetailRequired {
    /// `openBatchTaskId`: see [`QuerySendMsgTaskStatisticsDetailRequest::open_batch_task_id`].
    pub open_batch_task_id: String,
    /// `openConversationId`: see [`QuerySendMsgTaskStatisticsDetailRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`QuerySendMsgTaskStatisticsDetailRequest::open_team_id`].
    pub open_team_id: String,
}
impl QuerySendMsgTaskStatisticsDetailRequest {
    /// A `QuerySendMsgTaskStatisticsDetailRequest` with its required fields (`openBatchTaskId`, `openConversationId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: QuerySendMsgTaskStatisticsDetailRequired) -> Self {
        let QuerySendMsgTaskStatisticsDetailRequired {
            open_batch_task_id,
            open_conversation_id,
            open_team_id,
        } = required;
        Self {
            max_results: None,
            next_token: None,
            open_batch_task_id,
            open_conversation_id,
            open_team_id,
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
rt::impl_serialize! {
    QuerySendMsgTaskStatisticsDetailRequest { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "openBatchTaskId" => field(open_batch_task_id),
    "openConversationId" => field(open_conversation_id), "openTeamId" =>
    field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySendMsgTaskStatisticsDetailRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openBatchTaskId" =>
    read_field(open_batch_task_id), "openConversationId" =>
    read_field(open_conversation_id), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for QuerySendMsgTaskStatisticsDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_service_group_message_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryServiceGroupMessageReadStatusRequest`], each named where it is set: `QueryServiceGroupMessageReadStatusRequest::new(QueryServiceGroupMessageReadStatusRequired { .. })`.
pub struct QueryServiceGroupMessageReadStatusRequired {
    /// `openConversationId`: see [`QueryServiceGroupMessageReadStatusRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgTaskId`: see [`QueryServiceGroupMessageReadStatusRequest::open_msg_task_id`].
    pub open_msg_task_id: String,
    /// `openTeamId`: see [`QueryServiceGroupMessageReadStatusRequest::open_team_id`].
    pub open_team_id: String,
}
impl QueryServiceGroupMessageReadStatusRequest {
    /// A `QueryServiceGroupMessageReadStatusRequest` with its required fields (`openConversationId`, `openMsgTaskId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: QueryServiceGroupMessageReadStatusRequired) -> Self {
        let QueryServiceGroupMessageReadStatusRequired {
            open_conversation_id,
            open_msg_task_id,
            open_team_id,
        } = required;
        Self {
            max_results: None,
            next_token: None,
            open_conversation_id,
            open_msg_task_id,
            open_team_id,
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
rt::impl_serialize! {
    QueryServiceGroupMessageReadStatusRequest { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "openConversationId" =>
    field(open_conversation_id), "openMsgTaskId" => field(open_msg_task_id), "openTeamId"
    => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryServiceGroupMessageReadStatusRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openConversationId" =>
    read_field(open_conversation_id), "openMsgTaskId" => read_field(open_msg_task_id),
    "openTeamId" => read_field(open_team_id) }
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
rt::impl_serialize! {
    QueueNotifyRequest { "estimateWaitMin" => optional(estimate_wait_min), "openTeamId"
    => optional(open_team_id), "queuePlace" => optional(queue_place), "serviceToken" =>
    optional(service_token), "targetChannel" => optional(target_channel), "tips" =>
    optional(tips), "visitorToken" => optional(visitor_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueueNotifyRequest { "estimateWaitMin" => read_field(estimate_wait_min), "openTeamId"
    => read_field(open_team_id), "queuePlace" => read_field(queue_place), "serviceToken"
    => read_field(service_token), "targetChannel" => read_field(target_channel), "tips"
    => read_field(tips), "visitorToken" => read_field(visitor_token) }
}
impl rt::WriteRequest for QueueNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_contact_from_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveContactFromOrgRequest {
    /// `contactUnionId`.
    pub contact_union_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`RemoveContactFromOrgRequest`], each named where it is set: `RemoveContactFromOrgRequest::new(RemoveContactFromOrgRequired { .. })`.
pub struct RemoveContactFromOrgRequired {
    /// `contactUnionId`: see [`RemoveContactFromOrgRequest::contact_union_id`].
    pub contact_union_id: String,
    /// `openTeamId`: see [`RemoveContactFromOrgRequest::open_team_id`].
    pub open_team_id: String,
}
impl RemoveContactFromOrgRequest {
    /// A `RemoveContactFromOrgRequest` with its required fields (`contactUnionId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: RemoveContactFromOrgRequired) -> Self {
        let RemoveContactFromOrgRequired { contact_union_id, open_team_id } = required;
        Self {
            contact_union_id,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    RemoveContactFromOrgRequest { "contactUnionId" => field(contact_union_id),
    "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveContactFromOrgRequest { "contactUnionId" => read_field(contact_union_id),
    "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for RemoveContactFromOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::report_customer_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ReportCustomerDetailRequest`], each named where it is set: `ReportCustomerDetailRequest::new(ReportCustomerDetailRequired { .. })`.
pub struct ReportCustomerDetailRequired {
    /// `maxDt`: see [`ReportCustomerDetailRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`ReportCustomerDetailRequest::min_dt`].
    pub min_dt: String,
    /// `openConversationId`: see [`ReportCustomerDetailRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openTeamId`: see [`ReportCustomerDetailRequest::open_team_id`].
    pub open_team_id: String,
    /// `pageNumber`: see [`ReportCustomerDetailRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ReportCustomerDetailRequest::page_size`].
    pub page_size: i64,
}
impl ReportCustomerDetailRequest {
    /// A `ReportCustomerDetailRequest` with its required fields (`maxDt`, `minDt`, `openConversationId`, `openTeamId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ReportCustomerDetailRequired) -> Self {
        let ReportCustomerDetailRequired {
            max_dt,
            min_dt,
            open_conversation_id,
            open_team_id,
            page_number,
            page_size,
        } = required;
        Self {
            has_login: None,
            has_open_conv: None,
            max_dt,
            min_dt,
            open_conversation_id,
            open_team_id,
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
rt::impl_serialize! {
    ReportCustomerDetailRequest { "hasLogin" => optional(has_login), "hasOpenConv" =>
    optional(has_open_conv), "maxDt" => field(max_dt), "minDt" => field(min_dt),
    "openConversationId" => field(open_conversation_id), "openTeamId" =>
    field(open_team_id), "pageNumber" => field(page_number), "pageSize" =>
    field(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReportCustomerDetailRequest { "hasLogin" => read_field(has_login), "hasOpenConv" =>
    read_field(has_open_conv), "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openConversationId" => read_field(open_conversation_id),
    "openTeamId" => read_field(open_team_id), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ReportCustomerDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::report_customer_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ReportCustomerStatisticsRequest`], each named where it is set: `ReportCustomerStatisticsRequest::new(ReportCustomerStatisticsRequired { .. })`.
pub struct ReportCustomerStatisticsRequired {
    /// `maxDt`: see [`ReportCustomerStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`ReportCustomerStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`ReportCustomerStatisticsRequest::open_team_id`].
    pub open_team_id: String,
    /// `pageNumber`: see [`ReportCustomerStatisticsRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ReportCustomerStatisticsRequest::page_size`].
    pub page_size: i64,
}
impl ReportCustomerStatisticsRequest {
    /// A `ReportCustomerStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ReportCustomerStatisticsRequired) -> Self {
        let ReportCustomerStatisticsRequired {
            max_dt,
            min_dt,
            open_team_id,
            page_number,
            page_size,
        } = required;
        Self {
            group_owner_user_ids: None,
            group_tags: None,
            max_dt,
            min_dt,
            open_conversation_ids: None,
            open_group_set_id: None,
            open_team_id,
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
rt::impl_serialize! {
    ReportCustomerStatisticsRequest { "groupOwnerUserIds" =>
    optional(group_owner_user_ids), "groupTags" => optional(group_tags), "maxDt" =>
    field(max_dt), "minDt" => field(min_dt), "openConversationIds" =>
    optional(open_conversation_ids), "openGroupSetId" => optional(open_group_set_id),
    "openTeamId" => field(open_team_id), "pageNumber" => field(page_number), "pageSize"
    => field(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReportCustomerStatisticsRequest { "groupOwnerUserIds" =>
    read_field(group_owner_user_ids), "groupTags" => read_field(group_tags), "maxDt" =>
    read_field(max_dt), "minDt" => read_field(min_dt), "openConversationIds" =>
    read_field(open_conversation_ids), "openGroupSetId" => read_field(open_group_set_id),
    "openTeamId" => read_field(open_team_id), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ReportCustomerStatisticsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::resubmit_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ResubmitTicketRequest`], each named where it is set: `ResubmitTicketRequest::new(ResubmitTicketRequired { .. })`.
pub struct ResubmitTicketRequired {
    /// `creatorUnionId`: see [`ResubmitTicketRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `openTeamId`: see [`ResubmitTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTemplateBizId`: see [`ResubmitTicketRequest::open_template_biz_id`].
    pub open_template_biz_id: String,
    /// `openTicketId`: see [`ResubmitTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `processorUnionIds`: see [`ResubmitTicketRequest::processor_union_ids`].
    pub processor_union_ids: Vec<String>,
    /// `scene`: see [`ResubmitTicketRequest::scene`].
    pub scene: String,
    /// `title`: see [`ResubmitTicketRequest::title`].
    pub title: String,
}
impl ResubmitTicketRequest {
    /// A `ResubmitTicketRequest` with its required fields (`creatorUnionId`, `openTeamId`, `openTemplateBizId`, `openTicketId`, `processorUnionIds`, `scene`, `title`); set the others with the methods named after them.
    pub fn new(required: ResubmitTicketRequired) -> Self {
        let ResubmitTicketRequired {
            creator_union_id,
            open_team_id,
            open_template_biz_id,
            open_ticket_id,
            processor_union_ids,
            scene,
            title,
        } = required;
        Self {
            creator_union_id,
            custom_fields: None,
            notify: None,
            open_team_id,
            open_template_biz_id,
            open_ticket_id,
            processor_union_ids,
            scene,
            scene_context: None,
            ticket_memo: None,
            title,
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
rt::impl_serialize! {
    ResubmitTicketRequest { "creatorUnionId" => field(creator_union_id), "customFields"
    => optional(custom_fields), "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTemplateBizId" => field(open_template_biz_id),
    "openTicketId" => field(open_ticket_id), "processorUnionIds" =>
    field(processor_union_ids), "scene" => field(scene), "sceneContext" =>
    optional(scene_context), "ticketMemo" => optional(ticket_memo), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ResubmitTicketRequest { "creatorUnionId" => read_field(creator_union_id),
    "customFields" => read_field(custom_fields), "notify" => read_field(notify),
    "openTeamId" => read_field(open_team_id), "openTemplateBizId" =>
    read_field(open_template_biz_id), "openTicketId" => read_field(open_ticket_id),
    "processorUnionIds" => read_field(processor_union_ids), "scene" => read_field(scene),
    "sceneContext" => read_field(scene_context), "ticketMemo" => read_field(ticket_memo),
    "title" => read_field(title) }
}
impl rt::WriteRequest for ResubmitTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::retract_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RetractTicketRequest`], each named where it is set: `RetractTicketRequest::new(RetractTicketRequired { .. })`.
pub struct RetractTicketRequired {
    /// `openTeamId`: see [`RetractTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`RetractTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
}
impl RetractTicketRequest {
    /// A `RetractTicketRequest` with its required fields (`openTeamId`, `openTicketId`); set the others with the methods named after them.
    pub fn new(required: RetractTicketRequired) -> Self {
        let RetractTicketRequired { open_team_id, open_ticket_id } = required;
        Self {
            notify: None,
            open_team_id,
            open_ticket_id,
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
rt::impl_serialize! {
    RetractTicketRequest { "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "operatorUnionId" =>
    optional(operator_union_id), "ticketMemo" => optional(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetractTicketRequest { "notify" => read_field(notify), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "operatorUnionId" => read_field(operator_union_id), "ticketMemo" =>
    read_field(ticket_memo) }
}
impl rt::WriteRequest for RetractTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::robot_message_recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RobotMessageRecallRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMsgId`.
    pub open_msg_id: String,
    /// `openTeamId`.
    pub open_team_id: String,
}
/// The required fields of [`RobotMessageRecallRequest`], each named where it is set: `RobotMessageRecallRequest::new(RobotMessageRecallRequired { .. })`.
pub struct RobotMessageRecallRequired {
    /// `openConversationId`: see [`RobotMessageRecallRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMsgId`: see [`RobotMessageRecallRequest::open_msg_id`].
    pub open_msg_id: String,
    /// `openTeamId`: see [`RobotMessageRecallRequest::open_team_id`].
    pub open_team_id: String,
}
impl RobotMessageRecallRequest {
    /// A `RobotMessageRecallRequest` with its required fields (`openConversationId`, `openMsgId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: RobotMessageRecallRequired) -> Self {
        let RobotMessageRecallRequired {
            open_conversation_id,
            open_msg_id,
            open_team_id,
        } = required;
        Self {
            open_conversation_id,
            open_msg_id,
            open_team_id,
        }
    }
}
rt::impl_serialize! {
    RobotMessageRecallRequest { "openConversationId" => field(open_conversation_id),
    "openMsgId" => field(open_msg_id), "openTeamId" => field(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RobotMessageRecallRequest { "openConversationId" => read_field(open_conversation_id),
    "openMsgId" => read_field(open_msg_id), "openTeamId" => read_field(open_team_id) }
}
impl rt::WriteRequest for RobotMessageRecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_form_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SaveFormInstanceRequest`], each named where it is set: `SaveFormInstanceRequest::new(SaveFormInstanceRequired { .. })`.
pub struct SaveFormInstanceRequired {
    /// `formDataList`: see [`SaveFormInstanceRequest::form_data_list`].
    pub form_data_list: String,
    /// `openTeamId`: see [`SaveFormInstanceRequest::open_team_id`].
    pub open_team_id: String,
}
impl SaveFormInstanceRequest {
    /// A `SaveFormInstanceRequest` with its required fields (`formDataList`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: SaveFormInstanceRequired) -> Self {
        let SaveFormInstanceRequired { form_data_list, open_team_id } = required;
        Self {
            form_data_list,
            open_team_id,
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
rt::impl_serialize! {
    SaveFormInstanceRequest { "formDataList" => field(form_data_list), "openTeamId" =>
    field(open_team_id), "operatorUnionId" => optional(operator_union_id), "ownerUnionId"
    => optional(owner_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveFormInstanceRequest { "formDataList" => read_field(form_data_list), "openTeamId"
    => read_field(open_team_id), "operatorUnionId" => read_field(operator_union_id),
    "ownerUnionId" => read_field(owner_union_id) }
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
rt::impl_serialize! {
    SearchGroupRequest { "groupName" => optional(group_name), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "openConversationId" =>
    optional(open_conversation_id), "openGroupSetId" => optional(open_group_set_id),
    "openTeamId" => optional(open_team_id), "searchType" => optional(search_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchGroupRequest { "groupName" => read_field(group_name), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "openConversationId"
    => read_field(open_conversation_id), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id), "searchType"
    => read_field(search_type) }
}
impl rt::WriteRequest for SearchGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_msg_by_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMsgByTaskRequest`], each named where it is set: `SendMsgByTaskRequest::new(SendMsgByTaskRequired { .. })`.
pub struct SendMsgByTaskRequired {
    /// `messageContent`: see [`SendMsgByTaskRequest::message_content`].
    pub message_content: SendMsgByTaskRequestMessageContent,
    /// `openTeamId`: see [`SendMsgByTaskRequest::open_team_id`].
    pub open_team_id: String,
    /// `queryGroup`: see [`SendMsgByTaskRequest::query_group`].
    pub query_group: SendMsgByTaskRequestQueryGroup,
    /// `sendConfig`: see [`SendMsgByTaskRequest::send_config`].
    pub send_config: SendMsgByTaskRequestSendConfig,
    /// `taskName`: see [`SendMsgByTaskRequest::task_name`].
    pub task_name: String,
}
impl SendMsgByTaskRequest {
    /// A `SendMsgByTaskRequest` with its required fields (`messageContent`, `openTeamId`, `queryGroup`, `sendConfig`, `taskName`); set the others with the methods named after them.
    pub fn new(required: SendMsgByTaskRequired) -> Self {
        let SendMsgByTaskRequired {
            message_content,
            open_team_id,
            query_group,
            send_config,
            task_name,
        } = required;
        Self {
            message_content,
            open_team_id,
            query_group,
            send_config,
            task_name,
        }
    }
}
rt::impl_serialize! {
    SendMsgByTaskRequest { "messageContent" => field(message_content), "openTeamId" =>
    field(open_team_id), "queryGroup" => field(query_group), "sendConfig" =>
    field(send_config), "taskName" => field(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgByTaskRequest { "messageContent" => read_field(message_content), "openTeamId"
    => read_field(open_team_id), "queryGroup" => read_field(query_group), "sendConfig" =>
    read_field(send_config), "taskName" => read_field(task_name) }
}
impl rt::WriteRequest for SendMsgByTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_msg_by_task_support_invite_join_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMsgByTaskSupportInviteJoinOrgRequest`], each named where it is set: `SendMsgByTaskSupportInviteJoinOrgRequest::new(SendMsgByTaskSupportInviteJoinOrgRequired { .. })`.
pub struct SendMsgByTaskSupportInviteJoinOrgRequired {
    /// `messageContent`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::message_content`].
    pub message_content: SendMsgByTaskSupportInviteJoinOrgRequestMessageContent,
    /// `mobilePhones`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::mobile_phones`].
    pub mobile_phones: Vec<String>,
    /// `needUrlTrack`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::need_url_track`].
    pub need_url_track: bool,
    /// `openTeamId`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::open_team_id`].
    pub open_team_id: String,
    /// `sendChannel`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::send_channel`].
    pub send_channel: String,
    /// `taskName`: see [`SendMsgByTaskSupportInviteJoinOrgRequest::task_name`].
    pub task_name: String,
}
impl SendMsgByTaskSupportInviteJoinOrgRequest {
    /// A `SendMsgByTaskSupportInviteJoinOrgRequest` with its required fields (`messageContent`, `mobilePhones`, `needUrlTrack`, `openTeamId`, `sendChannel`, `taskName`); set the others with the methods named after them.
    pub fn new(required: SendMsgByTaskSupportInviteJoinOrgRequired) -> Self {
        let SendMsgByTaskSupportInviteJoinOrgRequired {
            message_content,
            mobile_phones,
            need_url_track,
            open_team_id,
            send_channel,
            task_name,
        } = required;
        Self {
            message_content,
            mobile_phones,
            need_url_track,
            open_team_id,
            send_channel,
            task_name,
        }
    }
}
rt::impl_serialize! {
    SendMsgByTaskSupportInviteJoinOrgRequest { "messageContent" =>
    field(message_content), "mobilePhones" => field(mobile_phones), "needUrlTrack" =>
    field(need_url_track), "openTeamId" => field(open_team_id), "sendChannel" =>
    field(send_channel), "taskName" => field(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgByTaskSupportInviteJoinOrgRequest { "messageContent" =>
    read_field(message_content), "mobilePhones" => read_field(mobile_phones),
    "needUrlTrack" => read_field(need_url_track), "openTeamId" =>
    read_field(open_team_id), "sendChannel" => read_field(send_channel), "taskName" =>
    read_field(task_name) }
}
impl rt::WriteRequest for SendMsgByTaskSupportInviteJoinOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_service_group_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendServiceGroupMessageRequest`], each named where it is set: `SendServiceGroupMessageRequest::new(SendServiceGroupMessageRequired { .. })`.
pub struct SendServiceGroupMessageRequired {
    /// `content`: see [`SendServiceGroupMessageRequest::content`].
    pub content: String,
    /// `messageType`: see [`SendServiceGroupMessageRequest::message_type`].
    pub message_type: String,
    /// `targetOpenConversationId`: see [`SendServiceGroupMessageRequest::target_open_conversation_id`].
    pub target_open_conversation_id: String,
    /// `title`: see [`SendServiceGroupMessageRequest::title`].
    pub title: String,
}
impl SendServiceGroupMessageRequest {
    /// A `SendServiceGroupMessageRequest` with its required fields (`content`, `messageType`, `targetOpenConversationId`, `title`); set the others with the methods named after them.
    pub fn new(required: SendServiceGroupMessageRequired) -> Self {
        let SendServiceGroupMessageRequired {
            content,
            message_type,
            target_open_conversation_id,
            title,
        } = required;
        Self {
            at_dingtalk_ids: None,
            at_mobiles: None,
            at_union_ids: None,
            btn_orientation: None,
            btns: None,
            content,
            has_content_links: None,
            is_at_all: None,
            message_type,
            receiver_dingtalk_ids: None,
            receiver_mobiles: None,
            receiver_union_ids: None,
            target_open_conversation_id,
            title,
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
rt::impl_serialize! {
    SendServiceGroupMessageRequest { "atDingtalkIds" => optional(at_dingtalk_ids),
    "atMobiles" => optional(at_mobiles), "atUnionIds" => optional(at_union_ids),
    "btnOrientation" => optional(btn_orientation), "btns" => optional(btns), "content" =>
    field(content), "hasContentLinks" => optional(has_content_links), "isAtAll" =>
    optional(is_at_all), "messageType" => field(message_type), "receiverDingtalkIds" =>
    optional(receiver_dingtalk_ids), "receiverMobiles" => optional(receiver_mobiles),
    "receiverUnionIds" => optional(receiver_union_ids), "targetOpenConversationId" =>
    field(target_open_conversation_id), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendServiceGroupMessageRequest { "atDingtalkIds" => read_field(at_dingtalk_ids),
    "atMobiles" => read_field(at_mobiles), "atUnionIds" => read_field(at_union_ids),
    "btnOrientation" => read_field(btn_orientation), "btns" => read_field(btns),
    "content" => read_field(content), "hasContentLinks" => read_field(has_content_links),
    "isAtAll" => read_field(is_at_all), "messageType" => read_field(message_type),
    "receiverDingtalkIds" => read_field(receiver_dingtalk_ids), "receiverMobiles" =>
    read_field(receiver_mobiles), "receiverUnionIds" => read_field(receiver_union_ids),
    "targetOpenConversationId" => read_field(target_open_conversation_id), "title" =>
    read_field(title) }
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
rt::impl_serialize! {
    SetRobotConfigRequest { "dingIsvOrgId" => optional(ding_isv_org_id), "dingOrgId" =>
    optional(ding_org_id), "dingSuiteKey" => optional(ding_suite_key),
    "dingTokenGrantType" => optional(ding_token_grant_type), "openGroupSetId" =>
    optional(open_group_set_id), "openTeamId" => optional(open_team_id), "status" =>
    optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRobotConfigRequest { "dingIsvOrgId" => read_field(ding_isv_org_id), "dingOrgId" =>
    read_field(ding_org_id), "dingSuiteKey" => read_field(ding_suite_key),
    "dingTokenGrantType" => read_field(ding_token_grant_type), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for SetRobotConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::take_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TakeTicketRequest {
    /// `openTeamId`.
    pub open_team_id: String,
    /// `openTicketId`.
    pub open_ticket_id: String,
    /// `takerUnionId`.
    pub taker_union_id: String,
}
/// The required fields of [`TakeTicketRequest`], each named where it is set: `TakeTicketRequest::new(TakeTicketRequired { .. })`.
pub struct TakeTicketRequired {
    /// `openTeamId`: see [`TakeTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`TakeTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `takerUnionId`: see [`TakeTicketRequest::taker_union_id`].
    pub taker_union_id: String,
}
impl TakeTicketRequest {
    /// A `TakeTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `takerUnionId`); set the others with the methods named after them.
    pub fn new(required: TakeTicketRequired) -> Self {
        let TakeTicketRequired { open_team_id, open_ticket_id, taker_union_id } = required;
        Self {
            open_team_id,
            open_ticket_id,
            taker_union_id,
        }
    }
}
rt::impl_serialize! {
    TakeTicketRequest { "openTeamId" => field(open_team_id), "openTicketId" =>
    field(open_ticket_id), "takerUnionId" => field(taker_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TakeTicketRequest { "openTeamId" => read_field(open_team_id), "openTicketId" =>
    read_field(open_ticket_id), "takerUnionId" => read_field(taker_union_id) }
}
impl rt::WriteRequest for TakeTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topic_statistics`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TopicStatisticsRequest`], each named where it is set: `TopicStatisticsRequest::new(TopicStatisticsRequired { .. })`.
pub struct TopicStatisticsRequired {
    /// `maxDt`: see [`TopicStatisticsRequest::max_dt`].
    pub max_dt: String,
    /// `minDt`: see [`TopicStatisticsRequest::min_dt`].
    pub min_dt: String,
    /// `openTeamId`: see [`TopicStatisticsRequest::open_team_id`].
    pub open_team_id: String,
}
impl TopicStatisticsRequest {
    /// A `TopicStatisticsRequest` with its required fields (`maxDt`, `minDt`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: TopicStatisticsRequired) -> Self {
        let TopicStatisticsRequired { max_dt, min_dt, open_team_id } = required;
        Self {
            max_dt,
            min_dt,
            open_conversation_ids: None,
            open_team_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TopicStatisticsRequest { "maxDt" => read_field(max_dt), "minDt" =>
    read_field(min_dt), "openConversationIds" => read_field(open_conversation_ids),
    "openTeamId" => read_field(open_team_id), "searchContent" =>
    read_field(search_content) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TransferTicketRequest`], each named where it is set: `TransferTicketRequest::new(TransferTicketRequired { .. })`.
pub struct TransferTicketRequired {
    /// `openTeamId`: see [`TransferTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`TransferTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `processorUnionId`: see [`TransferTicketRequest::processor_union_id`].
    pub processor_union_id: String,
    /// `processorUnionIds`: see [`TransferTicketRequest::processor_union_ids`].
    pub processor_union_ids: Vec<String>,
}
impl TransferTicketRequest {
    /// A `TransferTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `processorUnionIds`); set the others with the methods named after them.
    pub fn new(required: TransferTicketRequired) -> Self {
        let TransferTicketRequired {
            open_team_id,
            open_ticket_id,
            processor_union_id,
            processor_union_ids,
        } = required;
        Self {
            notify: None,
            open_team_id,
            open_ticket_id,
            processor_union_id,
            processor_union_ids,
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
rt::impl_serialize! {
    TransferTicketRequest { "notify" => optional(notify), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "processorUnionId" =>
    field(processor_union_id), "processorUnionIds" => field(processor_union_ids),
    "ticketMemo" => optional(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransferTicketRequest { "notify" => read_field(notify), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "processorUnionId" => read_field(processor_union_id), "processorUnionIds" =>
    read_field(processor_union_ids), "ticketMemo" => read_field(ticket_memo) }
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
rt::impl_serialize! {
    UpdateGroupSetRequest { "openConversationId" => optional(open_conversation_id),
    "openGroupSetId" => optional(open_group_set_id), "openTeamId" =>
    optional(open_team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupSetRequest { "openConversationId" => read_field(open_conversation_id),
    "openGroupSetId" => read_field(open_group_set_id), "openTeamId" =>
    read_field(open_team_id) }
}
impl rt::WriteRequest for UpdateGroupSetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupTagRequest {
    /// `openConversationIds`.
    pub open_conversation_ids: Vec<String>,
    /// `tagNames`.
    pub tag_names: Option<Vec<String>>,
    /// `updateType`.
    pub update_type: String,
}
/// The required fields of [`UpdateGroupTagRequest`], each named where it is set: `UpdateGroupTagRequest::new(UpdateGroupTagRequired { .. })`.
pub struct UpdateGroupTagRequired {
    /// `openConversationIds`: see [`UpdateGroupTagRequest::open_conversation_ids`].
    pub open_conversation_ids: Vec<String>,
    /// `updateType`: see [`UpdateGroupTagRequest::update_type`].
    pub update_type: String,
}
impl UpdateGroupTagRequest {
    /// A `UpdateGroupTagRequest` with its required fields (`openConversationIds`, `updateType`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupTagRequired) -> Self {
        let UpdateGroupTagRequired { open_conversation_ids, update_type } = required;
        Self {
            open_conversation_ids,
            tag_names: None,
            update_type,
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
rt::impl_serialize! {
    UpdateGroupTagRequest { "openConversationIds" => field(open_conversation_ids),
    "tagNames" => optional(tag_names), "updateType" => field(update_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupTagRequest { "openConversationIds" => read_field(open_conversation_ids),
    "tagNames" => read_field(tag_names), "updateType" => read_field(update_type) }
}
impl rt::WriteRequest for UpdateGroupTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateInstanceRequest`], each named where it is set: `UpdateInstanceRequest::new(UpdateInstanceRequired { .. })`.
pub struct UpdateInstanceRequired {
    /// `formCode`: see [`UpdateInstanceRequest::form_code`].
    pub form_code: String,
    /// `formDataList`: see [`UpdateInstanceRequest::form_data_list`].
    pub form_data_list: String,
    /// `openDataInstanceId`: see [`UpdateInstanceRequest::open_data_instance_id`].
    pub open_data_instance_id: String,
    /// `openTeamId`: see [`UpdateInstanceRequest::open_team_id`].
    pub open_team_id: String,
}
impl UpdateInstanceRequest {
    /// A `UpdateInstanceRequest` with its required fields (`formCode`, `formDataList`, `openDataInstanceId`, `openTeamId`); set the others with the methods named after them.
    pub fn new(required: UpdateInstanceRequired) -> Self {
        let UpdateInstanceRequired {
            form_code,
            form_data_list,
            open_data_instance_id,
            open_team_id,
        } = required;
        Self {
            external_biz_id: None,
            form_code,
            form_data_list,
            open_data_instance_id,
            open_team_id,
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
rt::impl_serialize! {
    UpdateInstanceRequest { "externalBizId" => optional(external_biz_id), "formCode" =>
    field(form_code), "formDataList" => field(form_data_list), "openDataInstanceId" =>
    field(open_data_instance_id), "openTeamId" => field(open_team_id), "operatorUnionId"
    => optional(operator_union_id), "ownerUnionId" => optional(owner_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInstanceRequest { "externalBizId" => read_field(external_biz_id), "formCode" =>
    read_field(form_code), "formDataList" => read_field(form_data_list),
    "openDataInstanceId" => read_field(open_data_instance_id), "openTeamId" =>
    read_field(open_team_id), "operatorUnionId" => read_field(operator_union_id),
    "ownerUnionId" => read_field(owner_union_id) }
}
impl rt::WriteRequest for UpdateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateTicketRequest`], each named where it is set: `UpdateTicketRequest::new(UpdateTicketRequired { .. })`.
pub struct UpdateTicketRequired {
    /// `openTeamId`: see [`UpdateTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`UpdateTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `processorUnionId`: see [`UpdateTicketRequest::processor_union_id`].
    pub processor_union_id: String,
    /// `ticketMemo`: see [`UpdateTicketRequest::ticket_memo`].
    pub ticket_memo: UpdateTicketRequestTicketMemo,
}
impl UpdateTicketRequest {
    /// A `UpdateTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `processorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(required: UpdateTicketRequired) -> Self {
        let UpdateTicketRequired {
            open_team_id,
            open_ticket_id,
            processor_union_id,
            ticket_memo,
        } = required;
        Self {
            custom_fields: None,
            open_team_id,
            open_ticket_id,
            processor_union_id,
            ticket_memo,
        }
    }
    /// Sets `customFields`.
    pub fn custom_fields(mut self, value: impl Into<String>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTicketRequest { "customFields" => optional(custom_fields), "openTeamId" =>
    field(open_team_id), "openTicketId" => field(open_ticket_id), "processorUnionId" =>
    field(processor_union_id), "ticketMemo" => field(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTicketRequest { "customFields" => read_field(custom_fields), "openTeamId" =>
    read_field(open_team_id), "openTicketId" => read_field(open_ticket_id),
    "processorUnionId" => read_field(processor_union_id), "ticketMemo" =>
    read_field(ticket_memo) }
}
impl rt::WriteRequest for UpdateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_cloud_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpgradeCloudGroupRequest`], each named where it is set: `UpgradeCloudGroupRequest::new(UpgradeCloudGroupRequired { .. })`.
pub struct UpgradeCloudGroupRequired {
    /// `ccsInstanceId`: see [`UpgradeCloudGroupRequest::ccs_instance_id`].
    pub ccs_instance_id: String,
    /// `openConversationId`: see [`UpgradeCloudGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpgradeCloudGroupRequest {
    /// A `UpgradeCloudGroupRequest` with its required fields (`ccsInstanceId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpgradeCloudGroupRequired) -> Self {
        let UpgradeCloudGroupRequired { ccs_instance_id, open_conversation_id } = required;
        Self {
            ccs_instance_id,
            open_conversation_id,
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
rt::impl_serialize! {
    UpgradeCloudGroupRequest { "ccsInstanceId" => field(ccs_instance_id),
    "openConversationId" => field(open_conversation_id), "openGroupSetId" =>
    optional(open_group_set_id), "openTeamId" => optional(open_team_id), "templateId" =>
    optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeCloudGroupRequest { "ccsInstanceId" => read_field(ccs_instance_id),
    "openConversationId" => read_field(open_conversation_id), "openGroupSetId" =>
    read_field(open_group_set_id), "openTeamId" => read_field(open_team_id), "templateId"
    => read_field(template_id) }
}
impl rt::WriteRequest for UpgradeCloudGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_normal_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpgradeNormalGroupRequest`], each named where it is set: `UpgradeNormalGroupRequest::new(UpgradeNormalGroupRequired { .. })`.
pub struct UpgradeNormalGroupRequired {
    /// `openConversationId`: see [`UpgradeNormalGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpgradeNormalGroupRequest {
    /// A `UpgradeNormalGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpgradeNormalGroupRequired) -> Self {
        let UpgradeNormalGroupRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
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
rt::impl_serialize! {
    UpgradeNormalGroupRequest { "openConversationId" => field(open_conversation_id),
    "openGroupSetId" => optional(open_group_set_id), "openTeamId" =>
    optional(open_team_id), "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeNormalGroupRequest { "openConversationId" => read_field(open_conversation_id),
    "openGroupSetId" => read_field(open_group_set_id), "openTeamId" =>
    read_field(open_team_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for UpgradeNormalGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::urge_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UrgeTicketRequest`], each named where it is set: `UrgeTicketRequest::new(UrgeTicketRequired { .. })`.
pub struct UrgeTicketRequired {
    /// `openTeamId`: see [`UrgeTicketRequest::open_team_id`].
    pub open_team_id: String,
    /// `openTicketId`: see [`UrgeTicketRequest::open_ticket_id`].
    pub open_ticket_id: String,
    /// `operatorUnionId`: see [`UrgeTicketRequest::operator_union_id`].
    pub operator_union_id: String,
    /// `ticketMemo`: see [`UrgeTicketRequest::ticket_memo`].
    pub ticket_memo: UrgeTicketRequestTicketMemo,
}
impl UrgeTicketRequest {
    /// A `UrgeTicketRequest` with its required fields (`openTeamId`, `openTicketId`, `operatorUnionId`, `ticketMemo`); set the others with the methods named after them.
    pub fn new(required: UrgeTicketRequired) -> Self {
        let UrgeTicketRequired {
            open_team_id,
            open_ticket_id,
            operator_union_id,
            ticket_memo,
        } = required;
        Self {
            open_team_id,
            open_ticket_id,
            operator_union_id,
            ticket_memo,
        }
    }
}
rt::impl_serialize! {
    UrgeTicketRequest { "openTeamId" => field(open_team_id), "openTicketId" =>
    field(open_ticket_id), "operatorUnionId" => field(operator_union_id), "ticketMemo" =>
    field(ticket_memo) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UrgeTicketRequest { "openTeamId" => read_field(open_team_id), "openTicketId" =>
    read_field(open_ticket_id), "operatorUnionId" => read_field(operator_union_id),
    "ticketMemo" => read_field(ticket_memo) }
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
