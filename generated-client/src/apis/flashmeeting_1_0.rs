// @generated from api-spec/flashmeeting_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.flashmeeting_1_0()`. Generated from `api-spec/flashmeeting_1_0.yaml`.
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
    /// `POST /v1.0/flashmeeting/meetings/copyLinkToWorkspace` (operation `CopyLinkToWorkspace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyLinkToWorkspaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmeeting/meetings` (operation `CreateFlashMeeting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFlashMeetingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmeeting/meetings/export` (operation `ExportShanhuiToDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExportShanhuiToDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmeeting/meetings/getShanhuiAttachments` (operation `GetShanhuiAttachments`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetShanhuiAttachmentsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/flashmeeting/calendars/meeting` (operation `GetShanhuiByCalendar`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetShanhuiByCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/flashmeeting/meetings/keys/{flashmeeting_key}/infos` (operation `GetShanhuiByShanhuiKey`).
    ///
    /// # Path parameters
    ///
    /// - `flashmeeting_key` (`flashmeeting_key`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetShanhuiByShanhuiKeyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_shanhui_by_shanhui_key(
        &self,
        flashmeeting_key: &str,
    ) -> rt::Call<GetShanhuiByShanhuiKeyResponseBody, GetShanhuiByShanhuiKeyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetShanhuiByShanhuiKey",
            rt::Method::Get,
            "/v1.0/flashmeeting/meetings/keys/{flashmeeting_key}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[flashmeeting_key], &())
    }
    /// 根据闪会文档id获取待办任务
    ///
    /// `GET /v1.0/flashmeeting/meetings/tasks` (operation `GetTaskFromShanhuiDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTaskFromShanhuiDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyLinkToWorkspaceResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyLinkToWorkspaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyLinkToWorkspaceResponseBody {
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
impl rt::serde::Serialize for CopyLinkToWorkspaceResponseBody {
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
/// `CreateFlashMeetingResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateFlashMeetingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFlashMeetingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "flashMeetingKey" => rt::read_field(map, &mut self.flash_meeting_key),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFlashMeetingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("flashMeetingKey", &self.flash_meeting_key)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ExportShanhuiToDocResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportShanhuiToDocResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ExportShanhuiToDocResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExportShanhuiToDocResponseBody {
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
impl rt::serde::Serialize for ExportShanhuiToDocResponseBody {
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
/// `GetShanhuiAttachmentsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiAttachmentsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiAttachmentsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiAttachmentsResponseBody {
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
impl rt::serde::Serialize for GetShanhuiAttachmentsResponseBody {
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
/// `GetShanhuiByCalendarResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiByCalendarResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiByCalendarResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByCalendarResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByCalendarResponseBody {
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
impl rt::serde::Serialize for GetShanhuiByCalendarResponseBody {
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
/// `GetShanhuiByShanhuiKeyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiByShanhuiKeyResponseBody {
    /// `result`.
    pub result: Option<GetShanhuiByShanhuiKeyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByShanhuiKeyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByShanhuiKeyResponseBody {
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
impl rt::serde::Serialize for GetShanhuiByShanhuiKeyResponseBody {
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
/// `GetTaskFromShanhuiDocResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBody {
    /// `result`.
    pub result: Option<GetTaskFromShanhuiDocResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTaskFromShanhuiDocResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskFromShanhuiDocResponseBody {
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
impl rt::serde::Serialize for GetTaskFromShanhuiDocResponseBody {
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
/// `GetShanhuiAttachmentsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBodyResult {
    /// `attachments`.
    pub attachments: Option<Vec<GetShanhuiAttachmentsResponseBodyResultAttachments>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiAttachmentsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiAttachmentsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiAttachmentsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.end()
    }
}
/// `GetShanhuiByCalendarResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByCalendarResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByCalendarResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "flashmeetingKey" => rt::read_field(map, &mut self.flashmeeting_key),
            "hasSummary" => rt::read_field(map, &mut self.has_summary),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "summaryDocKey" => rt::read_field(map, &mut self.summary_doc_key),
            "title" => rt::read_field(map, &mut self.title),
            "topics" => rt::read_field(map, &mut self.topics),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiByCalendarResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("flashmeetingKey", &self.flashmeeting_key)?;
        object.optional("hasSummary", &self.has_summary)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("summaryDocKey", &self.summary_doc_key)?;
        object.optional("title", &self.title)?;
        object.optional("topics", &self.topics)?;
        object.end()
    }
}
/// `GetShanhuiByShanhuiKeyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByShanhuiKeyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByShanhuiKeyResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "eventId" => rt::read_field(map, &mut self.event_id),
            "flashmeetingKey" => rt::read_field(map, &mut self.flashmeeting_key),
            "hasSummary" => rt::read_field(map, &mut self.has_summary),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "summaryDocKey" => rt::read_field(map, &mut self.summary_doc_key),
            "title" => rt::read_field(map, &mut self.title),
            "topics" => rt::read_field(map, &mut self.topics),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiByShanhuiKeyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("eventId", &self.event_id)?;
        object.optional("flashmeetingKey", &self.flashmeeting_key)?;
        object.optional("hasSummary", &self.has_summary)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("summaryDocKey", &self.summary_doc_key)?;
        object.optional("title", &self.title)?;
        object.optional("topics", &self.topics)?;
        object.end()
    }
}
/// `GetTaskFromShanhuiDocResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskFromShanhuiDocResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskFromShanhuiDocResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskFromShanhuiDocResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetShanhuiAttachmentsResponseBodyResultAttachments`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiAttachmentsResponseBodyResultAttachments {
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetShanhuiAttachmentsResponseBodyResultAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiAttachmentsResponseBodyResultAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiAttachmentsResponseBodyResultAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.end()
    }
}
/// `GetShanhuiByCalendarResponseBodyResultTopics`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiByCalendarResponseBodyResultTopics {
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByCalendarResponseBodyResultTopics {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByCalendarResponseBodyResultTopics {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiByCalendarResponseBodyResultTopics {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docKey", &self.doc_key)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetShanhuiByShanhuiKeyResponseBodyResultTopics`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShanhuiByShanhuiKeyResponseBodyResultTopics {
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetShanhuiByShanhuiKeyResponseBodyResultTopics {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShanhuiByShanhuiKeyResponseBodyResultTopics {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShanhuiByShanhuiKeyResponseBodyResultTopics {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docKey", &self.doc_key)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetTaskFromShanhuiDocResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskFromShanhuiDocResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskFromShanhuiDocResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "deadline" => rt::read_field(map, &mut self.deadline),
            "deleted" => rt::read_field(map, &mut self.deleted),
            "executorList" => rt::read_field(map, &mut self.executor_list),
            "priority" => rt::read_field(map, &mut self.priority),
            "taskKey" => rt::read_field(map, &mut self.task_key),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            "taskType" => rt::read_field(map, &mut self.task_type),
            "title" => rt::read_field(map, &mut self.title),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskFromShanhuiDocResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("deadline", &self.deadline)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("executorList", &self.executor_list)?;
        object.optional("priority", &self.priority)?;
        object.optional("taskKey", &self.task_key)?;
        object.optional("taskStatus", &self.task_status)?;
        object.optional("taskType", &self.task_type)?;
        object.optional("title", &self.title)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList {
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `statusStage`.
    pub status_stage: Option<i64>,
    /// `subTaskKey`.
    pub sub_task_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "statusStage" => rt::read_field(map, &mut self.status_stage),
            "subTaskKey" => rt::read_field(map, &mut self.sub_task_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskFromShanhuiDocResponseBodyResultItemsExecutorList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("statusStage", &self.status_stage)?;
        object.optional("subTaskKey", &self.sub_task_key)?;
        object.end()
    }
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
impl rt::serde::Serialize for CopyLinkToWorkspaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("parentNodeKey", &self.parent_node_key)?;
        object.optional("shanhuiKey", &self.shanhui_key)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workspaceKey", &self.workspace_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyLinkToWorkspaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyLinkToWorkspaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "parentNodeKey" => rt::read_field(map, &mut self.parent_node_key),
            "shanhuiKey" => rt::read_field(map, &mut self.shanhui_key),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workspaceKey" => rt::read_field(map, &mut self.workspace_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyLinkToWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_flash_meeting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFlashMeetingRequest {
    /// `creator`.
    pub creator: String,
    /// `eventId`.
    pub event_id: String,
    /// `title`.
    pub title: Option<String>,
}
impl CreateFlashMeetingRequest {
    /// A `CreateFlashMeetingRequest` with its required fields (`creator`, `eventId`); set the others with the methods named after them.
    pub fn new(creator: impl Into<String>, event_id: impl Into<String>) -> Self {
        Self {
            creator: creator.into(),
            event_id: event_id.into(),
            title: None,
        }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateFlashMeetingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creator", &self.creator)?;
        object.field("eventId", &self.event_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFlashMeetingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFlashMeetingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creator" => rt::read_field(map, &mut self.creator),
            "eventId" => rt::read_field(map, &mut self.event_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ExportShanhuiToDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentEnums", &self.content_enums)?;
        object.optional("parentNodeKey", &self.parent_node_key)?;
        object.optional("shanhuiKey", &self.shanhui_key)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workspaceKey", &self.workspace_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExportShanhuiToDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportShanhuiToDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentEnums" => rt::read_field(map, &mut self.content_enums),
            "parentNodeKey" => rt::read_field(map, &mut self.parent_node_key),
            "shanhuiKey" => rt::read_field(map, &mut self.shanhui_key),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workspaceKey" => rt::read_field(map, &mut self.workspace_key),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetShanhuiAttachmentsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("shanhuiKey", &self.shanhui_key)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiAttachmentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetShanhuiAttachmentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "shanhuiKey" => rt::read_field(map, &mut self.shanhui_key),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetShanhuiAttachmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_shanhui_by_calendar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetShanhuiByCalendarRequest {
    /// `eventId`: a query parameter.
    pub event_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetShanhuiByCalendarRequest {
    /// A `GetShanhuiByCalendarRequest` with its required fields (`eventId`, `userId`); set the others with the methods named after them.
    pub fn new(event_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetShanhuiByCalendarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetShanhuiByCalendarRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventId" => rt::read_field(map, &mut self.event_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetShanhuiByCalendarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("eventId", &self.event_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_task_from_shanhui_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetTaskFromShanhuiDocRequest {
    /// A `GetTaskFromShanhuiDocRequest` with its required fields (`docKey`, `unionId`); set the others with the methods named after them.
    pub fn new(doc_key: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            doc_key: doc_key.into(),
            max_results: None,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTaskFromShanhuiDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTaskFromShanhuiDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
