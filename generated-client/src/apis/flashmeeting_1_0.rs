// @generated from api-spec/flashmeeting_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉闪会 (Flash Meeting)：闪会的创建、导出与知识库。
//!
//! 7 operations, methods of [`Api`] (`client.flashmeeting_1_0()`), behind the cargo feature `flashmeeting_1_0`; its paths start with `/v1.0/flashmeeting/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `flashmeeting_1_0`. Get it with `client.flashmeeting_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 将闪会添加链接到知识库
    ///
    /// `POST /v1.0/flashmeeting/meetings/copyLinkToWorkspace`: DingTalk's `CopyLinkToWorkspace` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyLinkToWorkspace")]
    #[doc(alias = "/v1.0/flashmeeting/meetings/copyLinkToWorkspace")]
    #[doc(alias = "POST /v1.0/flashmeeting/meetings/copyLinkToWorkspace")]
    pub fn copy_link_to_workspace(
        &self,
        request: &CopyLinkToWorkspaceRequest,
    ) -> rt::Call<CopyLinkToWorkspaceResponseBody, CopyLinkToWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyLinkToWorkspace",
            rt::Method::Post,
            "/v1.0/flashmeeting/meetings/copyLinkToWorkspace",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建钉闪会并绑定日程
    ///
    /// `POST /v1.0/flashmeeting/meetings`: DingTalk's `CreateFlashMeeting` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateFlashMeeting")]
    #[doc(alias = "/v1.0/flashmeeting/meetings")]
    #[doc(alias = "POST /v1.0/flashmeeting/meetings")]
    pub fn create_flash_meeting(
        &self,
        request: &CreateFlashMeetingRequest,
    ) -> rt::Call<CreateFlashMeetingResponseBody, CreateFlashMeetingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFlashMeeting",
            rt::Method::Post,
            "/v1.0/flashmeeting/meetings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 将闪会导出到文档
    ///
    /// `POST /v1.0/flashmeeting/meetings/export`: DingTalk's `ExportShanhuiToDoc` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExportShanhuiToDoc")]
    #[doc(alias = "/v1.0/flashmeeting/meetings/export")]
    #[doc(alias = "POST /v1.0/flashmeeting/meetings/export")]
    pub fn export_shanhui_to_doc(
        &self,
        request: &ExportShanhuiToDocRequest,
    ) -> rt::Call<ExportShanhuiToDocResponseBody, ExportShanhuiToDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExportShanhuiToDoc",
            rt::Method::Post,
            "/v1.0/flashmeeting/meetings/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取闪会内上传的附件
    ///
    /// `POST /v1.0/flashmeeting/meetings/getShanhuiAttachments`: DingTalk's `GetShanhuiAttachments` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetShanhuiAttachments")]
    #[doc(alias = "/v1.0/flashmeeting/meetings/getShanhuiAttachments")]
    #[doc(alias = "POST /v1.0/flashmeeting/meetings/getShanhuiAttachments")]
    pub fn get_shanhui_attachments(
        &self,
        request: &GetShanhuiAttachmentsRequest,
    ) -> rt::Call<GetShanhuiAttachmentsResponseBody, GetShanhuiAttachmentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetShanhuiAttachments",
            rt::Method::Post,
            "/v1.0/flashmeeting/meetings/getShanhuiAttachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据日程获取闪会的信息
    ///
    /// `GET /v1.0/flashmeeting/calendars/meeting`: DingTalk's `GetShanhuiByCalendar` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetShanhuiByCalendar")]
    #[doc(alias = "/v1.0/flashmeeting/calendars/meeting")]
    #[doc(alias = "GET /v1.0/flashmeeting/calendars/meeting")]
    pub fn get_shanhui_by_calendar(
        &self,
        request: &GetShanhuiByCalendarRequest,
    ) -> rt::Call<GetShanhuiByCalendarResponseBody, GetShanhuiByCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetShanhuiByCalendar",
            rt::Method::Get,
            "/v1.0/flashmeeting/calendars/meeting",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据闪会key来闪会的信息，包含关联的日程、会议时间、议题等
    ///
    /// `GET /v1.0/flashmeeting/meetings/keys/{flashmeetingKey}/infos`: DingTalk's `GetShanhuiByShanhuiKey` (module feature `flashmeeting_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `flashmeeting_key`: `{flashmeetingKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetShanhuiByShanhuiKey")]
    #[doc(alias = "/v1.0/flashmeeting/meetings/keys/{flashmeetingKey}/infos")]
    #[doc(alias = "GET /v1.0/flashmeeting/meetings/keys/{flashmeetingKey}/infos")]
    pub fn get_shanhui_by_shanhui_key(
        &self,
        flashmeeting_key: &str,
    ) -> rt::Call<GetShanhuiByShanhuiKeyResponseBody, GetShanhuiByShanhuiKeyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetShanhuiByShanhuiKey",
            rt::Method::Get,
            "/v1.0/flashmeeting/meetings/keys/{flashmeetingKey}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flashmeeting_key], &())
    }
    /// 根据闪会文档id获取待办任务
    ///
    /// `GET /v1.0/flashmeeting/meetings/tasks`: DingTalk's `GetTaskFromShanhuiDoc` (module feature `flashmeeting_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_task_from_shanhui_doc_pages`].
    #[doc(alias = "GetTaskFromShanhuiDoc")]
    #[doc(alias = "/v1.0/flashmeeting/meetings/tasks")]
    #[doc(alias = "GET /v1.0/flashmeeting/meetings/tasks")]
    pub fn get_task_from_shanhui_doc(
        &self,
        request: &GetTaskFromShanhuiDocRequest,
    ) -> rt::Call<GetTaskFromShanhuiDocResponseBody, GetTaskFromShanhuiDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskFromShanhuiDoc",
            rt::Method::Get,
            "/v1.0/flashmeeting/meetings/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_task_from_shanhui_doc`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.items` of each page.
    pub fn get_task_from_shanhui_doc_pages(
        &self,
        request: &GetTaskFromShanhuiDocRequest,
    ) -> rt::Paginator<
        GetTaskFromShanhuiDocResponseBody,
        GetTaskFromShanhuiDocError,
        GetTaskFromShanhuiDocResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "items"],
        );
        rt::Paginator::new(self.get_task_from_shanhui_doc(request), &PAGING)
    }
}
/// `CopyLinkToWorkspaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyLinkToWorkspaceResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CopyLinkToWorkspaceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyLinkToWorkspaceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateFlashMeetingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFlashMeetingResponseBody {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `flashMeetingKey`.
    pub flash_meeting_key: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CreateFlashMeetingResponseBody { "endTime" => read_field(end_time), "flashMeetingKey"
    => read_field(flash_meeting_key), "startTime" => read_field(start_time), "title" =>
    read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFlashMeetingResponseBody { "endTime" => optional(end_time), "flashMeetingKey"
    => optional(flash_meeting_key), "startTime" => optional(start_time), "title" =>
    optional(title), "url" => optional(url) }
}
/// `ExportShanhuiToDocResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExportShanhuiToDocResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ExportShanhuiToDocResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExportShanhuiToDocResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetShanhuiAttachmentsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiAttachmentsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetShanhuiAttachmentsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiAttachmentsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetShanhuiByCalendarResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByCalendarResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiByCalendarResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetShanhuiByCalendarResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByCalendarResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetShanhuiByShanhuiKeyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByShanhuiKeyResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiByShanhuiKeyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetShanhuiByShanhuiKeyResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByShanhuiKeyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetTaskFromShanhuiDocResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBody {
    /// `result`.
    pub result: Option<GetTaskFromShanhuiDocResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetTaskFromShanhuiDocResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskFromShanhuiDocResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetShanhuiAttachmentsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBodyResult {
    /// `attachments`.
    pub attachments: Option<Vec<GetShanhuiAttachmentsResponseBodyResultAttachments>>,
}
rt::impl_deserialize! {
    GetShanhuiAttachmentsResponseBodyResult { "attachments" => read_field(attachments) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiAttachmentsResponseBodyResult { "attachments" => optional(attachments) }
}
/// `GetShanhuiByCalendarResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByCalendarResponseBodyResult {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `flashmeetingKey`.
    pub flashmeeting_key: Option<String>,
    /// `hasSummary`.
    pub has_summary: Option<bool>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `summaryDocKey`.
    pub summary_doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `topics`.
    pub topics: Option<Vec<GetShanhuiByCalendarResponseBodyResultTopics>>,
}
rt::impl_deserialize! {
    GetShanhuiByCalendarResponseBodyResult { "endTime" => read_field(end_time),
    "flashmeetingKey" => read_field(flashmeeting_key), "hasSummary" =>
    read_field(has_summary), "startTime" => read_field(start_time), "summaryDocKey" =>
    read_field(summary_doc_key), "title" => read_field(title), "topics" =>
    read_field(topics) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByCalendarResponseBodyResult { "endTime" => optional(end_time),
    "flashmeetingKey" => optional(flashmeeting_key), "hasSummary" =>
    optional(has_summary), "startTime" => optional(start_time), "summaryDocKey" =>
    optional(summary_doc_key), "title" => optional(title), "topics" => optional(topics) }
}
/// `GetShanhuiByShanhuiKeyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByShanhuiKeyResponseBodyResult {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `eventId`.
    pub event_id: Option<String>,
    /// `flashmeetingKey`.
    pub flashmeeting_key: Option<String>,
    /// `hasSummary`.
    pub has_summary: Option<bool>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `summaryDocKey`.
    pub summary_doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `topics`.
    pub topics: Option<Vec<GetShanhuiByShanhuiKeyResponseBodyResultTopics>>,
}
rt::impl_deserialize! {
    GetShanhuiByShanhuiKeyResponseBodyResult { "endTime" => read_field(end_time),
    "eventId" => read_field(event_id), "flashmeetingKey" => read_field(flashmeeting_key),
    "hasSummary" => read_field(has_summary), "startTime" => read_field(start_time),
    "summaryDocKey" => read_field(summary_doc_key), "title" => read_field(title),
    "topics" => read_field(topics) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByShanhuiKeyResponseBodyResult { "endTime" => optional(end_time), "eventId"
    => optional(event_id), "flashmeetingKey" => optional(flashmeeting_key), "hasSummary"
    => optional(has_summary), "startTime" => optional(start_time), "summaryDocKey" =>
    optional(summary_doc_key), "title" => optional(title), "topics" => optional(topics) }
}
/// `GetTaskFromShanhuiDocResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<GetTaskFromShanhuiDocResponseBodyResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskFromShanhuiDocResponseBodyResult { "hasMore" => read_field(has_more), "items"
    => read_field(items), "nextToken" => read_field(next_token), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskFromShanhuiDocResponseBodyResult { "hasMore" => optional(has_more), "items" =>
    optional(items), "nextToken" => optional(next_token), "total" => optional(total) }
}
/// `GetShanhuiAttachmentsResponseBodyResultAttachments`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBodyResultAttachments {
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
rt::impl_deserialize! {
    GetShanhuiAttachmentsResponseBodyResultAttachments { "resourceUrl" =>
    read_field(resource_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiAttachmentsResponseBodyResultAttachments { "resourceUrl" =>
    optional(resource_url) }
}
/// `GetShanhuiByCalendarResponseBodyResultTopics`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByCalendarResponseBodyResultTopics {
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetShanhuiByCalendarResponseBodyResultTopics { "docKey" => read_field(doc_key),
    "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByCalendarResponseBodyResultTopics { "docKey" => optional(doc_key), "title"
    => optional(title) }
}
/// `GetShanhuiByShanhuiKeyResponseBodyResultTopics`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShanhuiByShanhuiKeyResponseBodyResultTopics {
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetShanhuiByShanhuiKeyResponseBodyResultTopics { "docKey" => read_field(doc_key),
    "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShanhuiByShanhuiKeyResponseBodyResultTopics { "docKey" => optional(doc_key),
    "title" => optional(title) }
}
/// `GetTaskFromShanhuiDocResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBodyResultItems {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `deadline`.
    pub deadline: Option<i64>,
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `executorList`.
    pub executor_list: Option<
        Vec<GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList>,
    >,
    /// `priority`.
    pub priority: Option<i64>,
    /// `taskKey`.
    pub task_key: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskFromShanhuiDocResponseBodyResultItems { "createTime" =>
    read_field(create_time), "creatorId" => read_field(creator_id), "deadline" =>
    read_field(deadline), "deleted" => read_field(deleted), "executorList" =>
    read_field(executor_list), "priority" => read_field(priority), "taskKey" =>
    read_field(task_key), "taskStatus" => read_field(task_status), "taskType" =>
    read_field(task_type), "title" => read_field(title), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskFromShanhuiDocResponseBodyResultItems { "createTime" => optional(create_time),
    "creatorId" => optional(creator_id), "deadline" => optional(deadline), "deleted" =>
    optional(deleted), "executorList" => optional(executor_list), "priority" =>
    optional(priority), "taskKey" => optional(task_key), "taskStatus" =>
    optional(task_status), "taskType" => optional(task_type), "title" => optional(title),
    "updateTime" => optional(update_time) }
}
/// `GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList {
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `statusStage`.
    pub status_stage: Option<i64>,
    /// `subTaskKey`.
    pub sub_task_key: Option<String>,
}
rt::impl_deserialize! {
    GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList { "executorId" =>
    read_field(executor_id), "statusStage" => read_field(status_stage), "subTaskKey" =>
    read_field(sub_task_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList { "executorId" =>
    optional(executor_id), "statusStage" => optional(status_stage), "subTaskKey" =>
    optional(sub_task_key) }
}
/// The request of [`Api::copy_link_to_workspace`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyLinkToWorkspaceRequest {
    /// `parentNodeKey`.
    pub parent_node_key: Option<String>,
    /// `shanhuiKey`.
    pub shanhui_key: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workspaceKey`.
    pub workspace_key: Option<String>,
}
impl CopyLinkToWorkspaceRequest {
    /// An empty `CopyLinkToWorkspaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `parentNodeKey`.
    pub fn parent_node_key(mut self, value: impl Into<String>) -> Self {
        self.parent_node_key = Some(value.into());
        self
    }
    /// Sets `shanhuiKey`.
    pub fn shanhui_key(mut self, value: impl Into<String>) -> Self {
        self.shanhui_key = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `workspaceKey`.
    pub fn workspace_key(mut self, value: impl Into<String>) -> Self {
        self.workspace_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyLinkToWorkspaceRequest { "parentNodeKey" => optional(parent_node_key),
    "shanhuiKey" => optional(shanhui_key), "userId" => optional(user_id), "workspaceKey"
    => optional(workspace_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyLinkToWorkspaceRequest { "parentNodeKey" => read_field(parent_node_key),
    "shanhuiKey" => read_field(shanhui_key), "userId" => read_field(user_id),
    "workspaceKey" => read_field(workspace_key) }
}
impl rt::WriteRequest for CopyLinkToWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_flash_meeting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFlashMeetingRequest {
    /// `creator`.
    pub creator: String,
    /// `eventId`.
    pub event_id: String,
    /// `title`.
    pub title: Option<String>,
}
/// The required fields of [`CreateFlashMeetingRequest`], each named where it is set: `CreateFlashMeetingRequest::new(CreateFlashMeetingRequired { .. })`.
pub struct CreateFlashMeetingRequired {
    /// `creator`: see [`CreateFlashMeetingRequest::creator`].
    pub creator: String,
    /// `eventId`: see [`CreateFlashMeetingRequest::event_id`].
    pub event_id: String,
}
impl CreateFlashMeetingRequest {
    /// A `CreateFlashMeetingRequest` with its required fields (`creator`, `eventId`); set the others with the methods named after them.
    pub fn new(required: CreateFlashMeetingRequired) -> Self {
        let CreateFlashMeetingRequired { creator, event_id } = required;
        Self {
            creator,
            event_id,
            title: None,
        }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateFlashMeetingRequest { "creator" => field(creator), "eventId" =>
    field(event_id), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFlashMeetingRequest { "creator" => read_field(creator), "eventId" =>
    read_field(event_id), "title" => read_field(title) }
}
impl rt::WriteRequest for CreateFlashMeetingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::export_shanhui_to_doc`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportShanhuiToDocRequest {
    /// `contentEnums`.
    pub content_enums: Option<Vec<String>>,
    /// `parentNodeKey`.
    pub parent_node_key: Option<String>,
    /// `shanhuiKey`.
    pub shanhui_key: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workspaceKey`.
    pub workspace_key: Option<String>,
}
impl ExportShanhuiToDocRequest {
    /// An empty `ExportShanhuiToDocRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contentEnums`.
    pub fn content_enums(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.content_enums = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `parentNodeKey`.
    pub fn parent_node_key(mut self, value: impl Into<String>) -> Self {
        self.parent_node_key = Some(value.into());
        self
    }
    /// Sets `shanhuiKey`.
    pub fn shanhui_key(mut self, value: impl Into<String>) -> Self {
        self.shanhui_key = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `workspaceKey`.
    pub fn workspace_key(mut self, value: impl Into<String>) -> Self {
        self.workspace_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExportShanhuiToDocRequest { "contentEnums" => optional(content_enums),
    "parentNodeKey" => optional(parent_node_key), "shanhuiKey" => optional(shanhui_key),
    "userId" => optional(user_id), "workspaceKey" => optional(workspace_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportShanhuiToDocRequest { "contentEnums" => read_field(content_enums),
    "parentNodeKey" => read_field(parent_node_key), "shanhuiKey" =>
    read_field(shanhui_key), "userId" => read_field(user_id), "workspaceKey" =>
    read_field(workspace_key) }
}
impl rt::WriteRequest for ExportShanhuiToDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_shanhui_attachments`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsRequest {
    /// `shanhuiKey`.
    pub shanhui_key: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetShanhuiAttachmentsRequest {
    /// An empty `GetShanhuiAttachmentsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `shanhuiKey`.
    pub fn shanhui_key(mut self, value: impl Into<String>) -> Self {
        self.shanhui_key = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetShanhuiAttachmentsRequest { "shanhuiKey" => optional(shanhui_key), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetShanhuiAttachmentsRequest { "shanhuiKey" => read_field(shanhui_key), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetShanhuiAttachmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_shanhui_by_calendar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetShanhuiByCalendarRequest {
    /// `eventId`: a query parameter.
    pub event_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetShanhuiByCalendarRequest`], each named where it is set: `GetShanhuiByCalendarRequest::new(GetShanhuiByCalendarRequired { .. })`.
pub struct GetShanhuiByCalendarRequired {
    /// `eventId`: see [`GetShanhuiByCalendarRequest::event_id`].
    pub event_id: String,
    /// `userId`: see [`GetShanhuiByCalendarRequest::user_id`].
    pub user_id: String,
}
impl GetShanhuiByCalendarRequest {
    /// A `GetShanhuiByCalendarRequest` with its required fields (`eventId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetShanhuiByCalendarRequired) -> Self {
        let GetShanhuiByCalendarRequired { event_id, user_id } = required;
        Self { event_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetShanhuiByCalendarRequest { "eventId" => read_field(event_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetShanhuiByCalendarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("eventId", &self.event_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_task_from_shanhui_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocRequest {
    /// `docKey`: a query parameter.
    pub doc_key: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetTaskFromShanhuiDocRequest`], each named where it is set: `GetTaskFromShanhuiDocRequest::new(GetTaskFromShanhuiDocRequired { .. })`.
pub struct GetTaskFromShanhuiDocRequired {
    /// `docKey`: see [`GetTaskFromShanhuiDocRequest::doc_key`].
    pub doc_key: String,
    /// `unionId`: see [`GetTaskFromShanhuiDocRequest::union_id`].
    pub union_id: String,
}
impl GetTaskFromShanhuiDocRequest {
    /// A `GetTaskFromShanhuiDocRequest` with its required fields (`docKey`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetTaskFromShanhuiDocRequired) -> Self {
        let GetTaskFromShanhuiDocRequired { doc_key, union_id } = required;
        Self {
            doc_key,
            max_results: None,
            next_token: None,
            union_id,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskFromShanhuiDocRequest { "docKey" => read_field(doc_key), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetTaskFromShanhuiDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("docKey", &self.doc_key);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// An error reply of [`Api::copy_link_to_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyLinkToWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::create_flash_meeting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFlashMeetingError = rt::ServiceError;
/// An error reply of [`Api::export_shanhui_to_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExportShanhuiToDocError = rt::ServiceError;
/// An error reply of [`Api::get_shanhui_attachments`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetShanhuiAttachmentsError = rt::ServiceError;
/// An error reply of [`Api::get_shanhui_by_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetShanhuiByCalendarError = rt::ServiceError;
/// An error reply of [`Api::get_shanhui_by_shanhui_key`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetShanhuiByShanhuiKeyError = rt::ServiceError;
/// An error reply of [`Api::get_task_from_shanhui_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskFromShanhuiDocError = rt::ServiceError;
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
        "CopyLinkToWorkspace" => {
            rt::conformance::reply(api.copy_link_to_workspace(&inputs.request(true)?))
                .await
        }
        "CreateFlashMeeting" => {
            rt::conformance::reply(api.create_flash_meeting(&inputs.request(true)?))
                .await
        }
        "ExportShanhuiToDoc" => {
            rt::conformance::reply(api.export_shanhui_to_doc(&inputs.request(true)?))
                .await
        }
        "GetShanhuiAttachments" => {
            rt::conformance::reply(api.get_shanhui_attachments(&inputs.request(true)?))
                .await
        }
        "GetShanhuiByCalendar" => {
            rt::conformance::reply(api.get_shanhui_by_calendar(&inputs.request(false)?))
                .await
        }
        "GetShanhuiByShanhuiKey" => {
            rt::conformance::reply(api.get_shanhui_by_shanhui_key(inputs.path(0usize)?))
                .await
        }
        "GetTaskFromShanhuiDoc" => {
            rt::conformance::reply(
                    api.get_task_from_shanhui_doc(&inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
