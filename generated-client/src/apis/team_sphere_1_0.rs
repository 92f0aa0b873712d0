// @generated from api-spec/team_sphere_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉协作空间(Teambition)开放接口,版本 1.0。
//!
//! Operations: [`Api`], from `client.team_sphere_1_0()`. Generated from `api-spec/team_sphere_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `team_sphere_1_0`. Get it with `client.team_sphere_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建协作空间任务
    ///
    /// 调用本接口,创建一个协作空间任务。协作空间任务是在关联指定的协作空间中创建的任务。
    ///
    /// `POST /v1.0/teamSphere/users/{userId}/tasks` (operation `CreateTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`userId`): 用户userId。
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_task(
        &self,
        user_id: &str,
        request: &CreateTaskRequest,
    ) -> rt::Call<CreateTaskResponse, CreateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTask",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
}
/// The request of [`Api::create_task`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskRequest {
    /// 协作空间id。
    pub project_id: String,
    /// 任务标题。
    pub content: String,
    /// 执行者userId。
    pub executor_id: Option<String>,
    /// 任务截止时间。
    pub due_date: Option<String>,
    /// 任务备注。
    pub note: Option<String>,
    /// 自定义字段列表。
    pub customfields: Option<Vec<CreateTaskRequestCustomfields>>,
    /// 是否禁止通知。
    pub disable_notification: Option<bool>,
    /// 是否禁止动态。
    pub disable_activity: Option<bool>,
}
impl CreateTaskRequest {
    /// A `CreateTaskRequest` with its required fields (`projectId`, `content`); set the others with the methods named after them.
    pub fn new(project_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            project_id: project_id.into(),
            content: content.into(),
            executor_id: None,
            due_date: None,
            note: None,
            customfields: None,
            disable_notification: None,
            disable_activity: None,
        }
    }
    /// Sets `executorId`.
    pub fn executor_id(mut self, value: impl Into<String>) -> Self {
        self.executor_id = Some(value.into());
        self
    }
    /// Sets `dueDate`.
    pub fn due_date(mut self, value: impl Into<String>) -> Self {
        self.due_date = Some(value.into());
        self
    }
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Sets `customfields`.
    pub fn customfields(
        mut self,
        value: impl IntoIterator<Item = CreateTaskRequestCustomfields>,
    ) -> Self {
        self.customfields = Some(value.into_iter().collect());
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: impl Into<bool>) -> Self {
        self.disable_notification = Some(value.into());
        self
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: impl Into<bool>) -> Self {
        self.disable_activity = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("projectId", &self.project_id)?;
        object.field("content", &self.content)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("note", &self.note)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `CreateTaskRequestCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskRequestCustomfields {
    /// 自定义字段名称。
    pub customfield_name: Option<String>,
    /// 自定义字段id。
    pub customfield_id: Option<String>,
    /// 自定义字段值。
    pub value: Option<Vec<CreateTaskRequestCustomfieldsValue>>,
}
impl CreateTaskRequestCustomfields {
    /// An empty `CreateTaskRequestCustomfields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customfieldName`.
    pub fn customfield_name(mut self, value: impl Into<String>) -> Self {
        self.customfield_name = Some(value.into());
        self
    }
    /// Sets `customfieldId`.
    pub fn customfield_id(mut self, value: impl Into<String>) -> Self {
        self.customfield_id = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(
        mut self,
        value: impl IntoIterator<Item = CreateTaskRequestCustomfieldsValue>,
    ) -> Self {
        self.value = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateTaskRequestCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customfieldName", &self.customfield_name)?;
        object.optional("customfieldId", &self.customfield_id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `CreateTaskRequestCustomfieldsValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskRequestCustomfieldsValue {
    /// 自定义字段显示值。
    pub title: Option<String>,
    /// 字段值ID。用于统计, 自动化触发条件作用; 对于成员类型的字段这个值需要填写用户ID, 可以利用通讯录接口响应中的 userId 字段。
    pub id: Option<String>,
    /// 用户头像地址。对于成员类型的字段这个值需要填写用户头像的地址, 可以利用通讯录接口响应中的 thumbUrl 字段。
    pub thumb_url: Option<String>,
}
impl CreateTaskRequestCustomfieldsValue {
    /// An empty `CreateTaskRequestCustomfieldsValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `thumbUrl`.
    pub fn thumb_url(mut self, value: impl Into<String>) -> Self {
        self.thumb_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTaskRequestCustomfieldsValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.optional("id", &self.id)?;
        object.optional("thumbUrl", &self.thumb_url)?;
        object.end()
    }
}
/// `CreateTaskResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponse {
    /// 返回结果对象。
    pub result: Option<CreateTaskResponseResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// 返回结果对象。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseResult {
    /// 任务id。
    pub task_id: Option<String>,
    /// 任务标题。
    pub content: Option<String>,
    /// 任务参与者id。
    pub involve_members: Option<Vec<String>>,
    /// 项目id。
    pub project_id: Option<String>,
    /// 任务执行者userId。
    pub executor_id: Option<String>,
    /// 任务创建者userId。
    pub creator_id: Option<String>,
    /// 创建时间。
    pub created: Option<String>,
    /// 更新时间。
    pub updated: Option<String>,
    /// 任务备注。
    pub note: Option<String>,
    /// 任务截止时间。
    pub due_date: Option<String>,
    /// 任务优先级。
    pub priority: Option<i64>,
    /// 自定义字段列表。
    pub customfields: Option<Vec<CreateTaskResponseResultCustomfields>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => self.task_id = map.next_value()?,
            "content" => self.content = map.next_value()?,
            "involveMembers" => self.involve_members = map.next_value()?,
            "projectId" => self.project_id = map.next_value()?,
            "executorId" => self.executor_id = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "created" => self.created = map.next_value()?,
            "updated" => self.updated = map.next_value()?,
            "note" => self.note = map.next_value()?,
            "dueDate" => self.due_date = map.next_value()?,
            "priority" => self.priority = map.next_value()?,
            "customfields" => self.customfields = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateTaskResponseResultCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseResultCustomfields {
    /// 自定义字段id。
    pub customfield_id: Option<String>,
    /// 自定义字段值列表。
    pub value: Option<Vec<CreateTaskResponseResultCustomfieldsValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseResultCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseResultCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customfieldId" => self.customfield_id = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateTaskResponseResultCustomfieldsValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseResultCustomfieldsValue {
    /// 自定义字段显示值。
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseResultCustomfieldsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseResultCustomfieldsValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => self.title = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// An error reply of [`Api::create_task`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTaskError {
    /// `user.not.exist`
    ///
    /// - HTTP 400, message `user not exist`: 用户在当前企业中不存在
    UserNotExist(rt::ServiceError),
    /// `org.not.exist`
    ///
    /// - HTTP 400, message `org not exist`: 当前企业在Teambition中不存在
    OrgNotExist(rt::ServiceError),
    /// `server.error`
    ///
    /// - HTTP 500, message `%s`: 请参考ErrorMessage中的errorMessage内容
    ServerError(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
impl rt::OperationError for CreateTaskError {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("user.not.exist") => Self::UserNotExist(error),
            Some("org.not.exist") => Self::OrgNotExist(error),
            Some("server.error") => Self::ServerError(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::UserNotExist(error)
            | Self::OrgNotExist(error)
            | Self::ServerError(error)
            | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateTaskError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for CreateTaskError {}
