// @generated from api-spec/swform_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.swform_1_0()`. Generated from `api-spec/swform_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `swform_1_0`. Get it with `client.swform_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取单个填表实例详情接口
    ///
    /// `GET /v1.0/swform/instances/{form_instance_id}` (operation `GetFormInstance`).
    ///
    /// # Path parameters
    ///
    /// - `form_instance_id` (`form_instance_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_form_instance(
        &self,
        form_instance_id: &str,
        request: &GetFormInstanceRequest,
    ) -> rt::Call<GetFormInstanceResponseBody, GetFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormInstance",
            rt::Method::Get,
            "/v1.0/swform/instances/{form_instance_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_instance_id], request)
    }
    /// 获取填表模版下的填表实例列表接口
    ///
    /// `GET /v1.0/swform/forms/{form_code}/instances` (operation `ListFormInstances`).
    ///
    /// # Path parameters
    ///
    /// - `form_code` (`form_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFormInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_form_instances(
        &self,
        form_code: &str,
        request: &ListFormInstancesRequest,
    ) -> rt::Call<ListFormInstancesResponseBody, ListFormInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFormInstances",
            rt::Method::Get,
            "/v1.0/swform/forms/{form_code}/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_code], request)
    }
    /// 获取用户创建的填表模板列表接口
    ///
    /// `GET /v1.0/swform/users/forms` (operation `ListFormSchemasByCreator`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFormSchemasByCreatorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_form_schemas_by_creator(
        &self,
        request: &ListFormSchemasByCreatorRequest,
    ) -> rt::Call<ListFormSchemasByCreatorResponseBody, ListFormSchemasByCreatorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFormSchemasByCreator",
            rt::Method::Get,
            "/v1.0/swform/users/forms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_form_instances`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn list_form_instances_pages(
        &self,
        form_code: &str,
        request: &ListFormInstancesRequest,
    ) -> rt::Paginator<
        ListFormInstancesResponseBody,
        ListFormInstancesError,
        ListFormInstancesResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.list_form_instances(form_code, request), &PAGING)
    }
    /// Every page of [`Api::list_form_schemas_by_creator`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn list_form_schemas_by_creator_pages(
        &self,
        request: &ListFormSchemasByCreatorRequest,
    ) -> rt::Paginator<
        ListFormSchemasByCreatorResponseBody,
        ListFormSchemasByCreatorError,
        ListFormSchemasByCreatorResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.list_form_schemas_by_creator(request), &PAGING)
    }
}
/// `GetFormInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormInstanceResponseBody {
    /// `result`.
    pub result: Option<GetFormInstanceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormInstanceResponseBody {
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
impl rt::serde::Serialize for GetFormInstanceResponseBody {
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
/// `ListFormInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormInstancesResponseBody {
    /// `result`.
    pub result: Option<ListFormInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormInstancesResponseBody {
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
impl rt::serde::Serialize for ListFormInstancesResponseBody {
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
/// `ListFormSchemasByCreatorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBody {
    /// `result`.
    pub result: Option<ListFormSchemasByCreatorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormSchemasByCreatorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormSchemasByCreatorResponseBody {
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
impl rt::serde::Serialize for ListFormSchemasByCreatorResponseBody {
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
/// `GetFormInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormInstanceResponseBodyResult {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `forms`.
    pub forms: Option<Vec<GetFormInstanceResponseBodyResultForms>>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormInstanceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormInstanceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "forms" => rt::read_field(map, &mut self.forms),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormInstanceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("forms", &self.forms)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `ListFormInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListFormInstancesResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormInstancesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormInstancesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormInstancesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListFormSchemasByCreatorResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListFormSchemasByCreatorResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormSchemasByCreatorResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormSchemasByCreatorResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormSchemasByCreatorResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetFormInstanceResponseBodyResultForms`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormInstanceResponseBodyResultForms {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormInstanceResponseBodyResultForms {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormInstanceResponseBodyResultForms {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormInstanceResponseBodyResultForms {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListFormInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormInstancesResponseBodyResultList {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `formInstanceId`.
    pub form_instance_id: Option<String>,
    /// `forms`.
    pub forms: Option<Vec<ListFormInstancesResponseBodyResultListForms>>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `studentClassId`.
    pub student_class_id: Option<String>,
    /// `studentClassName`.
    pub student_class_name: Option<String>,
    /// `studentName`.
    pub student_name: Option<String>,
    /// `studentUserId`.
    pub student_user_id: Option<String>,
    /// `submitterUserId`.
    pub submitter_user_id: Option<String>,
    /// `submitterUserName`.
    pub submitter_user_name: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFormInstancesResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormInstancesResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formInstanceId" => rt::read_field(map, &mut self.form_instance_id),
            "forms" => rt::read_field(map, &mut self.forms),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "studentClassId" => rt::read_field(map, &mut self.student_class_id),
            "studentClassName" => rt::read_field(map, &mut self.student_class_name),
            "studentName" => rt::read_field(map, &mut self.student_name),
            "studentUserId" => rt::read_field(map, &mut self.student_user_id),
            "submitterUserId" => rt::read_field(map, &mut self.submitter_user_id),
            "submitterUserName" => rt::read_field(map, &mut self.submitter_user_name),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormInstancesResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("formInstanceId", &self.form_instance_id)?;
        object.optional("forms", &self.forms)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("studentClassId", &self.student_class_id)?;
        object.optional("studentClassName", &self.student_class_name)?;
        object.optional("studentName", &self.student_name)?;
        object.optional("studentUserId", &self.student_user_id)?;
        object.optional("submitterUserId", &self.submitter_user_id)?;
        object.optional("submitterUserName", &self.submitter_user_name)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `ListFormSchemasByCreatorResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBodyResultList {
    /// `creator`.
    pub creator: Option<String>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `setting`.
    pub setting: Option<ListFormSchemasByCreatorResponseBodyResultListSetting>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListFormSchemasByCreatorResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormSchemasByCreatorResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creator" => rt::read_field(map, &mut self.creator),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "memo" => rt::read_field(map, &mut self.memo),
            "name" => rt::read_field(map, &mut self.name),
            "setting" => rt::read_field(map, &mut self.setting),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormSchemasByCreatorResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creator", &self.creator)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("memo", &self.memo)?;
        object.optional("name", &self.name)?;
        object.optional("setting", &self.setting)?;
        object.end()
    }
}
/// `ListFormInstancesResponseBodyResultListForms`: the same model as [`GetFormInstanceResponseBodyResultForms`].
pub type ListFormInstancesResponseBodyResultListForms = GetFormInstanceResponseBodyResultForms;
/// `ListFormSchemasByCreatorResponseBodyResultListSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBodyResultListSetting {
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `formType`.
    pub form_type: Option<i64>,
    /// `loopDays`.
    pub loop_days: Option<Vec<i64>>,
    /// `loopTime`.
    pub loop_time: Option<String>,
    /// `stop`.
    pub stop: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListFormSchemasByCreatorResponseBodyResultListSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFormSchemasByCreatorResponseBodyResultListSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "formType" => rt::read_field(map, &mut self.form_type),
            "loopDays" => rt::read_field(map, &mut self.loop_days),
            "loopTime" => rt::read_field(map, &mut self.loop_time),
            "stop" => rt::read_field(map, &mut self.stop),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFormSchemasByCreatorResponseBodyResultListSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("formType", &self.form_type)?;
        object.optional("loopDays", &self.loop_days)?;
        object.optional("loopTime", &self.loop_time)?;
        object.optional("stop", &self.stop)?;
        object.end()
    }
}
/// The request of [`Api::get_form_instance`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormInstanceRequest {
    /// `bizType`: a query parameter.
    pub biz_type: Option<i64>,
}
impl GetFormInstanceRequest {
    /// An empty `GetFormInstanceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFormInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFormInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
    }
}
/// The request of [`Api::list_form_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListFormInstancesRequest {
    /// `actionDate`: a query parameter.
    pub action_date: Option<String>,
    /// `bizType`: a query parameter.
    pub biz_type: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl ListFormInstancesRequest {
    /// A `ListFormInstancesRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            action_date: None,
            biz_type: None,
            max_results,
            next_token,
        }
    }
    /// Sets `actionDate`.
    pub fn action_date(mut self, value: impl Into<String>) -> Self {
        self.action_date = Some(value.into());
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFormInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFormInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionDate" => rt::read_field(map, &mut self.action_date),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListFormInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionDate", &self.action_date);
        writer.query("bizType", &self.biz_type);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_form_schemas_by_creator`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorRequest {
    /// `bizType`: a query parameter.
    pub biz_type: Option<i64>,
    /// `creator`: a query parameter.
    pub creator: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl ListFormSchemasByCreatorRequest {
    /// A `ListFormSchemasByCreatorRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self {
            biz_type: None,
            creator: None,
            max_results,
            next_token,
        }
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
    /// Sets `creator`.
    pub fn creator(mut self, value: impl Into<String>) -> Self {
        self.creator = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFormSchemasByCreatorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFormSchemasByCreatorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "creator" => rt::read_field(map, &mut self.creator),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListFormSchemasByCreatorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("creator", &self.creator);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// An error reply of [`Api::get_form_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormInstanceError = rt::ServiceError;
/// An error reply of [`Api::list_form_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFormInstancesError = rt::ServiceError;
/// An error reply of [`Api::list_form_schemas_by_creator`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFormSchemasByCreatorError = rt::ServiceError;
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
        "GetFormInstance" => {
            rt::conformance::reply(
                    api.get_form_instance(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListFormInstances" => {
            rt::conformance::reply(
                    api
                        .list_form_instances(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListFormSchemasByCreator" => {
            rt::conformance::reply(
                    api.list_form_schemas_by_creator(&inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
