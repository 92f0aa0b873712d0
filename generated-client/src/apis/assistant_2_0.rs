// @generated from api-spec/assistant_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.assistant_2_0()`. Generated from `api-spec/assistant_2_0.yaml`.
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
    /// `POST /v2.0/assistant/threads/{thread_id}/messages` (operation `CreateAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_assistant_message(
        &self,
        thread_id: &str,
        request: &CreateAssistantMessageRequest,
    ) -> rt::Call<CreateAssistantMessageResponseBody, CreateAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantMessage",
            rt::Method::Post,
            "/v2.0/assistant/threads/{thread_id}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理的运行任务
    ///
    /// `POST /v2.0/assistant/threads/{thread_id}/runs` (operation `CreateAssistantRun`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantRunError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_assistant_run(
        &self,
        thread_id: &str,
    ) -> rt::Call<CreateAssistantRunResponseBody, CreateAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantRun",
            rt::Method::Post,
            "/v2.0/assistant/threads/{thread_id}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 创建AI助理线程实例
    ///
    /// `POST /v2.0/assistant/threads` (operation `CreateAssistantThread`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v2.0/assistant/threads/{thread_id}/messages/{message_id}` (operation `DeleteAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    /// - `message_id` (`message_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<DeleteAssistantMessageResponseBody, DeleteAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantMessage",
            rt::Method::Delete,
            "/v2.0/assistant/threads/{thread_id}/messages/{message_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 删除AI助理线程实例
    ///
    /// `DELETE /v2.0/assistant/threads/{thread_id}` (operation `DeleteAssistantThread`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<DeleteAssistantThreadResponseBody, DeleteAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantThread",
            rt::Method::Delete,
            "/v2.0/assistant/threads/{thread_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 获取AI助理消息列表
    ///
    /// `GET /v2.0/assistant/threads/{thread_id}/messages` (operation `ListAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_assistant_message(
        &self,
        thread_id: &str,
        request: &ListAssistantMessageRequest,
    ) -> rt::Call<ListAssistantMessageResponseBody, ListAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantMessage",
            rt::Method::Get,
            "/v2.0/assistant/threads/{thread_id}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 分页查询算粒使用记录
    ///
    /// `GET /v2.0/assistant/aiCredits/pageListAICreditsUsage` (operation `PageListAICreditsUsage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListAICreditsUsageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/assistant/threads/{thread_id}/messages/{message_id}` (operation `RetrieveAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    /// - `message_id` (`message_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<RetrieveAssistantMessageResponseBody, RetrieveAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantMessage",
            rt::Method::Get,
            "/v2.0/assistant/threads/{thread_id}/messages/{message_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 检索AI助理线程实例
    ///
    /// `GET /v2.0/assistant/threads/{thread_id}` (operation `RetrieveAssistantThread`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<RetrieveAssistantThreadResponseBody, RetrieveAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantThread",
            rt::Method::Get,
            "/v2.0/assistant/threads/{thread_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
}
/// `CreateAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            "role" => rt::read_field(map, &mut self.role),
            "runId" => rt::read_field(map, &mut self.run_id),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.optional("role", &self.role)?;
        object.optional("runId", &self.run_id)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `CreateAssistantRunResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantRunResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantRunResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "cancelledAt" => rt::read_field(map, &mut self.cancelled_at),
            "completedAt" => rt::read_field(map, &mut self.completed_at),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "expiresAt" => rt::read_field(map, &mut self.expires_at),
            "failedAt" => rt::read_field(map, &mut self.failed_at),
            "id" => rt::read_field(map, &mut self.id),
            "lastErrorMsg" => rt::read_field(map, &mut self.last_error_msg),
            "object" => rt::read_field(map, &mut self.object),
            "startedAt" => rt::read_field(map, &mut self.started_at),
            "status" => rt::read_field(map, &mut self.status),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantRunResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("cancelledAt", &self.cancelled_at)?;
        object.optional("completedAt", &self.completed_at)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("expiresAt", &self.expires_at)?;
        object.optional("failedAt", &self.failed_at)?;
        object.optional("id", &self.id)?;
        object.optional("lastErrorMsg", &self.last_error_msg)?;
        object.optional("object", &self.object)?;
        object.optional("startedAt", &self.started_at)?;
        object.optional("status", &self.status)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `CreateAssistantThreadResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAssistantThreadResponseBody {
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantThreadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantThreadResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantThreadResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `DeleteAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteAssistantMessageResponseBody {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleted" => rt::read_field(map, &mut self.deleted),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `DeleteAssistantThreadResponseBody`: the same model as [`DeleteAssistantMessageResponseBody`].
pub type DeleteAssistantThreadResponseBody = DeleteAssistantMessageResponseBody;
/// `ListAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantMessageResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantMessageResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `PageListAICreditsUsageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListAICreditsUsageResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<PageListAICreditsUsageResponseBodyDataList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListAICreditsUsageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListAICreditsUsageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListAICreditsUsageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `RetrieveAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assisantId" => rt::read_field(map, &mut self.assisant_id),
            "content" => rt::read_field(map, &mut self.content),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            "role" => rt::read_field(map, &mut self.role),
            "runId" => rt::read_field(map, &mut self.run_id),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assisantId", &self.assisant_id)?;
        object.optional("content", &self.content)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.optional("role", &self.role)?;
        object.optional("runId", &self.run_id)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `RetrieveAssistantThreadResponseBody`: the same model as [`CreateAssistantThreadResponseBody`].
pub type RetrieveAssistantThreadResponseBody = CreateAssistantThreadResponseBody;
/// `ListAssistantMessageResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAssistantMessageResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantMessageResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "content" => rt::read_field(map, &mut self.content),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            "role" => rt::read_field(map, &mut self.role),
            "runId" => rt::read_field(map, &mut self.run_id),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantMessageResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("content", &self.content)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.optional("role", &self.role)?;
        object.optional("runId", &self.run_id)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `PageListAICreditsUsageResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PageListAICreditsUsageResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListAICreditsUsageResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "abilityName" => rt::read_field(map, &mut self.ability_name),
            "aiCreditsUsedNum" => rt::read_field(map, &mut self.ai_credits_used_num),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "isTimeFree" => rt::read_field(map, &mut self.is_time_free),
            "scenarioName" => rt::read_field(map, &mut self.scenario_name),
            "taskName" => rt::read_field(map, &mut self.task_name),
            "usageTime" => rt::read_field(map, &mut self.usage_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListAICreditsUsageResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("abilityName", &self.ability_name)?;
        object.optional("aiCreditsUsedNum", &self.ai_credits_used_num)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("isTimeFree", &self.is_time_free)?;
        object.optional("scenarioName", &self.scenario_name)?;
        object.optional("taskName", &self.task_name)?;
        object.optional("usageTime", &self.usage_time)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// The request of [`Api::create_assistant_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAssistantMessageRequest {
    /// `content`: a query parameter.
    pub content: String,
    /// `role`: a query parameter.
    pub role: String,
}
impl CreateAssistantMessageRequest {
    /// A `CreateAssistantMessageRequest` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            role: role.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAssistantMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAssistantMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAssistantMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "limit" => rt::read_field(map, &mut self.limit),
            "runId" => rt::read_field(map, &mut self.run_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListAICreditsUsageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListAICreditsUsageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "scenarioName" => rt::read_field(map, &mut self.scenario_name),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
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
