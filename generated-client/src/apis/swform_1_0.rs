// @generated from api-spec/swform_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能填表 (Forms)：填表模板与实例。
//!
//! 3 operations, methods of [`Api`] (`client.swform_1_0()`), behind the cargo feature `swform_1_0`; its paths start with `/v1.0/swform/`.
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
    /// `GET /v1.0/swform/instances/{formInstanceId}`: DingTalk's `GetFormInstance` (module feature `swform_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `form_instance_id`: `{formInstanceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormInstance")]
    #[doc(alias = "/v1.0/swform/instances/{formInstanceId}")]
    #[doc(alias = "GET /v1.0/swform/instances/{formInstanceId}")]
    pub fn get_form_instance(
        &self,
        form_instance_id: &str,
        request: &GetFormInstanceRequest,
    ) -> rt::Call<GetFormInstanceResponseBody, GetFormInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormInstance",
            rt::Method::Get,
            "/v1.0/swform/instances/{formInstanceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_instance_id], request)
    }
    /// 获取填表模版下的填表实例列表接口
    ///
    /// `GET /v1.0/swform/forms/{formCode}/instances`: DingTalk's `ListFormInstances` (module feature `swform_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `form_code`: `{formCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_form_instances_pages`].
    #[doc(alias = "ListFormInstances")]
    #[doc(alias = "/v1.0/swform/forms/{formCode}/instances")]
    #[doc(alias = "GET /v1.0/swform/forms/{formCode}/instances")]
    pub fn list_form_instances(
        &self,
        form_code: &str,
        request: &ListFormInstancesRequest,
    ) -> rt::Call<ListFormInstancesResponseBody, ListFormInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFormInstances",
            rt::Method::Get,
            "/v1.0/swform/forms/{formCode}/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[form_code], request)
    }
    /// 获取用户创建的填表模板列表接口
    ///
    /// `GET /v1.0/swform/users/forms`: DingTalk's `ListFormSchemasByCreator` (module feature `swform_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_form_schemas_by_creator_pages`].
    #[doc(alias = "ListFormSchemasByCreator")]
    #[doc(alias = "/v1.0/swform/users/forms")]
    #[doc(alias = "GET /v1.0/swform/users/forms")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormInstanceResponseBody {
    /// `result`.
    pub result: Option<GetFormInstanceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetFormInstanceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormInstanceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListFormInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFormInstancesResponseBody {
    /// `result`.
    pub result: Option<ListFormInstancesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListFormInstancesResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormInstancesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListFormSchemasByCreatorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBody {
    /// `result`.
    pub result: Option<ListFormSchemasByCreatorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListFormSchemasByCreatorResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormSchemasByCreatorResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetFormInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFormInstanceResponseBodyResult { "createTime" => read_field(create_time),
    "creator" => read_field(creator), "formCode" => read_field(form_code), "forms" =>
    read_field(forms), "modifyTime" => read_field(modify_time), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormInstanceResponseBodyResult { "createTime" => optional(create_time), "creator"
    => optional(creator), "formCode" => optional(form_code), "forms" => optional(forms),
    "modifyTime" => optional(modify_time), "title" => optional(title) }
}
/// `ListFormInstancesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFormInstancesResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListFormInstancesResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListFormInstancesResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormInstancesResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `ListFormSchemasByCreatorResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFormSchemasByCreatorResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListFormSchemasByCreatorResponseBodyResultList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListFormSchemasByCreatorResponseBodyResult { "hasMore" => read_field(has_more),
    "list" => read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormSchemasByCreatorResponseBodyResult { "hasMore" => optional(has_more), "list"
    => optional(list), "nextToken" => optional(next_token) }
}
/// `GetFormInstanceResponseBodyResultForms`, a model several operations share: also named [`ListFormInstancesResponseBodyResultListForms`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormInstanceResponseBodyResultForms {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetFormInstanceResponseBodyResultForms { "key" => read_field(key), "label" =>
    read_field(label), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormInstanceResponseBodyResultForms { "key" => optional(key), "label" =>
    optional(label), "value" => optional(value) }
}
/// `ListFormInstancesResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListFormInstancesResponseBodyResultList { "createTime" => read_field(create_time),
    "formCode" => read_field(form_code), "formInstanceId" =>
    read_field(form_instance_id), "forms" => read_field(forms), "modifyTime" =>
    read_field(modify_time), "studentClassId" => read_field(student_class_id),
    "studentClassName" => read_field(student_class_name), "studentName" =>
    read_field(student_name), "studentUserId" => read_field(student_user_id),
    "submitterUserId" => read_field(submitter_user_id), "submitterUserName" =>
    read_field(submitter_user_name), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormInstancesResponseBodyResultList { "createTime" => optional(create_time),
    "formCode" => optional(form_code), "formInstanceId" => optional(form_instance_id),
    "forms" => optional(forms), "modifyTime" => optional(modify_time), "studentClassId"
    => optional(student_class_id), "studentClassName" => optional(student_class_name),
    "studentName" => optional(student_name), "studentUserId" =>
    optional(student_user_id), "submitterUserId" => optional(submitter_user_id),
    "submitterUserName" => optional(submitter_user_name), "title" => optional(title) }
}
/// `ListFormSchemasByCreatorResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListFormSchemasByCreatorResponseBodyResultList { "creator" => read_field(creator),
    "formCode" => read_field(form_code), "memo" => read_field(memo), "name" =>
    read_field(name), "setting" => read_field(setting) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormSchemasByCreatorResponseBodyResultList { "creator" => optional(creator),
    "formCode" => optional(form_code), "memo" => optional(memo), "name" =>
    optional(name), "setting" => optional(setting) }
}
/// `ListFormInstancesResponseBodyResultListForms`: the same model as [`GetFormInstanceResponseBodyResultForms`].
pub type ListFormInstancesResponseBodyResultListForms = GetFormInstanceResponseBodyResultForms;
/// `ListFormSchemasByCreatorResponseBodyResultListSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListFormSchemasByCreatorResponseBodyResultListSetting { "bizType" =>
    read_field(biz_type), "createTime" => read_field(create_time), "endTime" =>
    read_field(end_time), "formType" => read_field(form_type), "loopDays" =>
    read_field(loop_days), "loopTime" => read_field(loop_time), "stop" =>
    read_field(stop) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFormSchemasByCreatorResponseBodyResultListSetting { "bizType" =>
    optional(biz_type), "createTime" => optional(create_time), "endTime" =>
    optional(end_time), "formType" => optional(form_type), "loopDays" =>
    optional(loop_days), "loopTime" => optional(loop_time), "stop" => optional(stop) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFormInstanceRequest { "bizType" => read_field(biz_type) }
}
impl rt::WriteRequest for GetFormInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
    }
}
/// The request of [`Api::list_form_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListFormInstancesRequest`], each named where it is set: `ListFormInstancesRequest::new(ListFormInstancesRequired { .. })`.
pub struct ListFormInstancesRequired {
    /// `maxResults`: see [`ListFormInstancesRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListFormInstancesRequest::next_token`].
    pub next_token: i64,
}
impl ListFormInstancesRequest {
    /// A `ListFormInstancesRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: ListFormInstancesRequired) -> Self {
        let ListFormInstancesRequired { max_results, next_token } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFormInstancesRequest { "actionDate" => read_field(action_date), "bizType" =>
    read_field(biz_type), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListFormSchemasByCreatorRequest`], each named where it is set: `ListFormSchemasByCreatorRequest::new(ListFormSchemasByCreatorRequired { .. })`.
pub struct ListFormSchemasByCreatorRequired {
    /// `maxResults`: see [`ListFormSchemasByCreatorRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListFormSchemasByCreatorRequest::next_token`].
    pub next_token: i64,
}
impl ListFormSchemasByCreatorRequest {
    /// A `ListFormSchemasByCreatorRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: ListFormSchemasByCreatorRequired) -> Self {
        let ListFormSchemasByCreatorRequired { max_results, next_token } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFormSchemasByCreatorRequest { "bizType" => read_field(biz_type), "creator" =>
    read_field(creator), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
