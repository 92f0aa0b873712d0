// @generated from api-spec/assistant_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI 助理 2.0 (AI Assistant 2.0)：AI 助理的线程、消息与运行任务。
//!
//! 9 operations, methods of [`Api`] (`client.assistant_2_0()`), behind the cargo feature `assistant_2_0`; its paths start with `/v2.0/assistant/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `assistant_2_0`. Get it with `client.assistant_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建AI助理的消息体
    ///
    /// `POST /v2.0/assistant/threads/{threadId}/messages`: DingTalk's `CreateAssistantMessage` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantMessage")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}/messages")]
    #[doc(alias = "POST /v2.0/assistant/threads/{threadId}/messages")]
    pub fn create_assistant_message(
        &self,
        thread_id: &str,
        request: &CreateAssistantMessageRequest,
    ) -> rt::Call<CreateAssistantMessageResponseBody, CreateAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantMessage",
            rt::Method::Post,
            "/v2.0/assistant/threads/{threadId}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理的运行任务
    ///
    /// `POST /v2.0/assistant/threads/{threadId}/runs`: DingTalk's `CreateAssistantRun` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantRun")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}/runs")]
    #[doc(alias = "POST /v2.0/assistant/threads/{threadId}/runs")]
    pub fn create_assistant_run(
        &self,
        thread_id: &str,
    ) -> rt::Call<CreateAssistantRunResponseBody, CreateAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantRun",
            rt::Method::Post,
            "/v2.0/assistant/threads/{threadId}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 创建AI助理线程实例
    ///
    /// `POST /v2.0/assistant/threads`: DingTalk's `CreateAssistantThread` (module feature `assistant_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantThread")]
    #[doc(alias = "/v2.0/assistant/threads")]
    #[doc(alias = "POST /v2.0/assistant/threads")]
    pub fn create_assistant_thread(
        &self,
    ) -> rt::Call<CreateAssistantThreadResponseBody, CreateAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantThread",
            rt::Method::Post,
            "/v2.0/assistant/threads",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 删除AI助理的消息体
    ///
    /// `DELETE /v2.0/assistant/threads/{threadId}/messages/{messageId}`: DingTalk's `DeleteAssistantMessage` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    /// - `message_id`: `{messageId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAssistantMessage")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}/messages/{messageId}")]
    #[doc(alias = "DELETE /v2.0/assistant/threads/{threadId}/messages/{messageId}")]
    pub fn delete_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<DeleteAssistantMessageResponseBody, DeleteAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantMessage",
            rt::Method::Delete,
            "/v2.0/assistant/threads/{threadId}/messages/{messageId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 删除AI助理线程实例
    ///
    /// `DELETE /v2.0/assistant/threads/{threadId}`: DingTalk's `DeleteAssistantThread` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAssistantThread")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}")]
    #[doc(alias = "DELETE /v2.0/assistant/threads/{threadId}")]
    pub fn delete_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<DeleteAssistantThreadResponseBody, DeleteAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantThread",
            rt::Method::Delete,
            "/v2.0/assistant/threads/{threadId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 获取AI助理消息列表
    ///
    /// `GET /v2.0/assistant/threads/{threadId}/messages`: DingTalk's `ListAssistantMessage` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAssistantMessage")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}/messages")]
    #[doc(alias = "GET /v2.0/assistant/threads/{threadId}/messages")]
    pub fn list_assistant_message(
        &self,
        thread_id: &str,
        request: &ListAssistantMessageRequest,
    ) -> rt::Call<ListAssistantMessageResponseBody, ListAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantMessage",
            rt::Method::Get,
            "/v2.0/assistant/threads/{threadId}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 分页查询算粒使用记录
    ///
    /// `GET /v2.0/assistant/aiCredits/pageListAICreditsUsage`: DingTalk's `PageListAICreditsUsage` (module feature `assistant_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_ai_credits_usage_pages`].
    #[doc(alias = "PageListAICreditsUsage")]
    #[doc(alias = "/v2.0/assistant/aiCredits/pageListAICreditsUsage")]
    #[doc(alias = "GET /v2.0/assistant/aiCredits/pageListAICreditsUsage")]
    pub fn page_list_ai_credits_usage(
        &self,
        request: &PageListAICreditsUsageRequest,
    ) -> rt::Call<PageListAICreditsUsageResponseBody, PageListAICreditsUsageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListAICreditsUsage",
            rt::Method::Get,
            "/v2.0/assistant/aiCredits/pageListAICreditsUsage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI助理的消息体
    ///
    /// `GET /v2.0/assistant/threads/{threadId}/messages/{messageId}`: DingTalk's `RetrieveAssistantMessage` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    /// - `message_id`: `{messageId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantMessage")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}/messages/{messageId}")]
    #[doc(alias = "GET /v2.0/assistant/threads/{threadId}/messages/{messageId}")]
    pub fn retrieve_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<RetrieveAssistantMessageResponseBody, RetrieveAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantMessage",
            rt::Method::Get,
            "/v2.0/assistant/threads/{threadId}/messages/{messageId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 检索AI助理线程实例
    ///
    /// `GET /v2.0/assistant/threads/{threadId}`: DingTalk's `RetrieveAssistantThread` (module feature `assistant_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantThread")]
    #[doc(alias = "/v2.0/assistant/threads/{threadId}")]
    #[doc(alias = "GET /v2.0/assistant/threads/{threadId}")]
    pub fn retrieve_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<RetrieveAssistantThreadResponseBody, RetrieveAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantThread",
            rt::Method::Get,
            "/v2.0/assistant/threads/{threadId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// Every page of [`Api::page_list_ai_credits_usage`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `dataList` of each page.
    pub fn page_list_ai_credits_usage_pages(
        &self,
        request: &PageListAICreditsUsageRequest,
    ) -> rt::Paginator<
        PageListAICreditsUsageResponseBody,
        PageListAICreditsUsageError,
        PageListAICreditsUsageResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["dataList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.page_list_ai_credits_usage(request), &PAGING)
    }
}
/// `CreateAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantMessageResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `runId`.
    pub run_id: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantMessageResponseBody { "assistantId" => read_field(assistant_id),
    "createdAt" => read_field(created_at), "id" => read_field(id), "object" =>
    read_field(object), "role" => read_field(role), "runId" => read_field(run_id),
    "threadId" => read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantMessageResponseBody { "assistantId" => optional(assistant_id),
    "createdAt" => optional(created_at), "id" => optional(id), "object" =>
    optional(object), "role" => optional(role), "runId" => optional(run_id), "threadId"
    => optional(thread_id) }
}
/// `CreateAssistantRunResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantRunResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `cancelledAt`.
    pub cancelled_at: Option<i64>,
    /// `completedAt`.
    pub completed_at: Option<i64>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `expiresAt`.
    pub expires_at: Option<i64>,
    /// `failedAt`.
    pub failed_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `lastErrorMsg`.
    pub last_error_msg: Option<String>,
    /// `object`.
    pub object: Option<String>,
    /// `startedAt`.
    pub started_at: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantRunResponseBody { "assistantId" => read_field(assistant_id),
    "cancelledAt" => read_field(cancelled_at), "completedAt" => read_field(completed_at),
    "createdAt" => read_field(created_at), "expiresAt" => read_field(expires_at),
    "failedAt" => read_field(failed_at), "id" => read_field(id), "lastErrorMsg" =>
    read_field(last_error_msg), "object" => read_field(object), "startedAt" =>
    read_field(started_at), "status" => read_field(status), "threadId" =>
    read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantRunResponseBody { "assistantId" => optional(assistant_id),
    "cancelledAt" => optional(cancelled_at), "completedAt" => optional(completed_at),
    "createdAt" => optional(created_at), "expiresAt" => optional(expires_at), "failedAt"
    => optional(failed_at), "id" => optional(id), "lastErrorMsg" =>
    optional(last_error_msg), "object" => optional(object), "startedAt" =>
    optional(started_at), "status" => optional(status), "threadId" => optional(thread_id)
    }
}
/// `CreateAssistantThreadResponseBody`, a model several operations share: also named [`RetrieveAssistantThreadResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantThreadResponseBody {
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantThreadResponseBody { "createdAt" => read_field(created_at), "id" =>
    read_field(id), "object" => read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantThreadResponseBody { "createdAt" => optional(created_at), "id" =>
    optional(id), "object" => optional(object) }
}
/// `DeleteAssistantMessageResponseBody`, a model several operations share: also named [`DeleteAssistantThreadResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteAssistantMessageResponseBody {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    DeleteAssistantMessageResponseBody { "deleted" => read_field(deleted), "id" =>
    read_field(id), "object" => read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteAssistantMessageResponseBody { "deleted" => optional(deleted), "id" =>
    optional(id), "object" => optional(object) }
}
/// `DeleteAssistantThreadResponseBody`: the same model as [`DeleteAssistantMessageResponseBody`].
pub type DeleteAssistantThreadResponseBody = DeleteAssistantMessageResponseBody;
/// `ListAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantMessageResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantMessageResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    ListAssistantMessageResponseBody { "data" => read_field(data), "object" =>
    read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantMessageResponseBody { "data" => optional(data), "object" =>
    optional(object) }
}
/// `PageListAICreditsUsageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListAICreditsUsageResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<PageListAICreditsUsageResponseBodyDataList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    PageListAICreditsUsageResponseBody { "dataList" => read_field(data_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListAICreditsUsageResponseBody { "dataList" => optional(data_list), "totalCount"
    => optional(total_count) }
}
/// `RetrieveAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetrieveAssistantMessageResponseBody {
    /// `assisantId`.
    pub assisant_id: Option<String>,
    /// `content`.
    pub content: Option<Vec<rt::serde_json::Value>>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `runId`.
    pub run_id: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    RetrieveAssistantMessageResponseBody { "assisantId" => read_field(assisant_id),
    "content" => read_field(content), "createdAt" => read_field(created_at), "id" =>
    read_field(id), "object" => read_field(object), "role" => read_field(role), "runId"
    => read_field(run_id), "threadId" => read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveAssistantMessageResponseBody { "assisantId" => optional(assisant_id),
    "content" => optional(content), "createdAt" => optional(created_at), "id" =>
    optional(id), "object" => optional(object), "role" => optional(role), "runId" =>
    optional(run_id), "threadId" => optional(thread_id) }
}
/// `RetrieveAssistantThreadResponseBody`: the same model as [`CreateAssistantThreadResponseBody`].
pub type RetrieveAssistantThreadResponseBody = CreateAssistantThreadResponseBody;
/// `ListAssistantMessageResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantMessageResponseBodyData {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `content`.
    pub content: Option<Vec<rt::serde_json::Value>>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `runId`.
    pub run_id: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    ListAssistantMessageResponseBodyData { "assistantId" => read_field(assistant_id),
    "content" => read_field(content), "createdAt" => read_field(created_at), "id" =>
    read_field(id), "object" => read_field(object), "role" => read_field(role), "runId"
    => read_field(run_id), "threadId" => read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantMessageResponseBodyData { "assistantId" => optional(assistant_id),
    "content" => optional(content), "createdAt" => optional(created_at), "id" =>
    optional(id), "object" => optional(object), "role" => optional(role), "runId" =>
    optional(run_id), "threadId" => optional(thread_id) }
}
/// `PageListAICreditsUsageResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListAICreditsUsageResponseBodyDataList {
    /// `abilityName`.
    pub ability_name: Option<String>,
    /// `aiCreditsUsedNum`.
    pub ai_credits_used_num: Option<f64>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `isTimeFree`.
    pub is_time_free: Option<bool>,
    /// `scenarioName`.
    pub scenario_name: Option<String>,
    /// `taskName`.
    pub task_name: Option<String>,
    /// `usageTime`.
    pub usage_time: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    PageListAICreditsUsageResponseBodyDataList { "abilityName" =>
    read_field(ability_name), "aiCreditsUsedNum" => read_field(ai_credits_used_num),
    "bizId" => read_field(biz_id), "deptName" => read_field(dept_name), "isTimeFree" =>
    read_field(is_time_free), "scenarioName" => read_field(scenario_name), "taskName" =>
    read_field(task_name), "usageTime" => read_field(usage_time), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListAICreditsUsageResponseBodyDataList { "abilityName" => optional(ability_name),
    "aiCreditsUsedNum" => optional(ai_credits_used_num), "bizId" => optional(biz_id),
    "deptName" => optional(dept_name), "isTimeFree" => optional(is_time_free),
    "scenarioName" => optional(scenario_name), "taskName" => optional(task_name),
    "usageTime" => optional(usage_time), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// The request of [`Api::create_assistant_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAssistantMessageRequest {
    /// `content`: a query parameter.
    pub content: String,
    /// `role`: a query parameter.
    pub role: String,
}
/// The required fields of [`CreateAssistantMessageRequest`], each named where it is set: `CreateAssistantMessageRequest::new(CreateAssistantMessageRequired { .. })`.
pub struct CreateAssistantMessageRequired {
    /// `content`: see [`CreateAssistantMessageRequest::content`].
    pub content: String,
    /// `role`: see [`CreateAssistantMessageRequest::role`].
    pub role: String,
}
impl CreateAssistantMessageRequest {
    /// A `CreateAssistantMessageRequest` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(required: CreateAssistantMessageRequired) -> Self {
        let CreateAssistantMessageRequired { content, role } = required;
        Self { content, role }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAssistantMessageRequest { "content" => read_field(content), "role" =>
    read_field(role) }
}
impl rt::WriteRequest for CreateAssistantMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("content", &self.content);
        writer.query("role", &self.role);
    }
}
/// The request of [`Api::list_assistant_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantMessageRequest {
    /// `limit`: a query parameter.
    pub limit: Option<i64>,
    /// `runId`: a query parameter.
    pub run_id: Option<String>,
}
impl ListAssistantMessageRequest {
    /// An empty `ListAssistantMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `runId`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAssistantMessageRequest { "limit" => read_field(limit), "runId" =>
    read_field(run_id) }
}
impl rt::WriteRequest for ListAssistantMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("limit", &self.limit);
        writer.query("runId", &self.run_id);
    }
}
/// The request of [`Api::page_list_ai_credits_usage`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListAICreditsUsageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `scenarioName`: a query parameter.
    pub scenario_name: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
    /// `userName`: a query parameter.
    pub user_name: Option<String>,
}
impl PageListAICreditsUsageRequest {
    /// An empty `PageListAICreditsUsageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `scenarioName`.
    pub fn scenario_name(mut self, value: impl Into<String>) -> Self {
        self.scenario_name = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListAICreditsUsageRequest { "endTime" => read_field(end_time), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "scenarioName" =>
    read_field(scenario_name), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
impl rt::WriteRequest for PageListAICreditsUsageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("scenarioName", &self.scenario_name);
        writer.query("startTime", &self.start_time);
        writer.query("userId", &self.user_id);
        writer.query("userName", &self.user_name);
    }
}
/// An error reply of [`Api::create_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::create_assistant_run`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantRunError = rt::ServiceError;
/// An error reply of [`Api::create_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantThreadError = rt::ServiceError;
/// An error reply of [`Api::delete_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::delete_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAssistantThreadError = rt::ServiceError;
/// An error reply of [`Api::list_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::page_list_ai_credits_usage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListAICreditsUsageError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantThreadError = rt::ServiceError;
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
        "CreateAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .create_assistant_message(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "CreateAssistantRun" => {
            rt::conformance::reply(api.create_assistant_run(inputs.path(0usize)?)).await
        }
        "CreateAssistantThread" => {
            rt::conformance::reply(api.create_assistant_thread()).await
        }
        "DeleteAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .delete_assistant_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "DeleteAssistantThread" => {
            rt::conformance::reply(api.delete_assistant_thread(inputs.path(0usize)?))
                .await
        }
        "ListAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .list_assistant_message(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "PageListAICreditsUsage" => {
            rt::conformance::reply(
                    api.page_list_ai_credits_usage(&inputs.request(false)?),
                )
                .await
        }
        "RetrieveAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .retrieve_assistant_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "RetrieveAssistantThread" => {
            rt::conformance::reply(api.retrieve_assistant_thread(inputs.path(0usize)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
